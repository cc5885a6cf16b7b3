/** The page: sliders, the numbers, and three small charts along the spot (the surrogate solid, the closed form dashed). */
import { exactGreeks, surrogateEnclosure, surrogateGreeks, type Greeks } from "./greeks.js";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const spot = $<HTMLInputElement>("spot"), vol = $<HTMLInputElement>("vol");
const SPOTS = Array.from({ length: 161 }, (_, i) => 80 + i * 0.25);

function chart(id: string, title: string, pick: (g: Greeks) => number, v: number, at: number): void {
  const c = $<HTMLCanvasElement>(id), g = c.getContext("2d")!;
  const ours = SPOTS.map((s) => pick(surrogateGreeks(s, v))), truth = SPOTS.map((s) => pick(exactGreeks(s, v)));
  const lo = Math.min(...ours, ...truth), hi = Math.max(...ours, ...truth), pad = 0.05 * (hi - lo || 1);
  const X = (s: number) => 40 + ((s - 80) / 40) * (c.width - 50), Y = (y: number) => c.height - 25 - ((y - lo + pad) / (hi - lo + 2 * pad)) * (c.height - 50);
  g.clearRect(0, 0, c.width, c.height);
  g.fillStyle = "#222"; g.font = "14px system-ui"; g.fillText(title, 40, 16);
  g.font = "11px system-ui"; g.fillText("80", X(80) - 6, c.height - 8); g.fillText("120", X(120) - 10, c.height - 8);
  g.fillText((hi + pad).toPrecision(3), 2, Y(hi + pad) + 10); g.fillText((lo - pad).toPrecision(3), 2, Y(lo - pad));
  const line = (ys: number[], color: string, dash: number[]) => {
    g.beginPath(); g.setLineDash(dash); g.strokeStyle = color; g.lineWidth = 2;
    ys.forEach((y, i) => (i === 0 ? g.moveTo(X(SPOTS[i]!), Y(y)) : g.lineTo(X(SPOTS[i]!), Y(y))));
    g.stroke();
  };
  line(truth, "#888", [5, 4]);
  line(ours, "#1f77b4", []);
  g.setLineDash([]); g.strokeStyle = "#d62728"; g.beginPath(); g.moveTo(X(at), 20); g.lineTo(X(at), c.height - 25); g.stroke();
}

function update(): void {
  const s = Number(spot.value), v = Number(vol.value);
  const ours = surrogateGreeks(s, v), truth = exactGreeks(s, v), [elo, ehi] = surrogateEnclosure(s - 1, s + 1, v);
  $("spot-value").textContent = s.toFixed(1);
  $("vol-value").textContent = v.toFixed(3);
  for (const k of ["price", "delta", "vega", "gamma"] as const) {
    $(k).textContent = ours[k].toPrecision(6);
    $(`${k}-exact`).textContent = truth[k].toPrecision(6);
  }
  $("enclosure").textContent = `[${elo.toPrecision(6)}, ${ehi.toPrecision(6)}]`;
  chart("chart-price", "price", (g) => g.price, v, s);
  chart("chart-delta", "delta", (g) => g.delta, v, s);
  chart("chart-gamma", "gamma", (g) => g.gamma, v, s);
  // for the test (and the curious): the numbers shown, unrounded
  (window as unknown as { sobolev: unknown }).sobolev = { spot: s, vol: v, ...ours, enclosure: [elo, ehi] };
}

spot.addEventListener("input", update);
vol.addEventListener("input", update);
update();
