// End to end: the first screen drawn at build time (examples/first_screen.rs),
// which skillpath.js shows while the wasm is still on its way. The wasm is held
// back until the test lets it through, so each test sees both phases: the
// reader reads, chooses and presses Next on the early screen; the widget then
// takes over with their choice, their Next and their focus.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { axe, fill, focused, guide, hostPage, prompt, QUESTION_COUNT, settled, startWithWidgetOrigin, tabTo, ui, watched } from "./support.mjs";

let env;
before(async () => {
  env = await startWithWidgetOrigin();
});
after(async () => {
  await env?.close();
});

/**
 * Opens `url` with the wasm held back; `release()` lets it through. Service
 * workers are blocked so that every request passes the route.
 */
async function held(url, { colorScheme = "light" } = {}) {
  const context = await env.browser.newContext({ serviceWorkers: "block", colorScheme });
  const w = await watched(context);
  let release;
  const gate = new Promise((open) => (release = open));
  await w.page.route(/\.wasm$/, async (route) => {
    await gate;
    await route.continue();
  });
  await w.page.goto(url);
  return { ...w, context, release };
}

/** Whether the widget itself (not the early screen) has drawn. */
const started = (page) =>
  page.waitForFunction(() => {
    const root = document.querySelector("skill-path")?.shadowRoot;
    return root && root.querySelectorAll(".sp-root").length === 1 && !root.querySelector(".sp-root[hidden]") && root.querySelector(".sp");
  });

test("the first question shows before the wasm arrives; the choice and Next carry over to the widget", async () => {
  const { page, log, violations, context, release } = await held(env.server.url);
  const q = guide(page);
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector("skill-path").shadowRoot.querySelectorAll(".sp-root").length), 2, "the widget is not there yet");
  assert.ok(await q.getByRole("button", { name: "Next" }).isDisabled(), "Next waits for a choice, as in the widget");
  await q.getByRole("radio").nth(1).check();
  assert.ok(await q.getByRole("button", { name: "Next" }).isEnabled());
  await q.getByRole("button", { name: "Next" }).click();
  assert.equal(new URL(page.url()).search, "", "Next does not submit the page");

  release();
  await page.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
  await started(page);
  assert.equal((await settled(page)).tag, "h2", "the widget moved focus to the second question's heading, as after any Next");
  await q.getByRole("button", { name: "Back" }).click();
  assert.ok(await q.getByRole("radio").nth(1).isChecked(), "the early choice is the widget's answer");
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await violations(), []);
  await context.close();
});

for (const code of ["de", "ar"]) {
  test(`in ${code}, the early screen is in the reader's language and hands its choice and Next over to the widget`, async () => {
    const t = ui(code);
    const { page, log, context, release } = await held(`${env.server.url}/?lang=${code}`);
    const q = page.getByRole("region", { name: t.app_chapter_guide });
    const question = (n) => q.getByRole("progressbar", { name: fill(t.guide_question_of, { current: n, total: QUESTION_COUNT }, code) });
    await q.getByRole("heading", { name: prompt(code, 0) }).waitFor();
    await question(1).waitFor();
    assert.equal(await page.evaluate(() => document.querySelector("skill-path").shadowRoot.querySelectorAll(".sp-root").length), 2, "the widget is not there yet");
    assert.equal(await page.evaluate(() => document.querySelector("skill-path").shadowRoot.querySelector(".sp").getAttribute("dir")), code === "ar" ? "rtl" : "ltr");
    await q.getByRole("radio").nth(2).check();
    await q.getByRole("button", { name: t.nav_next }).click();

    release();
    await question(2).waitFor();
    await started(page);
    await q.getByRole("heading", { name: prompt(code, 1) }).waitFor();
    await q.getByRole("button", { name: t.nav_back }).click();
    assert.ok(await q.getByRole("radio").nth(2).isChecked(), "the early choice is the widget's answer");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("by keyboard: focus and a choice made on the early screen stay where they were", async () => {
  const { page, log, context, release } = await held(env.server.url);
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  await tabTo(page, (f) => f.type === "radio");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const before = await focused(page);
  assert.ok(before.ring, "the early screen shows focus");

  release();
  await started(page);
  const after = await focused(page);
  assert.equal(after.id, before.id, "focus is on the same choice in the widget");
  assert.ok(after.ring);
  assert.ok(await guide(page).getByRole("radio").nth(2).isChecked());
  await page.keyboard.press("Enter");
  await page.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the early screen is the widget's own first screen: same text, same controls; axe finds nothing", async () => {
  const { page, context, release } = await held(env.server.url, { colorScheme: "dark" });
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  // (axe adds an inline style, which the page's policy reports: this test does not read the console.)
  assert.deepEqual(await axe(page), []);
  const read = () =>
    page.evaluate(() => {
      const root = [...document.querySelector("skill-path").shadowRoot.querySelectorAll(".sp-root")].find((r) => !r.hidden);
      const sp = root.querySelector(".sp");
      return {
        theme: root.dataset.theme ?? null,
        text: [sp.querySelector("header"), sp.querySelector("form")].map((n) => n.textContent),
        controls: [...sp.querySelectorAll("form input, form button, form progress")].map((c) => [c.localName, c.type, c.id, c.name, c.value, c.disabled, c.getAttribute("aria-labelledby"), c.getAttribute("aria-describedby")]),
      };
    });
  const early = await read();
  release();
  await started(page);
  assert.deepEqual(await read(), early);
  await context.close();
});

test("a host that shows no guide, or a shared result, gets the loading note instead; a fixed theme applies early", async () => {
  const script = `<script type="module" src="${env.widget.url}/skillpath.js"></script>`;
  const pages = {
    income: await hostPage(`<!doctype html><html lang="en"><title>Rates</title>${script}<skill-path sections="income Profile"></skill-path>`),
    dark: await hostPage(`<!doctype html><html lang="en"><title>Guide</title>${script}<skill-path theme=" Dark " sections="GUIDE income"></skill-path>`),
  };
  const early = (page) =>
    page.evaluate(() => {
      const root = document.querySelector("skill-path").shadowRoot;
      return [...root.querySelectorAll(".sp-root")].map((r) => ({ theme: r.dataset.theme ?? null, text: r.textContent.slice(0, 40), hidden: r.hidden }));
    });
  try {
    const a = await held(pages.income.url);
    await a.page.getByText("Loading the career guide…").waitFor();
    assert.deepEqual(await early(a.page), [{ theme: null, text: "Loading the career guide…", hidden: false }]);
    a.release();
    await a.page.getByLabel("Hourly rate", { exact: true }).waitFor();
    await a.context.close();

    const b = await held(pages.dark.url, { colorScheme: "light" });
    await b.page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
    const [box] = await early(b.page);
    assert.equal(box.theme, "dark");
    const background = () => b.page.evaluate(() => getComputedStyle(document.querySelector("skill-path").shadowRoot.querySelector(".sp-root:not([hidden]) .sp")).colorScheme);
    assert.equal(await background(), "dark");
    b.release();
    await started(b.page);
    assert.equal(await background(), "dark");
    await b.context.close();

    const c = await held(`${env.server.url}#share=nonsense`);
    await c.page.getByText("Loading the career guide…").waitFor();
    c.release();
    await c.page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
    await c.context.close();
  } finally {
    await pages.income.close();
    await pages.dark.close();
  }
});

test("a host that hides the guide before the widget starts: the early answer waits for the guide and touches nothing else", async () => {
  const script = `<script type="module" src="${env.widget.url}/skillpath.js"></script>`;
  const page0 = await hostPage(`<!doctype html><html lang="en"><title>Guide</title>${script}<skill-path id="w"></skill-path>`);
  try {
    const { page, log, context, release } = await held(page0.url);
    const w = page.locator("skill-path#w");
    await w.getByRole("radio").nth(2).check();
    await page.evaluate(() => document.getElementById("w").setAttribute("sections", "income"));
    await w.getByText("Loading the career guide…").waitFor();
    release();
    const calc = w.getByRole("region", { name: "What could this pay?" });
    await calc.getByLabel("Hourly rate", { exact: true }).waitFor();
    // The calculator's radios, read whether or not its chapter is on show.
    const calcRadios = w.locator("section[aria-labelledby$='-income'] input[type=radio]");
    const solveFor = await calcRadios.evaluateAll((rs) => rs.map((r) => r.checked));
    assert.ok(solveFor.length > 0);
    await page.evaluate(() => document.getElementById("w").setAttribute("sections", "guide income"));
    const q = w.getByRole("region", { name: "Decision guide" });
    await q.waitFor();
    await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector('section[aria-label="Decision guide"] input:checked'));
    assert.ok(await q.getByRole("radio").nth(2).isChecked(), "the early answer is the widget's");
    assert.deepEqual(await calcRadios.evaluateAll((rs) => rs.map((r) => r.checked)), solveFor, "the calculator is as it was");
    assert.deepEqual(log.errors, []);
    await context.close();
  } finally {
    await page0.close();
  }
});
