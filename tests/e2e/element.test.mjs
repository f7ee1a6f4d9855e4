// End to end: <skill-path> and mount() on host pages of another origin (another
// port) than the widget's files — two elements with their own state, live
// attributes, events whose detail follows the profile schema, hostile host CSS, a 320 px column at 200 % text,
// removal and re-adding, a second copy of the script, mount() and destroy().
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { DIST, PATHS, QUESTION_COUNT, finishGuide, hostPage, openChapter, shot, startWithWidgetOrigin, watched } from "./support.mjs";
import { serve } from "../../scripts/serve-dist.mjs";
import { survives } from "./hostile/survives.mjs";

const SCHEMA = JSON.parse(readFileSync(join(DIST, "schema/skill-profile.v1.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
ajv.addSchema(SCHEMA, "profile");
const validate = {
  export: ajv.getSchema("profile"),
  guide: ajv.compile({ $ref: "profile#/properties/guide" }),
  income: ajv.compile({ $ref: "profile#/properties/income" }),
};

let env, widget;
before(async () => {
  env = await startWithWidgetOrigin();
  widget = env.widget;
});
after(async () => {
  await env?.close();
});

/** A host page of another origin with `body` and the one script tag. */
async function host(body, { head = "", width = 1280, permissions = [] } = {}) {
  const page = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">${head}
    <script type="module" src="${widget.url}/skillpath.js"></script></head><body>${body}</body></html>`);
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true, permissions });
  const w = await watched(context);
  await w.page.addInitScript(() => {
    window.__events = [];
    for (const type of ["skillpath-result", "skillpath-income", "skillpath-export"]) {
      document.addEventListener(type, (e) => window.__events.push({ type, on: e.target.id, detail: e.detail }));
    }
  });
  await w.page.goto(page.url);
  return { ...w, context, close: async () => (await context.close(), await page.close()) };
}

const widgetIn = (page, id) => page.locator(`skill-path#${id}`);
const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t), type);

test("two elements on a page of another origin keep their own answers, ids and options; events follow the schema", async () => {
  const { page, log, close } = await host(`
    <h1>Choosing a path in AI work</h1>
    <skill-path id="one" sections="guide income profile"><p>Loading the career guide…</p></skill-path>
    <skill-path id="two" sections="income" currency="EUR" locale="de-DE" theme="dark"></skill-path>`, { permissions: ["clipboard-read", "clipboard-write"] });
  const one = widgetIn(page, "one");
  const two = widgetIn(page, "two");
  await two.getByLabel("Hourly rate", { exact: true }).waitFor();
  assert.equal(await two.getByRole("region", { name: "Decision guide" }).count(), 0);
  assert.match(await two.locator(".sp-figure-big__year strong").textContent(), /€/);

  await finishGuide(one, PATHS["T-shaped"]);
  const ids = await page.evaluate(() =>
    [...document.querySelectorAll("skill-path")].flatMap((el) => [...el.shadowRoot.querySelectorAll("[id]")].map((n) => n.id)),
  );
  assert.equal(new Set(ids).size, ids.length, "no id is used twice on the page");

  const [result] = await events(page, "skillpath-result");
  assert.equal(result.on, "one");
  assert.equal(result.detail.outcome, "t-shaped");
  assert.ok(validate.guide(result.detail), JSON.stringify(validate.guide.errors));
  assert.equal(Object.keys(result.detail.answers).length, QUESTION_COUNT);

  await two.getByLabel("Hourly rate", { exact: true }).fill("42");
  await page.waitForFunction(() => window.__events.some((e) => e.type === "skillpath-income" && e.on === "two"));
  const income = (await events(page, "skillpath-income")).filter((e) => e.on === "two").at(-1);
  assert.ok(validate.income(income.detail.income), JSON.stringify(validate.income.errors));
  assert.equal(income.detail.income.currency, "EUR");
  assert.equal(income.detail.income.annual, 42 * 20 * 46);
  assert.equal(income.detail.scenarios.length, 3);
  assert.equal((await events(page, "skillpath-income")).filter((e) => e.on === "one").length, 0, "the other widget was not touched");

  await openChapter(one, "Your plan");
  const profile = one.getByRole("region", { name: "Your plan, ready to use" });
  await profile.getByText("For tools and developers").click();
  await Promise.all([page.waitForEvent("download"), profile.getByRole("button", { name: "Download JSON", exact: true }).click()]);
  await profile.getByRole("button", { name: "Copy JSON" }).click();
  await page.waitForFunction(() => window.__events.filter((e) => e.type === "skillpath-export").length === 2);
  for (const e of await events(page, "skillpath-export")) {
    assert.equal(e.on, "one");
    assert.ok(validate.export(e.detail), JSON.stringify(validate.export.errors));
    assert.equal(e.detail.guide.outcome, "t-shaped");
  }
  assert.deepEqual(log.errors, []);
  await close();
});

survives(
  "Host",
  "unknown currency, theme and section names, changed live",
  "one warning per value, the default used, the answers kept",
  async () => {
  const { page, log, close } = await host(`<skill-path id="w"></skill-path>`);
  const w = widgetIn(page, "w");
  await w.getByRole("progressbar").waitFor();
  await w.getByRole("region", { name: "Decision guide" }).getByRole("radio").nth(1).check();
  await page.evaluate(() => document.getElementById("w").setAttribute("sections", "income"));
  await w.getByRole("region", { name: "Decision guide" }).waitFor({ state: "detached" });
  await page.evaluate(() => {
    const el = document.getElementById("w");
    el.setAttribute("currency", "EURO");
    el.setAttribute("theme", "purple");
    el.setAttribute("sections", "guide nonsense");
  });
  await w.getByRole("region", { name: "Decision guide" }).waitFor();
  assert.ok(await w.getByRole("region", { name: "Decision guide" }).getByRole("radio").nth(1).isChecked(), "the answer stayed");
  const warned = log.warnings.join("\n");
  assert.match(warned, /currency "EURO"/);
  assert.match(warned, /theme "purple"/);
  assert.match(warned, /"nonsense" is not guide, income or profile/);
  assert.equal(log.warnings.filter((w) => w.includes("EURO")).length, 1, "one warning per bad value, not one per change");
  await page.evaluate(() => document.getElementById("w").setAttribute("theme", "dark"));
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector(".sp-root").dataset.theme === "dark");
  assert.deepEqual(log.errors, []);
  await close();
});

test("a live locale change rewrites the calculator's numbers and reads the new decimal mark", async () => {
  const { page, log, close } = await host(`<skill-path id="w" sections="income profile" locale="en-US"></skill-path>`);
  const w = widgetIn(page, "w");
  // Without the guide, the calculator is the first chapter.
  const calc = w.getByRole("region", { name: "What could this pay?" });
  const rate = calc.getByLabel("Hourly rate", { exact: true });
  await rate.fill("37.5");
  const plan = w.getByRole("region", { name: "Your plan, ready to use" });
  const hours = plan.getByLabel("Available hours per week");
  await openChapter(w, "Your plan");
  assert.equal(await hours.inputValue(), "20");
  await openChapter(w, "Income");
  await calc.getByLabel("Hours per week", { exact: true }).fill("17.5");
  await openChapter(w, "Your plan");
  assert.equal(await hours.inputValue(), "17.5");
  await page.evaluate(() => document.getElementById("w").setAttribute("locale", "de-DE"));
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector("input[id$='-edit-rate']").value === "37,5");
  assert.equal(await hours.inputValue(), "17,5", "the profile follows the scenario's hours in the new mark");
  await openChapter(w, "Income");
  assert.equal(await rate.inputValue(), "37,5", "an accepted value is written with the new mark");
  await rate.fill("40,5");
  assert.equal(await rate.getAttribute("aria-invalid"), null, "the new mark is read");
  assert.match(await calc.locator(".sp-figure-big__year").textContent(), /32\.602,50/, "40,5 × 17,5 × 46");
  await rate.fill("40.5");
  assert.equal(await rate.getAttribute("aria-invalid"), "true", "the old mark is now refused");
  assert.deepEqual(log.errors, []);
  await close();
});

survives(
  "Host",
  "hostile host CSS (all: revert, button { display: none }, html { font-size: 62.5% }) at 360 px",
  "the widget looks and works the same; its CSS stays out of the page",
  async () => {
  const { page, close } = await host(
    `<p id="mine">The host's own text.</p><skill-path id="w"></skill-path>`,
    {
      width: 360,
      head: `<style>html { font-size: 62.5%; } * { all: revert; font: 30px serif !important; letter-spacing: 4px; box-sizing: content-box; }
        button { display: none !important; } p { color: rgb(200, 0, 0); } .sp, .sp-button { display: none !important; }</style>`,
    },
  );
  const w = widgetIn(page, "w");
  await w.getByRole("progressbar").waitFor();
  await w.getByRole("region", { name: "Decision guide" }).getByRole("radio").first().check();
  const next = w.getByRole("button", { name: "Next" });
  assert.ok(await next.isVisible(), "the host's button rule does not reach the widget");
  await next.click();
  await w.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
  const size = await w.locator(".sp-question").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(size >= 18 && size <= 26, `question text is ${size}px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
  assert.equal(await page.locator("#mine").evaluate((el) => getComputedStyle(el).color), "rgb(200, 0, 0)");
  await shot(page, "element-hostile-css-phone");
  await close();
});

survives(
  "Host",
  "a 320 px column with text at 200 %",
  "nothing cut off, nothing scrolls sideways",
  async () => {
  // CSS zoom 2 on a 320 px column is what a reader gets with text zoomed to
  // 200 % in a 320 px wide container (WCAG 1.4.4 and 1.4.10).
  const { page, log, close } = await host(`<div style="width: 320px; zoom: 2"><skill-path id="w"></skill-path></div>`, { width: 700 });
  const w = widgetIn(page, "w");
  await w.getByRole("progressbar").waitFor();
  const overflow = () =>
    page.evaluate(() => {
      const root = document.getElementById("w").shadowRoot;
      const sp = root.querySelector(".sp");
      const wide = [...root.querySelectorAll(".sp *")].filter((el) => el.getBoundingClientRect().right > sp.getBoundingClientRect().right + 1);
      return { scroll: sp.scrollWidth - sp.clientWidth, wide: wide.slice(0, 5).map((el) => el.className || el.tagName) };
    });
  assert.deepEqual(await overflow(), { scroll: 0, wide: [] }, "the first question");
  await finishGuide(w, PATHS["Comb-shaped"]);
  const g = w.getByRole("region", { name: "Decision guide" });
  await g.getByText("How we worked this out").click();
  await g.getByText("The link, and what it holds").click();
  assert.deepEqual(await overflow(), { scroll: 0, wide: [] }, "the result, every disclosure open");
  await openChapter(w, "Income");
  assert.deepEqual(await overflow(), { scroll: 0, wide: [] }, "the calculator");
  await openChapter(w, "Your plan");
  await w.getByText("For tools and developers").click();
  await w.getByText("Preview the file").click();
  assert.deepEqual(await overflow(), { scroll: 0, wide: [] }, "the plan, every disclosure open");
  assert.deepEqual(log.errors, []);
  await close();
});

survives(
  "Host",
  "the script included twice; the element moved, removed and added again",
  "one definition; a move keeps the answers; a re-added element starts cleanly",
  async () => {
  const { page, log, close } = await host(`<div id="a"><skill-path id="w"></skill-path></div><div id="b"></div>`, {
    head: `<script type="module" src="${widget.url}/skillpath.js?copy=2"></script>`,
  });
  const w = widgetIn(page, "w");
  await w.getByRole("progressbar").waitFor();
  await w.getByRole("region", { name: "Decision guide" }).getByRole("radio").nth(2).check();
  await page.evaluate(() => document.getElementById("b").append(document.getElementById("w")));
  await page.waitForTimeout(50);
  assert.ok(await w.getByRole("region", { name: "Decision guide" }).getByRole("radio").nth(2).isChecked(), "a move keeps the widget");
  await page.evaluate(() => document.getElementById("w").remove());
  await page.waitForTimeout(50);
  await page.evaluate(() => document.getElementById("a").append(document.createElement("skill-path")));
  await page.evaluate(() => document.querySelector("#a skill-path").id = "again");
  const again = widgetIn(page, "again");
  await again.getByRole("progressbar").waitFor();
  assert.equal(await page.evaluate(() => document.querySelector("#a skill-path").shadowRoot.querySelectorAll(".sp").length), 1);
  await again.getByRole("region", { name: "Decision guide" }).getByRole("radio").first().check();
  await again.getByRole("button", { name: "Next" }).click();
  await again.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
  assert.deepEqual(log.errors, []);
  await close();
});

test("mount() renders into an element, update() applies options, destroy() empties it", async () => {
  const { page, log, close } = await host(`<div id="here"></div><p id="state"></p>
    <script type="module">
      import { mount } from "${widget.url}/skillpath.js";
      const handle = await mount(document.getElementById("here"), { sections: "income", currency: "EUR" });
      window.handle = handle;
      document.getElementById("state").textContent = "mounted";
    </script>`);
  await page.locator("#state", { hasText: "mounted" }).waitFor();
  const here = page.locator("#here");
  await here.getByLabel("Hourly rate", { exact: true }).waitFor();
  assert.match(await here.locator(".sp-figure-big__year strong").textContent(), /€/);
  await page.evaluate(() => window.handle.update({ sections: "guide" }));
  await here.getByRole("progressbar").waitFor();
  await page.evaluate(() => window.handle.destroy());
  assert.equal(await page.evaluate(() => document.getElementById("here").shadowRoot.querySelectorAll(".sp-root").length), 0);
  const thrown = await page.evaluate(async () => {
    const { mount } = await import(document.querySelector("script[src]").src);
    return mount(document.createElement("input")).catch((e) => e.message);
  });
  assert.match(thrown, /needs an element that can hold a shadow root/);
  assert.deepEqual(log.errors, []);
  await close();
});

survives(
  "Loading",
  "WebAssembly refused by the page's policy",
  "the element says in words that the guide cannot start here",
  async () => {
  const blocked = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
  const page = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>No wasm</title><link rel="icon" href="data:,">
    <meta http-equiv="Content-Security-Policy" content="script-src 'self' ${blocked.url}">
    <script type="module" src="${blocked.url}/skillpath.js"></script></head><body><skill-path id="w"></skill-path></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 360, height: 700 } });
  const tab = await context.newPage();
  await tab.goto(page.url);
  const alert = tab.locator("skill-path#w").getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start here/);
  await context.close();
  await page.close();
  await blocked.close();
});
