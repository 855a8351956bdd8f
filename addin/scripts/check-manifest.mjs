// Offline structure check of an add-in-only XML manifest with custom functions in a shared runtime
// (`office-addin-manifest validate` needs Microsoft's web service; shared/notes/excel-addin.md §6 layer 5).
// Usage: node scripts/check-manifest.mjs dist/manifest.xml [dist/manifest.dev.xml …]; exits 1 on any problem.
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import xml2js from "xml2js";

const asArray = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** Returns every element named `name` anywhere under `node`. */
function findAll(node, name, out = []) {
  if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$") continue;
      if (key === name) out.push(...asArray(value));
      for (const child of asArray(value)) findAll(child, name, out);
    }
  }
  return out;
}

/**
 * Returns the problems found in the manifest text (an empty list when it passes). `emitted` lists the file names
 * the build writes next to it, to check that the zh-CN metadata override points at one of them; `production`
 * forbids localhost.
 */
export async function manifestProblems(text, { emitted = [], production = false } = {}) {
  const problems = [];
  let doc;
  try {
    doc = await xml2js.parseStringPromise(text, { explicitArray: false });
  } catch (error) {
    return [`not well-formed XML: ${error.message}`];
  }
  const app = doc.OfficeApp;
  if (!app) return ["no OfficeApp root element"];

  const urls = new Map();
  for (const url of findAll(app, "bt:Url")) urls.set(url.$.id, url);
  const strings = new Map();
  for (const s of findAll(app, "bt:String")) strings.set(s.$.id, s.$.DefaultValue);
  const resids = [
    ...urls.keys(),
    ...strings.keys(),
    ...findAll(app, "bt:Image").map((i) => i.$?.id ?? i.$?.resid),
    ...findAll(app, "SourceLocation").map((s) => s.$?.resid),
  ].filter(Boolean);
  for (const id of resids) if (id.length > 32) problems.push(`resid ${id} is longer than 32 characters`);

  const httpsUrl = (resid, what) => {
    const url = urls.get(resid);
    if (!url) return problems.push(`${what} resid ${resid} does not resolve to a bt:Url`);
    if (!/^https:\/\//.test(url.$.DefaultValue)) problems.push(`${what} URL ${url.$.DefaultValue} is not https`);
    return url;
  };

  const extension = findAll(app, "ExtensionPoint").find((e) => e.$?.["xsi:type"] === "CustomFunctions");
  if (!extension) {
    problems.push("no CustomFunctions extension point");
  } else {
    const resid = (el) => el?.SourceLocation?.$?.resid;
    httpsUrl(resid(extension.Script), "Script");
    const page = resid(extension.Page);
    httpsUrl(page, "Page");
    const metadata = httpsUrl(resid(extension.Metadata), "Metadata");
    const ns = extension.Namespace?.$?.resid;
    if (!strings.get(ns)) problems.push(`Namespace resid ${ns} does not resolve to a bt:String`);
    const runtime = findAll(app, "Runtime")[0];
    if (!runtime) problems.push("no <Runtime> (shared runtime)");
    else {
      if (runtime.$.resid !== page) problems.push(`Runtime resid ${runtime.$.resid} differs from Page resid ${page}`);
      if (runtime.$.lifetime !== "long") problems.push(`Runtime lifetime is ${runtime.$.lifetime}, expected long`);
    }
    const functionFile = findAll(app, "FunctionFile")[0]?.$?.resid;
    if (functionFile !== page) problems.push(`FunctionFile resid ${functionFile} differs from Page resid ${page}`);
    const sets = findAll(app, "Set").map((s) => s.$.Name);
    if (!sets.includes("SharedRuntime")) problems.push("no SharedRuntime requirement set");
    if (metadata) {
      const overrides = asArray(metadata["bt:Override"]);
      const zh = overrides.find((o) => o.$.Locale === "zh-CN");
      if (!zh) problems.push("no zh-CN bt:Override on the metadata URL");
      else if (emitted.length && !emitted.includes(basename(new URL(zh.$.Value).pathname))) {
        problems.push(`zh-CN metadata ${zh.$.Value} is not a file the build emits`);
      }
    }
  }
  for (const [id, url] of urls) {
    for (const value of [url.$.DefaultValue, ...asArray(url["bt:Override"]).map((o) => o.$.Value)]) {
      if (!/^https:\/\//.test(value)) problems.push(`${id} URL ${value} is not https`);
      if (production && /localhost|127\.0\.0\.1/.test(value)) problems.push(`${id} URL ${value} points at localhost`);
    }
  }
  if (production && /localhost/.test(text)) problems.push("the production manifest mentions localhost");
  return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let failed = false;
  for (const file of process.argv.slice(2)) {
    const dir = dirname(file);
    const emitted = ["functions.json", "functions.zh-CN.json", "functions.js", "taskpane.html", "help.html"].filter(
      (f) => existsSync(join(dir, f)),
    );
    const problems = await manifestProblems(readFileSync(file, "utf8"), {
      emitted,
      production: !/\.dev\.xml$/.test(file),
    });
    for (const p of problems) console.error(`${file}: ${p}`);
    if (problems.length) failed = true;
    else console.log(`${file}: custom functions, shared runtime and resources check out`);
  }
  process.exit(failed ? 1 : 0);
}
