// Should a bug still stop the widget (a Rust panic), the panic hook replaces
// it with words and a download of the reader's data. A host script that
// removes part of the widget's insides makes its renderer panic for real, so
// that is the fault these tests use.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { axe, finishGuide, openChapter, PATHS, QUESTION_COUNT } from "../support.mjs";
import { survives, environment, openPage, regions, described } from "./survives.mjs";

const env = environment();

/** Removes the profile section from under the renderer, then asks it to insert the calculator before it. */
const breakRenderer = (page) =>
  page.evaluate(() => {
    const host = document.querySelector("skill-path");
    host.shadowRoot.querySelector("section[aria-labelledby$=profile-title]").remove();
    host.setAttribute("sections", "guide income profile");
  });

async function open(init) {
  const opened = await openPage(env, `${env.server.url}/?sections=guide%20profile`, { init });
  const r = regions(opened.page);
  await finishGuide(opened.page, PATHS["T-shaped"]);
  await openChapter(opened.page, "Your plan");
  await r.profile.getByLabel("Headline").fill("Typed just before the error");
  return { ...opened, ...r };
}

async function downloaded(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download my data (JSON)" }).click()]);
  assert.equal(file.suggestedFilename(), "skillpath-my-data.json");
  return JSON.parse(await readFile(await file.path(), "utf8"));
}

survives(
  "Panic",
  "a bug that stops the widget (a host script removing part of its insides makes the renderer panic)",
  "the widget becomes a message with Download my data; the file holds everything typed; a reload offers Resume",
  async () => {
    const r = await open();
    await breakRenderer(r.page);
    const alert = r.page.getByRole("alert").filter({ hasText: "The career guide stopped on an error" });
    await alert.waitFor();
    assert.match(await alert.textContent(), /saved in this browser: reload the page and choose Resume/);
    assert.deepEqual(await axe(r.page), []);
    const data = await downloaded(r.page);
    assert.equal(data.format, "skillpath-progress");
    assert.equal(data.progress.profile.headline, "Typed just before the error");
    assert.equal(data.progress.guide.answers.length, QUESTION_COUNT);
    assert.ok(r.errors.some((e) => e.includes("Skillpath stopped on an error")), "the panic is logged for the page's developer");
    await r.page.reload();
    await r.page.getByRole("button", { name: "Resume", exact: true }).click();
    const back = regions(r.page);
    if (!(await back.profile.isVisible())) await openChapter(r.page, "Your plan");
    assert.equal(await back.profile.getByLabel("Headline").inputValue(), "Typed just before the error");
    assert.equal(await described(back.profile.getByLabel("Headline")), "One line about you, as a profile's title, up to 120 characters.");
    await r.close();
  },
);

survives(
  "Panic",
  "the same bug where storage is blocked",
  "the message says nothing is saved here and offers the download; Import in a fresh page brings everything back",
  async () => {
    const r = await open(() =>
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      }),
    );
    await breakRenderer(r.page);
    const alert = r.page.getByRole("alert").filter({ hasText: "The career guide stopped on an error" });
    await alert.waitFor();
    assert.match(await alert.textContent(), /not saved in this browser: download it now/);
    const data = await downloaded(r.page);
    assert.equal(data.progress.profile.headline, "Typed just before the error");
    await r.close();

    // Elsewhere (another browser, another device): "Import it", offered
    // under the first question, takes the file back whole.
    const fresh = await openPage(env, `${env.server.url}/`);
    const { guide, profile } = regions(fresh.page);
    const [chooser] = await Promise.all([fresh.page.waitForEvent("filechooser"), fresh.page.getByRole("button", { name: "Import it" }).click()]);
    await chooser.setFiles({ name: "skillpath-my-data.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(data)) });
    await profile.getByRole("status").filter({ hasText: "Imported skillpath-my-data.json: the guide answers, scenarios and profile saved in it are back" }).waitFor();
    assert.equal(await profile.getByLabel("Headline").inputValue(), "Typed just before the error");
    await openChapter(fresh.page, "Your result");
    await guide.getByRole("heading", { name: "You lean T-shaped" }).waitFor();
    assert.deepEqual(fresh.errors, []);
    await fresh.close();
  },
);
