// Saved progress where a page's life is not the simple one: a single-page
// site that removes and re-creates the widget, a host that names its key
// like the widget's own housekeeping, and a reader who works on without
// answering "Welcome back". Nothing they did may end up where no one offers it.
import assert from "node:assert/strict";
import { hostPage, answer, saved, PATHS, QUESTION_COUNT } from "../support.mjs";
import { survives, environment, openPage, regions } from "./survives.mjs";

const env = environment({ widgetOrigin: true });
const PATH = PATHS["T-shaped"];

const keysOf = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("skillpath")).sort());

/** A page whose script adds and removes one <skill-path> without a storage-key, as a router would. */
async function routerPage() {
  return hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A single-page course</title><link rel="icon" href="data:,">
    <script type="module" src="${env.widget.url}/skillpath.js"></script>
    <script>
      window.route = (on) => {
        document.querySelector("skill-path")?.remove();
        if (on) document.querySelector("main").append(document.createElement("skill-path"));
      };
    </script></head><body><main><h1>Lesson</h1><skill-path></skill-path></main></body></html>`);
}

survives(
  "Storage",
  "a single-page site that removes the widget and adds it again (200 times), then a reload with another query string",
  "one key; the newest work is what Welcome back offers",
  async () => {
    const site = await routerPage();
    const r = await openPage(env, site.url);
    const { page } = r;
    await regions(page).guide.waitFor();
    await answer(page, PATH, 2);
    await saved(page);
    for (let i = 0; i < 200; i += 1) await page.evaluate(() => window.route(true));
    await regions(page).guide.waitFor();
    // Answer in the re-created widget: take the offer, go on to question 6.
    await page.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
    await answer(page, PATH, 5, 2);
    await saved(page);
    assert.deepEqual(await keysOf(page), ["skillpath.page:/#1"]);
    await page.goto(`${site.url}?utm_source=newsletter#section-2`);
    const offer = page.getByRole("region", { name: "Welcome back" });
    await offer.getByText(`Saved in this browser: 5 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
    await site.close();
  },
);

survives(
  "Storage",
  "storage-key probe (the name of the widget's own storage test), and another tab starting meanwhile",
  "the host's key is never the widget's own: the progress is offered after a reload",
  async () => {
    const site = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title><link rel="icon" href="data:,">
      <script type="module" src="${env.widget.url}/skillpath.js"></script></head>
      <body><skill-path storage-key="probe"></skill-path></body></html>`);
    const r = await openPage(env, site.url);
    const { page } = r;
    await regions(page).guide.waitFor();
    await answer(page, PATH, 3);
    await saved(page);
    const other = await r.context.newPage();
    await other.goto(site.url);
    await regions(other).guide.waitFor();
    await other.close();
    assert.deepEqual(await keysOf(page), ["skillpath:probe"]);
    await page.reload();
    await page.getByRole("region", { name: "Welcome back" }).getByText(`3 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
    await site.close();
  },
);

survives(
  "Storage",
  "a reader who leaves Welcome back unanswered, answers on and reloads",
  "the new work is saved and offered; the older progress is kept aside to switch back to",
  async () => {
    const r = await openPage(env, `${env.server.url}/`);
    const { page } = r;
    await regions(page).guide.waitFor();
    await answer(page, PATH, 2);
    await saved(page);
    await page.reload();
    await page.getByRole("region", { name: "Welcome back" }).waitFor();
    await answer(page, PATH, 9);
    await page.getByText(`Earlier progress is kept aside in this browser: 2 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    await saved(page);
    await page.reload();
    await page.getByRole("region", { name: "Welcome back" }).getByText(`9 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    await page.getByText(`Earlier progress is kept aside in this browser: 2 of ${QUESTION_COUNT}`, { exact: false }).waitFor();
    await page.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
    await page.getByRole("button", { name: "Switch to the earlier progress" }).click();
    await page.getByRole("progressbar", { name: `Question 3 of ${QUESTION_COUNT}` }).waitFor();
    await page.getByText(`Earlier progress is kept aside in this browser: 9 of ${QUESTION_COUNT}`, { exact: false }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);
