// The hostile-input suite's shared parts. Each case is declared with
// `survives(fault, case, behaviour, body)`: the test's name is the README's
// "What it survives" row, and `scripts/survives.mjs` builds that table from
// these calls (and fails the tests when the README differs).
import { test, before, after } from "node:test";
import { start, startWithWidgetOrigin, watched } from "../support.mjs";

/** One hostile case; `fault`, `hostile` and `behaviour` must be plain string literals. */
export function survives(fault, hostile, behaviour, body) {
  return test(`${fault}: ${hostile} → ${behaviour}`, body);
}

/** Starts the site (and a second origin for the widget's files) once per file. */
export function environment({ widgetOrigin = false } = {}) {
  const env = {};
  before(async () => Object.assign(env, await (widgetOrigin ? startWithWidgetOrigin() : start())));
  after(async () => env.close?.());
  return env;
}

/**
 * A fresh context and page on `url`, collecting uncaught errors and console
 * errors and warnings (support.mjs's `watched`); `init` runs in the page
 * before any of its scripts.
 */
export async function openPage(env, url, { width = 1280, height = 900, locale = "en-US", init, arg, acceptDownloads = true } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, locale, acceptDownloads });
  if (init) await context.addInitScript(init, arg);
  const { page, log } = await watched(context);
  await page.goto(url);
  return { context, page, errors: log.errors, warnings: log.warnings, close: () => context.close() };
}

export const regions = (scope) => ({
  guide: scope.getByRole("region", { name: "Decision guide" }),
  calc: scope.getByRole("region", { name: "What could this pay?" }),
  profile: scope.getByRole("region", { name: "Your plan, ready to use" }),
});

/** The text of every element `field`'s aria-describedby names, joined by " | ". */
export function described(field) {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(" ")
      .filter(Boolean)
      .map((id) => el.getRootNode().getElementById(id)?.textContent.trim())
      .join(" | "),
  );
}

/** How far the page scrolls sideways (0 when nothing sticks out). */
export const sideways = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Elements in the widget's shadow roots that no widget renders: markup a reader's text would have injected. */
export const injected = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("skill-path")].flatMap((h) => [...(h.shadowRoot?.querySelectorAll("img, script, iframe, object, embed, [onerror], [onclick]") ?? [])]).length,
  );
