// End to end: sharing a result. Share copies a link whose fragment carries
// the answers (and, if asked, the scenario), or hands it to the phone's
// share sheet; the picture of the result downloads as a PNG (or goes to the
// share sheet as a file). Opening a link in a fresh browser shows the same
// result framed as someone else's, saving and prefilling nothing until the
// reader takes the guide themselves; a damaged or hostile fragment gets a
// message and the guide starts as usual.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { SHOTS, start, guide, income, finishGuide, openChapter, axe, saved, PATHS, QUESTION_COUNT, answer, focused } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

async function open(url, { permissions = [], context: existing, init } = {}) {
  const context = existing ?? (await env.browser.newContext({ viewport: { width: 1280, height: 900 }, permissions, acceptDownloads: true }));
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors, context, close: () => context.close() };
}

const stored = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("skillpath")));

let shared;

test("Share copies a link that opens the same result and scenario, framed as someone else's", async () => {
  const { page, errors, close } = await open(`${env.server.url}/?currency=EUR`, { permissions: ["clipboard-read", "clipboard-write"] });
  await finishGuide(page, PATHS["π-shaped"]);
  await openChapter(page, "Income");
  await income(page).getByLabel("Hourly rate", { exact: true }).fill("42.5");
  await income(page).getByLabel("Hours per week", { exact: true }).fill("15");
  await openChapter(page, "Your result");
  const g = guide(page);
  await g.getByText("The link, and what it holds").click();
  const link = g.getByLabel("Link to your result");
  const without = await link.inputValue();
  await g.getByLabel(/Include my income scenario \(42\.5 × 15 × 46\)/).check();
  const withScenario = await link.inputValue();
  assert.notEqual(without, withScenario);
  // No share sheet in this browser: Share copies the link.
  await g.getByRole("button", { name: "Share", exact: true }).click();
  await g.getByText("Copied the link to your result.").waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), withScenario);
  const url = new URL(withScenario);
  assert.equal(url.search, "?currency=EUR", "the page's own options stay; the answers are not in the query");
  assert.match(url.hash, /^#share=1[0-9a-z.]+[0-9a-z_]$/);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  shared = { without, withScenario };
  await close();

  const fresh = await open(withScenario);
  const fg = guide(fresh.page);
  await fg.getByRole("heading", { name: "Shared result: π-shaped" }).waitFor();
  assert.ok(await fg.getByRole("button", { name: "Take the guide yourself" }).isVisible(), "its main action");
  assert.equal(await fg.getByRole("button", { name: "Share", exact: true }).count(), 0);
  assert.match(await fg.getByText("Their income scenario").textContent(), /42\.5 × 15 × 46 = .*29,325/);
  assert.equal(await fresh.page.getByRole("navigation", { name: "Chapters" }).count(), 0, "their result only");
  assert.equal(await fresh.page.getByRole("heading", { name: "Welcome back" }).count(), 0);
  await fresh.page.waitForTimeout(1000);
  assert.deepEqual(await stored(fresh.page), [], "nothing saved while viewing");
  assert.deepEqual(await axe(fresh.page), []);

  await fg.getByRole("button", { name: "Take the guide yourself" }).click();
  await fresh.page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  assert.equal(await fg.getByRole("radio", { checked: true }).count(), 0, "a fresh guide of their own");
  assert.equal((await focused(fresh.page)).tag, "h2");
  await answer(fresh.page, PATHS.Generalist, 1);
  await saved(fresh.page);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test("an answers-only link carries no scenario, and the friend's profile is not prefilled from it", async () => {
  assert.ok(shared, "needs the first test's link");
  const { page, close } = await open(shared.without);
  await guide(page).getByRole("heading", { name: "Shared result: π-shaped" }).waitFor();
  assert.equal(await page.getByText("Their income scenario").count(), 0);
  await guide(page).getByRole("button", { name: "Take the guide yourself" }).click();
  await finishGuide(page, PATHS.Generalist);
  await openChapter(page, "Your plan");
  const headline = await page.getByLabel("Headline").inputValue();
  assert.doesNotMatch(headline, /π-shaped/i, "prefilled from their own result, not the shared one");
  await close();
});

test("a shared link opened over saved progress: no Welcome back above it, and the reader's own progress is offered once they take the guide", async () => {
  assert.ok(shared, "needs the first test's link");
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const mine = await open(env.server.url, { context });
  await answer(mine.page, PATHS.Specialist, 4);
  await saved(mine.page);
  const before = await mine.page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
  await mine.page.goto(shared.without);
  await mine.page.reload();
  await guide(mine.page).getByRole("heading", { name: "Shared result: π-shaped" }).waitFor();
  assert.equal(await mine.page.getByRole("heading", { name: "Welcome back" }).count(), 0);
  await mine.page.waitForTimeout(1000);
  assert.equal(await mine.page.evaluate(() => JSON.stringify(Object.entries(localStorage))), before, "their progress untouched");
  await guide(mine.page).getByRole("button", { name: "Take the guide yourself" }).click();
  await mine.page.getByRole("heading", { name: "Welcome back" }).waitFor();
  await mine.page.getByRole("button", { name: "Resume" }).click();
  await mine.page.getByRole("progressbar", { name: `Question 5 of ${QUESTION_COUNT}` }).waitFor();
  await context.close();
});

test("the share sheet gets the link, and the picture as a PNG file, where the browser has one", async () => {
  const init = () => {
    window.__shared = [];
    Object.defineProperty(navigator, "share", { value: async (data) => void window.__shared.push(data), configurable: true });
    Object.defineProperty(navigator, "canShare", { value: () => true, configurable: true });
  };
  const { page, errors, close } = await open(env.server.url, { init });
  await finishGuide(page, PATHS.Specialist);
  const g = guide(page);
  await g.getByRole("button", { name: "Share", exact: true }).click();
  await g.getByText("Shared.", { exact: true }).waitFor();
  await g.getByRole("button", { name: "Share the picture" }).click();
  await page.waitForFunction(() => window.__shared.length === 2);
  const [link, picture] = await page.evaluate(async () =>
    Promise.all(window.__shared.map(async (d) => ({
      title: d.title,
      text: d.text,
      url: d.url,
      files: d.files ? await Promise.all([...d.files].map(async (f) => ({ name: f.name, type: f.type, size: f.size }))) : undefined,
    }))),
  );
  assert.equal(link.title, "My Skillpath result");
  assert.match(link.text, /^I lean specialist on Skillpath: Goes deep/);
  assert.match(link.url, /#share=1/);
  assert.equal(picture.files.length, 1);
  assert.equal(picture.files[0].name, "skillpath-specialist.png");
  assert.equal(picture.files[0].type, "image/png");
  assert.ok(picture.files[0].size > 10_000, `a real picture (${picture.files[0].size} bytes)`);
  assert.deepEqual(errors, []);
  await close();
});

for (const scheme of ["light", "dark"]) {
  test(`Save the picture downloads a PNG of the result in the widget's colours (${scheme})`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: scheme, acceptDownloads: true });
    const { page, errors } = await open(env.server.url, { context });
    await finishGuide(page, PATHS["Comb-shaped"]);
    const g = guide(page);
    const [download] = await Promise.all([page.waitForEvent("download"), g.getByRole("button", { name: "Save the picture" }).click()]);
    assert.equal(download.suggestedFilename(), "skillpath-comb-shaped.png");
    await g.getByText("Saved the picture as skillpath-comb-shaped.png.").waitFor();
    const bytes = readFileSync(await download.path());
    writeFileSync(join(SHOTS, `picture-${scheme}.png`), bytes);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "a PNG");
    const [colour, background] = await page.evaluate(() => {
      const root = document.querySelector("skill-path").shadowRoot;
      return [getComputedStyle(root.querySelector(".sp-hero__shape path")).fill, getComputedStyle(root.querySelector(".sp")).backgroundColor];
    });
    const seen = await page.evaluate(async ({ base64, colour, background }) => {
      // From the bytes themselves: the page's CSP allows no fetch of a data: URL.
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: "image/png" });
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext("2d");
      ctx.drawImage(bitmap, 0, 0);
      const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const [r, g, b] = colour.match(/\d+/g).map(Number);
      let outcome = 0;
      const colours = new Set();
      for (let i = 0; i < data.length; i += 4) {
        if (Math.abs(data[i] - r) < 4 && Math.abs(data[i + 1] - g) < 4 && Math.abs(data[i + 2] - b) < 4) outcome++;
        if (i % 400 === 0) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      }
      // The corner under the band is the widget's own background.
      const corner = (bitmap.height - 8) * bitmap.width * 4 + 8 * 4;
      const [br, bg, bb] = background.match(/\d+/g).map(Number);
      const page = Math.abs(data[corner] - br) + Math.abs(data[corner + 1] - bg) + Math.abs(data[corner + 2] - bb) < 6;
      return { width: bitmap.width, height: bitmap.height, share: outcome / (data.length / 4), colours: colours.size, page };
    }, { base64: bytes.toString("base64"), colour, background });
    assert.equal(seen.width, 1080);
    assert.equal(seen.height, 1080);
    assert.ok(seen.share > 0.2, `the outcome's colour fills the band (${(seen.share * 100).toFixed(1)} %)`);
    assert.ok(seen.colours > 20, `not blank: ${seen.colours} colours (text is drawn)`);
    assert.ok(seen.page, "drawn on the widget's own background, in this theme");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

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

/** A share code as the guide's first edition wrote it (fingerprint "3i", fourteen answers). */
function firstEditionCode(answers) {
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz";
  const body = "13i" + answers.map((a) => digits[a]).join("");
  const sum = [...body].reduce((s, ch, i) => s + (ch === "." ? 36 : digits.indexOf(ch)) * ((i % 36) + 1), 0);
  return body + (digits + "_")[sum % 37];
}

test("a link made with the guide's first edition says plainly that the guide has changed, and the guide starts", async () => {
  const code = firstEditionCode([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  const { page, errors, close } = await open(`${env.server.url}/#share=${code}`);
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  const note = page.locator(".sp-share-note");
  assert.match(await note.textContent(), /made with an earlier edition of the guide, whose questions have changed since, so its result cannot be shown again\. The guide starts from the first question\./);
  assert.equal(await page.getByRole("heading", { name: /^Shared result/ }).count(), 0);
  assert.deepEqual(errors, []);
  await close();
});
