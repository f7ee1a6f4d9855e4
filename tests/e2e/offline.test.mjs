// End to end: the single-file offline copy opened from disk with no network,
// and the hosted page working offline after one visit (service worker).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, PATHS, answerByKeyboard, guide, income, openChapter, picks, start } from "./support.mjs";

const GENERALIST = picks(PATHS.Generalist);

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

test("the offline file works opened from disk with the network off", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  const page = await context.newPage();
  const outside = [];
  page.on("request", (r) => {
    if (!/^(file|data|blob):/.test(r.url())) outside.push(r.url());
  });
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(join(DIST, "skillpath-offline.html")).href);
  await answerByKeyboard(page, GENERALIST);
  await guide(page).getByRole("heading", { name: "You lean generalist" }).waitFor();
  await openChapter(page, "Income");
  await income(page).getByLabel("Hourly rate", { exact: true }).fill("30");
  assert.deepEqual(outside, [], "no request left the file");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the hosted page reloads offline after one online visit", async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await guide(page).getByRole("radio").first().waitFor();
  // The worker precaches the build, then takes control of this page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
  await context.setOffline(true);
  await page.reload();
  await guide(page).getByRole("radio").first().waitFor();
  await page.goto(`${env.server.url}/?sections=income`);
  await income(page).getByLabel("Hourly rate", { exact: true }).waitFor();
  assert.equal(await guide(page).count(), 0);
  await context.close();
});

test("the page is installable: a linked manifest with 192 and 512 px icons", async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  await page.goto(env.server.url);
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = await (await page.request.get(new URL(href, env.server.url + "/").href)).json();
  assert.equal(manifest.display, "standalone");
  assert.equal(manifest.start_url, "./");
  for (const size of ["192x192", "512x512"]) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    assert.ok(icon, `an icon of ${size}`);
    const response = await page.request.get(new URL(icon.src, env.server.url + "/").href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()["content-type"], "image/png");
  }
  await context.close();
});
