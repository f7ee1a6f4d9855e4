// End to end: the income calculator in the built site, by role and name.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, shot } from "./support.mjs";
import { survives } from "./hostile/survives.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function open(options = {}, query = "") {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", ...options });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The calculator on its own: it opens on that chapter, with no guide header.
  await page.goto(`${env.server.url}/?sections=income${query.replace(/^\?/, "&")}`);
  const calc = page.getByRole("region", { name: "What could this pay?" });
  await calc.getByLabel("Hourly rate", { exact: true }).waitFor();
  return { page, calc, errors, close: () => context.close() };
}

/** The selected scenario's annual figure as shown. */
const annual = (calc) => calc.locator(".sp-figure-big__year strong").textContent();

async function type(calc, label, text) {
  const field = calc.getByLabel(label, { exact: true });
  await field.fill(text);
  return field;
}

test("the seed examples show their exact annual figures", async () => {
  const { calc, errors, close } = await open();
  await type(calc, "Hourly rate", "30");
  await type(calc, "Hours per week", "20");
  await type(calc, "Weeks per year", "46");
  assert.equal(await annual(calc), "$27,600", "whole amounts are written whole");
  await type(calc, "Hourly rate", "42");
  await type(calc, "Hours per week", "15");
  assert.equal(await annual(calc), "$28,980");
  await type(calc, "Hourly rate", "37.55");
  await type(calc, "Hours per week", "17.5");
  await type(calc, "Weeks per year", "45");
  assert.equal(await annual(calc), "$29,570.63");
  const figures = await calc.getByRole("status").first().textContent();
  assert.match(figures, /About \$2,464\.22 a month, \$657\.13 a week, before tax and fees\./);
  assert.deepEqual(errors, []);
  await close();
});

test("scenarios sit side by side: add, rename, duplicate, remove, compare", async () => {
  const { page, calc, close } = await open();
  assert.equal(await calc.locator(".sp-scenario").count(), 3);
  await calc.getByRole("button", { name: "Add scenario" }).click();
  assert.equal(await calc.locator(".sp-scenario").count(), 4);
  assert.ok(await calc.getByRole("radio", { name: "Scenario 4" }).isChecked());
  await type(calc, "Scenario name", "Weekend work");
  await type(calc, "Hourly rate", "50");
  await type(calc, "Hours per week", "8");
  await type(calc, "Weeks per year", "40");
  assert.equal(await annual(calc), "$16,000");
  assert.ok(await calc.getByRole("radio", { name: "Weekend work" }).isChecked());
  // Every other card says how it compares with the selected one.
  const generalist = calc.locator(".sp-scenario").filter({ hasText: "Generalist" });
  assert.match(await generalist.textContent(), /\+\$11,600 vs Weekend work/);
  assert.equal(await generalist.locator(".sp-scenario__diff").evaluate((el) => getComputedStyle(el).color), await calc.locator(".sp-chapter__head .sp-muted").evaluate((el) => getComputedStyle(el).color), "a difference is written in the quiet ink, not error red");
  await calc.getByRole("button", { name: "Duplicate" }).click();
  assert.ok(await calc.getByRole("radio", { name: "Weekend work (copy)" }).isChecked());
  await calc.getByRole("button", { name: "Remove" }).click();
  assert.equal(await calc.locator(".sp-scenario").count(), 4);
  // Selecting a card by keyboard edits that scenario.
  await calc.getByRole("radio", { name: "Specialist" }).check();
  assert.equal(await calc.getByLabel("Scenario name", { exact: true }).inputValue(), "Specialist");
  assert.equal(await annual(calc), "$28,980");
  // The chart names every scenario in its text alternative.
  const chart = calc.getByRole("img", { name: /Annual income by scenario/ });
  const name = await chart.getAttribute("aria-labelledby").then((id) => page.locator(`[id="${id}"]`).textContent());
  for (const n of ["Generalist, $27,600", "Specialist, $28,980", "Weekend work, $16,000"]) assert.ok(name.includes(n), name);
  await close();
});

test("the inverse solves for the rate, hours or weeks, and says when a target is out of reach", async () => {
  const { page, calc, close } = await open();
  // No target until the reader sets one: no dashed line, no answer.
  assert.equal(await calc.getByLabel("Target annual income").inputValue(), "");
  const alt = await calc.getByRole("img", { name: /Annual income by scenario/ }).getAttribute("aria-labelledby").then((id) => page.locator(`[id="${id}"]`).textContent());
  assert.doesNotMatch(alt, /target/i);
  // My plan: 35 × 20 × 46; a 40,000 target.
  await type(calc, "Target annual income", "40000");
  const answer = calc.locator(".sp-inverse [role=status]");
  assert.match(await answer.textContent(), /you need at least \$43\.48 an hour/);
  await calc.getByRole("radio", { name: "Hours" }).check();
  assert.match(await answer.textContent(), /you need at least 24\.85 hours a week/);
  await calc.getByRole("button", { name: /^Use 24\.85 hours a week in/ }).click();
  assert.equal(await calc.getByLabel("Hours per week", { exact: true }).inputValue(), "24.85");
  assert.equal(await annual(calc), "$40,008.50");
  await type(calc, "Target annual income", "2000000");
  assert.match(await answer.textContent(), /more than 168 hours a week: it cannot be reached/);
  await calc.getByRole("radio", { name: "Weeks" }).check();
  assert.match(await answer.textContent(), /more than 52 working weeks a year/);
  await close();
});

const BAD = [
  ["Hourly rate", "", "Enter a number."],
  ["Hourly rate", "-", "Enter a number of zero or more."],
  ["Hourly rate", "abc", "Use digits only"],
  ["Hourly rate", "NaN", "Use digits only"],
  ["Hourly rate", "inf", "Use digits only"],
  ["Hourly rate", "1e999", "Use digits only"],
  ["Hourly rate", "-5", "Enter a number of zero or more."],
  ["Hourly rate", "0x10", "Use digits only"],
  ["Hourly rate", "100000.01", "above 100,000 an hour"],
  ["Hours per week", "169", "A week has at most 168 hours."],
  ["Weeks per year", "53", "at most 52 working weeks"],
  ["Hourly rate", "1,5", "Use \".\" for decimals here"],
];

survives(
  "Numbers",
  "empty, a minus sign, letters, NaN, inf, 1e999, 0x10, the other decimal mark, separators, three decimals, over the limits",
  "each its own message under the field; the last result stays",
  async () => {
  const { page, calc, errors, close } = await open();
  const before = await annual(calc);
  for (const [label, text, message] of BAD) {
    const field = await type(calc, label, text);
    const described = await field.getAttribute("aria-describedby");
    const shown = await page.locator(`[id="${described.split(" ")[0]}"]`).textContent();
    assert.ok(shown.includes(message), `${label} = ${JSON.stringify(text)}: ${shown}`);
    assert.equal(await field.getAttribute("aria-invalid"), "true");
    assert.equal(await field.inputValue(), text, "what was typed stays in the field");
    assert.equal(await annual(calc), before, `${JSON.stringify(text)} keeps the last result`);
    assert.match(await calc.textContent(), /Showing the last valid figures/);
    await type(calc, label, label === "Hourly rate" ? "35" : label === "Hours per week" ? "20" : "46");
  }
  assert.equal(await calc.locator("[aria-invalid]").count(), 0);
  assert.deepEqual(errors, []);
  await close();
});

survives(
  "Numbers",
  "a comma-decimal locale (de-DE) with a dot, and thousands separators",
  "reads 37,55; refuses 1.5 and 1.000,50 with the mark it wants; formats in euros",
  async () => {
  const { calc, close } = await open({ locale: "de-DE" }, "?locale=de-DE&currency=EUR&lang=en");
  const rate = await type(calc, "Hourly rate", "37,55");
  await type(calc, "Hours per week", "17,5");
  await type(calc, "Weeks per year", "45");
  assert.equal((await annual(calc)).replace(/\s/g, " "), "29.570,63 €");
  await type(calc, "Hourly rate", "1.000,50");
  const message = await calc.locator(`[id="${(await rate.getAttribute("aria-describedby")).split(" ")[0]}"]`).textContent();
  assert.match(message, /Leave out thousands separators/);
  await type(calc, "Hourly rate", "1.5");
  assert.match(await calc.textContent(), /Use "," for decimals here/);
  assert.equal((await annual(calc)).replace(/\s/g, " "), "29.570,63 €");
  await close();
});

test("the calculator passes axe and is drawn at desktop and phone widths, light and dark", async () => {
  for (const scheme of ["light", "dark"]) {
    for (const [width, tag] of [[1280, "desktop"], [360, "phone"]]) {
      const { page, calc, close } = await open({ viewport: { width, height: 900 }, colorScheme: scheme });
      await calc.scrollIntoViewIfNeeded();
      assert.deepEqual(await axe(page), [], `${tag} ${scheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (${overflow}px)`);
      await calc.screenshot({ path: `test-results/screens/income-${tag}-${scheme}.png` });
      await close();
    }
  }
});
