/**
 * report.html: the report a person opens — report.md's tables rendered (marked), the plots inline,
 * self-contained (no script, no network: every SVG is in the page).
 */
import { marked } from "marked";
import { esc } from "./svg-plot.js";

export interface HtmlPlot {
  file: string;
  svg: string;
}

const STYLE = `body{font:15px/1.45 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}th,td{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f4f4f4}code{background:#f4f4f4;padding:0 .2rem}
figure{margin:1rem 0}figcaption{color:#555;font-size:90%}svg{max-width:100%;height:auto}`;

export function reportHtml(title: string, markdown: string, plots: readonly HtmlPlot[]): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  const figures = plots.map((p) => `<figure>\n${p.svg.replace(/^<\?xml[^>]*>\s*/, "")}\n<figcaption>${esc(p.file)}</figcaption>\n</figure>`).join("\n");
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>\n${STYLE}\n</style>\n</head>\n<body>\n${body}\n<h2>Plots</h2>\n${figures}\n</body>\n</html>\n`;
}
