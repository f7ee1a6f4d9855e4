// The decision guide through the built site in real Chromium, as a reader uses it.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { answerByKeyboard, axe, finishGuide, focused, guide, LEAN, PATHS, picks, QUESTION_COUNT, QUESTIONS, settled, shot, start } from "./support.mjs";

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
  "Where this profile wins",
  "Your next 60–90 days",
  "Skills to build",
  "Typical rate",
  "Risks, and how to handle them",
  "Where you stand among the five shapes",
];

const progress = (page, n) => page.getByRole("progressbar", { name: `Question ${n} of ${QUESTION_COUNT}` });

test("the first question shows quickly, with Next disabled until a choice is made and no Back", async () => {
  const t0 = Date.now();
  const { page, context, errors } = await open();
  await progress(page, 1).waitFor();
  const ms = Date.now() - t0;
  console.log(`first question visible after ${ms} ms`);
  assert.ok(ms < 5000, `first question took ${ms} ms`);
  assert.ok(await page.getByRole("button", { name: "Next" }).isDisabled());
  assert.equal(await page.getByRole("button", { name: "Back" }).count(), 0, "nothing to go back to");
  await guide(page).getByRole("radio").first().press("Space");
  assert.ok(await page.getByRole("button", { name: "Next" }).isEnabled());
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [outcome, ids] of Object.entries(PATHS)) {
  test(`keyboard only: ${outcome}`, async () => {
    const { page, context, errors } = await open();
    await answerByKeyboard(page, picks(ids));
    const heading = guide(page).getByRole("heading", { level: 2 });
    assert.equal((await heading.textContent()).replace(/\s+/g, " "), LEAN[outcome]);
    assert.equal((await settled(page)).text.replace(/\s+/g, " "), LEAN[outcome], "focus moves to the result");
    for (const name of SECTIONS) {
      const section = page.locator("section.sp-block").filter({ has: page.getByRole("heading", { name, exact: true }) });
      const text = (await section.textContent()).replace(name, "").trim();
      assert.ok(text.length > 20, `section "${name}" has content`);
    }
    assert.equal(await page.locator(".sp-closeness li").count(), 5);
    assert.match(await page.locator(".sp-closeness__row[data-mine]").textContent(), new RegExp(`${outcome}.*your result`));
    // Where the reader stands, in words: a lead sentence and a word per shape, no percentages.
    const stand = page.locator("section.sp-block").filter({ has: page.getByRole("heading", { name: "Where you stand among the five shapes" }) });
    assert.match(await stand.locator(".sp-lead").textContent(), /^A (clear lead|lean|close call):/);
    assert.ok(!(await stand.locator(".sp-closeness").textContent()).includes("%"), "no percentages");
    // Each shape defined in one line, and the sources named.
    await stand.getByText("What the shapes mean").click();
    assert.equal(await stand.locator(".sp-terms dt").count(), 7, "five shapes and two terms");
    await stand.getByText("About this guide").click();
    const about = await stand.locator(".sp-about").textContent();
    for (const publisher of ["Emeritus", "Rex.zone", "Upwork"]) assert.ok(about.includes(publisher), publisher);
    // The exploration note, once.
    const words = await guide(page).textContent();
    assert.equal(words.split("not a verdict").length - 1, 1, "said once");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// Answering by position alone (always the first choice, always the last, the
// middle one, first and last in turn, or rotating) reaches several outcomes:
// where a choice sits says nothing about where it leads.
test("walks by position reach at least four different outcomes", async () => {
  const walks = {
    first: (i, n) => 0,
    last: (i, n) => n - 1,
    middle: (i, n) => Math.floor((n - 1) / 2),
    alternate: (i, n) => (i % 2 === 0 ? 0 : n - 1),
    rotate: (i, n) => i % n,
  };
  const reached = {};
  for (const [name, pick] of Object.entries(walks)) {
    const { page, context, errors } = await open();
    await progress(page, 1).waitFor();
    await answerByKeyboard(page, QUESTIONS.map((q, i) => pick(i, q.choices.length)));
    const heading = guide(page).getByRole("heading", { level: 2, name: /^You lean/ });
    reached[name] = (await heading.textContent()).replace(/\s+/g, " ").replace("You lean ", "");
    assert.deepEqual(errors, []);
    await context.close();
  }
  console.log("walks reach", reached);
  assert.ok(new Set(Object.values(reached)).size >= 4, JSON.stringify(reached));
});

test("Check my answers: the review changes an answer without giving the result away", async () => {
  const { page, context } = await open();
  await finishGuide(page, PATHS["T-shaped"]);
  await page.getByRole("button", { name: "Check my answers" }).click();
  await page.getByRole("heading", { name: "Check your answers" }).waitFor();
  const review = await guide(page).textContent();
  for (const word of ["lean", "T-shaped", "match", "%"]) assert.ok(!review.includes(word), `the review says nothing of the outcome (${word})`);
  // Three or more deep fields instead of one.
  const pillars = QUESTIONS.find((q) => q.choices.some((c) => c.effect?.pillars === 3));
  const three = pillars.choices.find((c) => c.effect?.pillars === 3);
  await page.getByLabel(pillars.topic).selectOption(three.id);
  await page.getByRole("button", { name: "See my result" }).click();
  await page.getByRole("heading", { name: /^You lean/ }).waitFor();
  assert.notEqual((await page.getByRole("heading", { name: /^You lean/ }).textContent()).replace(/\s+/g, " "), "You lean T-shaped");
  // Answers survive Back to the questions.
  await page.getByRole("button", { name: "Check my answers" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await progress(page, QUESTION_COUNT).waitFor();
  const last = picks(PATHS["T-shaped"]).at(-1);
  assert.ok(await guide(page).getByRole("radio").nth(last).isChecked());
  await context.close();
});

test("the last question offers Check my answers before the result", async () => {
  const { page, context } = await open();
  const ids = picks(PATHS.Specialist);
  for (const [i, choice] of ids.entries()) {
    await progress(page, i + 1).waitFor();
    await guide(page).getByRole("radio").nth(choice).press("Space");
    if (i < ids.length - 1) await page.getByRole("button", { name: "Next" }).click();
  }
  await page.getByRole("button", { name: "Check my answers" }).click();
  await page.getByRole("heading", { name: "Check your answers" }).waitFor();
  await page.getByRole("button", { name: "See my result" }).click();
  await page.getByRole("heading", { name: "You lean specialist" }).waitFor();
  await context.close();
});

test("Start over clears every answer", async () => {
  const { page, context } = await open();
  await finishGuide(page, PATHS.Generalist);
  await page.getByRole("button", { name: "Start over" }).click();
  await progress(page, 1).waitFor();
  assert.equal(await guide(page).getByRole("radio", { checked: true }).count(), 0);
  await context.close();
});

test("a choice by pointer moves on by itself; keyboard choices, answered questions and the last question wait for Next", async () => {
  const { page, context } = await open();
  const g = guide(page);
  await g.getByRole("radio").nth(1).click();
  await progress(page, 2).waitFor();
  assert.equal((await settled(page)).tag, "h2", "the new question's heading takes focus");
  // From the keyboard, arrows choose as they go: nothing moves on.
  await g.getByRole("radio").first().press("Space");
  await page.waitForTimeout(900);
  assert.ok(await progress(page, 2).isVisible(), "still on question 2");
  // Back to an answered question: changing it does not move on.
  await page.getByRole("button", { name: "Back" }).click();
  await progress(page, 1).waitFor();
  await g.getByRole("radio").nth(2).click();
  await page.waitForTimeout(900);
  assert.ok(await progress(page, 1).isVisible(), "still on question 1");
  assert.ok(await g.getByRole("radio").nth(2).isChecked());
  await context.close();
});

for (const scheme of ["light", "dark"]) {
  for (const width of [360, 1280]) {
    test(`axe finds no violations on any guide screen (${scheme}, ${width} px)`, async () => {
      const { page, context } = await open({ colorScheme: scheme, viewport: { width, height: 800 } });
      await progress(page, 1).waitFor();
      assert.deepEqual(await axe(page), [], "question screen");
      await finishGuide(page, PATHS["π-shaped"]);
      await page.waitForTimeout(1000); // the shape has drawn itself
      assert.deepEqual(await axe(page), [], "result screen");
      await page.getByText("How we worked this out").click();
      await page.getByText("The link, and what it holds").click();
      assert.deepEqual(await axe(page), [], "result with its disclosures open");
      await page.getByRole("button", { name: "Check my answers" }).click();
      await page.getByRole("heading", { name: "Check your answers" }).waitFor();
      assert.deepEqual(await axe(page), [], "review screen");
      await context.close();
    });
  }
}

for (const [device, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 360, height: 740 }]]) {
  test(`screenshots of every screen (${device})`, async () => {
    for (const scheme of ["light", "dark"]) {
      const { page, context } = await open({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
      await progress(page, 1).waitFor();
      await guide(page).getByRole("radio").nth(1).press("Space");
      await shot(page, `question-${device}-${scheme}`);
      await finishGuide(page, PATHS["T-shaped"]);
      await page.waitForTimeout(1000);
      await shot(page, `result-${device}-${scheme}`);
      await page.getByRole("button", { name: "Check my answers" }).click();
      await page.getByRole("heading", { name: "Check your answers" }).waitFor();
      await shot(page, `review-${device}-${scheme}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
      assert.equal(overflow, false, "no horizontal scrolling");
      await context.close();
    }
  });
}
