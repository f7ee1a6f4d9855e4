// Host pages that do odd things: hostile option values, removing the element
// mid-change or before it has loaded, a 200 px container, a hidden container
// shown later, and junk posted to the iframe embed and its resizer.
import assert from "node:assert/strict";
import { hostPage, finishGuide, openChapter, PATHS, QUESTION_COUNT } from "../support.mjs";
import { survives, environment, openPage, regions, sideways, injected } from "./survives.mjs";

const env = environment({ widgetOrigin: true });

/** A host page of another origin with `body`, the one script tag, and `head`. */
async function host(body, { head = "", width = 1280 } = {}) {
  const served = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A blog post</title><link rel="icon" href="data:,">${head}
    <script type="module" src="${env.widget.url}/skillpath.js"></script></head><body>${body}</body></html>`);
  const opened = await openPage(env, served.url, { width });
  return { ...opened, close: async () => (await opened.close(), await served.close()) };
}

const HOSTILE = ['"><img src=x onerror=alert(1)>', "x".repeat(10_240), "en\u202EGB\u0000\u0007", "👩\u200D💻", "<script>alert(1)</script>"];

survives(
  "Host",
  "markup, 10 KB strings, NUL, bell and right-to-left override in sections, theme, currency, locale and storage-key",
  "one short warning per value, the default used, a working widget, no markup anywhere",
  async () => {
    for (const value of HOSTILE) {
      const r = await host(`<skill-path id="w"></skill-path>`);
      await r.page.evaluate((v) => {
        const el = document.getElementById("w");
        for (const name of ["sections", "theme", "currency", "locale", "storage-key"]) el.setAttribute(name, v);
      }, value);
      const w = r.page.locator("skill-path#w");
      const g = regions(w).guide;
      await g.getByRole("radio").first().check();
      await g.getByRole("button", { name: "Next" }).click();
      await w.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
      // Every chapter is there (the defaults), the calculator waiting for the result.
      await w.locator("input[id$='-edit-rate']").waitFor({ state: "attached" });
      const ours = r.warnings.filter((m) => m.startsWith("Skillpath:"));
      assert.ok(ours.length >= 1 && ours.length <= 5, `${ours.length} warnings for ${JSON.stringify(value.slice(0, 20))}`);
      for (const m of ours) {
        assert.ok(m.length < 300, `a short warning: ${m.slice(0, 80)}…`);
        assert.doesNotMatch(m, /[\u0000-\u001f\u202e]/, "no raw control or direction characters");
      }
      assert.equal(await injected(r.page), 0);
      assert.equal(await r.page.locator("img").count(), 0);
      assert.deepEqual(r.errors, []);
      await r.close();
    }
  },
);

survives(
  "Host",
  "the element removed in the middle of a screen change, and removed before the wasm has arrived",
  "no error; nothing left behind; a new element starts cleanly",
  async () => {
    const r = await host(`<div id="a"><skill-path id="w"></skill-path></div>`);
    // Removed at once, while skillpath.js is still fetching the wasm.
    await r.page.evaluate(() => document.getElementById("w").remove());
    await r.page.evaluate(() => document.getElementById("a").append(Object.assign(document.createElement("skill-path"), { id: "v" })));
    const v = r.page.locator("skill-path#v");
    const g = regions(v).guide;
    await g.getByRole("radio").first().check();
    // The click starts a screen change (and its transition); the element goes before it ends.
    await r.page.evaluate(() => {
      const el = document.getElementById("v");
      el.shadowRoot.querySelector("button.sp-button--primary").click();
      el.remove();
    });
    await r.page.waitForTimeout(300);
    await r.page.evaluate(() => document.getElementById("a").append(Object.assign(document.createElement("skill-path"), { id: "u" })));
    const u = r.page.locator("skill-path#u");
    await regions(u).guide.getByRole("radio").first().check();
    await regions(u).guide.getByRole("button", { name: "Next" }).click();
    await u.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
    assert.equal(await r.page.evaluate(() => document.querySelectorAll("skill-path").length), 1);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "a container 200 px wide",
  "every section stays usable; nothing sticks out of the container",
  async () => {
    const r = await host(`<div id="box" style="width:200px"><skill-path id="w"></skill-path></div>`);
    const w = r.page.locator("skill-path#w");
    const { calc, profile } = regions(w);
    const out = () => r.page.evaluate(() => {
      const box = document.getElementById("box").getBoundingClientRect();
      const root = document.getElementById("w").shadowRoot;
      return [...root.querySelectorAll("button, input, select, label, h2, p, svg")]
        .filter((el) => el.getClientRects().length)
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < box.left - 1 || r.right > box.right + 1;
        })
        .map((el) => `${el.tagName} ${el.textContent.slice(0, 30)}`);
    });
    assert.deepEqual(await out(), [], "a question");
    await finishGuide(w, PATHS["π-shaped"]);
    assert.deepEqual(await out(), [], "the result");
    await openChapter(w, "Income");
    await calc.getByLabel("Hourly rate", { exact: true }).fill("40");
    assert.deepEqual(await out(), [], "the calculator");
    await openChapter(w, "Your plan");
    await profile.getByLabel("Headline").fill("Fits in a narrow column");
    assert.deepEqual(await out(), [], "the plan");
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "an element inside display: none, shown later",
  "starts hidden, and when shown has its full size and works",
  async () => {
    const r = await host(`<div id="box" hidden><skill-path id="w"></skill-path></div>`);
    await r.page.waitForFunction(() => document.getElementById("w").shadowRoot?.querySelector(".sp"));
    await r.page.evaluate(() => (document.getElementById("box").hidden = false));
    const w = r.page.locator("skill-path#w");
    const g = regions(w).guide;
    // The first screen may be handing over to the widget: give it up to 5 s.
    let size = 0;
    for (let i = 0; i < 50 && size <= 500; i += 1) {
      size = await g.evaluate((el) => el.getBoundingClientRect().width).catch(() => 0);
      if (size <= 500) await r.page.waitForTimeout(100);
    }
    assert.ok(size > 500, `the guide is ${size} px wide`);
    await g.getByRole("radio").first().check();
    await g.getByRole("button", { name: "Next" }).click();
    await w.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
    const card = await w.locator(".sp-question-card").evaluate((el) => el.getBoundingClientRect().width);
    assert.ok(card > 500, `the question is ${card} px wide`);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "junk posted to the iframe embed and to frame.js: strings, null, 5 MB, negative, NaN and 10⁹ heights, from the frame and from elsewhere",
  "ignored: the frame keeps its height and the widget its state",
  async () => {
    const r = await host(
      `<iframe id="f" data-skillpath src="${env.widget.url}/embed.html?sections=guide" title="Skillpath career guide" width="100%"></iframe>`,
      { head: `<script src="${env.widget.url}/frame.js" async></script>` },
    );
    const frame = r.page.frameLocator("#f");
    // From the keyboard: a choice that stays on its question (a pointer's moves on).
    await frame.getByRole("radio").first().press("Space");
    await r.page.waitForFunction(() => document.getElementById("f").clientHeight > 300);
    const height = () => r.page.locator("#f").evaluate((el) => el.clientHeight);
    const before = await height();
    const junk = ["height", null, 42, { skillpath: "height" }, { skillpath: "height", height: -5 }, { skillpath: "height", height: "NaN" }, { skillpath: "height", height: 1e9 }, { skillpath: "height", height: "9".repeat(5_000_000) }, { skillpath: "reset" }];
    // Into the frame, from the host page.
    await r.page.evaluate((list) => {
      const target = document.getElementById("f").contentWindow;
      for (const m of list) target.postMessage(m, "*");
    }, junk);
    // To frame.js, from inside the frame (the right source, malformed data) and from the page itself.
    const inside = await (await r.page.locator("#f").elementHandle()).contentFrame();
    await inside.evaluate((list) => list.forEach((m) => parent.postMessage(m, "*")), junk);
    await r.page.evaluate((list) => list.forEach((m) => window.postMessage(m, "*")), [...junk, { skillpath: "height", height: 10 }]);
    await r.page.waitForTimeout(300);
    assert.equal(await height(), before);
    assert.ok(await frame.getByRole("radio").first().isChecked(), "the answer stayed");
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Host",
  "a page that enforces Trusted Types, and one that also forbids every policy",
  "the first screen shows through a policy of its own, or the loading note where none is allowed; the widget starts and works either way",
  async () => {
    const TT = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'">`;
    const NONE = `<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types 'none'">`;
    for (const [head, strict] of [[TT, false], [NONE, true]]) {
      const r = await host(`<skill-path id="w"></skill-path>`, { head });
      const w = r.page.locator("skill-path#w");
      const g = regions(w).guide;
      await g.getByRole("radio").first().check();
      await g.getByRole("button", { name: "Next" }).click();
      await w.getByRole("progressbar", { name: `Question 2 of ${QUESTION_COUNT}` }).waitFor();
      if (strict) {
        assert.ok(r.errors.length > 0 && r.errors.every((e) => /TrustedTypePolicy|skillpath-first-screen/.test(e)), r.errors.join("\n"));
      } else {
        assert.deepEqual(r.errors, []);
      }
      await r.close();
    }
  },
);
