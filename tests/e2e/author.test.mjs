// End to end: the page author's part of the widget, on host pages of another
// origin — the next step (general and per outcome, slots and options), the
// intro, hostile slot content, the iframe page's options with hostile values,
// parts and custom properties styled by the host, readable ink on extreme
// accents, the skillpath-step sequence over a whole walk, and the frame's
// events re-dispatched on the <iframe> element.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { PATHS, QUESTION_COUNT, axe, finishGuide, guide, hostPage, openChapter, shot, startWithWidgetOrigin, watched } from "./support.mjs";

let env, widget;
before(async () => {
  env = await startWithWidgetOrigin();
  widget = env.widget;
});
after(async () => {
  await env?.close();
});

/** A host page of another origin with `body` and the one script tag. */
async function host(body, { head = "", width = 1280, media } = {}) {
  const page = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,">${head}
    <script type="module" src="${widget.url}/skillpath.js"></script></head><body><main><h1>Module 1</h1>${body}</main></body></html>`);
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: media });
  const w = await watched(context);
  await w.page.addInitScript(() => {
    window.__events = [];
    for (const type of ["skillpath-result", "skillpath-income", "skillpath-export", "skillpath-step"]) {
      document.addEventListener(type, (e) => window.__events.push({ type, on: e.target.id || e.target.localName, detail: e.detail }));
    }
  });
  await w.page.goto(page.url);
  return { ...w, context, close: async () => (await context.close(), await page.close()) };
}

const events = (page, type) => page.evaluate((t) => window.__events.filter((e) => e.type === t).map((e) => e.detail), type);
const nextStep = (scope) => guide(scope).getByRole("region", { name: "Where to go from here" });

test("the author's next step shows on the result only: the outcome's own slot, else the general one; the intro replaces ours", async () => {
  const { page, log, close } = await host(`
    <skill-path id="w" sections="guide">
      <p slot="intro" id="intro">Our course team wrote this guide for the first week of the programme.</p>
      <div slot="next-step" id="general"><p>Everyone starts with Module 2.</p><a href="https://example.org/module-2">Open Module 2</a></div>
      <a slot="next-step-specialist" id="deep" href="https://example.org/deep-track">Go to the deep track</a>
      <p>Loading the career guide…</p>
    </skill-path>`);
  const w = page.locator("skill-path#w");
  await w.getByRole("radio").first().waitFor();
  // The intro stands where the widget's own line was; nothing of the next step yet.
  await w.getByText("Our course team wrote this guide").waitFor();
  assert.equal(await w.getByText("A few minutes of questions").count(), 0, "our own intro gives way");
  const placed = () => page.evaluate(() => ["general", "deep"].map((id) => document.getElementById(id).assignedSlot?.name ?? null));
  assert.deepEqual(await placed(), [null, null], "nothing slotted is placed before the result");
  assert.equal(await w.getByText("Everyone starts with Module 2.").isVisible(), false);
  assert.equal(await nextStep(w).count(), 0);

  await finishGuide(w, PATHS["T-shaped"]);
  await nextStep(w).waitFor();
  assert.equal(await nextStep(w).getByRole("heading").textContent(), "Where to go from here");
  // Slotted content stays in the host's DOM: found there, shown in the frame.
  await page.getByRole("link", { name: "Open Module 2" }).waitFor();
  assert.deepEqual(await placed(), ["next-step", null], "a T-shaped result shows the general next step");
  assert.equal(await w.getByText("Our course team wrote this guide").isVisible(), false, "the intro belongs to the questions");
  // After the plan, before where the reader stands.
  const order = await w.evaluate((el) => {
    const r = el.shadowRoot;
    const y = (s) => r.querySelector(s).getBoundingClientRect().top;
    return [y(".sp-plan"), y(".sp-next"), y(".sp-closeness")];
  });
  assert.ok(order[0] < order[1] && order[1] < order[2], `placed after the plan: ${order}`);

  // Another walk, to another outcome: its own next step instead.
  await guide(w).getByRole("button", { name: "Start over" }).click();
  await finishGuide(w, PATHS.Specialist);
  await page.getByRole("link", { name: "Go to the deep track" }).waitFor();
  assert.deepEqual(await placed(), [null, "next-step-specialist"]);
  assert.equal(await w.getByText("Everyone starts with Module 2.").isVisible(), false, "the general one gives way");

  // The host changes its content live: the widget follows.
  await page.evaluate(() => document.getElementById("deep").remove());
  await page.getByRole("link", { name: "Open Module 2" }).waitFor();

  // Printed, the next step is there with its link written out.
  await page.emulateMedia({ media: "print" });
  assert.match(await nextStep(w).locator(".sp-next__links").innerText(), /Open Module 2: https:\/\/example\.org\/module-2/);
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(log.errors, []);
  await close();
});

test("hostile slot content (2,000 words, right-to-left text, an image that fails) never breaks the layout at 320 px", async () => {
  const words = Array.from({ length: 2000 }, (_, i) => (i % 97 === 0 ? "Supercalifragilisticexpialidociousandthensomemoreletterswithoutaspace" : "word")).join(" ");
  const { page, log, close } = await host(`
    <skill-path id="w" sections="guide">
      <div slot="next-step">
        <p>${words}</p>
        <p dir="rtl" lang="ar">الخطوة التالية: سجّل في الدورة المتقدمة الآن https://example.org/ar/very/long/path/without/any/break/in/it/at/all</p>
        <img src="/missing-image.png" width="2000" height="600" alt="A picture that does not load">
        <a href="https://example.org/next">Next module</a>
      </div>
    </skill-path>`, { width: 320 });
  const w = page.locator("skill-path#w");
  await finishGuide(w, PATHS.Generalist);
  await nextStep(w).waitFor();
  await page.getByRole("link", { name: "Next module" }).waitFor();
  const widths = await page.evaluate(() => {
    const card = document.querySelector("skill-path").shadowRoot.querySelector(".sp");
    return { page: document.scrollingElement.scrollWidth, view: innerWidth, card: card.scrollWidth, cardBox: card.clientWidth };
  });
  assert.ok(widths.page <= widths.view, `the page does not scroll sideways: ${JSON.stringify(widths)}`);
  assert.ok(widths.card <= widths.cardBox, `the card keeps its width: ${JSON.stringify(widths)}`);
  // The rest of the result is still there, below.
  await guide(w).getByRole("heading", { name: "Where you stand" }).scrollIntoViewIfNeeded();
  await shot(page, "next-step-hostile-320");
  assert.deepEqual(log.errors.filter((e) => !/missing-image|404/.test(e)), []);
  await close();
});

test("the iframe page takes the next step and the intro as text, and refuses hostile links and values", async () => {
  const big = "x".repeat(10_240);
  const cases = [
    // [query, what shows, whether a link is drawn (its href)]
    [`next-step=${encodeURIComponent("<b>Join</b> <img src=x onerror=alert(1)>")}&next-step-href=${encodeURIComponent("javascript:alert(1)")}`, "<b>Join</b> <img src=x onerror=alert(1)>", null],
    [`next-step=Docs&next-step-href=${encodeURIComponent("data:text/html,<script>alert(1)</script>")}`, "Docs", null],
    [`next-step=Relative&next-step-href=${encodeURIComponent("//evil.example/x")}`, "Relative", null],
    [`next-step=${big}&next-step-href=${encodeURIComponent("https://example.org/")}`, null, null],
    [`next-step=Home&next-step-href=${encodeURIComponent(`https://example.org/${big}`)}`, "Home", null],
    [`next-step=General&next-step-href=${encodeURIComponent("https://example.org/general")}&next-step-t-shaped=${encodeURIComponent("T track")}&next-step-t-shaped-href=${encodeURIComponent("https://example.org/t")}`, "T track", "https://example.org/t"],
  ];
  const context = await env.browser.newContext({ viewport: { width: 900, height: 900 } });
  for (const [query, shown, href] of cases) {
    const { page, log } = await watched(context);
    await page.goto(`${widget.url}/embed.html?sections=guide&intro=${encodeURIComponent("<i>Chosen</i> for this course")}&${query}`);
    await page.getByText("<i>Chosen</i> for this course").first().waitFor();
    await finishGuide(page, PATHS["T-shaped"]);
    if (shown === null) {
      assert.equal(await nextStep(page).count(), 0, `${query.slice(0, 60)}: nothing shows`);
    } else {
      await nextStep(page).getByText(shown, { exact: true }).waitFor();
      const links = nextStep(page).getByRole("link");
      assert.equal(await links.count(), href ? 1 : 0, `${query.slice(0, 60)}: a link only when it is http(s)`);
      if (href) {
        assert.equal(await links.getAttribute("href"), href);
        assert.equal(await links.getAttribute("target"), "_top", "it leaves the frame");
      }
      // Text is text: no element was made from it.
      assert.equal(await page.locator("skill-path").evaluate((el) => el.shadowRoot.querySelectorAll(".sp-next b, .sp-next img").length), 0);
    }
    if (!href) assert.ok(log.warnings.some((w) => /Skillpath: nextStep/.test(w)), `${query.slice(0, 60)}: warned: ${log.warnings}`);
    // (The iframe page has no icon of its own: the browser's favicon request is not the widget's.)
    assert.deepEqual(log.errors.filter((e) => !/status of 404/.test(e)), []);
    await page.close();
  }
  await context.close();
});

test("mount() takes nextStep and nextStepByOutcome with the same checks", async () => {
  const { page, log, close } = await host(`<div id="box"></div>`);
  await page.evaluate(async (url) => {
    const { mount } = await import(`${url}/skillpath.js`);
    window.handle = await mount(document.getElementById("box"), {
      sections: "guide",
      nextStep: { text: "General", href: "vbscript:msgbox(1)" },
      nextStepByOutcome: { Generalist: { text: "Broad track", href: "https://example.org/broad" }, hybrid: { text: "No such outcome" } },
    });
  }, widget.url);
  const box = page.locator("#box");
  await finishGuide(box, PATHS.Generalist);
  await nextStep(box).getByRole("link", { name: "Broad track" }).waitFor();
  assert.ok(log.warnings.some((w) => /nextStepByOutcome\["hybrid"\] is not generalist/.test(w)), log.warnings.join("\n"));
  await guide(box).getByRole("button", { name: "Start over" }).click();
  await finishGuide(box, PATHS["π-shaped"]);
  await nextStep(box).getByText("General", { exact: true }).waitFor();
  assert.equal(await nextStep(box).getByRole("link").count(), 0, "a vbscript: link is not drawn");
  assert.ok(log.warnings.some((w) => /nextStep link is not a link/.test(w)), log.warnings.join("\n"));
  // update() changes it live.
  await page.evaluate(() => window.handle.update({ nextStep: { text: "Now a link", href: "https://example.org/now" } }));
  await nextStep(box).getByRole("link", { name: "Now a link" }).waitFor();
  assert.deepEqual(log.errors, []);
  await close();
});

test("a host styles the named parts and the custom properties, and nothing else", async () => {
  const css = `<style>
    skill-path { --skillpath-font: Georgia, serif; --skillpath-radius: 3px; --skillpath-space: 1.25em; --skillpath-surface: rgb(250, 247, 240); --skillpath-text: rgb(20, 20, 20); }
    skill-path::part(primary-button) { background: rgb(1, 2, 3); color: rgb(255, 255, 255); }
    skill-path::part(choice) { border-width: 3px; }
    skill-path::part(card) { box-shadow: rgb(9, 9, 9) 0px 0px 0px 4px; }
    skill-path::part(heading) { letter-spacing: 2px; }
    skill-path::part(progress) { outline: 1px solid rgb(7, 7, 7); }
    skill-path .sp-button, skill-path button, .sp-choice { background: rgb(255, 0, 0) !important; border-width: 9px !important; }
  </style>`;
  const { page, close } = await host(`<skill-path id="w" sections="guide income"></skill-path>`, { head: css });
  const w = page.locator("skill-path#w");
  await w.getByRole("radio").first().check();
  const look = await w.evaluate((el) => {
    const r = el.shadowRoot;
    const s = (sel) => getComputedStyle(r.querySelector(sel));
    return {
      next: s(".sp-button--primary").backgroundColor,
      back: s(".sp-button--quiet").backgroundColor,
      choice: s(".sp-choice").borderTopWidth,
      card: s(".sp").boxShadow,
      font: s(".sp").fontFamily,
      surface: s(".sp").backgroundColor,
      text: s(".sp").color,
      radius: s(".sp").borderTopLeftRadius,
      heading: s("h2").letterSpacing,
      progress: s(".sp-progress").outlineColor,
      gap: s(".sp-header").marginBottom,
      size: parseFloat(s(".sp").fontSize),
    };
  });
  assert.equal(look.next, "rgb(1, 2, 3)", "::part(primary-button)");
  assert.notEqual(look.back, "rgb(255, 0, 0)", "host CSS reaches no other button");
  assert.equal(look.choice, "3px", "::part(choice)");
  assert.equal(look.card, "rgb(9, 9, 9) 0px 0px 0px 4px", "::part(card)");
  assert.match(look.font, /Georgia/);
  assert.equal(look.surface, "rgb(250, 247, 240)");
  assert.equal(look.text, "rgb(20, 20, 20)");
  assert.equal(look.radius, "3px");
  assert.equal(look.heading, "2px");
  assert.equal(look.progress, "rgb(7, 7, 7)");
  assert.equal(parseFloat(look.gap), 1.25 * look.size, "--skillpath-space scales the gaps");
  assert.deepEqual(await axe(page), []);
  await close();
});

/** WCAG contrast of two CSS colours, resolved through a canvas (any colour syntax). */
const contrastIn = (el, pairs) =>
  el.evaluate((host, pairs) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const x = canvas.getContext("2d", { willReadFrequently: true });
    const rgb = (css) => {
      x.clearRect(0, 0, 1, 1);
      x.fillStyle = "#808080";
      x.fillStyle = css;
      x.fillRect(0, 0, 1, 1);
      return [...x.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const lum = (c) => c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
    const ratio = (a, b) => {
      const [l1, l2] = [lum(rgb(a)), lum(rgb(b))].sort((p, q) => q - p);
      return (l1 + 0.05) / (l2 + 0.05);
    };
    const r = host.shadowRoot;
    return pairs.map(([sel, fg, bgSel, bg]) => {
      const f = getComputedStyle(r.querySelector(sel))[fg];
      const b = getComputedStyle(r.querySelector(bgSel))[bg];
      return { sel, f, b, ratio: Math.round(ratio(f, b) * 100) / 100 };
    });
  }, pairs);

test("extreme accents keep the widget's text readable: a pale yellow and a dark navy, light and dark", async () => {
  for (const [accent, theme] of [["#fff59d", "light"], ["#fff59d", "dark"], ["#0a1f44", "light"], ["#0a1f44", "dark"], ["#ffffff", "light"], ["#000000", "dark"]]) {
    const { page, close } = await host(`<skill-path id="w" sections="guide" theme="${theme}" style="--skillpath-accent: ${accent}"></skill-path>`);
    const w = page.locator("skill-path#w");
    await w.getByRole("radio").first().check();
    await finishGuide(w, PATHS["T-shaped"]);
    const pairs = await contrastIn(w, [
      [".sp-button--primary", "color", ".sp-button--primary", "backgroundColor"],
      [".sp-linkbutton", "color", ".sp", "backgroundColor"],
    ]);
    for (const p of pairs) assert.ok(p.ratio >= 4.5, `${accent} ${theme}: ${JSON.stringify(p)}`);
    assert.deepEqual(await axe(page), [], `${accent} ${theme}`);
    if (accent === "#fff59d") await shot(page, `accent-pale-${theme}`);
    await close();
  }
});

test("skillpath-step follows a whole walk, screen by screen, and carries nothing the reader chose or typed", async () => {
  const { page, close } = await host(`<skill-path id="w"></skill-path>`);
  const w = page.locator("skill-path#w");
  await finishGuide(w, PATHS["Comb-shaped"]);
  await openChapter(w, "Income");
  await w.getByLabel("Hourly rate", { exact: true }).fill("41");
  await openChapter(w, "Your plan");
  await page.waitForFunction((n) => window.__events.filter((e) => e.type === "skillpath-step").length >= n, QUESTION_COUNT + 3);
  const steps = await events(page, "skillpath-step");
  const total = QUESTION_COUNT + 1;
  const expected = [
    ...Array.from({ length: QUESTION_COUNT }, (_, i) => ({ section: "guide", screen: "question", index: i + 1, total })),
    { section: "guide", screen: "result", index: total, total },
    { section: "income", screen: "calculator", index: 1, total: 1 },
    { section: "profile", screen: "plan", index: 1, total: 1 },
  ];
  assert.deepEqual(steps, expected);
  // No choice id, amount or typed value in any detail.
  const said = JSON.stringify(steps);
  for (const id of PATHS["Comb-shaped"]) assert.ok(!said.includes(`"${id}"`), id);
  assert.ok(!said.includes("41"));
  await close();
});

test("frame.js re-dispatches the frame's events on the <iframe>; look-alike messages from anyone else change nothing", async () => {
  const page = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title><link rel="icon" href="data:,">
    <script src="${widget.url}/frame.js" async></script></head><body>
    <iframe id="guide" data-skillpath src="${widget.url}/embed.html?sections=guide" title="Skillpath career guide" style="width:100%;border:0"></iframe>
    <iframe id="evil" srcdoc="<p>an attacker's frame</p>" title="Something else"></iframe></body></html>`);
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const { page: p, log } = await watched(context);
  await p.addInitScript(() => {
    window.__heard = [];
    for (const type of ["skillpath-result", "skillpath-step", "skillpath-income", "skillpath-export"]) {
      document.addEventListener(type, (e) => window.__heard.push({ type, on: e.target.id, detail: e.detail }));
    }
  });
  await p.goto(page.url);
  const frame = p.frameLocator("#guide");
  await frame.getByRole("radio").first().waitFor();
  await p.waitForFunction(() => window.__heard.some((e) => e.type === "skillpath-step"));
  // Look-alikes: from the page itself, from another frame, and posted into the widget's frame.
  await p.evaluate(() => {
    const fake = { skillpath: "event", type: "skillpath-result", detail: { outcome: "fake" } };
    window.postMessage(fake, "*");
    document.getElementById("evil").contentWindow.parent.postMessage({ ...fake, detail: { outcome: "from-evil" } }, "*");
    document.getElementById("guide").contentWindow.postMessage(fake, "*");
    document.getElementById("guide").contentWindow.postMessage({ skillpath: "height", height: 5 }, "*");
  });
  const evil = p.frame({ url: "about:srcdoc" });
  await evil.evaluate(() => parent.postMessage({ skillpath: "event", type: "skillpath-result", detail: { outcome: "from-evil" } }, "*"));
  await finishGuide(frame, PATHS["π-shaped"]);
  await p.waitForFunction(() => window.__heard.some((e) => e.type === "skillpath-result"));
  const heard = await p.evaluate(() => window.__heard);
  const results = heard.filter((e) => e.type === "skillpath-result");
  assert.deepEqual(results.map((e) => [e.on, e.detail.outcome]), [["guide", "pi-shaped"]], "only the frame's own result");
  const steps = heard.filter((e) => e.type === "skillpath-step");
  assert.equal(steps.length, QUESTION_COUNT + 1);
  assert.ok(steps.every((e) => e.on === "guide"));
  assert.deepEqual(steps.at(-1).detail, { section: "guide", screen: "result", index: QUESTION_COUNT + 1, total: QUESTION_COUNT + 1 });
  assert.deepEqual(log.errors, []);
  await context.close();
  await page.close();
});
