/**
 * The pipeline's report (pipeline.ts): report.json, report.md, and plots along a 1-D slice of the
 * input box — price, delta (the gradient along the slice's direction) and gamma, each stage's
 * surrogate against the truth — plus the loss curves, and report.html (all of it in one page).
 * Rewritten after every stage.
 */
import * as path from "node:path";
import { writeFileAtomic } from "../runtime/fs.js";
import { mlpFunctions as F } from "./mlp-surrogate.js";
import { evaluateModel, type SurrogateModel } from "./model.js";
import type { Problem, Report, Slice } from "./problem.js";

export type { Slice } from "./problem.js";
import { reportHtml, type HtmlPlot } from "./report/html.js";
import { linePlot, stackPlots } from "./report/svg-plot.js";


const fmt = (x: number) => x.toFixed(6);

export function writeReport(out: string, r: Report, problem: Problem, models: Map<string, SurrogateModel>): void {
  writeFileAtomic(path.join(out, "report.json"), JSON.stringify(r, null, 2) + "\n");
  const base = problem.baseline;
  const head = base
    ? ["| stage | parameters | values | deltas | gammas | " + `${base.name}: values | ${base.name}: deltas | ${base.name}: gammas |`, "|---|---|---|---|---|---|---|---|"]
    : ["| stage | parameters | values | deltas | gammas |", "|---|---|---|---|---|"];
  const lines = [
    `# ${problem.title}`,
    "",
    `Scale \`${r.config.scale}\`, seed ${r.config.seed}; ${r.seconds.toFixed(0)} s; peak RSS ${r.peakRssMB} MB; status: ${r.status}${r.interruptedDuring ? ` (during ${r.interruptedDuring})` : ""}.`,
    "",
    `R² on ${problem.truth} (values / deltas flattened / gammas)${base ? `, beside ${base.name}'s numbers` : ""}:`,
    "",
    ...head,
    ...r.stages.map((s) => {
      const ours = `| ${s.name} | ${s.params} | ${fmt(s.r2.values)} | ${fmt(s.r2.deltas)} | ${fmt(s.r2.gammas)} |`;
      const p = base?.r2[s.name];
      return base ? `${ours} ${p ? `${p.values} | ${p.deltas} | ${p.gammas} |` : "– | – | – |"}` : ours;
    }),
    "",
  ];
  const samples = r.config.samples as number, refSamples = (r.config.referenceSamples as number | undefined) ?? samples;
  lines.push(refSamples === samples ? `Every stage trains on the same ${samples} Monte Carlo samples.` : `Stages 1–4 train on ${samples} Monte Carlo samples; sobolev-reference on ${refSamples} fresh ones.`, "");
  const pr = r.stages.find((s) => s.name === "pruned");
  if (pr?.r2BeforeFineTune) lines.push(`Right after pruning, before fine-tuning: ${fmt(pr.r2BeforeFineTune.values)} / ${fmt(pr.r2BeforeFineTune.deltas)} / ${fmt(pr.r2BeforeFineTune.gammas)}.`, "");
  if (r.significance) {
    lines.push("Significance analysis over the training box (mean over hidden neurons):", "", "| sub-boxes | mean width of [n] | mean significance |", "|---|---|---|");
    for (const s of r.significance) lines.push(`| ${s.subdivisions} | ${s.meanValueWidth.toPrecision(4)} | ${s.meanSignificance.toPrecision(4)} |`);
    lines.push("");
  }
  if (r.comparison) {
    const c = r.comparison;
    lines.push(`Data budget ${r.config.budget} samples; the last stage with each loss, from the same start, same epochs:`, "",
      "| last stage | values | deltas | gammas | seconds |", "|---|---|---|---|---|",
      ...[c.firstOrder, c.secondOrder].map((x) => `| ${x.name} | ${fmt(x.r2.values)} | ${fmt(x.r2.deltas)} | ${fmt(x.r2.gammas)} | ${x.seconds.toFixed(0)} |`), "");
    const sm = r.config.smoothing as { width: number; gammaR2: number; maxAbsError: number } | undefined;
    if (sm) lines.push(`Second-order labels: ${r.config.hessianLabels}; the smoothing's own bias on the test set's gammas: R² ${fmt(sm.gammaR2)} of the smoothed payoff's expected gamma against the exact one (largest error ${sm.maxAbsError.toPrecision(3)}).`, "");
  }
  if (r.ablation) {
    lines.push(`Pruning-criterion ablation: the oversized network pruned to the same size by each criterion, then the same ${r.ablation.fineTuneEpochs} epochs of plain fine-tuning (mean over seeds ± spread):`, "",
      "| criterion | parameters | R² values after pruning | after fine-tuning: values | deltas | gammas |", "|---|---|---|---|---|---|");
    const by = new Map<string, typeof r.ablation.pruning>();
    for (const row of r.ablation.pruning) by.set(row.criterion, [...(by.get(row.criterion) ?? []), row]);
    const stat = (xs: number[]) => {
      const m = xs.reduce((a, v) => a + v, 0) / xs.length;
      return `${fmt(m)}${xs.length > 1 ? ` ± ${((Math.max(...xs) - Math.min(...xs)) / 2).toPrecision(2)}` : ""}`;
    };
    for (const [c, rows] of by) {
      lines.push(`| ${c} | ${rows[0]!.params} | ${stat(rows.map((x) => x.r2Pruned.values))} | ${stat(rows.map((x) => x.r2FineTuned.values))} | ${stat(rows.map((x) => x.r2FineTuned.deltas))} | ${stat(rows.map((x) => x.r2FineTuned.gammas))} |`);
    }
    lines.push("");
  }
  if (r.small) {
    lines.push(`The smallest network, ${r.small.sizes.join(" → ")} (${r.small.params} parameters), trained from scratch on the same data:`, "",
      "| stage | values | deltas | gammas |", "|---|---|---|---|",
      ...r.small.stages.map((x) => `| ${x.name} | ${fmt(x.r2.values)} | ${fmt(x.r2.deltas)} | ${fmt(x.r2.gammas)} |`),
      ...(r.small.firstOrder ? [`| (last stage, first-order loss) | ${fmt(r.small.firstOrder.r2.values)} | ${fmt(r.small.firstOrder.r2.deltas)} | ${fmt(r.small.firstOrder.r2.gammas)} |`] : []), "");
  }
  const byInput = r.stages.filter((s) => s.r2.deltaByInput && s.r2.deltaByInput.length > 1);
  if (byInput.length > 0) {
    const k = byInput[0]!.r2.deltaByInput!.length;
    lines.push("R² of each input's delta:", "", `| stage | ${Array.from({ length: k }, (_, j) => `∂/∂x[${j}]`).join(" | ")} |`, `|---|${"---|".repeat(k)}`,
      ...byInput.map((s) => `| ${s.name} | ${s.r2.deltaByInput!.map(fmt).join(" | ")} |`), "");
  }
  const slice = problem.slice;
  lines.push(`Plots: price.svg, delta.svg, gamma.svg (along ${slice.label}${slice.truth ? `, against ${slice.truth.name}` : ""}), loss.svg.`, "");
  writeFileAtomic(path.join(out, "report.md"), lines.join("\n"));
  const plots: HtmlPlot[] = [];
  const svg = (file: string, text: string) => {
    writeFileAtomic(path.join(out, file), text);
    plots.push({ file, svg: text });
  };

  const n = problem.n, B = slice.axis.length;
  const curves = [...models].map(([name, m]) => ({ name, e: evaluateModel(F, m, slice.points, problem.direction, problem.divisor) }));
  const along = (d: Float64Array, i: number) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += d[i * n + j]! * slice.deltaDirection[j]!;
    return s;
  };
  const plot = (file: string, title: string, y: string, truth: number[] | undefined, pick: (e: (typeof curves)[number]["e"], i: number) => number) =>
    svg(file, linePlot({
      title, xLabel: slice.label, yLabel: y,
      series: [
        ...(truth ? [{ name: slice.truth!.name, x: slice.axis, y: truth, dashed: true }] : []),
        ...curves.map((c) => ({ name: c.name, x: slice.axis, y: Array.from({ length: B }, (_, i) => pick(c.e, i)) })),
      ],
    }));
  plot("price.svg", "Price", "V", slice.truth?.price, (e, i) => e.value[i]!);
  plot("delta.svg", `Delta (${slice.deltaLabel})`, "∂V", slice.truth?.delta, (e, i) => along(e.delta, i));
  plot("gamma.svg", `Gamma (${slice.gammaLabel})`, "∂²V", slice.truth?.gamma, (e, i) => e.gamma[i]!);
  problem.axes?.forEach((a, k) => svg(`axis-${k}.svg`, axisPlots(a, models, n)));
  svg("loss.svg", linePlot({
    title: "Training loss per epoch", xLabel: "epoch", yLabel: "loss (log10)", logY: true,
    series: r.stages.map((s) => ({ name: s.name, x: s.loss.map((_, i) => i + 1), y: s.loss })),
  }));
  writeFileAtomic(path.join(out, "report.html"), reportHtml(problem.title, lines.join("\n"), plots));
}

/** Price, the delta along the slice and the second derivative along it, stacked: every stage's surrogate against the truth. */
function axisPlots(a: Slice, models: Map<string, SurrogateModel>, n: number): string {
  const B = a.axis.length;
  const dir = a.gammaDirection ?? a.deltaDirection;
  const curves = [...models].map(([name, m]) => ({ name, e: evaluateModel(F, m, a.points, dir, 1) }));
  const along = (d: Float64Array, i: number) => {
    let s = 0;
    for (let j = 0; j < n; j++) s += d[i * n + j]! * a.deltaDirection[j]!;
    return s;
  };
  const panel = (title: string, y: string, truth: number[] | undefined, pick: (e: (typeof curves)[number]["e"], i: number) => number) => linePlot({
    title, xLabel: a.label, yLabel: y,
    series: [
      ...(truth ? [{ name: a.truth!.name, x: a.axis, y: truth, dashed: true }] : []),
      ...curves.map((c) => ({ name: c.name, x: a.axis, y: Array.from({ length: B }, (_, i) => pick(c.e, i)) })),
    ],
  });
  return stackPlots([
    panel("Price", "V", a.truth?.price, (e, i) => e.value[i]!),
    panel(`Delta (${a.deltaLabel})`, "∂V", a.truth?.delta, (e, i) => along(e.delta, i)),
    panel(`Gamma (${a.gammaLabel})`, "∂²V", a.truth?.gamma, (e, i) => e.gamma[i]!),
  ]);
}
