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
//   node scripts/screens.mjs          (after a release build in dist/)
//
// The PNGs go to test-results/screens/ (widths and themes in the names). Only
// tools the setup script installs are used: playwright-core with the system
// Chromium, and pdftoppm from Debian's poppler-utils.
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PATHS, SHOTS, finishGuide, start, wholePage } from "../tests/e2e/support.mjs";

const OUT = SHOTS;
const WIDTHS = [360, 1280];
const THEMES = ["light", "dark"];
mkdirSync(OUT, { recursive: true });
for (const old of readdirSync(OUT).filter((f) => f.startsWith("print-page"))) rmSync(join(OUT, old));

const env = await start();
const written = [];

/** A fresh page of the standalone widget at `width` in `theme`. */
async function open(width, theme) {
  const context = await env.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: theme,
    locale: "en-US",
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.goto(`${env.server.url}/?theme=${theme}`);
  await page.getByRole("progressbar").first().waitFor();
  return { page, context };
}

/** Saves a screenshot of `target` (a page, whole, or one region) as `name`.png. */
async function save(target, name, options = { fullPage: true }) {
  const path = join(OUT, `${name}.png`);
  if (options.fullPage) await wholePage(target, path);
  else await target.screenshot({ path, ...options });
  written.push(path);
}

/** Every screen at one width and theme. */
async function screens(width, theme) {
  const tag = `${width}-${theme}`;
  const { page, context } = await open(width, theme);
  const guide = page.getByRole("region", { name: "Decision guide" });
  await save(page, `question-${tag}`);
  // What a phone shows of a question, without scrolling: the question, its
  // choices and the bar with Next.
  await save(page, `question-screen-${tag}`, {});

  await finishGuide(page, PATHS["T-shaped"]);
  await page.waitForTimeout(1200); // the shape has drawn itself
  // The result as it arrives (what fits on the screen), then all of it.
  await save(page, `result-screen-${tag}`, {});
  await guide.getByText("How we worked this out").click();
  await guide.getByText("The link, and what it holds").click();
  await save(page, `result-${tag}`);
  const link = await guide.getByLabel("Link to your result").inputValue();
  await guide.getByRole("button", { name: "Check my answers" }).click();
  await guide.getByRole("heading", { name: "Check your answers" }).waitFor();
  await save(page, `review-${tag}`);
  await guide.getByRole("button", { name: "See my result" }).click();
  await guide.getByRole("heading", { name: /^You lean/ }).waitFor();

  const chapters = page.getByRole("navigation", { name: "Chapters" });
  await chapters.getByRole("button", { name: "Income" }).click();
  const calc = page.getByRole("region", { name: "What could this pay?" });
  await save(page, `calculator-${tag}`);
  await calc.getByLabel("Hourly rate", { exact: true }).fill("37,5");
  await calc.getByLabel("Hourly rate", { exact: true }).blur();
  await save(calc, `calculator-error-${tag}`, {});
  await calc.getByLabel("Hourly rate", { exact: true }).fill("37.5");

  await chapters.getByRole("button", { name: "Your plan" }).click();
  const profile = page.getByRole("region", { name: "Your plan, ready to use" });
  await save(page, `profile-${tag}`);
  const headline = profile.getByLabel("Headline");
  const before = await headline.inputValue();
  await headline.fill("");
  await profile.getByText("For tools and developers").click();
  await profile.getByRole("button", { name: "Download JSON", exact: true }).click();
  await profile.getByRole("alert").waitFor();
  await save(profile, `profile-problems-${tag}`, {});
  await headline.fill(before);
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    profile.getByRole("button", { name: "Import" }).click(),
  ]);
  await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{") });
  await profile.getByRole("status").filter({ hasText: "broken.json" }).first().waitFor();
  await save(profile, `profile-import-error-${tag}`, {});

  // The same result opened from its link in another browser: someone else's.
  const friend = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  const theirs = await friend.newPage();
  await theirs.goto(link);
  await theirs.getByRole("heading", { name: /^Shared result/ }).waitFor();
  await theirs.waitForTimeout(1200);
  await save(theirs, `shared-${tag}`, {});
  await friend.close();

  // Saved progress: the offer a returning reader sees.
  await page.waitForTimeout(800);
  await page.reload();
  await page.getByRole("heading", { name: "Welcome back" }).waitFor();
  await save(page, `welcome-back-${tag}`, {});

  // The panic hook's screen: the renderer made to fail as the hostile-input
  // suite does it (part of the widget removed from under it).
  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await page.evaluate(() => document.querySelector("skill-path").setAttribute("sections", "guide profile"));
  await page.getByRole("region", { name: "What could this pay?" }).waitFor({ state: "detached" });
  await page.evaluate(() => {
    const host = document.querySelector("skill-path");
    host.shadowRoot.querySelector("section[aria-labelledby$=profile-title]").remove();
    host.setAttribute("sections", "guide income profile");
  });
  await page.getByRole("link", { name: "Download my data (JSON)" }).waitFor();
  await save(page, `stopped-${tag}`, {});
  await context.close();

  // The widget's files cannot be loaded: words and Try again.
  const failed = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme });
  await failed.route("**/*.wasm", (route) => route.fulfill({ status: 404, body: "" }));
  const tab = await failed.newPage();
  await tab.goto(`${env.server.url}/?theme=${theme}`);
  await tab.getByRole("button", { name: "Try again" }).waitFor();
  await save(tab, `cannot-start-${tag}`, {});
  await failed.close();
}

/** The first screen skillpath.js shows while the wasm is on its way (held back here). */
async function early(width, theme) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: theme, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/\.wasm$/, () => {}); // never answered
  await page.goto(`${env.server.url}/?theme=${theme}`);
  await page.getByRole("progressbar").first().waitFor();
  await page.getByRole("radio").nth(1).check();
  await save(page, `first-screen-${width}-${theme}`, {});
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
  for (const width of WIDTHS) for (const theme of THEMES) await screens(width, theme);
  await outcomes(1280, "light");
  await outcomes(360, "dark");
  for (const width of WIDTHS) for (const theme of THEMES) await early(width, theme);
  await print();
  console.log(written.map((p) => p.slice(p.indexOf("test-results"))).join("\n"));
  console.log(`${written.length} screenshots`);
} finally {
  await env.close();
}
