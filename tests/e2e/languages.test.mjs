// End to end: how the widget's language is chosen and changed. The element's
// own lang, the page's <html lang>, ?lang= and the browser's languages on the
// standalone page, mount({ lang }); a live switch that keeps the reader's
// answers; hostile values; and a language file that cannot be used (English,
// said once, with Try again). Names are read from the catalogues and the
// guide's words, as a reader of each language sees them.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { hostPage, prompt, startWithWidgetOrigin, ui, watched } from "./support.mjs";

let env;
before(async () => {
  env = await startWithWidgetOrigin();
});
after(async () => {
  await env?.close();
});

/** The widget's language and direction, from its root. */
const langOf = (page, selector = "skill-path") =>
  page.evaluate((s) => {
    const sp = document.querySelector(s)?.shadowRoot?.querySelector(".sp");
    return sp && { lang: sp.getAttribute("lang"), dir: sp.getAttribute("dir") };
  }, selector);

/** Waits for question `i`'s heading in `code`. */
const question = (page, code, i) => page.getByRole("heading", { name: prompt(code, i), exact: true }).waitFor();

/** A host page of another origin with `body`, in a browser whose languages are `locale`. */
async function host(body, { htmlLang = "en", locale = "en-US", head = "" } = {}) {
  const page = await hostPage(`<!doctype html><html lang="${htmlLang}"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,">${head}
    <script type="module" src="${env.widget.url}/skillpath.js"></script></head><body>${body}</body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale, serviceWorkers: "block" });
  const w = await watched(context);
  await w.page.goto(page.url);
  return { ...w, context, close: async () => (await context.close(), await page.close()) };
}

/** The standalone page (or `path`) with `query`, in a browser whose languages are `locale`. */
async function standalone(query, { locale = "en-US", path = "/" } = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale, serviceWorkers: "block" });
  const w = await watched(context);
  await w.page.goto(`${env.server.url}${path}${query}`);
  return { ...w, context, close: () => context.close() };
}

test("the element's own lang, else the page's, else English; only the primary subtag counts", async () => {
  const { page, log, close } = await host(`
    <skill-path id="es" lang="es-MX"></skill-path>
    <div lang="de"><skill-path id="de"></skill-path></div>
    <skill-path id="en"></skill-path>`, { htmlLang: "fr" });
  await page.locator("#es").getByRole("heading", { name: prompt("es", 0) }).waitFor();
  await page.locator("#de").getByRole("heading", { name: prompt("de", 0) }).waitFor();
  // The page is French: the element without a lang of its own, or an ancestor's, speaks French.
  await page.locator("#en").getByRole("heading", { name: prompt("fr", 0) }).waitFor();
  assert.deepEqual(await langOf(page, "#es"), { lang: "es", dir: "ltr" });
  assert.deepEqual(await langOf(page, "#de"), { lang: "de", dir: "ltr" });
  assert.deepEqual(await langOf(page, "#en"), { lang: "fr", dir: "ltr" });
  await page.locator("#es").getByRole("button", { name: ui("es").nav_next }).waitFor();
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.warnings, []);
  await close();
});

test("?lang= on the standalone and iframe pages; without it the standalone page follows the browser's languages", async () => {
  for (const [query, locale, code] of [
    ["?lang=fr", "de-DE", "fr"],
    ["", "de-DE", "de"],
    ["", "pt-BR", "en"],
    ["?lang=en", "ar-EG", "en"],
  ]) {
    const { page, log, close } = await standalone(query, { locale });
    await question(page, code, 0);
    assert.equal((await langOf(page)).lang, code, `${query || "no query"} in a ${locale} browser`);
    assert.deepEqual(log.errors, []);
    await close();
  }
  const { page, close } = await standalone("?lang=ar", { path: "/embed.html" });
  await question(page, "ar", 0);
  assert.deepEqual(await langOf(page), { lang: "ar", dir: "rtl" });
  await close();
  // The iframe page without ?lang= is English whatever the browser speaks.
  const plain = await standalone("", { path: "/embed.html", locale: "es-ES" });
  await question(plain.page, "en", 0);
  await plain.close();
});

test("a live switch of lang changes every word at once and keeps the answers", async () => {
  const { page, log, close } = await host(`<skill-path id="w"></skill-path>`);
  const w = page.locator("#w");
  for (let i = 0; i < 3; i++) {
    await question(page, "en", i);
    await w.getByRole("radio").nth(1).press("Space");
    await w.getByRole("button", { name: ui("en").nav_next }).click();
  }
  await question(page, "en", 3);
  await page.evaluate(() => document.querySelector("#w").setAttribute("lang", "de"));
  await question(page, "de", 3);
  assert.deepEqual(await langOf(page, "#w"), { lang: "de", dir: "ltr" });
  await w.getByRole("button", { name: ui("de").nav_back }).click();
  await question(page, "de", 2);
  assert.ok(await w.getByRole("radio").nth(1).isChecked(), "the answer given in English is kept");
  await page.evaluate(() => document.querySelector("#w").setAttribute("lang", "ar"));
  await question(page, "ar", 2);
  assert.deepEqual(await langOf(page, "#w"), { lang: "ar", dir: "rtl" });
  assert.ok(await w.getByRole("radio").nth(1).isChecked());
  await page.evaluate(() => document.querySelector("#w").removeAttribute("lang"));
  await question(page, "en", 2);
  assert.deepEqual(await langOf(page, "#w"), { lang: "en", dir: "ltr" });
  assert.deepEqual(log.errors, []);
  await close();
});

test("mount() takes lang, and without it the language of the page around the element", async () => {
  const { page, log, close } = await host(`<div id="a"></div><section lang="es"><div id="b"></div></section>
    <script type="module">
      import { mount } from "${env.widget.url}/skillpath.js";
      window.handles = [await mount(document.getElementById("a"), { lang: "fr" }), await mount(document.getElementById("b"))];
    </script>`);
  await page.locator("#a").getByRole("heading", { name: prompt("fr", 0) }).waitFor();
  await page.locator("#b").getByRole("heading", { name: prompt("es", 0) }).waitFor();
  await page.evaluate(() => window.handles[0].update({ lang: "de" }));
  await page.locator("#a").getByRole("heading", { name: prompt("de", 0) }).waitFor();
  assert.deepEqual(log.errors, []);
  await close();
});

test("a lang the widget does not take warns once, quoted, and the widget speaks English", async () => {
  const hostile = ["de<img src=x onerror=alert(1)>", "x".repeat(10_000), "de\u202eed", "pt-BR", "de-"];
  const body = hostile.map((v, i) => `<skill-path id="h${i}" lang="${v.replace(/"/g, "&quot;").replace(/</g, "&lt;")}"></skill-path>`).join("");
  const { page, log, close } = await host(body);
  for (let i = 0; i < hostile.length; i++) {
    await page.locator(`#h${i}`).getByRole("heading", { name: prompt("en", 0) }).waitFor();
    assert.equal((await langOf(page, `#h${i}`)).lang, "en");
  }
  const warned = log.warnings.filter((w) => w.includes("lang "));
  assert.equal(warned.length, hostile.length, warned.join("\n"));
  assert.ok(warned.every((w) => w.length < 300), "a 10 KB value is cut");
  assert.ok(!warned.some((w) => w.includes("\u202e")), "direction characters are escaped");
  assert.deepEqual(log.errors, []);
  await close();
});

test("a language file that is cut short shows English, says so once, and Try again brings the language", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: "block" });
  const { page, log } = await watched(context);
  let broken = true;
  await page.route(/skillpath-fr-[0-9a-f]+\.json$/, async (route) => {
    if (!broken) return route.continue();
    const response = await route.fetch();
    const text = await response.text();
    await route.fulfill({ response, body: text.slice(0, text.length / 2) });
  });
  await page.goto(`${env.server.url}/?lang=fr`);
  await question(page, "en", 0);
  const notice = page.getByRole("status").filter({ hasText: "French (Français)" });
  await notice.waitFor();
  assert.equal(await notice.count(), 1);
  await page.getByRole("radio").nth(2).press("Space");
  broken = false;
  await notice.getByRole("button", { name: ui("en").lang_retry }).click();
  await question(page, "fr", 0);
  assert.ok(await page.getByRole("radio").nth(2).isChecked(), "the answer stays");
  assert.equal(await page.getByRole("status").filter({ hasText: "French" }).count(), 0, "the notice goes");
  assert.equal(log.warnings.filter((w) => w.includes("fr texts")).length, 1);
  await context.close();
});

test("when the widget cannot start, it says so in the reader's language, even when the language's file comes after the failure; Try again starts it", async () => {
  const t = ui("es");
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: "block" });
  const { page } = await watched(context);
  let wasm = false;
  await page.route(/\.wasm$/, (route) => (wasm ? route.continue() : route.fulfill({ status: 404, body: "" })));
  // The language's file arrives well after the wasm has failed.
  await page.route(/skillpath-es-[0-9a-f]+\.json$/, async (route) => {
    await new Promise((later) => setTimeout(later, 800));
    await route.continue();
  });
  await page.goto(`${env.server.url}/?lang=es`);
  const alert = page.getByRole("alert").filter({ hasText: t.loader_failed });
  await alert.waitFor();
  await page.waitForTimeout(1200);
  assert.ok(await alert.isVisible(), "the note stays: the language's first screen does not cover it");
  assert.equal(await page.getByRole("radio").count(), 0, "no question to answer that cannot be kept");
  wasm = true;
  await alert.getByRole("button", { name: t.loader_retry }).click();
  await question(page, "es", 0);
  await context.close();
});
