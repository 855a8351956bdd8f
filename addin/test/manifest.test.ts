import { readdirSync, readFileSync } from "node:fs";
import OfficeAddinManifest from "office-addin-manifest";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { manifestProblems } from "../scripts/check-manifest.mjs";
import { distDir } from "./built-functions.ts";

const emitted = readdirSync(distDir);
const manifests = [
  { file: "manifest.xml", production: true, namespace: "KL" },
  { file: "manifest.dev.xml", production: false, namespace: "KLDEV" },
];

describe.each(manifests)("dist/$file", ({ file, production, namespace }) => {
  const text = readFileSync(`${distDir}${file}`, "utf8");

  it("is a well-formed Excel add-in manifest that office-addin-manifest reads", async () => {
    const info = await OfficeAddinManifest.OfficeAddinManifest.readManifestFile(`${distDir}${file}`);
    expect(info.hosts).toEqual(["Workbook"]);
    expect(info.officeAppType).toBe("TaskPaneApp");
    expect(info.defaultLocale).toBe("zh-CN");
  });

  it("passes the offline structure checks (custom functions, shared runtime, https, resids ≤ 32, zh-CN override)", async () => {
    expect(await manifestProblems(text, { emitted, production })).toEqual([]);
  });

  it(`uses namespace ${namespace}${production ? " and never localhost" : " and localhost URLs"}`, () => {
    expect(text).toContain(`<bt:String id="Functions.Namespace" DefaultValue="${namespace}"/>`);
    expect(/localhost/.test(text)).toBe(!production);
  });

  it("asks for ReadWriteDocument and nothing more: the least that writing a column back needs", async () => {
    // A manifest names one level: Restricted, ReadDocument, ReadAllDocument, WriteDocument or ReadWriteDocument.
    // The pane reads the selection and writes beside it; ReadWriteDocument is the only level that allows both.
    const info = await OfficeAddinManifest.OfficeAddinManifest.readManifestFile(`${distDir}${file}`);
    expect(info.permissions).toBe("ReadWriteDocument");
    expect(text.match(/<Permissions>[^<]*<\/Permissions>/g)).toEqual(["<Permissions>ReadWriteDocument</Permissions>"]);
  });

  it("has a ribbon button that opens the task pane", () => {
    expect(text).toMatch(
      /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>KeyLensTaskpane<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url"\/>/,
    );
  });
});

describe("manifest checks", () => {
  it("the two manifests have different Ids", () => {
    const id = (f: string) => /<Id>([^<]+)<\/Id>/.exec(readFileSync(`${distDir}${f}`, "utf8"))![1];
    expect(id("manifest.xml")).not.toBe(id("manifest.dev.xml"));
  });

  it.each([
    [
      "a Runtime resid that differs from the Page resid",
      (t: string) => t.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Help.Url"'),
      /Runtime resid/,
    ],
    [
      "a resid longer than 32 characters",
      (t: string) => t.replaceAll("Functions.Script.Url", "Functions.Script.Url.That.Is.Far.Too.Long"),
      /longer than 32/,
    ],
    ["an http URL", (t: string) => t.replace(/https:\/\/([^"]+)functions\.js/, "http://$1functions.js"), /not https/],
    [
      "a zh-CN override to a file the build does not emit",
      (t: string) => t.replace("functions.zh-CN.json", "functions-zh.json"),
      /not a file the build emits/,
    ],
    ["malformed XML", (t: string) => t.replace("</OfficeApp>", ""), /not well-formed/],
    [
      "no CustomFunctions extension point",
      (t: string) => t.replace('xsi:type="CustomFunctions"', 'xsi:type="Other"'),
      /no CustomFunctions/,
    ],
  ])("flag %s", async (_, breakIt, problem) => {
    const text = breakIt(readFileSync(`${distDir}manifest.xml`, "utf8"));
    expect((await manifestProblems(text, { emitted, production: true })).join("\n")).toMatch(problem);
  });
});
