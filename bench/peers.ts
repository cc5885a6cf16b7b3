/**
 * Peers measured in the same run as our code (each in its own process, one after the other):
 * TensorFlow.js with the wasm backend (a dev dependency) and PyTorch through a Python that has it.
 * A peer that cannot run gives nulls and a note saying why.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";

export interface PeerSteps {
  plain_step_ms: number | null;
  sobolev_step_ms: number | null;
  version?: string;
}

function runJson(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): { ok: true; json: Record<string, unknown> } | { ok: false; why: string } {
  const r = spawnSync(cmd, args, { encoding: "utf8", env, timeout: 600_000 });
  if (r.error) return { ok: false, why: r.error.message };
  if (r.status !== 0) return { ok: false, why: `exit ${r.status}: ${(r.stderr || "").trim().split("\n").slice(-2).join(" ")}` };
  const line = r.stdout.trim().split("\n").pop() ?? "";
  try {
    return { ok: true, json: JSON.parse(line) as Record<string, unknown> };
  } catch {
    return { ok: false, why: `unreadable output: ${line.slice(0, 200)}` };
  }
}

const steps = (j: Record<string, unknown>, version: string): PeerSteps => ({
  plain_step_ms: typeof j.plain_step_ms === "number" ? j.plain_step_ms : null,
  sobolev_step_ms: typeof j.sobolev_step_ms === "number" ? j.sobolev_step_ms : null,
  version,
});

export function tfjsWasm(quick: boolean, notes: string[]): PeerSteps {
  const r = runJson(process.execPath, ["--import", "tsx", "bench/peers/tfjs.ts", ...(quick ? ["--quick"] : [])]);
  if (!r.ok) {
    notes.push(`peer.tfjs_wasm not measured: ${r.why}`);
    return { plain_step_ms: null, sobolev_step_ms: null };
  }
  return steps(r.json, `@tensorflow/tfjs 4.22.0, backend ${String(r.json.backend)}`);
}

/** The first Python that imports torch: Debian's /usr/bin/python3 (apt python3-torch), then PATH's python3. */
function torchPython(): string | undefined {
  for (const py of ["/usr/bin/python3", "python3"]) {
    if (py.startsWith("/") && !existsSync(py)) continue;
    if (spawnSync(py, ["-c", "import torch"], { stdio: "ignore" }).status === 0) return py;
  }
  return undefined;
}

export function torch(quick: boolean, notes: string[]): PeerSteps {
  const py = torchPython();
  if (!py) {
    notes.push("peer.torch not measured: no python3 with torch (apt-get install python3-torch libopenblas0-pthread)");
    return { plain_step_ms: null, sobolev_step_ms: null };
  }
  // torch at its best here: 2 intra-op threads, OpenBLAS itself single-threaded (see the issue)
  const r = runJson(py, ["bench/peers/torch_peer.py", ...(quick ? ["--quick"] : [])], { ...process.env, OPENBLAS_NUM_THREADS: "1" });
  if (!r.ok) {
    notes.push(`peer.torch not measured: ${r.why}`);
    return { plain_step_ms: null, sobolev_step_ms: null };
  }
  const blas = "/usr/lib/x86_64-linux-gnu/openblas-pthread";
  if (!existsSync(blas) || readdirSync(blas).length === 0) notes.push("peer.torch: libopenblas0-pthread not found; Debian's torch may be using the slow reference BLAS");
  return steps(r.json, `torch ${String(r.json.torch)} (${py}, ${String(r.json.threads)} threads)`);
}
