// Shared set-up for the end-to-end tests: serve the built site, launch the
// system Chromium through playwright-core, and a few keyboard helpers.
import { readFileSync, readdirSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import { chromium } from "playwright-core";
import { serve } from "../../scripts/serve-dist.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(ROOT, "test-results", "screens");
mkdirSync(SHOTS, { recursive: true });

export const QUESTIONS = JSON.parse(readFileSync(join(ROOT, "src/content/questions.json"), "utf8")).questions;
export const QUESTION_COUNT = QUESTIONS.length;

const readJson = (path) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
/** Every language the widget speaks. */
export const LANGS = ["en", "es", "de", "fr", "ar"];
/** A language's interface texts, by key (English: every file of src/content/ui/en, merged). */
export function ui(code) {
  if (code !== "en") return readJson(`src/content/lang/ui/${code}.json`);
  const all = {};
  for (const f of readdirSync(join(ROOT, "src/content/ui/en")).sort()) Object.assign(all, readJson(`src/content/ui/en/${f}`));
  return all;
}
/** A language's guide words (questions by id, outcomes); English's from the content files. */
export function guideWords(code) {
  return code === "en" ? null : readJson(`src/content/lang/guide/${code}.json`);
}
/** Question `i`'s prompt in a language. */
export function prompt(code, i) {
  return code === "en" ? QUESTIONS[i].prompt : guideWords(code).questions[QUESTIONS[i].id].prompt;
}
/**
 * A text with its {placeholders} filled, as the widget fills it in language
 * `code`: in a right-to-left language each value is isolated, left to right
 * (U+2066) when nothing in it is written right to left, else by its first
 * strong letter (U+2068).
 */
export const fill = (text, values, code = "en") =>
  text.replace(/\{(\w+)\}/g, (all, name) => {
    if (!(name in values)) return all;
    const value = String(values[name]);
    if (code !== "ar") return value;
    const open = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f]/.test(value) ? "\u2068" : "\u2066";
    return `${open}${value}\u2069`;
  });

/** Choice indexes for a list of choice ids, one per question, in order. */
export function picks(ids) {
  if (ids.length !== QUESTIONS.length) throw new Error("one id per question");
  return ids.map((id, i) => {
    const at = QUESTIONS[i].choices.findIndex((c) => c.id === id);
    if (at < 0) throw new Error(`question ${QUESTIONS[i].id} has no choice ${id}`);
    return at;
  });
}

// One answer set per outcome (choice ids in question order), as in the native tables.
export const PATHS = {
  Generalist: ["new-things", "headline", "shape-it", "orchestrator", "many", "early", "none", "zero", "link", "hand-over", "not-yet", "bring-expert"],
  Specialist: ["perfect-one", "work-through", "want-spec", "rigour", "deep-systems", "senior", "licence-degree", "one", "expert-team", "dig-in", "one-field", "stay-own"],
  "T-shaped": ["new-things", "work-through", "shape-it", "orchestrator", "deep-systems", "mid", "certificates", "one", "link", "dig-in", "one-field", "bring-expert"],
  "π-shaped": ["carry-across", "bridge", "want-spec", "rigour", "where-two-meet", "senior", "licence-degree", "two", "two-teams", "dig-in", "two-together", "learn-it"],
  "Comb-shaped": ["carry-across", "headline", "shape-it", "orchestrator", "piece-per-field", "senior", "certificates", "three-plus", "two-teams", "hand-over", "one-after-another", "learn-it"],
};

/** The result's heading for each outcome: shape names in sentence case, as running text writes them. */
export const LEAN = {
  Generalist: "You lean generalist",
  Specialist: "You lean specialist",
  "T-shaped": "You lean T-shaped",
  "π-shaped": "You lean π-shaped",
  "Comb-shaped": "You lean comb-shaped",
};

export async function start() {
  const server = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  // E2E_TIMEOUT (ms) shortens every wait, for a quick first pass over
  // changed screens; the suite's own default is Playwright's.
  const wait = Number(process.env.E2E_TIMEOUT);
  if (wait > 0) {
    const newContext = browser.newContext.bind(browser);
    browser.newContext = async (options) => {
      const context = await newContext(options);
      context.setDefaultTimeout(wait);
      return context;
    };
  }
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * `start()`, plus the widget's files served from a second origin (another
 * port) that other origins' pages may read, as a host page would load them.
 */
export async function startWithWidgetOrigin() {
  const env = await start();
  const widget = await serve(DIST, { headers: { "access-control-allow-origin": "*" } });
  return {
    ...env,
    widget,
    async close() {
      await widget.close();
      await env.close();
    },
  };
}

/** The decision guide's region (the calculator below it has radios and headings too). */
export const guide = (page) => page.getByRole("region", { name: "Decision guide" });
/** The calculator chapter's region. */
export const income = (page) => page.getByRole("region", { name: "What could this pay?" });
/** The profile chapter's region. */
export const profile = (page) => page.getByRole("region", { name: "Your plan, ready to use" });

/**
 * Opens a chapter from the chapter navigation ("Your result", "Income",
 * "Your plan"); it shows once the guide has a result.
 */
export async function openChapter(scope, name) {
  await scope.getByRole("navigation", { name: "Chapters" }).getByRole("button", { name }).click();
}

/**
 * The link to the result on screen, from "The link, and what it holds"
 * (opened if it is closed); `scope` is the page or one widget on it.
 */
export async function shareLink(scope) {
  const g = guide(scope);
  const link = g.getByLabel("Link to your result");
  if (!(await link.isVisible())) await g.getByText("The link, and what it holds").click();
  return link.inputValue();
}

/**
 * Chooses choice `index` of the question on screen without the pointer (a
 * click made by pointer moves on by itself after a pause, which would race
 * the test's own Next), then goes on: Next, or See my result on the last.
 */
async function choose(scope, index, last) {
  const g = guide(scope);
  await g.getByRole("radio").nth(index).press("Space");
  await g.getByRole("button", { name: last ? "See my result" : "Next" }).click();
}

/**
 * Answers every question (choice ids, one per question) and shows the
 * result; `scope` is the page or one widget on it.
 */
export async function finishGuide(scope, ids) {
  const g = guide(scope);
  const all = picks(ids);
  for (const [i, choice] of all.entries()) {
    await scope.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTIONS.length}` }).waitFor();
    await choose(scope, choice, i === all.length - 1);
  }
  await g.getByRole("heading", { name: /^You lean/ }).waitFor();
}

/** Waits until the widget has written (the debounce is 600 ms). */
export async function saved(page) {
  await page.getByText("Your progress is saved in this browser, on this device only.").waitFor();
}

/** Answers questions `from` to `upTo` (exclusive) of `ids` (one choice id per question) in `scope`. */
export async function answer(scope, ids, upTo, from = 0) {
  for (const [i, choice] of picks(ids).entries()) {
    if (i < from || i >= upTo) continue;
    await scope.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTIONS.length}` }).waitFor();
    await choose(scope, choice, false);
  }
  await scope.getByRole("progressbar", { name: `Question ${upTo + 1} of ${QUESTIONS.length}` }).waitFor();
}

/**
 * The accessible name (text) of the focused element, its tag, and whether it
 * shows a focus ring (looking into shadow roots), read after the next frame: the widget moves focus in an effect that runs once the new
 * screen is painted, as a reader would see it.
 */
export function focused(page) {
  return page.evaluate(async () => {
    await new Promise((done) => requestAnimationFrame(() => done()));
    // Inside the widget's shadow root, the document only sees the host element.
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    // Whether it draws a focus ring of at least 2 px (a radio or checkbox draws
    // it on the label around it).
    const ringed = el && ["radio", "checkbox"].includes(el.type) && el.closest("label") ? el.closest("label") : el;
    const style = ringed ? getComputedStyle(ringed) : null;
    const ring = !!style && style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
    return { tag: el?.tagName.toLowerCase(), type: el?.getAttribute("type"), id: el?.id ?? "", text: (el?.textContent ?? "").trim(), ring };
  });
}

/**
 * The focused element once focus has settled after a move: the widget lets
 * go of focus before it replaces a screen and the new screen takes it once
 * drawn, within a frame or two (up to 2 s here, for a busy machine).
 */
export async function settled(page) {
  let f = await focused(page);
  for (let tries = 0; (f.tag === "body" || f.tag === undefined) && tries < 40; tries++) {
    await page.waitForTimeout(50);
    f = await focused(page);
  }
  return f;
}

/** Presses Tab until `match(focused)` holds; fails after `limit` presses. */
export async function tabTo(page, match, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (match(await focused(page))) return;
  }
  throw new Error("Tab never reached the wanted control");
}

/**
 * Answers the guide with the keyboard only: Tab into the radio group on the
 * first question, Space or arrow keys to choose, Enter to go on. After each
 * move focus is on the new question's heading (a screen reader reads the
 * question first), and one Tab reaches its choices. Enter on the last
 * question shows the result.
 */
export async function answerByKeyboard(page, choices) {
  await tabTo(page, (f) => f.type === "radio");
  for (const [i, choice] of choices.entries()) {
    await page.getByRole("progressbar", { name: `Question ${i + 1} of ${choices.length}` }).waitFor();
    if (i > 0) {
      const heading = await settled(page);
      if (heading.tag !== "h2") throw new Error(`question ${i + 1}: focus is on ${heading.tag}, not the question`);
      await page.keyboard.press("Tab");
    }
    const f = await focused(page);
    if (f.type !== "radio") throw new Error(`question ${i + 1}: focus is on ${f.tag}, not a choice`);
    if (choice === 0) await page.keyboard.press("Space");
    for (let k = 0; k < choice; k++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /^You lean/ }).waitFor();
}

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");

/**
 * Runs axe-core on the page (or frame) and returns its violations (WCAG 2.x A
 * and AA). Evaluated through the DevTools protocol, which the pages' strict
 * Content-Security-Policy does not apply to (a script tag would be blocked).
 */
export async function axe(page) {
  // Judged as the reader sees a screen once it has arrived: a question still
  // fading in has its colours mid-way, which is not what anyone reads.
  await page.evaluate(async () => {
    const roots = [document, ...[...document.querySelectorAll("*")].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
    const running = roots.flatMap((root) => root.getAnimations());
    const ended = Promise.all(running.filter((a) => a.effect?.getComputedTiming().endTime !== Infinity).map((a) => a.finished.catch(() => {})));
    // One held back off screen (content-visibility) would never end: wait a second at most.
    await Promise.race([ended, new Promise((done) => setTimeout(done, 1000))]);
  });
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  });
}

/**
 * A screenshot of the whole page at `path`. The viewport is made as tall as
 * the page first: parts of the widget below the fold are only drawn once
 * they come near the viewport (content-visibility: auto), as a reader
 * scrolling to them would see them.
 */
export async function wholePage(page, path) {
  const viewport = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
  // Drawn, those parts take their real height instead of their estimate:
  // measure again.
  await page.setViewportSize({ width: viewport.width, height: Math.max(await page.evaluate(() => document.documentElement.scrollHeight), viewport.height) });
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
}

/** Saves a full-page screenshot, plus the first screenful as `<name>-top.png`. */
export async function shot(page, name) {
  await wholePage(page, join(SHOTS, `${name}.png`));
  await page.screenshot({ path: join(SHOTS, `${name}-top.png`) });
}

/** Serves one HTML page at `/` on its own port (a different origin from the widget's). */
export function hostPage(html) {
  const server = createServer((req, res) => {
    // The page answers at "/" whatever its query (?utm_source=… and the like).
    const found = new URL(req.url, "http://host").pathname === "/";
    res.writeHead(found ? 200 : 404, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(found ? html : "not found");
  });
  return new Promise((ok) => {
    server.listen(0, "127.0.0.1", () =>
      ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((done) => server.close(done)) }),
    );
  });
}

/** A page that records CSP violations and console warnings and errors. */
export async function watched(context) {
  const page = await context.newPage();
  const log = { warnings: [], errors: [] };
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on("console", (m) => {
    if (m.type() === "warning") log.warnings.push(m.text());
    if (m.type() === "error") log.errors.push(m.text());
  });
  page.on("pageerror", (e) => log.errors.push(String(e)));
  return { page, log, violations: () => page.evaluate(() => window.__violations) };
}

/**
 * Resolves a computed colour of `locator` (`fill`, `color`, …) to "rgb(r, g, b)"
 * through a canvas, so that a test reads the colour and not its syntax
 * (relative colours compute to `color(srgb-linear …)`).
 */
export const rgbOf = (locator, property) =>
  locator.evaluate((el, property) => {
    const x = Object.assign(document.createElement("canvas"), { width: 1, height: 1 }).getContext("2d", { willReadFrequently: true });
    x.fillStyle = getComputedStyle(el)[property];
    x.fillRect(0, 0, 1, 1);
    const [r, g, b] = x.getImageData(0, 0, 1, 1).data;
    return `rgb(${r}, ${g}, ${b})`;
  }, property);
