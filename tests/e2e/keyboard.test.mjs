// End to end, keyboard only: the guide to a result, a calculator scenario and a
// profile download, with Tab, arrows, Space and Enter and never a pointer; at
// each stop the focused control shows a visible focus ring.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { answerByKeyboard, focused, PATHS, picks, settled, start, tabTo } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("keyboard only: the guide to a result, a scenario, and a profile download", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole("progressbar").first().waitFor();

  // The guide: every question by arrows and Enter; Enter on the last shows the result.
  await answerByKeyboard(page, picks(PATHS["Comb-shaped"]));
  await page.getByRole("heading", { name: "You lean comb-shaped" }).waitFor();
  const heading = await settled(page);
  assert.equal(heading.tag, "h2", "focus moves to the result's heading");
  assert.match(heading.text, /You lean comb-shaped/);

  // The next chapter, from the offer at the end of the result.
  await tabTo(page, (f) => f.text === "See what it could pay", 80);
  assert.ok((await focused(page)).ring, "the offer shows its focus");
  await page.keyboard.press("Enter");
  const calc = page.getByRole("region", { name: "What could this pay?" });
  await calc.waitFor();
  assert.equal((await settled(page)).text, "What could this pay?", "the chapter's heading takes focus");

  // The calculator: a new rate for "My plan", then a fourth scenario.
  await tabTo(page, (f) => f.id.endsWith("-edit-rate"), 80);
  assert.ok((await focused(page)).ring, "the rate field shows its focus");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("50");
  await calc.locator(".sp-figure-big__year strong").filter({ hasText: "$46,000" }).waitFor();
  await tabTo(page, (f) => f.text === "Add scenario");
  assert.ok((await focused(page)).ring, "Add scenario shows its focus");
  await page.keyboard.press("Enter");
  const scenarios = calc.getByRole("group", { name: "Compare scenarios" }).getByRole("radio");
  await scenarios.nth(3).waitFor();
  assert.equal(await scenarios.count(), 4);

  // The plan: a headline, then Download JSON under "For tools and developers".
  await tabTo(page, (f) => f.text === "Make my plan", 80);
  await page.keyboard.press("Enter");
  await page.getByRole("region", { name: "Your plan, ready to use" }).waitFor();
  await tabTo(page, (f) => f.id.endsWith("-headline"), 80);
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Comb-shaped evaluator, three domains deep");
  await tabTo(page, (f) => f.text === "For tools and developers", 80);
  assert.ok((await focused(page)).ring, "the disclosure shows its focus");
  await page.keyboard.press("Enter");
  await tabTo(page, (f) => f.text === "Download JSON", 20);
  assert.ok((await focused(page)).ring, "Download JSON shows its focus");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const file = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(file.headline, "Comb-shaped evaluator, three domains deep");
  assert.equal(file.guide.outcome, "comb-shaped");
  assert.equal(file.income.scenario, "Scenario 4", "the added scenario is the selected one");
  await context.close();
});
