import type { FunctionsMetadata } from "./localize-metadata.ts";

/** A worked example shown on the help page and replayed by the tests against the built functions.js. */
export interface Example {
  id: string;
  /** The formula as a user types it (namespace KL). */
  formula: string;
  /** The arguments Excel passes for it: ranges as 2-D arrays, omitted optional arguments as null. */
  args: unknown[];
  /** The value Excel shows: a scalar, or a 2-D array for a spilled result. */
  result: unknown;
  note?: string;
}

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function renderResult(result: unknown): string {
  if (!Array.isArray(result)) return escape(String(result));
  const rows = (result as unknown[][]).map(
    (row) => `<tr>${row.map((c) => `<td>${escape(String(c))}</td>`).join("")}</tr>`,
  );
  return `<table class="spill">${rows.join("")}</table>`;
}

/** Returns the add-in's help page: every function with its Chinese and English description, arguments and examples. */
export function renderHelpPage(en: FunctionsMetadata, zh: FunctionsMetadata, examples: readonly Example[]): string {
  const toc = en.functions
    .map((fn, i) => `<li><a href="#${fn.id}">${fn.id}</a> ${escape(zh.functions[i]?.name ?? "")}</li>`)
    .join("\n");
  const sections = en.functions.map((fn, i) => {
    const z = zh.functions[i];
    const params = fn.parameters
      .map((p, j) => {
        const zp = z?.parameters[j];
        return `<tr><td><code>${escape(p.name)}</code>${p.optional ? " <small>(可选 optional)</small>" : ""}</td><td>${escape(zp?.name ?? "")}</td><td>${escape(zp?.description ?? "")}<br><span lang="en">${escape(p.description ?? "")}</span></td></tr>`;
      })
      .join("\n");
    const ex = examples
      .filter((e) => e.id === fn.id)
      .map(
        (e) =>
          `<div class="example"><code>${escape(e.formula)}</code> → ${renderResult(e.result)}${e.note ? `<p>${escape(e.note)}</p>` : ""}</div>`,
      )
      .join("\n");
    return `<section id="${fn.id}">
<h2>${fn.id} <span lang="zh-CN">${escape(z?.name ?? "")}</span></h2>
<p lang="zh-CN">${escape(z?.description ?? "")}</p>
<p lang="en">${escape(fn.description ?? "")}</p>
<table class="params"><thead><tr><th>argument</th><th>参数</th><th>说明 / description</th></tr></thead><tbody>
${params}
</tbody></table>
<h3>示例 Example</h3>
${ex}
</section>`;
  });
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>KeyLens 函数帮助 / function help</title>
<style>
body { font-family: system-ui, "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
code { background: #f3f3f3; padding: 0 .2em; }
table { border-collapse: collapse; margin: .5rem 0; }
td, th { border: 1px solid #ccc; padding: .2rem .5rem; vertical-align: top; text-align: left; }
section { border-top: 1px solid #ddd; margin-top: 2rem; }
.example { margin: .5rem 0; }
</style>
</head>
<body>
<h1>KeyLens 自定义函数 / custom functions</h1>
<p>在公式中以命名空间 <code>KL.</code> 调用，例如 <code>=KL.CUSTOMER_TIER(B2, B$2:B$400)</code>。区域参数可含空白单元格；可选参数可省略。
Call the functions with the <code>KL.</code> namespace. Range arguments may hold blank cells; optional arguments may be left out.</p>
<ul>
${toc}
</ul>
${sections.join("\n")}
</body>
</html>
`;
}
