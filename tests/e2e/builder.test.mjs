// End to end: the embed builder. An author makes choices on builder.html,
// copies a snippet through the page's own Copy button (the clipboard), pastes
// it into a fresh host page of another origin, and gets the widget the
// builder's preview showed: its language, chapters, theme, accent, intro and
// next step. Both snippets, the script tag and the iframe; a link the widget
// would refuse is refused in the builder already, in words.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { PATHS, axe, fill, hostPage, picks, QUESTIONS, rgbOf, shot, startWithWidgetOrigin, ui, watched } from "./support.mjs";

let env;
before(async () => {
  env = await startWithWidgetOrigin();
});
after(async () => {
  await env?.close();
});

const CHOICES = {
  lang: "fr",
  theme: "dark",
  accent: "#0a7d53",
  intro: "J'ai écrit ce guide pour les lecteurs de mon blog : douze questions, puis un plan.",
  stepText: "Voir mes formations",
  stepHref: "https://example.org/formations?from=guide&lang=fr",
};

/**
 * What a reader sees of a widget before answering, read in its own document:
 * the language and direction, the colour scheme, the chapters it holds, the
 * intro under its heading (slotted or its own), and the accent on its primary
 * button (resolved to sRGB through a canvas).
 */
const looks = async (element) => ({
  ...(await element.evaluate((el) => {
    const r = el.shadowRoot;
    const sp = r.querySelector(".sp");
    const lede = r.querySelector(".sp-lede");
    const slot = lede?.querySelector("slot");
    return {
      lang: sp.lang,
      dir: sp.dir,
      scheme: getComputedStyle(sp).colorScheme,
      chapters: [...r.querySelectorAll(".sp-chapter")].map((c) => c.getAttribute("aria-label") ?? r.getElementById(c.getAttribute("aria-labelledby"))?.textContent),
      heading: r.querySelector("h2")?.textContent,
      intro: (slot ? slot.assignedNodes({ flatten: true }).map((n) => n.textContent).join("") : lede?.textContent ?? "").trim(),
    };
  })),
  accent: await rgbOf(element.locator(".sp-button--primary").first(), "backgroundColor"),
});

/** Answers the whole guide in French and waits for the result (scope: a page or a frame). */
async function finishInFrench(scope) {
  const t = ui("fr");
  const g = scope.getByRole("region", { name: t.app_chapter_guide });
  const all = picks(PATHS.Specialist);
  for (const [i, choice] of all.entries()) {
    await g.getByRole("progressbar", { name: fill(t.guide_question_of, { current: i + 1, total: QUESTIONS.length }, "fr") }).waitFor();
    await g.getByRole("radio").nth(choice).press("Space");
    await g.getByRole("button", { name: i + 1 === all.length ? t.question_see_result : t.nav_next }).click();
  }
  await g.getByRole("region", { name: t.guide_next_step_title }).waitFor();
  return g;
}

/** The builder in a context that may use the clipboard, with CHOICES made. */
async function builder() {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.widget.url });
  const { page, log } = await watched(context);
  await page.goto(`${env.widget.url}/builder.html`);
  const preview = page.locator("skill-path#preview");
  await preview.getByRole("radio").first().waitFor();
  await page.getByRole("group", { name: "Chapters" }).getByLabel("Income calculator").uncheck();
  await page.getByLabel("Language").selectOption(CHOICES.lang);
  await page.getByRole("group", { name: "Theme" }).getByLabel("Dark").check();
  await page.getByLabel("Accent colour").fill(CHOICES.accent);
  await page.getByLabel("Your introduction").fill(CHOICES.intro);
  await page.getByLabel("Link text").fill(CHOICES.stepText);
  await page.getByLabel("Link address").fill(CHOICES.stepHref);
  await preview.getByText(CHOICES.intro).waitFor();
  return { context, page, log, preview };
}

/** Clicks a Copy button and reads what the clipboard got. */
async function copy(page, name) {
  await page.getByRole("button", { name }).click();
  await page.getByRole("status").filter({ hasText: "is copied" }).waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** A fresh host page of another origin holding `snippet`, opened in a new context. */
async function paste(snippet) {
  const site = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>My blog</title><link rel="icon" href="data:,"></head>
    <body><main><h1>Which way should I grow?</h1>${snippet}</main></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const { page, log } = await watched(context);
  await page.goto(site.url);
  return { page, log, close: async () => (await context.close(), await site.close()) };
}

test("the script-tag snippet, copied and pasted into a fresh host page, gives the widget the builder showed", async () => {
  const { context, page, log, preview } = await builder();
  const shown = await looks(preview);
  const t = ui("fr");
  assert.deepEqual(
    { ...shown, accent: undefined },
    { lang: "fr", dir: "ltr", scheme: "dark", chapters: [t.app_chapter_guide, t.app_chapter_profile], heading: shown.heading, intro: CHOICES.intro, accent: undefined },
    "the preview follows the choices",
  );
  assert.equal(shown.accent, "rgb(10, 125, 83)", "the accent on the primary button");
  await shot(page, "builder-desktop");
  const snippet = await copy(page, "Copy the script-tag snippet");
  assert.equal(snippet, await page.getByRole("textbox", { name: "With a script tag" }).inputValue());
  assert.ok(snippet.includes(`src="${env.widget.url}/skillpath.js"`), snippet);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await context.close();

  const pasted = await paste(snippet);
  const widget = pasted.page.locator("skill-path");
  await widget.getByRole("radio").first().waitFor();
  assert.deepEqual(await looks(widget), shown, "the same widget as the preview");
  const g = await finishInFrench(widget);
  const link = pasted.page.getByRole("link", { name: CHOICES.stepText });
  assert.equal(await link.getAttribute("href"), CHOICES.stepHref);
  assert.ok(await link.isVisible());
  assert.equal(await g.getByRole("region", { name: t.guide_next_step_title }).getByRole("heading").textContent(), t.guide_next_step_title);
  assert.deepEqual(pasted.log.errors, []);
  assert.deepEqual(pasted.log.warnings, []);
  await pasted.close();
});

test("the iframe snippet, copied and pasted, gives the same widget in a frame that takes its height", async () => {
  const { context, page, preview } = await builder();
  const shown = await looks(preview);
  const snippet = await copy(page, "Copy the iframe snippet");
  await context.close();
  assert.match(snippet, /^<iframe data-skillpath src="[^"]+\/embed\.html\?[^"]+" title="Skillpath career guide"/);

  const pasted = await paste(snippet);
  const frame = pasted.page.frameLocator("iframe");
  const widget = frame.locator("skill-path");
  await widget.getByRole("radio").first().waitFor();
  assert.deepEqual(await looks(widget), shown, "the same widget as the preview, in the frame");
  await finishInFrench(frame);
  const link = frame.getByRole("link", { name: CHOICES.stepText });
  assert.equal(await link.getAttribute("href"), CHOICES.stepHref, "the next step's link, through the iframe page's options");
  await pasted.page.waitForFunction(() => document.querySelector("iframe").clientHeight > 600);
  assert.deepEqual(pasted.log.errors, []);
  await pasted.close();
});

test("a link the widget would refuse is refused in the builder, in words, and no snippet carries it", async () => {
  const { context, page, preview } = await builder();
  const address = page.getByLabel("Link address");
  for (const bad of ["javascript:alert(1)", "data:text/html,<b>x</b>", "/courses"]) {
    await address.fill(bad);
    await page.getByRole("status").filter({ hasText: /link/ }).first().waitFor();
    assert.equal(await address.getAttribute("aria-invalid"), "true", bad);
    for (const name of ["With a script tag", "With an iframe"]) {
      const code = await page.getByRole("textbox", { name }).inputValue();
      assert.ok(!code.includes(bad) && !code.includes(encodeURIComponent(bad)), `${name}: ${bad} stays out`);
    }
    assert.equal(await preview.evaluate((el) => el.querySelectorAll(":scope > [slot] a, :scope > a[slot]").length), 0, "no link in the preview");
  }
  await address.fill(CHOICES.stepHref);
  assert.equal(await address.getAttribute("aria-invalid"), "false");
  assert.equal(await page.locator("#step-href-problem").textContent(), "");
  await context.close();
});

test("on a 360 px phone the builder's form, preview and snippets stack and nothing scrolls sideways", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: "dark" });
  const { page, log } = await watched(context);
  await page.goto(`${env.widget.url}/builder.html`);
  await page.locator("skill-path#preview").getByRole("radio").first().waitFor();
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360, "no sideways scroll");
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await shot(page, "builder-phone-dark");
  await context.close();
});
