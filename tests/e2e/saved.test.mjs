// End to end: saved progress. Half the guide, a reload, Resume: the same
// question, scenarios and profile. Forget removes every key; storage that
// throws or is full still lets the reader finish, with one notice; a corrupt
// value is kept aside and can be downloaded; a newer version's value is left
// untouched; two tabs never overwrite each other's newer work; two elements
// resume under their own storage keys, and a second one on the same key says
// it is sharing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { startWithWidgetOrigin, guide, income, profile as plan, finishGuide, openChapter, picks, axe, hostPage, shot, PATHS, QUESTION_COUNT, answer, saved } from "./support.mjs";
import { survives } from "./hostile/survives.mjs";

let env, widget;
before(async () => {
  env = await startWithWidgetOrigin();
  widget = env.widget;
});
after(async () => {
  await env?.close();
});

async function context(init) {
  const ctx = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (init) await ctx.addInitScript(init.script, init.arg);
  return ctx;
}

async function open(ctx, url = `${env.server.url}/`) {
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await guide(page).waitFor();
  return { page, errors };
}

/** Every key the widget wrote, with its value. */
const stored = (page) =>
  page.evaluate(() => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("skillpath")).map((k) => [k, localStorage.getItem(k)])));


test("half the guide, a reload, Resume: the same question; then the scenario and the plan too; Start over starts fresh", async () => {
  const ctx = await context();
  const { page, errors } = await open(ctx);
  await answer(page, PATHS["T-shaped"], 7);
  await saved(page);
  const keys = Object.keys(await stored(page));
  assert.deepEqual(keys, ["skillpath.page:/#1"]);

  await page.reload();
  const offer = page.getByRole("region", { name: "Welcome back" });
  await offer.waitFor();
  await offer.getByText(`Saved in this browser: 7 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
  // Nothing is written while the offer waits.
  const before = await stored(page);
  assert.deepEqual(await axe(page), []);
  await shot(page, "saved-offer");
  await offer.getByRole("button", { name: "Resume" }).click();
  await page.getByRole("progressbar", { name: `Question 8 of ${QUESTION_COUNT}` }).waitFor();
  assert.equal(await offer.count(), 0);
  await guide(page).getByRole("button", { name: "Back" }).click();
  assert.equal(await guide(page).getByRole("radio", { checked: true }).count(), 1, "answers are back");
  assert.deepEqual(await stored(page), before);

  // The rest of the guide, a scenario half-typed and a plan draft.
  await guide(page).getByRole("button", { name: "Next" }).click();
  await answer(page, PATHS["T-shaped"], QUESTION_COUNT - 1, 7);
  await guide(page).getByRole("radio").nth(picks(PATHS["T-shaped"]).at(-1)).press("Space");
  await guide(page).getByRole("button", { name: "See my result" }).click();
  await openChapter(page, "Income");
  const calc = income(page);
  await calc.getByLabel("Scenario name").fill("Evenings");
  await calc.getByLabel("Hourly rate", { exact: true }).fill("4x");
  await openChapter(page, "Your plan");
  const profile = plan(page);
  await profile.getByLabel("Headline").fill("Evaluation lead, half-typed");
  await saved(page);
  await page.reload();
  await offer.getByText(/3 income scenarios and a skill profile draft/).waitFor();
  await offer.getByRole("button", { name: "Resume" }).click();
  await openChapter(page, "Income");
  assert.equal(await calc.getByLabel("Scenario name").inputValue(), "Evenings");
  assert.equal(await calc.getByLabel("Hourly rate", { exact: true }).inputValue(), "4x", "bad text kept");
  await calc.getByText(/Use digits/).first().waitFor();
  await openChapter(page, "Your plan");
  assert.equal(await profile.getByLabel("Headline").inputValue(), "Evaluation lead, half-typed");

  await page.reload();
  await page.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Start over" }).click();
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  assert.deepEqual(await stored(page), {}, "the old progress is gone");
  assert.equal(await page.locator("input[id$='-headline']").inputValue(), "");
  assert.deepEqual(errors, []);
  await ctx.close();
});

test("Forget my data on this device removes every key the widget wrote", async () => {
  const ctx = await context({ script: () => localStorage.setItem("skillpath.page:/#1", "{broken"), arg: undefined });
  const { page, errors } = await open(ctx);
  // The corrupt value (set before load) went aside; the page's own key comes back as the reader works.
  await page.getByText(/could not be read/).waitFor();
  await answer(page, PATHS.Generalist, 2);
  await saved(page);
  assert.deepEqual(Object.keys(await stored(page)).sort(), ["skillpath.aside:skillpath.page:/#1", "skillpath.page:/#1"]);
  await page.evaluate(() => localStorage.setItem("other-site-data", "kept"));
  await page.getByRole("button", { name: "Forget my data on this device" }).click();
  await page.getByText("Your saved progress is removed from this device. Nothing more is saved during this visit.").waitFor();
  assert.deepEqual(await stored(page), {});
  assert.equal(await page.evaluate(() => localStorage.getItem("other-site-data")), "kept", "only the widget's keys");
  // Working on saves nothing; the reader may turn saving back on.
  await guide(page).getByRole("radio").first().check();
  await page.waitForTimeout(900);
  assert.deepEqual(await stored(page), {});
  await page.getByRole("button", { name: "Save on this device again" }).click();
  await saved(page);
  assert.deepEqual(Object.keys(await stored(page)), ["skillpath.page:/#1"]);
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "localStorage that throws on access (blocked in a frame, disabled)",
  "the widget finishes in memory, with one plain notice",
  async () => {
  const ctx = await context({
    script: () =>
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      }),
  });
  const { page, errors } = await open(ctx);
  const notice = page.getByText(/This browser does not let the page keep data/);
  await notice.waitFor();
  assert.equal(await notice.count(), 1);
  await page.getByText("Progress is not saved in this browser.").waitFor();
  assert.equal(await page.getByRole("button", { name: "Forget my data on this device" }).count(), 0);
  await finishGuide(page, PATHS.Specialist);
  assert.match(await notice.textContent(), /Download JSON/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "a full quota (setItem throws QuotaExceededError)",
  "the reader keeps working and is told once",
  async () => {
  const ctx = await context({
    script: () => {
      Storage.prototype.setItem = function () {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    },
  });
  const { page, errors } = await open(ctx);
  await page.getByText(/storage for the site is full/).waitFor();
  await finishGuide(page, PATHS.Generalist);
  assert.equal(await page.getByText(/storage for the site is full/).count(), 1);
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "a corrupt saved value",
  "kept aside, never overwritten, said, and offered as a download",
  async () => {
  const corrupt = '{"format":"skillpath-progress","version":1,"stamp":"x.1","progress":{"guide":';
  const ctx = await context({ script: (v) => localStorage.setItem("skillpath.page:/#1", v), arg: corrupt });
  const { page, errors } = await open(ctx);
  const note = page.getByText(/The progress saved in this browser could not be read: it is not valid JSON \(line 1, column \d+\)\. The widget started fresh/);
  await note.waitFor();
  assert.equal(await page.getByRole("region", { name: "Welcome back" }).count(), 0);
  assert.deepEqual(await stored(page), { "skillpath.aside:skillpath.page:/#1": corrupt });
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download the unreadable copy" }).click()]);
  assert.equal(download.suggestedFilename(), "skillpath-unreadable-progress.json");
  assert.equal(await readFile(await download.path(), "utf8"), corrupt);
  await answer(page, PATHS.Generalist, 1);
  await saved(page);
  assert.equal((await stored(page))["skillpath.aside:skillpath.page:/#1"], corrupt, "never overwritten");
  assert.deepEqual(await axe(page), []);
  await page.getByRole("button", { name: "Delete it" }).click();
  assert.equal(await note.count(), 0);
  assert.deepEqual(Object.keys(await stored(page)), ["skillpath.page:/#1"]);
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "progress saved by the guide's first edition, whose questions have since changed",
  "the answers that still mean the same carry over, the rest is counted and the whole is kept aside as earlier progress",
  async () => {
  const first = await readFile(new URL("../fixtures/progress-v1.json", import.meta.url), "utf8");
  const ctx = await context({ script: (v) => localStorage.setItem("skillpath.page:/#1", v), arg: first });
  const { page, errors } = await open(ctx);
  const welcome = page.getByRole("region", { name: "Welcome back" });
  await welcome.getByText(`2 of ${QUESTION_COUNT} guide answers (5 more from an earlier edition of the guide)`, { exact: false }).waitFor();
  await welcome.getByRole("button", { name: "Resume" }).click();
  // At the question the reader left (the fields they know deeply), with a plain sentence.
  await page.getByRole("progressbar", { name: `Question 8 of ${QUESTION_COUNT}` }).waitFor();
  const note = page.locator(".sp-share-note");
  assert.match(await note.textContent(), /The guide's questions have changed since this progress was saved\. 2 of its answers carry over as they were; the other 5/);
  await page.getByText(/Earlier progress is kept aside in this browser: 2 of 12 guide answers \(5 more from an earlier edition of the guide\)/).waitFor();
  // Career stage and credentials came back as they were.
  await page.getByRole("button", { name: "Back" }).click();
  assert.ok(await guide(page).getByRole("radio", { name: /Course certificates/ }).isChecked());
  await saved(page);
  const keys = await stored(page);
  const [kept] = JSON.parse(keys["skillpath.earlier:skillpath.page:/#1"]);
  assert.equal(JSON.parse(kept).progress.guide.answers.length, 7, "the earlier progress is whole");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "progress saved by a newer version",
  "left untouched, with a message; nothing is written",
  async () => {
  const newer = '{"format":"skillpath-progress","version":2,"stamp":"x.1","progress":{"whatever":true}}';
  const ctx = await context({ script: (v) => localStorage.setItem("skillpath.page:/#1", v), arg: newer });
  const { page, errors } = await open(ctx);
  await page.getByText(/saved by a newer version of Skillpath \(format 2\)/).waitFor();
  await answer(page, PATHS.Generalist, 3);
  await page.waitForTimeout(900);
  assert.deepEqual(await stored(page), { "skillpath.page:/#1": newer });
  assert.deepEqual(errors, []);
  await ctx.close();
});

survives(
  "Storage",
  "another tab saving or forgetting under the same key",
  "never overwritten unseen: the reader chooses whose progress to keep",
  async () => {
  const ctx = await context();
  const a = await open(ctx);
  await answer(a.page, PATHS.Generalist, 2);
  await saved(a.page);
  const b = await open(ctx);
  await b.page.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
  await answer(b.page, PATHS.Specialist, 5, 2);
  await saved(b.page);
  // Tab A hears of it and stops saving until the reader chooses.
  const note = a.page.getByText(/Your progress was saved from another tab or window/);
  await note.waitFor();
  const theirs = await stored(a.page);
  await guide(a.page).getByRole("radio").first().check();
  await a.page.waitForTimeout(900);
  assert.deepEqual(await stored(a.page), theirs, "A did not write over B");
  await a.page.getByRole("button", { name: "Load the newer progress" }).click();
  await a.page.getByRole("progressbar", { name: `Question 6 of ${QUESTION_COUNT}` }).waitFor();
  assert.equal(await note.count(), 0);
  // Forget in B: A is told, and saves again only when asked.
  await b.page.getByRole("button", { name: "Forget my data on this device" }).click();
  await guide(a.page).getByRole("radio").first().check();
  await a.page.getByText(/removed from this device in another tab or window/).waitFor();
  assert.deepEqual(await stored(a.page), {});
  await a.page.getByRole("button", { name: "Save this one again" }).click();
  await a.page.getByText("Your progress is saved in this browser, on this device only.").waitFor();
  assert.equal(Object.keys(await stored(a.page)).length, 1);
  assert.deepEqual([...a.errors, ...b.errors], []);
  await ctx.close();
});

test("two elements: their own storage keys resume independently; the same key is shared, not overwritten", async () => {
  const page1 = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Course week 3</title><link rel="icon" href="data:,">
    <script type="module" src="${widget.url}/skillpath.js"></script></head><body><h1>Week 3</h1>
    <skill-path id="one" sections="guide" storage-key="course-a"></skill-path>
    <skill-path id="two" sections="guide" storage-key="course-b"></skill-path>
    <skill-path id="three" sections="guide" storage-key="course-a"></skill-path></body></html>`);
  const ctx = await context();
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(page1.url);
  const one = page.locator("skill-path#one");
  const two = page.locator("skill-path#two");
  const three = page.locator("skill-path#three");
  await three.getByText(/Another Skillpath on this page saves its progress under the same storage key, so this one is sharing/).waitFor();
  assert.equal(await one.getByText(/sharing/).count(), 0);
  await answer(one, PATHS.Generalist, 3);
  await answer(two, PATHS.Specialist, 5);
  await one.getByText("Your progress is saved in this browser, on this device only.").waitFor();
  await two.getByText("Your progress is saved in this browser, on this device only.").waitFor();
  await guide(three).getByRole("radio").first().check();
  await page.waitForTimeout(900);
  const keys = await stored(page);
  assert.deepEqual(Object.keys(keys).sort(), ["skillpath:course-a", "skillpath:course-b"]);
  assert.match(keys["skillpath:course-a"], /"answers":\[\["energy","new-things"\],\["paper","headline"\],\["ambiguity","shape-it"\]\]/);

  await page.reload();
  for (const [el, next] of [[one, 4], [two, 6]]) {
    await el.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
    await el.getByRole("progressbar", { name: `Question ${next} of ${QUESTION_COUNT}` }).waitFor();
  }
  // The sharer may resume from the same progress too, and still writes nothing.
  await three.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
  await three.getByRole("progressbar", { name: `Question 4 of ${QUESTION_COUNT}` }).waitFor();
  await shot(page, "saved-two-keys");
  assert.deepEqual(errors, []);
  await ctx.close();
  await page1.close();
});
