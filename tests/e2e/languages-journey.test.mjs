// End to end, in every language besides English: the whole guide to its
// result, the calculator refusing a value, the profile refusing an import,
// the saved-progress offer after a reload and the share link, each found by
// role and the language's own accessible names (from the catalogues), with no
// English sentence on screen; axe in both themes; Arabic mirrored, and no
// sideways scroll at 320 px with text at 200 %.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PATHS, QUESTIONS, ROOT, axe, fill, guideWords, picks, shot, start, ui, watched } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const ENGLISH = ui("en");
/** The highest hourly rate the calculator takes (src/domain/number). */
const MAX_RATE = 100_000;
/** A whole number grouped as the language writes it in running text (Lang::thousands). */
const grouped = (n, code) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, { es: ".", de: ".", fr: "\u202f" }[code] ?? ",");
const OUTCOME_KEY = { Specialist: "specialist", "π-shaped": "pi_shaped", "Comb-shaped": "comb_shaped", Generalist: "generalist", "T-shaped": "t_shaped" };

/**
 * The English sentences (interface texts of three words or more, and the
 * guide's prompts) that show on screen in `code`: none should.
 */
async function englishOnScreen(page, code) {
  const words = ui(code);
  const shown = await page.evaluate(() => {
    const root = document.querySelector("skill-path").shadowRoot;
    return root.querySelector(".sp")?.innerText ?? "";
  });
  const sentences = [];
  for (const [key, text] of Object.entries(ENGLISH)) {
    for (const form of typeof text === "string" ? [text] : Object.values(text)) {
      const theirs = JSON.stringify(words[key]);
      // The fixed parts between placeholders, long enough to be a sentence.
      for (const part of form.split(/\{\w+\}/)) {
        const p = part.trim();
        if (p.split(/\s+/).length >= 3 && !theirs.includes(p)) sentences.push(p);
      }
    }
  }
  for (const q of QUESTIONS) sentences.push(q.prompt);
  return [...new Set(sentences)].filter((s) => shown.includes(s));
}

async function journey(code, theme) {
  const t = ui(code);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, locale: "en-US", serviceWorkers: "block" });
  const { page, log } = await watched(context);
  await page.goto(`${env.server.url}/?lang=${code}&theme=${theme}`);
  const g = page.getByRole("region", { name: t.app_chapter_guide });
  const total = QUESTIONS.length;
  const path = theme === "light" ? "π-shaped" : "Specialist";
  const all = picks(PATHS[path]);
  for (const [i, choice] of all.entries()) {
    await g.getByRole("progressbar", { name: fill(t.guide_question_of, { current: i + 1, total }, code) }).waitFor();
    await g.getByRole("radio").nth(choice).press("Space");
    if (i === 0) {
      assert.deepEqual(await englishOnScreen(page, code), [], `${code}: no English on the first question`);
      assert.deepEqual(await axe(page), [], `${code} ${theme}: a question`);
    }
    await g.getByRole("button", { name: i + 1 === total ? t.question_see_result : t.nav_next }).click();
  }
  const name = t[`guide_outcome_${OUTCOME_KEY[path]}_in_text`];
  await g.getByRole("heading", { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i") }).first().waitFor();
  assert.deepEqual(await englishOnScreen(page, code), [], `${code}: no English on the result`);
  assert.deepEqual(await axe(page), [], `${code} ${theme}: the result`);
  const outcomes = guideWords(code).outcomes.outcomes;
  const id = { Specialist: "specialist", "π-shaped": "pi-shaped" }[path];
  await g.getByText(outcomes[id].tagline).first().waitFor();

  // The share link, in the language's words.
  await g.getByText(t.guide_share_more).click();
  const link = await g.getByLabel(t.guide_share_link_label).inputValue();
  assert.match(link, /#share=/);

  // The calculator refuses a value in the language's words.
  await page.getByRole("navigation", { name: t.app_nav_label }).getByRole("button", { name: t.app_nav_income }).click();
  const calc = page.getByRole("region", { name: t.app_chapter_income });
  const rate = calc.getByRole("textbox", { name: t.income_rate_label, exact: true });
  await rate.fill("1000000");
  await calc.getByText(fill(t.income_input_rate_too_large, { max: grouped(MAX_RATE, code) }, code)).first().waitFor();
  assert.equal(await rate.getAttribute("aria-invalid"), "true");
  assert.deepEqual(await englishOnScreen(page, code), [], `${code}: no English in the calculator`);
  if (theme === "dark") assert.deepEqual(await axe(page), [], `${code} ${theme}: the calculator with a refused value`);
  await rate.fill("40");

  // The profile refuses an import in the language's words, and keeps the form.
  await page.getByRole("navigation", { name: t.app_nav_label }).getByRole("button", { name: t.app_nav_profile }).click();
  const plan = page.getByRole("region", { name: t.app_chapter_profile });
  const headline = plan.getByLabel(t.profile_headline_label, { exact: true });
  await headline.fill("Mine");
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    plan.getByRole("button", { name: t.profile_import_button, exact: true }).click(),
  ]);
  await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"headline": ') });
  // The sentence up to the reason, e.g. "broken.json was not imported."
  const refusedAs = fill(t.profile_refused.split("{why}")[0], { name: "broken.json" }, code).trim();
  await plan.getByRole("status").filter({ hasText: refusedAs }).first().waitFor();
  assert.equal(await headline.inputValue(), "Mine", "the form stays as it was");
  assert.deepEqual(await englishOnScreen(page, code), [], `${code}: no English in the profile`);
  if (theme === "dark") assert.deepEqual(await axe(page), [], `${code} ${theme}: the profile with a refused import`);
  if (theme === "light") await shot(page, `lang-${code}-profile-1280`);
  await page.getByRole("navigation", { name: t.app_nav_label }).getByRole("button", { name: t.app_nav_result }).click();

  // Saved: a reload offers the progress back in the language.
  await page.waitForTimeout(900);
  await page.reload();
  await page.getByRole("button", { name: t.saved_resume }).waitFor();
  assert.deepEqual(await englishOnScreen(page, code), [], `${code}: no English on the offer`);
  assert.deepEqual(await axe(page), [], `${code} ${theme}: the saved-progress offer`);
  await page.getByRole("button", { name: t.saved_resume }).click();
  await g.getByText(outcomes[id].tagline).first().waitFor();
  // axe sets inline styles while it checks a shadow root, which the page's
  // strict policy reports as console errors: those are axe's, not the page's.
  assert.deepEqual(log.errors.filter((e) => !e.includes("Content Security Policy")), []);
  if (theme === "light") await shot(page, `lang-${code}-result-1280`);
  await context.close();
}

for (const code of ["es", "de", "fr", "ar"]) {
  for (const theme of ["light", "dark"]) {
    test(`${code}, ${theme}: the guide to its result, the share link and the saved offer, all in ${code}; axe finds nothing`, () =>
      journey(code, theme));
  }
}

test("Arabic mirrors: Back sits right of Next, progress fills from the right, and nothing scrolls sideways at 320 px with text at 200 %", async () => {
  const t = ui("ar");
  // The page's strict policy forbids inline styles; the test lifts it to set the text size.
  const context = await env.browser.newContext({ viewport: { width: 320, height: 740 }, locale: "en-US", serviceWorkers: "block", bypassCSP: true });
  const { page, log } = await watched(context);
  await page.goto(`${env.server.url}/?lang=ar`);
  await page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  const g = page.getByRole("region", { name: t.app_chapter_guide });
  await g.getByRole("radio").nth(0).press("Space");
  await g.getByRole("button", { name: t.nav_next }).click();
  await g.getByRole("progressbar", { name: fill(t.guide_question_of, { current: 2, total: QUESTIONS.length }, "ar") }).waitFor();
  const back = await g.getByRole("button", { name: t.nav_back }).boundingBox();
  const next = await g.getByRole("button", { name: t.nav_next }).boundingBox();
  assert.ok(back.x > next.x, `Back (${back.x}) is right of Next (${next.x})`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(wide <= 0, `no sideways scroll (${wide} px)`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector("skill-path").shadowRoot.querySelector("progress")).direction), "rtl");
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("the pseudo-locale en-XA shows no English text on any chapter, and nothing runs off a 360 px screen", async () => {
  const outcomes = JSON.parse(readFileSync(join(ROOT, "src/content/outcomes.json"), "utf8"));
  // Proper names stay as they are: the brand and the sources' publishers.
  const names = new Set(["Skillpath", ...outcomes.sources.map((s) => s.publisher)]);
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: "en-US", serviceWorkers: "block" });
  const { page, log } = await watched(context);
  await page.goto(`${env.server.url}/?lang=en-XA`);
  // The widget itself, once it has taken over from the first screen.
  await page.waitForFunction(() => {
    const all = document.querySelector("skill-path")?.shadowRoot?.querySelectorAll(".sp") ?? [];
    return all.length === 1 && all[0].getAttribute("lang") === "en-XA" && !all[0].closest("[hidden]");
  });
  const english = () =>
    page.evaluate((allowed) => {
      const root = document.querySelector("skill-path").shadowRoot.querySelector(".sp");
      const found = new Set();
      const walk = (node) => {
        for (const child of node.childNodes) {
          if (child.nodeType === Node.TEXT_NODE) {
            const text = child.textContent.trim();
            // What is left once every pseudo-text (⟦…⟧) is taken out: words
            // there came from somewhere else (English filled into a message).
            const rest = text.replace(/⟦[^⟧]*⟧/g, " ").trim();
            if (/[a-z]{3}/i.test(rest) && !allowed.includes(rest)) found.add(text);
          } else if (child.nodeType === Node.ELEMENT_NODE && !child.closest("[hidden]") && child.localName !== "pre") walk(child);
        }
      };
      walk(root);
      for (const el of root.querySelectorAll("[aria-label]")) if (!/[⟦⟧]/.test(el.getAttribute("aria-label"))) found.add(`aria-label ${el.getAttribute("aria-label")}`);
      return [...found];
    }, [...names]);
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.deepEqual(await english(), [], "the first question");
  for (let i = 0; i < QUESTIONS.length; i++) {
    await page.locator("skill-path input[type=radio]").nth(1).press("Space");
    await page.locator("skill-path form[data-question] button[type=submit]").click();
  }
  await page.locator("skill-path .sp-hero__title").waitFor();
  assert.deepEqual(await english(), [], "the result");
  assert.ok((await sideways()) <= 0, "the result fits 360 px");
  for (const chapter of [2, 3]) {
    await page.locator(`skill-path nav li:nth-child(${chapter}) button`).click();
    await page.waitForTimeout(300);
    assert.deepEqual(await english(), [], `chapter ${chapter}`);
    assert.ok((await sideways()) <= 0, `chapter ${chapter} fits 360 px`);
  }
  await shot(page, "lang-en-XA-plan-360");
  assert.deepEqual(log.errors, []);
  await context.close();
});
