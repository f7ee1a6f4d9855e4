// Hostile text in every text field: markup, direction overrides, joiners,
// emoji, control characters and 1 MB pastes. The widget shows text as text,
// refuses what breaks its rules with a message, and never drops what was typed.
import assert from "node:assert/strict";
import { openChapter } from "../support.mjs";
import { survives, environment, openPage, regions, described, sideways, injected } from "./survives.mjs";

const env = environment();

/** Every text field of the widget, as [label, region name] pairs; the sample row is added first. */
const FIELDS = [
  ["Headline", "profile"],
  ["Time zone", "profile"],
  ["Title", "profile"],
  ["Scenario name", "calc"],
];

/** The calculator and the plan on their own (it opens on the calculator). */
async function open(options) {
  const opened = await openPage(env, `${env.server.url}/?sections=income+profile`, options);
  const r = regions(opened.page);
  await openChapter(opened.page, "Your plan");
  await r.profile.getByLabel("Headline").waitFor();
  await r.profile.getByRole("button", { name: "Add a work sample" }).click();
  return { ...opened, ...r };
}

/** The field labelled `label` in its chapter, which is opened if another is on show. */
async function field(r, label, where) {
  if (!(await r[where].isVisible())) await openChapter(r.page, where === "calc" ? "Income" : "Your plan");
  return r[where].getByLabel(label, { exact: true });
}

survives(
  "Text",
  "markup, a right-to-left override, zero-width joiners and emoji in every text field and list",
  "kept exactly as typed and shown as inert text",
  async () => {
    const r = await open();
    const texts = ['"><img src=x onerror=alert(1)>', "\u202Egnp.exe", "👩\u200D💻 zero\u200Bwidth", "<script>alert(1)</script>"];
    for (const text of texts) {
      for (const [label, where] of FIELDS) {
        const box = await field(r, label, where);
        await box.fill(text);
        assert.equal(await box.inputValue(), text, `${label} keeps ${JSON.stringify(text)}`);
        assert.equal(await box.getAttribute("aria-invalid"), null, `${label} accepts ${JSON.stringify(text)}`);
      }
      const strengths = await field(r, "Strengths", "profile");
      await strengths.fill(text);
      await strengths.press("Enter");
    }
    const chips = await r.profile.getByRole("list", { name: "Strengths added" }).getByRole("listitem").allTextContents();
    for (const text of texts) assert.ok(chips.includes(`${text}×`), `the chip shows ${JSON.stringify(text)}`);
    // The scenario's card shows the name as typed, as text.
    assert.ok((await r.page.locator(".sp-compare").textContent()).includes("<script>alert(1)</script>"));
    assert.equal(await injected(r.page), 0);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Text",
  "tabs, line feeds pasted in one line, NUL, escape and bell characters in every text field",
  "refused with a one-line message; the text stays in the field",
  async () => {
    const r = await open();
    for (const text of ["a\tb", "a\u0000b", "\u001b[31mred", "ding\u0007"]) {
      for (const [label, where] of FIELDS) {
        const box = await field(r, label, where);
        await box.fill(text);
        await box.blur();
        assert.equal(await box.inputValue(), text);
        assert.equal(await box.getAttribute("aria-invalid"), "true", `${label} refuses ${JSON.stringify(text)}`);
        assert.match(await described(box), /line break or another control character/);
      }
      const tools = await field(r, "Tools", "profile");
      await tools.fill(text);
      await tools.press("Enter");
      assert.equal(await tools.inputValue(), text, "a refused item stays in its box");
      assert.match(await described(tools), /control character/);
    }
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Text",
  "a 1 MB paste into every text and number field, on a 360 px phone",
  "refused with its limit in words; the paste stays in the field; nothing scrolls sideways",
  async () => {
    const r = await open({ width: 360, height: 800 });
    const paste = "7".repeat(1_000_000);
    const limits = {
      Headline: /longer than 120 characters/,
      "Time zone": /longer than 64 characters/,
      Title: /longer than 120 characters/,
      "Scenario name": /40 characters or fewer/,
      "Hourly rate": /100,000/,
      "Target annual income": /873,600,000/,
    };
    for (const [label, where] of [...FIELDS, ["Hourly rate", "calc"], ["Target annual income", "calc"]]) {
      const box = await field(r, label, where);
      const started = Date.now();
      await box.fill(paste);
      await box.blur();
      await r.page.waitForFunction(
        (el) => el.getAttribute("aria-invalid") === "true",
        await box.elementHandle(),
      );
      const took = Date.now() - started;
      assert.ok(took < 5000, `${label} answered in ${took} ms`);
      assert.equal((await box.inputValue()).length, paste.length, `${label} keeps the paste`);
      assert.match(await described(box), limits[label]);
      assert.ok((await sideways(r.page)) <= 0, `${label}: the page scrolls sideways`);
    }
    const domains = await field(r, "Domains", "profile");
    await domains.fill(paste);
    await domains.press("Enter");
    assert.match(await described(domains), /longer than 80 characters/);
    assert.equal((await domains.inputValue()).length, paste.length);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Text",
  "a 1 MB paste, saved in this browser and resumed after a reload",
  "its first 2,000 characters come back with the same message; the saved value stays readable",
  async () => {
    const r = await open();
    const headline = await field(r, "Headline", "profile");
    await headline.fill("é".repeat(1_000_000));
    await r.page.getByText("Your progress is saved in this browser, on this device only.").waitFor();
    const stored = await r.page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith("skillpath")).map(([k, v]) => [k, v.length]));
    assert.equal(stored.length, 1, "one key, nothing put aside");
    assert.ok(stored[0][1] < 20_000, `${stored[0][1]} characters stored`);
    await r.page.reload();
    await r.page.getByRole("button", { name: "Resume", exact: true }).click();
    const back = await field({ ...regions(r.page), page: r.page }, "Headline", "profile");
    assert.equal(await back.inputValue(), "é".repeat(2000));
    await back.focus();
    await back.blur();
    assert.match(await described(back), /longer than 120 characters/);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);
