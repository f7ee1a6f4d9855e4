// custom-elements.json, the element's manifest: valid against the Custom
// Elements Manifest schema (npm custom-elements-manifest), and true to the
// code, so that the two cannot drift: every attribute the element observes
// and nothing else, its author properties, every event the widget
// dispatches, the slots it offers, the parts it names and the custom
// properties its styles read.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv from "ajv";
import { DIST, ROOT, start } from "./support.mjs";

const MANIFEST = JSON.parse(readFileSync(join(DIST, "custom-elements.json"), "utf8"));
const SCHEMA = JSON.parse(readFileSync(join(ROOT, "node_modules/custom-elements-manifest/schema.json"), "utf8"));
const element = MANIFEST.modules[0].declarations.find((d) => d.tagName === "skill-path");
const names = (list) => (list ?? []).map((x) => x.name).sort();
const sorted = (set) => [...set].sort();

/** Every Rust source file's text, under `dir`. */
function rust(dir = join(ROOT, "src")) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? rust(join(dir, e.name)) : e.name.endsWith(".rs") ? [readFileSync(join(dir, e.name), "utf8")] : [],
  );
}

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("the manifest is valid against the Custom Elements Manifest schema", () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(SCHEMA);
  assert.ok(validate(MANIFEST), JSON.stringify(validate.errors, null, 2));
  assert.match(MANIFEST.schemaVersion, /^2\./);
  assert.ok(element, "it declares <skill-path>");
  assert.deepEqual(
    MANIFEST.modules[0].exports.map((e) => [e.kind, e.name]).sort(),
    [["custom-element-definition", "skill-path"], ["js", "mount"]],
  );
});

test("attributes and properties: what the built element observes and defines, and nothing else", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${env.server.url}/embed.html?sections=guide`);
  const code = await page.evaluate(async () => {
    await customElements.whenDefined("skill-path");
    const Element = customElements.get("skill-path");
    const proto = Element.prototype;
    const own = Object.getOwnPropertyNames(proto).filter((n) => n !== "constructor" && !/Callback$/.test(n));
    return { attributes: [...Element.observedAttributes], properties: own };
  });
  assert.deepEqual(names(element.attributes), sorted(code.attributes));
  assert.deepEqual(names(element.members), sorted(code.properties));
  await context.close();
});

test("events, slots, parts and custom properties: what the code dispatches, offers, names and reads", () => {
  const sources = rust().join("\n");
  const events = new Set([...sources.matchAll(/=> "(skillpath-[a-z]+)"/g)].map((m) => m[1]));
  assert.deepEqual(names(element.events), sorted(events), "events (src/domain/events.rs)");

  // The default slot (the fallback), and the slots of domain/author.rs.
  const author = readFileSync(join(ROOT, "src/domain/author.rs"), "utf8");
  const data = readFileSync(join(ROOT, "src/domain/guide/data.rs"), "utf8");
  const ids = data.slice(data.indexOf("pub fn id(self)"), data.indexOf("pub const fn needs_a_pillar"));
  const outcomes = [...ids.matchAll(/Outcome::\w+ => "([a-z-]+)"/g)].map((m) => m[1]);
  assert.equal(outcomes.length, 5, "the five outcomes' ids");
  assert.ok(/\["intro"\.to_owned\(\), "next-step"\.to_owned\(\)\]/.test(author), "the slots' names as the manifest expects them");
  const slots = ["", "intro", "next-step", ...outcomes.map((o) => `next-step-${o}`)];
  assert.deepEqual(names(element.slots), slots.sort(), "slots");

  const parts = new Set([...sources.matchAll(/part="([a-z-]+)"/g)].map((m) => m[1]));
  assert.deepEqual(names(element.cssParts), sorted(parts), "parts (part=\"…\" in src/components)");

  const css = readFileSync(join(ROOT, "www/skillpath.css"), "utf8");
  const properties = new Set([...css.matchAll(/var\((--skillpath-[a-z-]+)/g)].map((m) => m[1]));
  assert.deepEqual(names(element.cssProperties), sorted(properties), "custom properties (www/skillpath.css)");
});
