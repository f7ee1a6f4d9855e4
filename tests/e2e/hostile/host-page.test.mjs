// Host pages and readers' settings the widget meets in the wild: a sandboxed
// frame, the widget's styles missing, blocked or slow, mount() given options
// that throw, forced colours, and the widget included or mounted twice.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { DIST, hostPage, QUESTION_COUNT } from "../support.mjs";
import { serve } from "../../../scripts/serve-dist.mjs";
import { survives, environment, regions } from "./survives.mjs";

const env = environment({ widgetOrigin: true });
const CSS = /\/skillpath-[0-9a-f]+\.css$/;

/**
 * A host page of another origin with `body`, the one script tag (unless
 * `script` is false) and `head`; `route` is set up before the page loads.
 */
async function host(body, { head = "", script = true, route } = {}) {
  const tag = script ? `<script type="module" src="${env.widget.url}/skillpath.js"></script>` : "";
  const served = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">${head}
    ${tag}</head><body>${body}</body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  if (route) await context.route(...route);
  const page = await context.newPage();
  const warnings = [];
  const errors = [];
  const requests = [];
  page.on("console", (m) => (m.type() === "warning" ? warnings : m.type() === "error" ? errors : []).push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  // Not waiting for "load": a stylesheet held back holds it back too.
  await page.goto(served.url, { waitUntil: "domcontentloaded" });
  return { context, page, warnings, errors, requests, close: async () => (await context.close(), await served.close()) };
}

/** Whether `locator`'s element is drawn (has a box) on the page. */
const drawn = (locator) => locator.evaluate((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0);

survives(
  "Host",
  "the iframe embed in a frame sandboxed with allow-scripts only (its messages come from origin null), with frame.js",
  "the frame still takes the height of its content; messages from any other window still change nothing",
  async () => {
    const r = await host(
      `<iframe id="f" data-skillpath sandbox="allow-scripts" src="${env.widget.url}/embed.html?sections=guide" title="Skillpath career guide" width="100%"></iframe>
       <iframe id="g" sandbox="allow-scripts" src="${env.widget.url}/embed.html?sections=income" title="Not marked for frame.js" width="100%"></iframe>`,
      { head: `<script src="${env.widget.url}/frame.js" async></script>`, script: false },
    );
    const frame = r.page.frameLocator("#f");
    // From the keyboard: a choice that stays on its question (a pointer's moves on).
    await frame.getByRole("radio").first().press("Space");
    const height = (id) => r.page.locator(id).evaluate((el) => el.clientHeight);
    await r.page.waitForFunction(() => document.getElementById("f").clientHeight > 300, null, { timeout: 10000 });
    const inner = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    assert.ok(Math.abs((await height("#f")) - inner) <= 2, `frame ${await height("#f")} px, content ${inner} px`);
    // From the page itself, from the unmarked frame, and an absurd height from the frame: nothing changes.
    const before = await height("#f");
    await r.page.evaluate(() => window.postMessage({ skillpath: "height", height: 77 }, "*"));
    await (await r.page.locator("#g").elementHandle()).contentFrame().then((g) => g.evaluate(() => parent.postMessage({ skillpath: "height", height: 88 }, "*")));
    await (await r.page.locator("#f").elementHandle()).contentFrame().then((f) => f.evaluate(() => parent.postMessage({ skillpath: "height", height: 1e9 }, "*")));
    await r.page.waitForTimeout(300);
    assert.equal(await height("#f"), before);
    assert.equal(await height("#g"), 150, "the unmarked frame keeps the default height");
    await r.close();
  },
);

/** The widget in `page` says it cannot start; Try again, once the styles are back, starts it styled. */
async function cannotStartThenRecovers(r, unroute) {
  const w = r.page.locator("skill-path#w");
  const alert = w.getByRole("alert");
  await alert.waitFor({ timeout: 10000 });
  assert.match(await alert.textContent(), /could not start here/);
  assert.equal(await w.locator(".sp-card, form").count(), 0, "no unstyled widget");
  if (!unroute) return;
  await unroute();
  await w.getByRole("button", { name: "Try again" }).click();
  await regions(w).guide.getByRole("radio").first().check();
  assert.equal(await w.locator(".sp").first().evaluate((el) => getComputedStyle(el).colorScheme), "light dark", "styled");
}

survives(
  "Loading",
  "the widget's stylesheet missing (404)",
  "the element says in words that the guide cannot start here, with Try again, which starts it styled once the file is back",
  async () => {
    const fault = (route) => route.fulfill({ status: 404, body: "not found" });
    const r = await host(`<skill-path id="w"><p>The guide loads here.</p></skill-path>`, { route: [CSS, fault] });
    await cannotStartThenRecovers(r, () => r.context.unroute(CSS, fault));
    await r.close();
  },
);

survives(
  "Loading",
  "the widget's stylesheet blocked by the host page's style-src",
  "the element says in words that the guide cannot start here, never an unstyled widget",
  async () => {
    const r = await host(`<skill-path id="w"><p>The guide loads here.</p></skill-path>`, {
      head: `<meta http-equiv="Content-Security-Policy" content="style-src 'self'">`,
    });
    await cannotStartThenRecovers(r);
    await r.close();
  },
);

survives(
  "Loading",
  "the widget's stylesheet arriving 3 seconds late",
  "the element's own text stays until the styles apply; then the styled widget takes its place",
  async () => {
    let release;
    const late = new Promise((done) => (release = done));
    const r = await host(`<skill-path id="w"><p id="fallback">The guide loads here.</p></skill-path>`, {
      route: [CSS, async (route) => (await late, route.continue())],
    });
    const w = r.page.locator("skill-path#w");
    await r.page.waitForFunction(() => !!document.getElementById("w").shadowRoot);
    await r.page.waitForTimeout(1500);
    assert.ok(await drawn(r.page.locator("#fallback")), "the element's text shows while the styles are on their way");
    const radios = w.getByRole("radio");
    assert.equal((await radios.count()) > 0 && (await drawn(radios.first())), false, "nothing of the widget shows unstyled");
    release();
    await regions(w).guide.getByRole("radio").first().check();
    assert.equal(await w.locator(".sp").first().evaluate((el) => getComputedStyle(el).colorScheme), "light dark", "styled");
    assert.equal(await drawn(r.page.locator("#fallback")), false, "the widget took the text's place");
    await r.close();
  },
);

survives(
  "Host",
  "mount() given options that throw: a getter that throws, a Proxy whose traps throw",
  "mount() rejects with a sentence naming the options; no shadow root is left, the element's text stays, and a later correct mount() works",
  async () => {
    const r = await host(`<div id="d"><p id="fallback">The guide loads here.</p></div>`);
    const results = await r.page.evaluate(async (url) => {
      const { mount } = await import(url);
      const d = document.getElementById("d");
      const bad = [
        { get sections() { throw new Error("getter boom"); } },
        new Proxy({}, { ownKeys() { throw new Error("trap boom"); }, get() { throw new Error("trap boom"); }, has() { throw new Error("trap boom"); } }),
      ];
      const out = [];
      for (const options of bad) {
        try {
          await mount(d, options);
          out.push("mounted");
        } catch (error) {
          out.push({ message: String(error.message), shadow: !!d.shadowRoot });
        }
      }
      return out;
    }, `${env.widget.url}/skillpath.js`);
    for (const result of results) {
      assert.equal(typeof result, "object", "mount() rejected");
      assert.match(result.message, /^Skillpath: mount\(\) could not read its options/);
      assert.equal(result.shadow, false, "no shadow root left behind");
    }
    assert.ok(await drawn(r.page.locator("#fallback")), "the element's text still shows");
    await r.page.evaluate(async (url) => {
      const { mount } = await import(url);
      window.handle = await mount(document.getElementById("d"), { sections: "income" });
    }, `${env.widget.url}/skillpath.js`);
    await regions(r.page.locator("#d")).calc.getByLabel("Hourly rate", { exact: true }).fill("40");
    assert.equal(await r.page.locator("#d").evaluate((d) => d.shadowRoot.querySelectorAll(".sp").length), 1);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "a reader in forced-colors mode (Windows High Contrast)",
  "the question's progress bar shows its filled part in a system colour, distinct from its track",
  async () => {
    const r = await host(`<skill-path id="w" sections="guide"></skill-path>`);
    await r.page.emulateMedia({ forcedColors: "active" });
    const w = r.page.locator("skill-path#w");
    const g = regions(w).guide;
    for (let i = 0; i < 6; i++) {
      await w.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTION_COUNT}` }).waitFor();
      await g.getByRole("radio").first().check();
      await g.getByRole("button", { name: "Next" }).click();
    }
    const bar = w.getByRole("progressbar", { name: `Question 7 of ${QUESTION_COUNT}` });
    await bar.waitFor();
    await r.page.waitForTimeout(400); // the fill's transition
    const box = await bar.boundingBox();
    assert.ok(box.width > 100 && box.height >= 4, `the bar has a size: ${JSON.stringify(box)}`);
    // The drawn pixels, read back: the middle row's left end (filled) against its right end (track).
    const png = await bar.screenshot();
    const [filled, track] = await r.page.evaluate(async (bytes) => {
      const image = await createImageBitmap(new Blob([new Uint8Array(bytes)], { type: "image/png" }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const g = canvas.getContext("2d");
      g.drawImage(image, 0, 0);
      const y = Math.floor(image.height / 2);
      const at = (x) => [...g.getImageData(x, y, 1, 1).data.slice(0, 3)];
      return [at(Math.floor(image.width * 0.1)), at(Math.floor(image.width * 0.9))];
    }, [...png]);
    const distance = filled.reduce((s, v, i) => s + Math.abs(v - track[i]), 0);
    assert.ok(distance > 120, `the filled part (${filled}) stands out from the track (${track})`);
    await r.close();
  },
);

/** Copies the build to `dest` as another build: its hashed names get other hashes. */
function otherBuild(dest) {
  cpSync(DIST, dest, { recursive: true });
  const files = readdirSync(dest);
  const swap = new Map(
    files
      .map((f) => /-([0-9a-f]{16})(?:_bg)?\.[a-z]+$/.exec(f)?.[1])
      .filter(Boolean)
      .map((h) => [h, createHash("sha256").update(`other ${h}`).digest("hex").slice(0, 16)]),
  );
  const rewrite = (text) => text.replace(/[0-9a-f]{16}/g, (h) => swap.get(h) ?? h);
  for (const file of files) {
    const from = join(dest, file);
    if (/\.(js|css|html)$/.test(file)) writeFileSync(from, rewrite(readFileSync(from, "utf8")));
    if (rewrite(file) !== file) renameSync(from, join(dest, rewrite(file)));
  }
}

survives(
  "Host",
  "the script included twice from two addresses (skillpath.js and skillpath.js?v=2), and a copy of another build beside it",
  "the first copy runs every widget, each element holds one widget, the wasm loads once, and each later copy says once in the console which copy stands down",
  async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "skillpath-twice-"));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    otherBuild(dir);
    const other = await serve(dir, { headers: { "access-control-allow-origin": "*" } });
    t.after(() => other.close());
    const r = await host(`<skill-path id="w" storage-key="shared"></skill-path><div id="d"></div>`, {
      head: ["", "?v=2"].map((q) => `<script type="module" src="${env.widget.url}/skillpath.js${q}"></script>`).join("") + `<script type="module" src="${other.url}/skillpath.js"></script>`,
      script: false,
    });
    const w = r.page.locator("skill-path#w");
    await regions(w).guide.getByRole("radio").first().check();
    // mount() from the other build's copy, on the same storage key.
    await r.page.evaluate(async (url) => {
      const { mount } = await import(url);
      window.handle = await mount(document.getElementById("d"), { sections: "income", storageKey: "shared" });
    }, `${other.url}/skillpath.js`);
    const d = r.page.locator("#d");
    await regions(d).calc.getByLabel("Hourly rate", { exact: true }).fill("40");
    const widgets = await r.page.evaluate(() => ["w", "d"].map((id) => document.getElementById(id).shadowRoot.querySelectorAll(".sp").length));
    assert.deepEqual(widgets, [1, 1], "one widget per element");
    const wasm = r.requests.filter((u) => u.endsWith(".wasm"));
    assert.equal(wasm.length, 1, `the wasm loads once: ${wasm}`);
    assert.ok(wasm[0].startsWith(env.widget.url), "the first copy's wasm");
    const twice = r.warnings.filter((m) => /includes Skillpath more than once/.test(m));
    assert.equal(twice.length, 2, twice.join("\n"));
    assert.ok(twice.some((m) => m.includes("skillpath.js?v=2")) && twice.some((m) => m.includes(other.url)), twice.join("\n"));
    for (const m of twice) assert.ok(m.includes(`${env.widget.url}/skillpath.js `), `names the copy in use: ${m}`);
    await r.close();
  },
);

survives(
  "Host",
  "mount() called on an element that already holds a widget (a div mounted twice, a <skill-path>)",
  "mount() rejects with a sentence saying so; the widget already there goes on untouched, and after destroy() mount() works again",
  async () => {
    const r = await host(`<skill-path id="w"></skill-path><div id="d"></div>`);
    await regions(r.page.locator("skill-path#w")).guide.getByRole("radio").first().check();
    const results = await r.page.evaluate(async (url) => {
      const { mount } = await import(url);
      const d = document.getElementById("d");
      const first = await mount(d, { sections: "income" });
      const out = [];
      for (const element of [d, document.getElementById("w")]) {
        try {
          await mount(element, { sections: "profile" });
          out.push("mounted");
        } catch (error) {
          out.push(String(error.message));
        }
      }
      out.push(["w", "d"].map((id) => document.getElementById(id).shadowRoot.querySelectorAll(".sp").length));
      first.destroy();
      window.handle = await mount(d, { sections: "profile" });
      return out;
    }, `${env.widget.url}/skillpath.js`);
    assert.match(results[0], /^Skillpath: this element already holds a widget/);
    assert.match(results[1], /^Skillpath: this element already holds a widget/);
    assert.deepEqual(results[2], [1, 1], "nothing stacked");
    assert.ok(await regions(r.page.locator("skill-path#w")).guide.getByRole("radio").first().isChecked(), "the first widget kept its answer");
    await regions(r.page.locator("#d")).profile.waitFor();
    assert.equal(await r.page.locator("#d").evaluate((d) => d.shadowRoot.querySelectorAll(".sp").length), 1);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);
