// End to end: "Share my result" makes a link whose fragment carries the
// answers (and, if asked, the scenario); opening it in a fresh browser shows
// the same result; a damaged or hostile fragment gets a message and the guide
// starts as usual.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, guide, finishGuide, axe, PATHS, QUESTION_COUNT } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function open(url, permissions = []) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

let shared;

test("a shared link opens on the same result and scenario in a fresh browser", async () => {
  const { page, errors, close } = await open(`${env.server.url}/?currency=EUR`, ["clipboard-read", "clipboard-write"]);
  await finishGuide(page, PATHS["π-shaped"]);
  const calc = page.getByRole("region", { name: "Income calculator" });
  await calc.getByLabel("Hourly rate", { exact: true }).fill("42.5");
  await calc.getByLabel("Hours per week", { exact: true }).fill("15");
  const block = guide(page).getByRole("region", { name: "Share my result" });
  const link = block.getByLabel("Link to your result");
  const without = await link.inputValue();
  await block.getByLabel(/Include my income scenario \(42\.5 × 15 × 46\)/).check();
  const withScenario = await link.inputValue();
  assert.notEqual(without, withScenario);
  await block.getByRole("button", { name: "Copy link" }).click();
  await block.getByText("Copied the link to your result.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), withScenario);
  const url = new URL(withScenario);
  assert.equal(url.search, "?currency=EUR", "the page's own options stay; the answers are not in the query");
  assert.match(url.hash, /^#share=1[0-9a-z.]+[0-9a-z_]$/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  shared = { without, withScenario };
  await close();

  const fresh = await open(withScenario);
  await guide(fresh.page).getByRole("heading", { name: "You lean π-shaped" }).waitFor();
  const freshCalc = fresh.page.getByRole("region", { name: "Income calculator" });
  assert.ok(await freshCalc.getByRole("radio", { name: "Shared scenario" }).isChecked());
  assert.equal(await freshCalc.getByLabel("Hourly rate", { exact: true }).inputValue(), "42.5");
  assert.match(await freshCalc.locator(".sp-figures__annual strong").textContent(), /29[.,]325/);
  assert.deepEqual(fresh.errors, []);
  await fresh.close();

  const answersOnly = await open(without);
  await guide(answersOnly.page).getByRole("heading", { name: "You lean π-shaped" }).waitFor();
  assert.equal(await answersOnly.page.getByRole("radio", { name: "Shared scenario" }).count(), 0);
  await answersOnly.close();
});

for (const [what, fragment, message] of [
  ["a changed character", (code) => code.slice(0, 5) + (code[5] === "0" ? "1" : "0") + code.slice(6), /looks damaged/],
  ["a cut-short link", (code) => code.slice(0, 9), /looks damaged/],
  ["markup", () => "<img src=x onerror=alert(1)>", /characters a Skillpath result never has/],
  ["a newer version", () => "9abc", /newer version of Skillpath/],
  ["an empty code", () => "", /has no result in it/],
]) {
  test(`a shared link with ${what} says so and the guide starts as usual`, async () => {
    assert.ok(shared, "needs the first test's link");
    const code = new URL(shared.without).hash.slice("#share=".length);
    const { page, errors, close } = await open(`${env.server.url}/#share=${fragment(code)}`);
    await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
    const note = page.locator(".sp-share-note");
    assert.match(await note.textContent(), message);
    assert.match(await note.textContent(), /The guide starts from the first question\./);
    assert.equal(await page.locator("img").count(), 0);
    assert.deepEqual(errors, []);
    await close();
  });
}
