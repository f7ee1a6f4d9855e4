// The decision guide through the built site in real Chromium, as a reader uses it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, picks, answerByKeyboard, tabTo, focused, axe, shot, guide, PATHS, QUESTION_COUNT } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function open(options = {}) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(env.server.url);
  return { page, context, errors };
}

const SECTIONS = [
  "How close you are to each profile",
  "Why this result",
  "Where this profile wins",
  "Skills to build",
  "Risks, and how to handle them",
  "Your next 60–90 days",
  "Typical rate",
];

test("the first question shows quickly, with Next disabled until a choice is made", async () => {
  const t0 = Date.now();
  const { page, context, errors } = await open();
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  const ms = Date.now() - t0;
  console.log(`first question visible after ${ms} ms`);
  assert.ok(ms < 5000, `first question took ${ms} ms`);
  assert.ok(await page.getByRole("button", { name: "Next" }).isDisabled());
  assert.ok(await page.getByRole("button", { name: "Back" }).isDisabled());
  await guide(page).getByRole("radio").first().check();
  assert.ok(await page.getByRole("button", { name: "Next" }).isEnabled());
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [outcome, ids] of Object.entries(PATHS)) {
  test(`keyboard only: ${outcome}`, async () => {
    const { page, context, errors } = await open();
    await answerByKeyboard(page, picks(ids));
    await tabTo(page, (f) => f.text === "See my result");
    await page.keyboard.press("Enter");
    const heading = guide(page).getByRole("heading", { level: 2 });
    await heading.filter({ hasText: "You lean" }).waitFor();
    assert.equal(await heading.textContent(), `You lean ${outcome}`);
    assert.equal((await focused(page)).text, `You lean ${outcome}`, "focus moves to the result");
    for (const name of SECTIONS) {
      const section = page.locator("section.sp-block").filter({ has: page.getByRole("heading", { name, exact: true }) });
      const text = (await section.textContent()).replace(name, "").trim();
      assert.ok(text.length > 20, `section "${name}" has content`);
    }
    assert.equal(await page.locator(".sp-closeness li").count(), 5);
    assert.match(await page.locator(".sp-closeness__row[data-mine]").textContent(), new RegExp(`${outcome}.*your result.*\\d+ %`));
    assert.match(await page.getByText("Exploration, not a verdict").textContent(), /not a verdict/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("going back and changing an answer changes the result", async () => {
  const { page, context } = await open();
  await answerByKeyboard(page, picks(PATHS["T-shaped"]));
  await tabTo(page, (f) => f.text === "See my result");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "You lean T-shaped" }).waitFor();

  // Back to the review, by keyboard, then three or more deep fields instead of one.
  await tabTo(page, (f) => f.text === "Back");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "Check your answers" }).waitFor();
  await tabTo(page, (f) => f.id.endsWith("review-deep-domains"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  assert.equal(await page.getByLabel("Fields you know deeply").inputValue(), "three-plus");
  await page.getByText("Right now you lean Comb-shaped").waitFor();
  await tabTo(page, (f) => f.text === "See my result");
  await page.keyboard.press("Enter");
  await page.getByRole("heading", { name: "You lean Comb-shaped" }).waitFor();

  // Answers survive Back all the way to the questions.
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await page.getByRole("progressbar", { name: `Question ${QUESTION_COUNT} of ${QUESTION_COUNT}` }).waitFor();
  assert.ok(await page.getByRole("radio", { name: "Keep my range and add one specialty within about 90 days" }).isChecked());
  await context.close();
});

test("Start over clears every answer", async () => {
  const { page, context } = await open();
  await answerByKeyboard(page, picks(PATHS.Generalist));
  await page.getByRole("button", { name: "See my result" }).click();
  await page.getByRole("button", { name: "Start over" }).click();
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  assert.equal(await guide(page).getByRole("radio", { checked: true }).count(), 0);
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  test(`axe finds no violations on any screen (${scheme})`, async () => {
    const { page, context } = await open({ colorScheme: scheme });
    await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
    assert.deepEqual(await axe(page), [], "question screen");
    await answerByKeyboard(page, picks(PATHS["π-shaped"]));
    assert.deepEqual(await axe(page), [], "review screen");
    await page.getByRole("button", { name: "See my result" }).click();
    await page.getByRole("heading", { name: "You lean π-shaped" }).waitFor();
    assert.deepEqual(await axe(page), [], "result screen");
    await context.close();
  });
}

for (const [device, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 360, height: 740 }]]) {
  test(`screenshots of every screen (${device})`, async () => {
    for (const scheme of ["light", "dark"]) {
      const { page, context } = await open({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
      await guide(page).getByRole("radio").nth(1).check();
      await shot(page, `question-${device}-${scheme}`);
      await page.reload();
      await answerByKeyboard(page, picks(PATHS["T-shaped"]));
      await shot(page, `review-${device}-${scheme}`);
      await page.getByRole("button", { name: "See my result" }).click();
      await page.getByRole("heading", { name: "You lean T-shaped" }).waitFor();
      await shot(page, `result-${device}-${scheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, "no horizontal scrolling");
      await context.close();
    }
  });
}
