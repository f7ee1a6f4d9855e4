// Hostile profile files: broken encodings, escapes a JSON parser must refuse,
// binary files, absurd numbers, markup. Each refused file is named with its
// reason and changes nothing; an accepted one shows its text as text.
// (The format's own refusals — size, depth, schema, types, links — are in
// profile.test.mjs; the fuzz targets cover every other input.)
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, finishGuide, openChapter, PATHS } from "../support.mjs";
import { survives, environment, openPage, regions, injected } from "./survives.mjs";

const env = environment();
/** A valid profile file with a finished guide and a scenario (the fuzzers' seed). */
const GOOD = readFileSync(join(ROOT, "fuzz/corpus/profile_import/full"), "utf8");
const PNG = readFileSync(join(ROOT, "www/icons/icon-192.png"));

/** The plan on its own, with a headline typed. */
async function open() {
  const opened = await openPage(env, `${env.server.url}/?sections=profile`);
  const r = regions(opened.page);
  await r.profile.getByLabel("Headline").fill("Kept while files are refused");
  return { ...opened, ...r };
}

async function importFile(r, name, buffer) {
  const [chooser] = await Promise.all([r.page.waitForEvent("filechooser"), r.profile.getByRole("button", { name: "Import", exact: true }).click()]);
  await chooser.setFiles({ name, mimeType: "application/json", buffer });
}

const status = (r, text) => r.profile.getByRole("status").filter({ hasText: text });

/**
 * Imports each case (name, contents, expected message) and checks it is
 * refused with that message, and that the form kept what was typed.
 */
async function refusesEach(r, cases) {
  for (const [name, buffer, message] of cases) {
    await importFile(r, `${name}.json`, buffer);
    const said = status(r, `${name}.json was not imported`);
    await said.waitFor();
    const text = await said.textContent();
    assert.match(text, message, name);
    assert.match(text, /Nothing of yours was changed\./, name);
    assert.equal(await r.profile.getByLabel("Headline").inputValue(), "Kept while files are refused", name);
  }
}

survives(
  "Import",
  "a lone surrogate or a NUL through JSON escapes, UTF-16 without a byte-order mark, a PNG named .json, a byte-order mark alone, 1e999999 hours, a key given twice",
  "refused with a sentence naming the problem; the form keeps what was typed",
  async () => {
    const r = await open();
    const cases = [
      ["lone-surrogate", Buffer.from(GOOD.replace(/"headline": "[^"]*"/, '"headline": "\\ud800"')), /not JSON: a string has a bad escape \(line 5, column \d+\)/],
      ["nul-escape", Buffer.from(GOOD.replace(/"headline": "[^"]*"/, '"headline": "a\\u0000b"')), /headline .*control character/],
      ["utf-16-without-bom", Buffer.from(GOOD, "utf16le"), /not JSON/],
      ["picture", PNG, /not JSON/],
      ["bom-only", Buffer.from("\uFEFF"), /The file is empty/],
      ["huge-hours", Buffer.from(GOOD.replace(/"hours_per_week": [0-9.]+/, '"hours_per_week": 1e999999')), /availability\.hours_per_week is out of range/],
      ["twice", Buffer.from(GOOD.replace(/"headline": /, '"headline": "one", "headline": ')), /headline.*(twice|more than once|duplicate)/i],
    ];
    await refusesEach(r, cases);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Import",
  "saved progress (the error screen's download) from a newer Skillpath, or hand-edited out of shape",
  "refused with a sentence that says it is Skillpath progress and why; the form keeps what was typed",
  async () => {
    const r = await open();
    const saved = readFileSync(join(ROOT, "tests/fixtures/progress-v1.json"), "utf8");
    const cases = [
      ["newer", Buffer.from(saved.replace('"version":1', '"version":2')), /progress saved by a newer Skillpath \(format version 2\); this one reads version 1\./],
      ["reshaped", Buffer.from('{"format":"skillpath-progress","version":1,"stamp":"a.1"}'), /holds Skillpath progress, but a field is not as Skillpath writes it \(line 1, column 57\)/],
    ];
    await refusesEach(r, cases);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Import",
  "a valid file whose every text holds markup, a right-to-left override or emoji",
  "imported; every text shows as the same inert text",
  async () => {
    const r = await open();
    const doc = JSON.parse(GOOD);
    doc.headline = '"><img src=x onerror=alert(1)>';
    doc.strengths = ["<script>alert(1)</script>", "\u202Egnp.exe", "👩\u200D💻"];
    doc.work_samples[0].title = "<iframe src=javascript:alert(1)>";
    await importFile(r, "markup.json", Buffer.from(JSON.stringify(doc)));
    await r.profile.getByRole("button", { name: "Import and replace" }).click();
    await status(r, "markup.json").waitFor();
    assert.equal(await r.profile.getByLabel("Headline").inputValue(), doc.headline);
    assert.equal(await r.profile.getByLabel("Title").inputValue(), doc.work_samples[0].title);
    const chips = await r.profile.getByRole("list", { name: "Strengths added" }).getByRole("listitem").allTextContents();
    assert.deepEqual(chips, doc.strengths.map((s) => `${s}×`));
    assert.equal(await injected(r.page), 0);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Import",
  "a file saved as UTF-16 with a byte-order mark",
  "read like UTF-8: imported",
  async () => {
    const r = await open();
    await importFile(r, "utf-16.json", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")]));
    await r.profile.getByRole("button", { name: "Import and replace" }).click();
    await status(r, "Imported utf-16.json").waitFor();
    assert.equal(await r.profile.getByLabel("Headline").inputValue(), JSON.parse(GOOD).headline);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Import",
  "a profile file imported over a finished guide and an added scenario, then a saved-progress file",
  "asked first, naming the answers and scenarios it replaces; Keep changes nothing; Undo brings back the result and the scenario",
  async () => {
    const opened = await openPage(env, `${env.server.url}/`);
    const r = { ...opened, ...regions(opened.page) };
    await finishGuide(r.page, PATHS.Specialist);
    const heading = r.guide.getByRole("heading", { name: /^You lean/ });
    const specialist = await heading.textContent();
    // The result, as the reader would look at it: in its own chapter.
    const outcome = async () => {
      await openChapter(r.page, "Your result");
      const text = await heading.textContent();
      await openChapter(r.page, "Your plan");
      return text;
    };
    await openChapter(r.page, "Income");
    await r.calc.getByRole("button", { name: "Add scenario" }).click();
    const cards = r.page.locator(".sp-scenario");
    assert.equal(await cards.count(), 4);
    await openChapter(r.page, "Your plan");

    await importFile(r, "friend.json", Buffer.from(GOOD));
    const question = r.profile.getByRole("group").filter({ hasText: "Importing friend.json will replace" });
    await question.waitFor();
    assert.match(await question.textContent(), /your guide answers and your income scenarios/);
    await r.profile.getByRole("button", { name: "Keep my work" }).click();
    assert.equal(await outcome(), specialist);
    assert.equal(await cards.count(), 4);

    await importFile(r, "friend.json", Buffer.from(GOOD));
    await r.profile.getByRole("button", { name: "Import and replace" }).click();
    await status(r, "Imported friend.json").waitFor();
    assert.match(await outcome(), /^You lean generalist/i);
    await r.profile.getByRole("button", { name: "Undo the import" }).click();
    await status(r, "The import of friend.json is undone").waitFor();
    assert.equal(await outcome(), specialist);
    assert.equal(await cards.count(), 4);

    const saved = readFileSync(join(ROOT, "tests/fixtures/progress-v1.json"), "utf8");
    await importFile(r, "progress.json", Buffer.from(saved));
    await r.profile.getByRole("button", { name: "Import and replace" }).click();
    await status(r, "Imported progress.json").waitFor();
    await r.profile.getByRole("button", { name: "Undo the import" }).click();
    await status(r, "The import of progress.json is undone").waitFor();
    assert.equal(await cards.count(), 4, "the added scenario is back");
    assert.equal(await outcome(), specialist);
    assert.deepEqual(opened.errors, []);
    await opened.close();
  },
);
