// Share links where the page is not the simple one: a link followed on the
// page already open (only the fragment changes, so nothing reloads), and a
// link made inside the iframe page, whose own address a reader never sees.
import assert from "node:assert/strict";
import { hostPage, finishGuide, answer, saved, shareLink, PATHS, QUESTION_COUNT } from "../support.mjs";
import { survives, environment, openPage, regions } from "./survives.mjs";

const env = environment({ widgetOrigin: true });

/** A share link to the Generalist result, made by finishing the guide in `url`'s page. */
async function generalistLink(url) {
  const r = await openPage(env, url);
  await finishGuide(r.page, PATHS.Generalist);
  const link = await shareLink(r.page);
  await r.close();
  return link;
}

survives(
  "Host",
  "a share link followed on the page already open (only #share= changes, nothing reloads), with saved work",
  "the widget opens on the shared result and offers the reader's own progress back",
  async () => {
    const link = await generalistLink(`${env.server.url}/`);
    const r = await openPage(env, `${env.server.url}/`);
    const { page } = r;
    await regions(page).guide.waitFor();
    await answer(page, PATHS.Specialist, 3);
    await saved(page);
    await page.evaluate((hash) => (location.hash = hash), new URL(link).hash);
    await regions(page).guide.getByRole("heading", { name: "Shared result: Generalist" }).waitFor();
    assert.equal(await page.getByRole("region", { name: "Welcome back" }).count(), 0, "nothing of the reader's above someone else's result");
    await regions(page).guide.getByRole("button", { name: "Take the guide yourself" }).click();
    await page.getByRole("region", { name: "Welcome back" }).getByText(`3 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    await page.getByRole("region", { name: "Welcome back" }).getByRole("button", { name: "Resume" }).click();
    await page.getByRole("progressbar", { name: `Question 4 of ${QUESTION_COUNT}` }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "a share link made inside the iframe page on another site's page",
  "the link opens the guide on its own page (never embed.html), and says so; opened, it shows the result",
  async () => {
    const site = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,"></head>
      <body><iframe title="Skillpath" style="width:100%;height:4000px" src="${env.widget.url}/embed.html?sections=guide"></iframe></body></html>`);
    const r = await openPage(env, site.url);
    const frame = r.page.frameLocator("iframe");
    await finishGuide(frame, PATHS.Generalist);
    const link = await shareLink(frame);
    assert.ok(link.startsWith(`${env.widget.url}/#share=`), link);
    await frame.getByText("the link opens the guide on its own page instead").waitFor();
    const opened = await r.context.newPage();
    await opened.goto(link);
    await regions(opened).guide.getByRole("heading", { name: "Shared result: Generalist" }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
    await site.close();
  },
);

survives(
  "Storage",
  "two share links opened one after the other over the reader's own saved work, then a normal visit",
  "a shared result is never saved as the reader's: their own work is what Welcome back offers",
  async () => {
    const generalist = await generalistLink(`${env.server.url}/`);
    const r = await openPage(env, `${env.server.url}/`);
    const { page } = r;
    await regions(page).guide.waitFor();
    await answer(page, PATHS.Specialist, 6);
    await saved(page);
    for (const hash of [new URL(generalist).hash, new URL(generalist).hash.replace(/.$/, (c) => c)]) {
      await page.goto(`${env.server.url}/${hash}`);
      await regions(page).guide.getByRole("heading", { name: "Shared result: Generalist" }).waitFor();
      await page.getByText("Someone shared this result with you.").waitFor();
      await page.goto("about:blank");
    }
    await page.goto(`${env.server.url}/`);
    const offer = page.getByRole("region", { name: "Welcome back" });
    await offer.getByText(`6 of ${QUESTION_COUNT} guide answers`, { exact: false }).waitFor();
    await offer.getByRole("button", { name: "Resume" }).click();
    await page.getByRole("progressbar", { name: `Question 7 of ${QUESTION_COUNT}` }).waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);
