// Screenshots of every screen of the built widget (the first screen shown
// before the wasm arrives, the question, the result as it arrives and whole,
// the optional review, the calculator and a refused figure, the plan, its
// problems and a refused import, a result opened from a shared link,
// Welcome back, the panic
// hook's screen and the one for files that cannot load), to look at: each at
// 360 px (a phone, a narrow blog column) and 1280 px, in the light and the dark
// theme; and the print view (what "Print" or "Save as PDF" gives) as the PDF
// Chromium writes, with its pages rendered to PNG by pdftoppm.
//
//   node scripts/screens.mjs             (after a release build in dist/)
//   node scripts/screens.mjs --languages (every screen in every language, at
//                                         both widths, one theme each)
//
// The PNGs go to test-results/screens/ (widths, themes and languages other
// than English in the names). Every control is found by its accessible name
// in the language shown, read from the catalogues. Only
// tools the setup script installs are used: playwright-core with the system
// Chromium, and pdftoppm from Debian's poppler-utils.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { LANGS, PATHS, QUESTIONS, SHOTS, fill, finishGuide, picks, start, ui, wholePage } from "../tests/e2e/support.mjs";

const OUT = SHOTS;
const WIDTHS = [360, 1280];
const THEMES = ["light", "dark"];
mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT).filter((f) => f.startsWith("print-page"))) rmSync(join(OUT, old));

const env = await start();
const written = [];

/** A fresh page of the standalone widget at `width` in `theme`, in language `code`. */
async function open(width, theme, code = "en") {
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: theme,
    locale: "en-US",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?theme=${theme}&lang=${code}`);
  await page.getByRole("progressbar").first().waitFor();
  return { page, context };
}

/** Answers every question (choice ids) by the names language `code` gives, and shows the result. */
async function finish(page, ids, t, code) {
  const g = page.getByRole("region", { name: t.app_chapter_guide });
  const all = picks(ids);
  for (const [i, choice] of all.entries()) {
    await g.getByRole("progressbar", { name: fill(t.guide_question_of, { current: i + 1, total: QUESTIONS.length }, code) }).waitFor();
    await g.getByRole("radio").nth(choice).press("Space");
    await g.getByRole("button", { name: i === all.length - 1 ? t.question_see_result : t.nav_next }).click();
  }
  await g.getByRole("heading", { name: t.guide_hero_you_lean }).first().waitFor();
}

/** Saves a screenshot of `target` (a page, whole, or one region) as `name`.png. */
async function save(target, name, options = { fullPage: true }) {
  const path = join(OUT, `${name}.png`);
  if (options.fullPage) await wholePage(target, path);
  else await target.screenshot({ path, ...options });
  written.push(path);
}

/** Every screen at one width and theme, in language `code`. */
async function screens(width, theme, code = "en") {
  const t = ui(code);
  const tag = code === "en" ? `${width}-${theme}` : `${code}-${width}-${theme}`;
  const { page, context } = await open(width, theme, code);
  const guide = page.getByRole("region", { name: t.app_chapter_guide });
  await save(page, `question-${tag}`);
  // What a phone shows of a question, without scrolling: the question, its
  // choices and the bar with Next.
  await save(page, `question-screen-${tag}`, {});

  await finish(page, PATHS["T-shaped"], t, code);
  await page.waitForTimeout(1200); // the shape has drawn itself
  // The result as it arrives (what fits on the screen), then all of it.
  await save(page, `result-screen-${tag}`, {});
  await guide.getByText(t.guide_worked_title).click();
  await guide.getByText(t.guide_share_more).click();
  await save(page, `result-${tag}`);
  const link = await guide.getByLabel(t.guide_share_link_label).inputValue();
  await guide.getByRole("button", { name: t.question_check_answers }).click();
  await guide.getByRole("heading", { name: t.guide_review_title }).waitFor();
  await save(page, `review-${tag}`);
  await guide.getByRole("button", { name: t.question_see_result }).click();
  await guide.getByRole("heading", { name: t.guide_hero_you_lean }).first().waitFor();

  const chapters = page.getByRole("navigation", { name: t.app_nav_label });
  await chapters.getByRole("button", { name: t.app_nav_income }).click();
  const calc = page.getByRole("region", { name: t.app_chapter_income });
  await save(page, `calculator-${tag}`);
  // A rate with too many decimals, which every language refuses.
  const rate = calc.getByRole("textbox", { name: t.income_rate_label, exact: true });
  await rate.fill("37.555");
  await rate.blur();
  await save(calc, `calculator-error-${tag}`, {});
  await rate.fill("37");

  await chapters.getByRole("button", { name: t.app_nav_profile }).click();
  const profile = page.getByRole("region", { name: t.app_chapter_profile });
  await save(page, `profile-${tag}`);
  const headline = profile.getByLabel(t.profile_headline_label);
  const before = await headline.inputValue();
  await headline.fill("");
  await profile.getByText(t.profile_dev_title).click();
  await profile.getByRole("button", { name: t.profile_download_json, exact: true }).click();
  await profile.getByRole("alert").waitFor();
  await save(profile, `profile-problems-${tag}`, {});
  await headline.fill(before);
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    profile.getByRole("button", { name: t.profile_import_button }).click(),
  ]);
  await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{") });
  await profile.getByRole("status").filter({ hasText: "broken.json" }).first().waitFor();
  await save(profile, `profile-import-error-${tag}`, {});

  // The same result opened from its link in another browser: someone else's.
  const friend = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  const theirs = await friend.newPage();
  await theirs.goto(link);
  await theirs.getByRole("heading", { name: t.guide_hero_shared_result }).waitFor();
  await theirs.waitForTimeout(1200);
  await save(theirs, `shared-${tag}`, {});
  await friend.close();

  // Saved progress: the offer a returning reader sees.
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole("heading", { name: t.saved_welcome_back }).waitFor();
  await save(page, `welcome-back-${tag}`, {});

  // The panic hook's screen: the renderer made to fail as the hostile-input
  // suite does it (part of the widget removed from under it).
  await page.getByRole("button", { name: t.saved_resume, exact: true }).click();
  await page.evaluate(() => document.querySelector("skill-path").setAttribute("sections", "guide profile"));
  await page.getByRole("region", { name: t.app_chapter_income }).waitFor({ state: "detached" });
  await page.evaluate(() => {
    const host = document.querySelector("skill-path");
    host.shadowRoot.querySelector("section[aria-labelledby$=profile-title]").remove();
    host.setAttribute("sections", "guide income profile");
  });
  await page.getByRole("link", { name: t.app_crash_download }).waitFor();
  await save(page, `stopped-${tag}`, {});
  await context.close();

  // The widget's files cannot be loaded: words and Try again.
  const failed = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  await failed.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  const tab = await failed.newPage();
  await tab.goto(`${env.server.url}/?theme=${theme}&lang=${code}`);
  await tab.getByRole("button", { name: t.loader_retry }).waitFor();
  await save(tab, `cannot-start-${tag}`, {});
  await failed.close();
}

/** The first screen skillpath.js shows while the wasm is on its way (held back here). */
async function early(width, theme, code = "en") {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/\.wasm$/, () => {}); // never answered
  await page.goto(`${env.server.url}/?theme=${theme}&lang=${code}`);
  await page.getByRole("progressbar").first().waitFor();
  await page.getByRole("radio").nth(1).check();
  await save(page, code === "en" ? `first-screen-${width}-${theme}` : `first-screen-${code}-${width}-${theme}`, {});
  await context.close();
}

/** The print view of the result and the profile, as a PDF and as PNG pages. */
async function print() {
  const { page, context } = await open(1280, "light");
  await finishGuide(page, PATHS["π-shaped"]);
  await page.getByRole("navigation", { name: "Chapters" }).getByRole("button", { name: "Your plan" }).click();
  const profile = page.getByRole("region", { name: "Your plan, ready to use" });
  await profile.getByLabel("Headline").fill("Evaluation specialist with a second depth in data quality");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  writeFileSync(join(OUT, "print.pdf"), pdf);
  await context.close();

  // pdftoppm (Debian's poppler-utils, which the setup script installs)
  // renders each page as a PNG: print-page-1.png, print-page-2.png, …
  execFileSync("pdftoppm", ["-png", "-r", "110", join(OUT, "print.pdf"), join(OUT, "print-page")]);
  for (const file of readdirSync(OUT).filter((f) => f.startsWith("print-page")).sort()) {
    written.push(join(OUT, file));
  }
}

/** The whole result of every outcome, with every disclosure open, to read in full. */
async function outcomes(width, theme) {
  for (const [outcome, ids] of Object.entries(PATHS)) {
    const { page, context } = await open(width, theme);
    const guide = page.getByRole("region", { name: "Decision guide" });
    await finishGuide(page, ids);
    await page.waitForTimeout(1200);
    for (const name of ["What the shapes mean", "How we worked this out", "Every answer and its points", "About this guide"]) {
      await guide.getByText(name, { exact: true }).click();
    }
    const slug = { "π-shaped": "pi-shaped" }[outcome] ?? outcome.toLowerCase();
    await save(page, `outcome-${slug}-${width}-${theme}`);
    await context.close();
  }
}

try {
  if (process.argv.includes("--languages")) {
    // One theme per language, alternating, so both themes are seen.
    for (const [i, code] of LANGS.entries()) {
      const theme = THEMES[i % 2];
      for (const width of WIDTHS) {
        await screens(width, theme, code);
        await early(width, theme, code);
      }
    }
  } else {
    for (const width of WIDTHS) for (const theme of THEMES) await screens(width, theme);
    await outcomes(1280, "light");
    await outcomes(360, "dark");
    for (const width of WIDTHS) for (const theme of THEMES) await early(width, theme);
    await print();
  }
  console.log(written.map((p) => p.slice(p.indexOf("test-results"))).join("\n"));
  console.log(`${written.length} screenshots`);
} finally {
  await env.close();
}
