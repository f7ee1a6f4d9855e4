// The widget's files failing to arrive: the wasm missing, truncated or served
// with the wrong type, the glue missing. The reader gets words and a way to try
// again, never a blank box; once the files are back, Try again starts it.
import assert from "node:assert/strict";
import { QUESTION_COUNT } from "../support.mjs";
import { survives, environment, openPage, regions } from "./survives.mjs";

const env = environment();

/** Opens the page with `fault` answering every request matching `pattern`. */
async function openWith(pattern, fault) {
  // No service worker: it would precache the faulty file and answer Try
  // again from that copy (offline.test.mjs covers it).
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, serviceWorkers: "block" });
  await context.route(pattern, fault);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${env.server.url}/`);
  return { context, page, errors };
}

/** Answers with the first half of the real file, with status 200. */
async function cutShort(route) {
  const response = await route.fetch();
  const body = await response.body();
  await route.fulfill({ response, body: body.subarray(0, body.length >> 1) });
}

async function failsThenRecovers(pattern, fault) {
  const r = await openWith(pattern, fault);
  const host = r.page.locator("skill-path");
  const alert = host.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not start here/);
  const retry = host.getByRole("button", { name: "Try again" });
  // Still failing: the same words again, and focus stays on the button.
  await retry.click();
  await alert.waitFor();
  assert.equal(await retry.evaluate((b) => b.getRootNode().activeElement === b), true, "focus back on Try again");
  // The files are back.
  await r.context.unroute(pattern);
  await retry.click();
  const { guide } = regions(r.page);
  await guide.getByRole("radio").first().check();
  await guide.getByRole("button", { name: "Next" }).click();
  await r.page.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
  assert.deepEqual(r.errors, []);
  await r.context.close();
}

survives(
  "Loading",
  "the wasm file missing (404)",
  "a readable message with Try again, which starts the widget once the file is back",
  () => failsThenRecovers("**/*.wasm", (route) => route.fulfill({ status: 404, body: "not found" })),
);

survives(
  "Loading",
  "the wasm file arriving cut short (half its bytes, with status 200)",
  "a readable message with Try again, which starts the widget once the file is whole",
  () => failsThenRecovers("**/*.wasm", cutShort),
);

survives(
  "Loading",
  "the script's glue module missing (404)",
  "a readable message with Try again, which starts the widget once the file is back",
  () => failsThenRecovers(/skillpath-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: "not found" })),
);

survives(
  "Loading",
  "the wasm file served as text/plain",
  "the widget starts anyway (compiled from its bytes)",
  async () => {
    const r = await openWith("**/*.wasm", async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), "content-type": "text/plain" } });
    });
    const { guide } = regions(r.page);
    await guide.getByRole("radio").first().check();
    assert.deepEqual(r.errors, []);
    await r.context.close();
  },
);

survives(
  "Loading",
  "a damaged wasm file reaching the service worker's offline copy",
  "not kept: the worker refuses to install, and the next visit with the whole file works and installs",
  async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 800 } });
    await context.route("**/*.wasm", cutShort);
    const page = await context.newPage();
    await page.goto(`${env.server.url}/`);
    await page.locator("skill-path").getByRole("alert").waitFor();
    // The worker's install ran (it fetched the damaged file too) and left nothing behind.
    await page.waitForFunction(async () => !(await navigator.serviceWorker.getRegistration())?.installing, null, { timeout: 15000 });
    await page.waitForTimeout(500);
    assert.deepEqual(await page.evaluate(() => caches.keys()), []);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
    await context.unroute("**/*.wasm", cutShort);
    await page.reload();
    await regions(page).guide.getByRole("radio").first().check();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, { timeout: 15000 });
    assert.equal((await page.evaluate(() => caches.keys())).length, 1);
    await context.close();
  },
);
