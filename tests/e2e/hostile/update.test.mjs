// The built site as hosts really serve it: with ordinary HTTP caching, one
// build deployed over another, two deployments on one origin, and the whole
// site under a sub-path. The service worker must keep each deployment's files
// whole and apart, and every URL in the build must work from any folder.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { DIST } from "../support.mjs";
import { serve } from "../../../scripts/serve-dist.mjs";
import { survives, environment, regions } from "./survives.mjs";

const env = environment();
const CACHED = { "cache-control": "max-age=600" };
// As a CDN that has held each file for a while says (Age): the reader's HTTP
// cache keeps them fresh for FRESH seconds more, then they are stale.
const FRESH = 20;
const AGEING = { ...CACHED, age: String(600 - FRESH) };

/** Every file under `dir`, as paths relative to it with "/" separators. */
function walk(dir, prefix = "") {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(dir, `${prefix}${e.name}/`) : [`${prefix}${e.name}`],
  );
}

/** A scratch folder, removed when the test ends. */
function scratch(t) {
  const dir = mkdtempSync(join(tmpdir(), "skillpath-update-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * Copies the build to `dest` as if it were another build: every hashed file
 * name and the service worker's build name get other hashes, in the names and
 * wherever a file mentions them. Returns both builds' names.
 */
function otherBuild(dest) {
  cpSync(DIST, dest, { recursive: true });
  const files = walk(dest);
  const hashed = files.map((f) => /-([0-9a-f]{16})(?:_bg)?\.[a-z]+$/.exec(f)?.[1]).filter(Boolean);
  const build = /const BUILD = "([0-9a-f]{16})"/.exec(readFileSync(join(dest, "sw.js"), "utf8"))?.[1];
  assert.ok(build && hashed.length >= 3, "the build has hashed files and a service worker");
  const swap = new Map([...new Set([...hashed, build])].map((h) => [h, createHash("sha256").update(`other ${h}`).digest("hex").slice(0, 16)]));
  const rewrite = (text) => text.replace(/[0-9a-f]{16}/g, (h) => swap.get(h) ?? h);
  for (const file of files) {
    const from = join(dest, file);
    if (!/\.(wasm|png)$/.test(file)) writeFileSync(from, rewrite(readFileSync(from, "utf8")));
    const to = join(dest, rewrite(file));
    if (to !== from) renameSync(from, to);
  }
  return { old: build, build: swap.get(build) };
}

/** Whether the widget started (a question to answer) or said it cannot. */
async function started(page) {
  const host = page.locator("skill-path");
  const radio = regions(page).guide.getByRole("radio").first();
  const alert = host.getByRole("alert");
  await Promise.race([radio.waitFor({ timeout: 20000 }), alert.waitFor({ timeout: 20000 })]);
  if (await alert.count()) return `cannot start: ${await alert.textContent()}`;
  await radio.check();
  await regions(page).guide.getByRole("button", { name: "Next" }).click();
  return "started";
}

/** The page's service-worker state: whether one controls it, one waits, and the cache names. */
const workerState = (page) =>
  page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { controlled: !!navigator.serviceWorker.controller, waiting: !!r?.waiting, installing: !!r?.installing, caches: await caches.keys() };
  });

/** Waits until a worker controls `page` and none is installing or waiting. */
async function settled(page) {
  await page.waitForFunction(
    async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return !!navigator.serviceWorker.controller && !r?.installing && !r?.waiting;
    },
    null,
    { timeout: 20000, polling: 100 },
  );
}

/** Checks for an update, and waits until a new worker has installed or given up (if one came). */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    const found = new Promise((done) => r.addEventListener("updatefound", () => done(r.installing), { once: true }));
    await r.update().catch(() => {});
    const worker = r.installing ?? (await Promise.race([found, new Promise((done) => setTimeout(() => done(null), 5000))]));
    if (!worker) return;
    await new Promise((done) => {
      const over = () => ["installed", "activating", "activated", "redundant"].includes(worker.state) && done();
      worker.addEventListener("statechange", over);
      over();
    });
  });
}

/** The reader closes `page` and comes back to `url` until build `next`'s worker is in charge; returns the page. */
async function untilNewWorker(context, page, url, next) {
  for (let visit = 0; ; visit++) {
    await page.close();
    page = await context.newPage();
    await page.goto(url);
    await settled(page);
    const state = await workerState(page);
    if (state.caches.some((k) => k.endsWith(next.build))) {
      assert.ok(!state.caches.some((k) => k.endsWith(next.old)), `the old build's cache is gone: ${state.caches}`);
      return page;
    }
    assert.ok(visit < 5, `the new worker never took over: ${JSON.stringify(state)}`);
  }
}

survives(
  "Loading",
  "a new build deployed over one a reader has visited, served with Cache-Control: max-age=600",
  "the new worker takes the new build whole, past the HTTP cache, or not at all: after the update the page starts, online and offline",
  async (t) => {
    const root = scratch(t);
    const site = join(root, "site");
    const next = otherBuild(join(root, "b"));
    cpSync(DIST, site, { recursive: true });
    const server = await serve(site, { headers: AGEING });
    t.after(() => server.close());
    const context = await env.browser.newContext();
    t.after(() => context.close());

    const visited = Date.now();
    let page = await context.newPage();
    await page.goto(`${server.url}/`);
    assert.equal(await started(page), "started");
    await settled(page);

    // Build B replaces build A on the server: A's hashed files are gone.
    rmSync(site, { recursive: true, force: true });
    cpSync(join(root, "b"), site, { recursive: true });
    // The reader comes back while build A's files are still fresh in the HTTP
    // cache: the new worker installs then.
    await page.reload();
    await checkForUpdate(page);
    // Later the HTTP cache's copies of build A are stale (the server no longer has A).
    await new Promise((done) => setTimeout(done, Math.max(0, visited + (FRESH + 1) * 1000 - Date.now())));
    page = await untilNewWorker(context, page, `${server.url}/`, next);
    await page.reload();
    assert.equal(await started(page), "started", "online, after the update");
    await context.setOffline(true);
    await page.reload();
    assert.equal(await started(page), "started", "offline, after the update");
  },
);

survives(
  "Loading",
  "a server in the middle of a deploy: the new build's files, but the old build's index.html",
  "the new worker refuses to install; the old build keeps the page whole, online and offline, and once the deploy is complete the next visit installs the new one",
  async (t) => {
    const root = scratch(t);
    const site = join(root, "site");
    const next = otherBuild(join(root, "b"));
    cpSync(DIST, site, { recursive: true });
    const server = await serve(site, { headers: CACHED });
    t.after(() => server.close());
    const context = await env.browser.newContext();
    t.after(() => context.close());

    let page = await context.newPage();
    await page.goto(`${server.url}/`);
    assert.equal(await started(page), "started");
    await settled(page);

    // Half deployed: build B's files, build A's page.
    rmSync(site, { recursive: true, force: true });
    cpSync(join(root, "b"), site, { recursive: true });
    cpSync(join(DIST, "index.html"), join(site, "index.html"));
    await checkForUpdate(page);
    const state = await workerState(page);
    assert.equal(state.waiting, false, "no worker waits with a mixed set");
    assert.deepEqual(state.caches.map((k) => k.endsWith(next.old)), [true], `only build A's cache: ${state.caches}`);
    await page.close();
    page = await context.newPage();
    await page.goto(`${server.url}/`);
    assert.equal(await started(page), "started", "online, from build A's copy");
    await context.setOffline(true);
    await page.reload();
    assert.equal(await started(page), "started", "offline, from build A's copy");

    // The deploy completes.
    await context.setOffline(false);
    cpSync(join(root, "b", "index.html"), join(site, "index.html"));
    await page.reload();
    await checkForUpdate(page);
    page = await untilNewWorker(context, page, `${server.url}/`, next);
    assert.equal(await started(page), "started", "build B");
  },
);

survives(
  "Loading",
  "two deployments of different builds under two paths of one origin, each visited once",
  "each keeps its own offline copy: the second worker neither deletes nor serves the first one's files",
  async (t) => {
    const root = scratch(t);
    cpSync(DIST, join(root, "one"), { recursive: true });
    const two = otherBuild(join(root, "two"));
    const server = await serve(root, { headers: CACHED });
    t.after(() => server.close());
    const context = await env.browser.newContext();
    t.after(() => context.close());

    const first = await context.newPage();
    await first.goto(`${server.url}/one/`);
    assert.equal(await started(first), "started");
    await settled(first);
    const second = await context.newPage();
    await second.goto(`${server.url}/two/`);
    assert.equal(await started(second), "started");
    await settled(second);
    await second.close();

    const { caches } = await workerState(first);
    assert.equal(caches.length, 2, `one cache per deployment: ${caches}`);
    assert.ok(caches.some((k) => k.endsWith(two.build)) && caches.some((k) => k.endsWith(two.old)), String(caches));
    await context.setOffline(true);
    for (const path of ["/one/", "/two/"]) {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      assert.equal(await started(page), "started", `${path} offline`);
      await page.close();
    }
    await first.close();
  },
);

survives(
  "Loading",
  "the built site copied into a sub-path (/skillpath/) of another site",
  "every page, style, script and icon loads from that folder: no request outside it, no 404, the pages styled",
  async (t) => {
    // Every URL a built file gives is relative (schema identifiers are names, not addresses).
    for (const file of walk(DIST).filter((f) => /\.(html|css|js|webmanifest)$/.test(f))) {
      const text = readFileSync(join(DIST, file), "utf8");
      const rooted = /\b(?:href|src|action|start_url|scope)\s*[=:]\s*["']?\/(?!\/)[^"'\s>]*|url\(\s*["']?\/(?!\/)[^)]*\)/.exec(text);
      assert.equal(rooted, null, `${file} gives a URL from the site root: ${rooted?.[0]}`);
    }

    const root = scratch(t);
    cpSync(DIST, join(root, "skillpath"), { recursive: true });
    const server = await serve(root);
    t.after(() => server.close());
    const context = await env.browser.newContext({ serviceWorkers: "block" });
    t.after(() => context.close());
    const page = await context.newPage();
    const wrong = [];
    page.on("response", (r) => {
      const path = new URL(r.url()).pathname;
      // /favicon.ico is the browser's own guess for a page without an icon.
      if (path !== "/favicon.ico" && (r.status() >= 400 || !path.startsWith("/skillpath/"))) wrong.push(`${r.status()} ${r.url()}`);
    });
    page.on("requestfailed", (r) => wrong.push(`failed ${r.url()}`));

    await page.goto(`${server.url}/skillpath/`);
    assert.equal(await started(page), "started");
    const font = () => page.evaluate(() => getComputedStyle(document.body).fontFamily);
    const widgetStyled = () => page.locator(".sp").first().evaluate((el) => getComputedStyle(el).colorScheme !== "normal");
    assert.match(await font(), /system-ui/, "the page's styles apply");
    assert.ok(await widgetStyled(), "the widget's styles apply");
    const icon = await page.evaluate(() => document.querySelector('link[rel="icon"]')?.href);
    assert.ok(icon?.startsWith(`${server.url}/skillpath/`), `the icon comes from the folder: ${icon}`);
    assert.equal((await page.request.get(icon)).status(), 200, "the icon is there");

    for (const [path, family] of [["embed.html?sections=guide", /system-ui/], ["demo/blog.html", /Georgia/]]) {
      await page.goto(`${server.url}/skillpath/${path}`);
      await regions(page).guide.getByRole("radio").first().waitFor();
      assert.match(await font(), family, `${path}: the page's styles apply`);
      assert.ok(await widgetStyled(), `${path}: the widget's styles apply`);
    }
    assert.deepEqual(wrong, []);
  },
);
