// End to end: the skill profile in the built site — fill it, download it,
// validate the files, import them back, and refuse bad files without losing
// anything the reader typed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { axe, DIST, finishGuide, focused, guide, income, openChapter, PATHS, QUESTION_COUNT, settled, shot, start } from "./support.mjs";
import { survives } from "./hostile/survives.mjs";

const require = createRequire(import.meta.url);
const resumeSchema = require("@jsonresume/schema");

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const SCHEMA = JSON.parse(readFileSync(join(DIST, "schema/skill-profile.v1.schema.json"), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateProfile = ajv.compile(SCHEMA);

/** A page on `query`: the plan on its own unless the query says otherwise. */
async function open({ query = "?sections=profile", width = 1280, height = 900, scheme = "light", permissions = [] } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    locale: "en-US",
    colorScheme: scheme,
    acceptDownloads: true,
    permissions,
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${env.server.url}/${query}`);
  const profile = page.getByRole("region", { name: "Your plan, ready to use" });
  if (query.includes("sections=")) await profile.getByLabel("Headline").waitFor();
  else await page.getByRole("progressbar").first().waitFor();
  return { page, context, profile, errors, close: () => context.close() };
}

async function setScenario(page, rate, hours) {
  await openChapter(page, "Income");
  const calc = income(page);
  await calc.getByLabel("Hourly rate", { exact: true }).fill(rate);
  await calc.getByLabel("Hours per week", { exact: true }).fill(hours);
}

/** Types into a tag list's box: commas add items, Enter adds the rest. */
async function addTags(profile, label, text) {
  const box = profile.getByLabel(label, { exact: true });
  await box.fill(text);
  await box.press("Enter");
}

async function fillForm(profile) {
  await addTags(profile, "Domains", "finance, statistics, risk");
  await addTags(profile, "Credentials", "MSc Statistics, CFA Level II");
  await addTags(profile, "Tools", "python, numpy,pandas");
  await profile.getByLabel("Time zone").fill("UTC-5");
  await profile.getByRole("button", { name: "Add a work sample" }).click();
  await profile.getByLabel("Title").fill("Stress-testing LLM reasoning on risk scenarios");
  await profile.getByLabel("Type").selectOption("benchmark");
  await profile.getByLabel("Link").fill("https://example.org/risk-benchmark");
}

/** Opens "For tools and developers", where the JSON buttons are, if it is closed. */
async function devTools(profile) {
  if (!(await profile.getByRole("button", { name: "Copy JSON" }).isVisible())) await profile.getByText("For tools and developers").click();
}

async function download(page, profile, name = "Download JSON") {
  await devTools(profile);
  const [file] = await Promise.all([page.waitForEvent("download"), profile.getByRole("button", { name, exact: true }).click()]);
  const text = readFileSync(await file.path(), "utf8");
  return { name: file.suggestedFilename(), text, json: JSON.parse(text) };
}

/**
 * Imports a file through the picker: the plan's Import, or "Import it" under
 * the guide's first question, which opens the plan.
 */
async function importFile(page, profile, name, text) {
  const own = profile.getByRole("button", { name: "Import", exact: true });
  const button = (await own.isVisible()) ? own : page.getByRole("button", { name: "Import it" });
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), button.click()]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

const status = (profile) => profile.getByRole("status").filter({ hasText: /\S/ });

let saved; // the file the first test downloads, for the import tests

test("finish the guide, set a scenario, fill the form, download: the file follows the schema", async () => {
  const { page, profile, errors, close } = await open({ query: "" });
  await finishGuide(page, PATHS["T-shaped"]);
  await setScenario(page, "42", "15");
  await openChapter(page, "Your plan");
  // Prefilled from the result and the scenario.
  assert.equal(await profile.getByLabel("Headline").inputValue(), "T-shaped AI evaluator with one deep domain");
  assert.equal(await profile.getByRole("list", { name: "Strengths added" }).getByRole("listitem").count(), 3);
  assert.equal(await profile.getByLabel("Available hours per week").inputValue(), "15");
  await fillForm(profile);
  assert.deepEqual(await profile.getByRole("list", { name: "Tools added" }).getByRole("listitem").allTextContents(), ["python×", "numpy×", "pandas×"]);
  await profile.getByRole("link", { name: "Open link of work sample 1" }).waitFor();
  await shot(page, "profile-filled-desktop-light");

  const file = await download(page, profile);
  assert.match(file.name, /^skill-profile-\d{4}-\d{2}-\d{2}\.json$/);
  assert.ok(validateProfile(file.json), JSON.stringify(validateProfile.errors));
  assert.equal(file.json.guide.outcome, "t-shaped");
  assert.equal(Object.keys(file.json.guide.answers).length, QUESTION_COUNT);
  assert.deepEqual(file.json.income, { scenario: "My plan", rate: 42, hours_per_week: 15, weeks_per_year: 46, annual: 28980, currency: "USD" });
  assert.deepEqual(file.json.tools, ["python", "numpy", "pandas"]);
  assert.deepEqual(file.json.work_samples, [{ title: "Stress-testing LLM reasoning on risk scenarios", type: "benchmark", link: "https://example.org/risk-benchmark" }]);
  assert.match(await status(profile).textContent(), /Downloaded skill-profile-/);
  // The preview shows what was downloaded (all but the time).
  const preview = JSON.parse(await profile.locator(".sp-preview__code").textContent());
  assert.deepEqual({ ...preview, generated_at: "" }, { ...file.json, generated_at: "" });

  const resume = await download(page, profile, "Download JSON Resume");
  let resumeErrors = null;
  resumeSchema.validate(resume.json, (err) => (resumeErrors = err));
  assert.equal(resumeErrors, null, JSON.stringify(resumeErrors));
  assert.equal(resume.json.basics.label, "T-shaped AI evaluator with one deep domain");
  assert.deepEqual(resume.json.certificates, [{ name: "MSc Statistics" }, { name: "CFA Level II" }]);
  assert.equal(resume.json.meta.skillpath.income.annual, 28980);
  assert.deepEqual(errors, []);
  saved = file;
  await close();
});

test("importing a saved file into a fresh page restores the form, the answers and the scenario", async () => {
  assert.ok(saved, "needs the first test's file");
  const { page, profile, errors, close } = await open({ query: "" });
  await importFile(page, profile, saved.name, saved.text);
  await status(profile).filter({ hasText: "Imported" }).waitFor();
  assert.match(await status(profile).textContent(), /your profile, your guide answers and the scenario “My plan” are back/);
  assert.equal(await profile.getByLabel("Headline").inputValue(), saved.json.headline);
  assert.deepEqual(await profile.getByRole("list", { name: "Domains added" }).getByRole("listitem").allTextContents(), ["finance×", "statistics×", "risk×"]);
  assert.equal(await profile.getByLabel("Title").inputValue(), "Stress-testing LLM reasoning on risk scenarios");
  assert.equal(await profile.getByLabel("Time zone").inputValue(), "UTC-5");
  await openChapter(page, "Your result");
  assert.equal(await guide(page).getByRole("heading", { level: 2 }).textContent(), "You lean T-shaped");
  await openChapter(page, "Income");
  assert.equal(await income(page).getByLabel("Hourly rate", { exact: true }).inputValue(), "42");
  await openChapter(page, "Your plan");
  const again = await download(page, profile);
  assert.deepEqual({ ...again.json, generated_at: "" }, { ...saved.json, generated_at: "" });
  assert.deepEqual(errors, []);
  await close();
});

const BAD = [
  ["not JSON", "profile: me", /not JSON: unexpected “p” \(line 1, column 1\)/],
  ["empty", "", /The file is empty/],
  ["over 1 MB", `"${"x".repeat(1_000_001)}"`, /at most 1 MB/],
  ["10,000 deep", "[".repeat(10_000) + "]".repeat(10_000), /nested more than 128 levels deep/],
  ["another schema", '{"$schema": "https://json-schema.org/draft/2020-12/schema", "version": 1}', /not a Skillpath profile: its \$schema names another format/],
  ["no version", '{"$schema": "schema/skill-profile.v1.schema.json"}', /has no format version/],
  ["newer", '{"$schema": "schema/skill-profile.v2.schema.json", "version": 2}', /saved by a newer Skillpath \(format version 2\)/],
];
const EDITED = [
  ["wrong type", (d) => (d.headline = 5), /headline should be text, not a number/],
  ["NaN as text", (d) => (d.availability.hours_per_week = "NaN"), /availability\.hours_per_week should be a number, not text/],
  ["Infinity as text", (d) => (d.income.rate = "Infinity"), /income\.rate should be a number, not text/],
  ["out of range", (d) => (d.availability.hours_per_week = 169), /out of range \(0 to 168\)/],
  ["javascript: link", (d) => (d.work_samples[0].link = "JaVaScRiPt:alert(1)"), /work_samples\[0\]\.link is not a link/],
];

survives(
  "Import",
  "not JSON, empty, over 1 MB, 10,000 levels deep, another format, a newer version, wrong types, NaN, out of range, a javascript: link",
  "refused with a sentence naming the field; the form keeps what was typed",
  async () => {
  assert.ok(saved, "needs the first test's file");
  const { page, profile, errors, close } = await open();
  await profile.getByLabel("Headline").fill("Kept while files are refused");
  await addTags(profile, "Tools", "python");
  const cases = [...BAD, ...EDITED.map(([what, edit, message]) => {
    const doc = structuredClone(saved.json);
    edit(doc);
    return [what, JSON.stringify(doc, null, 2), message];
  })];
  for (const [what, text, message] of cases) {
    await importFile(page, profile, `${what}.json`, text);
    const said = status(profile).filter({ hasText: `${what}.json was not imported` });
    await said.waitFor();
    assert.match(await said.textContent(), message, what);
    assert.match(await said.textContent(), /Nothing of yours was changed\./);
    assert.equal(await profile.getByLabel("Headline").inputValue(), "Kept while files are refused", what);
    assert.equal(await profile.getByRole("list", { name: "Tools added" }).getByRole("listitem").count(), 1, what);
    assert.equal(await profile.getByRole("button", { name: "Import and replace" }).count(), 0, "no question for a bad file");
  }
  await shot(page, "profile-import-error-desktop-light");
  assert.deepEqual(errors, []);
  // axe sets inline styles while it checks a shadow root, which the page's
  // strict policy reports as console errors; so the page's own errors come first.
  assert.deepEqual(await axe(page), []);
  await close();
});

test("an import over unsaved edits asks first; keeping them changes nothing", async () => {
  assert.ok(saved, "needs the first test's file");
  const { page, profile, close } = await open();
  const doc = structuredClone(saved.json);
  doc.favourite_colour = "blue";
  const text = JSON.stringify(doc);
  await profile.getByLabel("Headline").fill("My own words");
  await importFile(page, profile, "mine.json", text);
  const keep = profile.getByRole("button", { name: "Keep my work" });
  await keep.waitFor();
  assert.equal((await settled(page)).text, "Import and replace", "focus goes to the question");
  await keep.click();
  assert.match(await status(profile).textContent(), /Kept your work as it is; mine\.json was not imported/);
  assert.equal(await profile.getByLabel("Headline").inputValue(), "My own words");
  await importFile(page, profile, "mine.json", text);
  await profile.getByRole("button", { name: "Import and replace" }).click();
  await status(profile).filter({ hasText: "Imported mine.json" }).waitFor();
  assert.match(await status(profile).textContent(), /Fields this version does not know were ignored: "favourite_colour"\./);
  assert.equal(await profile.getByLabel("Headline").inputValue(), saved.json.headline);
  await close();
});

test("a profile with problems is not saved; the problems show when due, in words, summarised at the top", async () => {
  const { page, profile, close } = await open();
  assert.doesNotMatch(await profile.textContent(), /needs some text/, "a fresh form greets with no error");
  await profile.getByLabel("Tools", { exact: true }).fill("half-typed");
  await profile.getByRole("button", { name: "Add a work sample" }).click();
  await profile.getByLabel("Link").fill("javascript:alert(1)");
  assert.equal(await profile.getByRole("link", { name: /Open link/ }).count(), 0, "an invalid link is never a live link");
  await profile.getByLabel("Link").blur();
  await profile.getByText(/^The link of work sample 1 /).first().waitFor();
  assert.doesNotMatch(await profile.textContent(), /headline needs some text/, "only the field left shows its problem");
  await download(page, profile).catch(() => {});
  const summary = profile.getByRole("alert");
  const said = await summary.textContent();
  assert.match(said, /Not saved yet: 4 things to fix first/);
  assert.match(said, /The headline needs some text\./);
  assert.match(said, /The title of work sample 1 needs some text\./);
  assert.match(said, /The link of work sample 1 /);
  assert.match(said, /Tools has text in its box that is not added yet/);
  assert.doesNotMatch(said, /work_samples\[/, "no code paths");
  assert.equal((await settled(page)).text.startsWith("Not saved yet"), true, "the summary takes focus");
  // Each problem is a way to its field.
  await summary.getByRole("button", { name: /The headline needs some text/ }).click();
  assert.match((await focused(page)).id, /-headline$/);
  await close();
});

test("copy: the clipboard when allowed, a box to select from when refused", async () => {
  const allowed = await open({ permissions: ["clipboard-read", "clipboard-write"] });
  await allowed.profile.getByLabel("Headline").fill("Copied profile");
  await devTools(allowed.profile);
  await allowed.profile.getByRole("button", { name: "Copy JSON" }).click();
  await status(allowed.profile).filter({ hasText: "Copied" }).waitFor();
  const clip = JSON.parse(await allowed.page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(clip.headline, "Copied profile");
  await allowed.close();

  const denied = await open();
  await denied.page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
  });
  await denied.profile.getByLabel("Headline").fill("Refused profile");
  await devTools(denied.profile);
  await denied.profile.getByRole("button", { name: "Copy JSON" }).click();
  const box = denied.profile.getByLabel("The text to copy");
  await box.waitFor();
  assert.match(await status(denied.profile).textContent(), /did not allow copying/);
  assert.equal(JSON.parse(await box.inputValue()).headline, "Refused profile");
  assert.equal((await focused(denied.page)).tag, "textarea");
  await denied.close();
});

survives(
  "Text",
  "markup, a right-to-left override, joiners and emoji as list items, and a 5,000-character headline, at 360 px",
  "inert text, the length refused in words, no sideways scroll",
  async () => {
  const { page, profile, errors, close } = await open({ width: 360, height: 800 });
  const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "\u202egnp.exe", "zero\u200bwidth\u200djoiner", "👩‍💻 emoji 🙂", "x".repeat(80)];
  await profile.getByLabel("Headline").fill(hostile[1]);
  for (const h of hostile) await addTags(profile, "Strengths", h);
  await profile.getByLabel("Headline").fill("y".repeat(5000));
  await profile.getByLabel("Headline").blur();
  assert.match(await profile.getByText("The headline is longer than 120 characters.").textContent(), /120/);
  assert.equal(await page.locator("img").count(), 0);
  assert.deepEqual(
    await profile.getByRole("list", { name: "Strengths added" }).getByRole("listitem").allTextContents(),
    hostile.map((h) => `${h}×`),
  );
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await shot(page, "profile-hostile-phone-light");
  assert.deepEqual(errors, []);
  await close();
});

for (const scheme of ["light", "dark"]) {
  for (const [device, width] of [["desktop", 1280], ["phone", 360]]) {
    test(`profile screen, ${device}, ${scheme}: axe finds nothing`, async () => {
      const { page, profile, close } = await open({ width, height: 900, scheme });
      await profile.getByRole("button", { name: "Add a work sample" }).click();
      await profile.getByLabel("Link").fill("ftp://old.example");
      await importFile(page, profile, "broken.json", "{");
      const refused = status(profile).filter({ hasText: "was not imported" });
      await refused.waitFor();
      // Said beside Import, where the reader chose the file, not a screen below.
      const [button, said] = await Promise.all([profile.getByRole("button", { name: "Import", exact: true }).boundingBox(), refused.boundingBox()]);
      assert.ok(said.y - button.y < 200, `the refusal is ${Math.round(said.y - button.y)} px below Import`);
      await profile.scrollIntoViewIfNeeded();
      await shot(page, `profile-${device}-${scheme}`);
      assert.deepEqual(await axe(page), []);
      await close();
    });
  }
}

test("sections=profile shows the profile alone", async () => {
  const { page, profile, close } = await open({ query: "?sections=profile" });
  assert.equal(await page.locator("input[id$='-edit-rate']").count(), 0, "no calculator");
  assert.equal(await page.locator("section[aria-label='Decision guide']").count(), 0, "no guide");
  await profile.getByLabel("Headline").fill("Only the profile");
  const file = await download(page, profile);
  assert.equal(file.json.guide, undefined, "no guide part without a finished guide");
  assert.equal(file.json.income.scenario, "My plan");
  await close();
});

test("the iframe page takes sections=profile, and the offline file has the profile and downloads it", async () => {
  const context = await env.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/embed.html?sections=profile`);
  const framed = page.getByRole("region", { name: "Your plan, ready to use" });
  await framed.getByLabel("Headline").waitFor();
  assert.equal(await page.getByRole("region", { name: "Decision guide" }).count(), 0);

  await page.goto(`file://${join(DIST, "skillpath-offline.html")}`);
  // The offline file holds every chapter: the plan comes after the guide.
  await finishGuide(page, PATHS.Generalist);
  await openChapter(page, "Your plan");
  const offline = page.getByRole("region", { name: "Your plan, ready to use" });
  await offline.getByLabel("Headline").fill("Made offline");
  const file = await download(page, offline);
  assert.equal(file.json.headline, "Made offline");
  assert.ok(validateProfile(file.json), JSON.stringify(validateProfile.errors));
  await context.close();
});
