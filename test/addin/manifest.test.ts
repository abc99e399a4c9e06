/*
 * Offline checks of manifest.xml: what Office needs for a shared runtime with custom functions, and what
 * Microsoft's validation service would reject (`npm run validate` needs a network; OFFICE-NOTES.md).
 * Rules from learn.microsoft.com: "Configure your Office Add-in to use a shared runtime" (SharedRuntime 1.1,
 * one resid for Runtime/Page/FunctionFile/task pane), the Resources element reference (resid ≤ 32
 * characters, ShortStrings ≤ 125, LongStrings ≤ 250) and the Icon element reference (16/32/80 required).
 */
import * as fs from "fs";
import * as path from "path";
import { XMLParser } from "fast-xml-parser";
import { pngSize } from "./png";

const ROOT = path.resolve(__dirname, "..", "..");
const DEV_URL = "https://localhost:3000/";
/** French locales Office may run in (see the manifest's header comment for the sources). */
const FRENCH_LOCALES = ["fr-FR", "fr-BE", "fr-CA", "fr-CH", "fr-LU", "fr-MC"];

type Node = { [key: string]: unknown };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", isArray: (name) => ["bt:Image", "bt:Url", "bt:String", "Override", "bt:Override", "Set", "Control", "Group"].includes(name) });
const manifest = parser.parse(fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8")).OfficeApp as Node;

const get = (node: unknown, ...keys: string[]): Node => keys.reduce((n, k) => (n as Node)[k] as Node, node as Node);
const overrides = get(manifest, "VersionOverrides");
const host = get(overrides, "Hosts", "Host");
const resources = get(overrides, "Resources");
const customFunctions = get(host, "AllFormFactors", "ExtensionPoint");
const desktop = get(host, "DesktopFormFactor");
const button = (get(desktop, "ExtensionPoint", "OfficeTab", "Group") as unknown as Node[])[0].Control as Node[];

/** Every resource defined, by id: { DefaultValue, overrides by locale } and the kind of list it is in. */
const defined = new Map<string, { kind: string; value: string; overrides: Record<string, string> }>();
for (const [group, item] of [["bt:Images", "bt:Image"], ["bt:Urls", "bt:Url"], ["bt:ShortStrings", "bt:String"], ["bt:LongStrings", "bt:String"]]) {
  for (const entry of (get(resources, group)[item] as Node[]) ?? []) {
    const localized: Record<string, string> = {};
    for (const o of (entry["bt:Override"] as Node[]) ?? []) localized[String(o["@_Locale"]).toLowerCase()] = String(o["@_Value"]);
    defined.set(String(entry["@_id"]), { kind: group, value: String(entry["@_DefaultValue"]), overrides: localized });
  }
}

/** Every value of an attribute anywhere in a parsed subtree. */
function attributeValues(node: unknown, attribute: string, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => attributeValues(child, attribute, found));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === attribute) found.push(String(value));
      else attributeValues(value, attribute, found);
    }
  }
  return found;
}

const localFile = (url: string): string => path.join(ROOT, url.slice(DEV_URL.length));

describe("manifest.xml", () => {
  it("has a fixed GUID, the provider Encours and the permission to write to the workbook", () => {
    expect(manifest.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(manifest.ProviderName).toBe("Encours");
    // ReadWriteDocument: "Insert into sheet" adds worksheets, formulas, formats and charts.
    expect(manifest.Permissions).toBe("ReadWriteDocument");
    expect(get(manifest, "Hosts", "Host")["@_Name"]).toBe("Workbook");
  });

  it("requires the SharedRuntime 1.1 requirement set", () => {
    const sets = get(manifest, "Requirements", "Sets").Set as Node[];
    expect(sets.map((s) => [s["@_Name"], s["@_MinVersion"]])).toContainEqual(["SharedRuntime", "1.1"]);
  });

  it("declares one long-lived runtime", () => {
    const runtime = get(host, "Runtimes", "Runtime");
    expect(runtime["@_lifetime"]).toBe("long");
    expect(runtime["@_resid"]).toBe("Taskpane.Url");
  });

  it("loads the functions page, the function file and the task pane from the runtime's one URL", () => {
    const runtimeResid = get(host, "Runtimes", "Runtime")["@_resid"];
    expect(get(customFunctions, "Page", "SourceLocation")["@_resid"]).toBe(runtimeResid);
    expect(get(desktop, "FunctionFile")["@_resid"]).toBe(runtimeResid);
    const action = get(button[0], "Action");
    expect(action["@_xsi:type"]).toBe("ShowTaskpane");
    expect(get(action, "SourceLocation")["@_resid"]).toBe(runtimeResid);
    expect(defined.get(String(runtimeResid))?.value).toBe(`${DEV_URL}taskpane.html`);
  });

  it("names the custom functions' namespace ENCOURS", () => {
    expect(customFunctions["@_xsi:type"]).toBe("CustomFunctions");
    const namespaceResid = String(get(customFunctions, "Namespace")["@_resid"]);
    expect(defined.get(namespaceResid)?.value).toBe("ENCOURS");
  });

  it("points French Excel, in every French locale, to functions-fr.json and everyone else to functions.json", () => {
    const metadata = defined.get(String(get(customFunctions, "Metadata", "SourceLocation")["@_resid"]));
    expect(metadata?.value).toBe(`${DEV_URL}functions.json`);
    for (const locale of FRENCH_LOCALES) expect({ locale, url: metadata?.overrides[locale.toLowerCase()] }).toEqual({ locale, url: `${DEV_URL}functions-fr.json` });
  });

  it("gives every French override to each French locale Office uses, with the same French text", () => {
    const groups: Node[][] = [];
    for (const resource of [...(get(resources, "bt:Urls")["bt:Url"] as Node[]), ...(get(resources, "bt:ShortStrings")["bt:String"] as Node[]), ...(get(resources, "bt:LongStrings")["bt:String"] as Node[])]) {
      if (resource["bt:Override"]) groups.push(resource["bt:Override"] as Node[]);
    }
    for (const element of ["DisplayName", "Description", "SupportUrl"]) groups.push(get(manifest, element).Override as Node[]);
    expect(groups.length).toBeGreaterThanOrEqual(10);
    for (const overridesOfOne of groups) {
      const locales = overridesOfOne.map((o) => String(o["@_Locale"]));
      expect(locales.sort()).toEqual([...FRENCH_LOCALES].sort());
      expect(new Set(overridesOfOne.map((o) => o["@_Value"])).size).toBe(1);
    }
  });

  it("requires CustomFunctionsRuntime 1.2, the set of CustomFunctions.Error (also inside returned arrays)", () => {
    const sets = get(manifest, "Requirements", "Sets").Set as Node[];
    expect(sets.map((s) => [s["@_Name"], s["@_MinVersion"]])).toContainEqual(["CustomFunctionsRuntime", "1.2"]);
    // The functions use no ErrorCode beyond the four of 1.2.
    const errors = fs.readFileSync(path.join(ROOT, "src", "functions", "errors.ts"), "utf8");
    expect(errors).toMatch(/"#VALUE!" \| "#N\/A" \| "#DIV\/0!" \| "#NUM!"/);
  });

  it("keeps the task pane's TaskpaneId: in a shared runtime a task pane without one is another task pane", () => {
    expect(get(button[0], "Action").TaskpaneId).toBe("Encours.Taskpane");
  });

  it("puts a button opening the task pane in an Encours group of the Home tab", () => {
    expect(get(desktop, "ExtensionPoint", "OfficeTab")["@_id"]).toBe("TabHome");
    const groupLabel = get(desktop, "ExtensionPoint", "OfficeTab", "Group") as unknown as Node[];
    expect(defined.get(String(get(groupLabel[0], "Label")["@_resid"]))?.value).toBe("Encours");
    expect(defined.get(String(get(button[0], "Label")["@_resid"]))?.overrides["fr-fr"]).toBe("Simulateurs");
  });

  it("defines every resid it references, each at most 32 characters", () => {
    const referenced = new Set(attributeValues(manifest, "@_resid"));
    expect(referenced.size).toBeGreaterThan(10);
    for (const resid of referenced) {
      expect({ resid, defined: defined.has(resid) }).toEqual({ resid, defined: true });
      expect(resid.length).toBeLessThanOrEqual(32);
    }
  });

  it("uses https for every URL", () => {
    const urls = [...attributeValues(manifest, "@_DefaultValue"), ...attributeValues(manifest, "@_Value")].filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("declares icons that exist with the size they are declared at", () => {
    const images = (get(resources, "bt:Images")["bt:Image"] as Node[]);
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const size = Number(String(image["@_id"]).match(/(\d+)x\1$/)?.[1]);
      const file = localFile(String(image["@_DefaultValue"]));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    expect(pngSize(localFile(String(get(manifest, "IconUrl")["@_DefaultValue"])))).toEqual({ width: 32, height: 32 });
    expect(pngSize(localFile(String(get(manifest, "HighResolutionIconUrl")["@_DefaultValue"])))).toEqual({ width: 64, height: 64 });
  });

  it("gives the ribbon the 16, 32 and 80 px icons Office requires, each size bound to the matching image", () => {
    const sizes = (get(button[0], "Icon")["bt:Image"] as Node[]).map((i) => [i["@_size"], i["@_resid"]]);
    for (const required of ["16", "32", "80"]) expect(sizes).toContainEqual([required, `Icon.${required}x${required}`]);
  });

  it("ships every icon size the store and the ribbon use (16, 32, 64, 80, 128 px)", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("translates every label, tooltip, name and description into French", () => {
    for (const [id, resource] of defined) {
      if (resource.kind !== "bt:ShortStrings" && resource.kind !== "bt:LongStrings") continue;
      if (id === "Functions.Namespace") continue; // the same in every language by design
      expect({ id, fr: typeof resource.overrides["fr-fr"] }).toEqual({ id, fr: "string" });
    }
    for (const element of ["DisplayName", "Description"]) {
      const override = (get(manifest, element).Override as Node[]).find((o) => o["@_Locale"] === "fr-FR");
      expect(override?.["@_Value"]).toEqual(expect.any(String));
    }
    expect(defined.get("TaskpaneButton.Tooltip")?.overrides["fr-fr"]).toContain("assurance-crédit");
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    for (const [id, resource] of defined) {
      const limit = resource.kind === "bt:ShortStrings" ? 125 : resource.kind === "bt:LongStrings" ? 250 : Infinity;
      for (const text of [resource.value, ...Object.values(resource.overrides)]) {
        expect({ id, length: text.length <= limit }).toEqual({ id, length: true });
      }
    }
  });
});
