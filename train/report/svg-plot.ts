/** A minimal SVG line plot (axes, ticks, legend) for reports; no dependencies, deterministic output. */
export interface Series {
  name: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
  dashed?: boolean;
}

const COLORS = ["#000000", "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e"];

function ticks(lo: number, hi: number, n = 5): number[] {
  const span = hi - lo || 1, raw = span / n, mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => span / s <= n) ?? 10 * mag;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-12 * span; t += step) out.push(Number(t.toPrecision(12)));
  return out;
}

/** Plots one above the other in one SVG (each as linePlot drew it). */
export function stackPlots(plots: string[], width = 640, height = 400): string {
  const body = plots.map((p, k) => p.replace(/^<svg /, `<svg y="${k * height}" `)).join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height * plots.length}" viewBox="0 0 ${width} ${height * plots.length}">\n${body}</svg>\n`;
}

/** Text for SVG or HTML content: `&` and `<` escaped. */
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

export function linePlot(o: { title: string; xLabel: string; yLabel: string; series: Series[]; logY?: boolean; width?: number; height?: number }): string {
  const W = o.width ?? 640, H = o.height ?? 400, m = { l: 70, r: 150, t: 36, b: 48 };
  const fy = (v: number) => (o.logY ? Math.log10(Math.max(v, 1e-300)) : v);
  let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
  for (const s of o.series) for (let i = 0; i < s.x.length; i++) {
    const y = fy(s.y[i]!);
    if (!Number.isFinite(y)) continue;
    x0 = Math.min(x0, s.x[i]!); x1 = Math.max(x1, s.x[i]!); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
  }
  if (!(y1 > y0)) { y0 -= 1; y1 += 1; }
  const pad = 0.05 * (y1 - y0); y0 -= pad; y1 += pad;
  const px = (x: number) => m.l + ((x - x0) / (x1 - x0 || 1)) * (W - m.l - m.r);
  const py = (y: number) => H - m.b - ((fy(y) - y0) / (y1 - y0)) * (H - m.t - m.b);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2 - m.r / 2}" y="20" text-anchor="middle" font-size="14">${esc(o.title)}</text>`,
    `<rect x="${m.l}" y="${m.t}" width="${W - m.l - m.r}" height="${H - m.t - m.b}" fill="none" stroke="#888"/>`,
  ];
  for (const t of ticks(x0, x1)) parts.push(`<line x1="${px(t)}" x2="${px(t)}" y1="${H - m.b}" y2="${H - m.b + 4}" stroke="#888"/><text x="${px(t)}" y="${H - m.b + 16}" text-anchor="middle">${t}</text>`);
  for (const t of ticks(y0, y1)) {
    const y = H - m.b - ((t - y0) / (y1 - y0)) * (H - m.t - m.b);
    parts.push(`<line x1="${m.l - 4}" x2="${m.l}" y1="${y}" y2="${y}" stroke="#888"/><text x="${m.l - 6}" y="${y + 4}" text-anchor="end">${o.logY ? `1e${t}` : t}</text>`);
  }
  parts.push(`<text x="${(m.l + W - m.r) / 2}" y="${H - 10}" text-anchor="middle">${esc(o.xLabel)}</text>`);
  parts.push(`<text x="16" y="${(m.t + H - m.b) / 2}" text-anchor="middle" transform="rotate(-90 16 ${(m.t + H - m.b) / 2})">${esc(o.yLabel)}</text>`);
  o.series.forEach((s, k) => {
    const pts: string[] = [];
    for (let i = 0; i < s.x.length; i++) if (Number.isFinite(fy(s.y[i]!))) pts.push(`${px(s.x[i]!).toFixed(1)},${py(s.y[i]!).toFixed(1)}`);
    const c = COLORS[k % COLORS.length]!;
    parts.push(`<polyline fill="none" stroke="${c}" stroke-width="1.5"${s.dashed ? ' stroke-dasharray="5,4"' : ""} points="${pts.join(" ")}"/>`);
    parts.push(`<line x1="${W - m.r + 10}" x2="${W - m.r + 34}" y1="${m.t + 10 + 18 * k}" y2="${m.t + 10 + 18 * k}" stroke="${c}" stroke-width="2"${s.dashed ? ' stroke-dasharray="5,4"' : ""}/><text x="${W - m.r + 40}" y="${m.t + 14 + 18 * k}">${esc(s.name)}</text>`);
  });
  parts.push("</svg>");
  return parts.join("\n") + "\n";
}
