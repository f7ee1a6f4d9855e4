// The reader's journey on a 360 × 740 phone, measured with bounding boxes:
// one chapter at a time (the page no taller than the chapter on show), the
// question's heading in view and focused after every move, the primary
// action on screen without scrolling on every question, and a result whose
// hero (shape, name, summary, Share) fits the first screen. Then the same
// widget at 320 px with the text at 200 %: nothing scrolls sideways.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { finishGuide, focused, guide, income, openChapter, PATHS, picks, profile, QUESTION_COUNT, QUESTIONS, settled, start } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

const PHONE = { width: 360, height: 740 };

/** Whether `box` lies wholly inside the viewport. */
const inView = (box) => box && box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;

/**
 * The page's height, the widget's, the chapter on show's, what frames the
 * chapter inside the widget (its header, notes and footer), and the hidden
 * chapters' total height.
 */
function heights(page) {
  return page.evaluate(() => {
    const host = document.querySelector("skill-path");
    const root = host.shadowRoot;
    const chapters = [...root.querySelectorAll(".sp-chapter")];
    const shown = chapters.find((c) => !c.hidden);
    const height = (el) => el.getBoundingClientRect().height;
    return {
      page: document.documentElement.scrollHeight,
      widget: height(host),
      chapter: height(shown),
      frame: [...root.querySelector(".sp").children].filter((c) => !c.classList.contains("sp-chapter")).reduce((sum, c) => sum + height(c), 0),
      hidden: chapters.filter((c) => c.hidden).reduce((sum, c) => sum + height(c), 0),
    };
  });
}

/**
 * The page is the chapter on show and what frames it: inside the widget,
 * its header, notes and footer (with their gaps); outside, the page's title
 * and footer.
 */
async function oneChapter(page, what) {
  const h = await heights(page);
  assert.equal(h.hidden, 0, `${what}: the other chapters take no room`);
  assert.ok(h.widget - h.chapter - h.frame < 120, `${what}: the widget (${h.widget} px) is the chapter (${h.chapter} px), its frame (${h.frame} px) and their gaps`);
  assert.ok(h.page - h.widget < 300, `${what}: the page (${h.page} px) is the widget (${h.widget} px), the page's title and footer`);
}

for (const scheme of ["light", "dark"]) {
  test(`on a phone, the question is always in view and the hero fits the first screen (${scheme})`, async () => {
    const context = await env.browser.newContext({ viewport: PHONE, colorScheme: scheme, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto(env.server.url);
    const g = guide(page);
    const ids = picks(PATHS["T-shaped"]);
    await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
    await oneChapter(page, "question 1");
    for (const [i, choice] of ids.entries()) {
      await page.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTION_COUNT}` }).waitFor();
      const heading = g.getByRole("heading", { name: QUESTIONS[i].prompt });
      assert.ok(inView(await heading.boundingBox()), `question ${i + 1}: its heading is on screen`);
      if (i > 0) {
        const f = await settled(page);
        assert.equal(f.tag, "h2", `question ${i + 1}: the heading has focus`);
        assert.equal(f.text, QUESTIONS[i].prompt);
      }
      const last = i === ids.length - 1;
      const primary = g.getByRole("button", { name: last ? "See my result" : "Next" });
      assert.ok(inView(await primary.boundingBox()), `question ${i + 1}: ${last ? "See my result" : "Next"} is on screen without scrolling`);
      // A reader taps the answer (scrolling to it if need be); the next question follows.
      await g.getByRole("radio").nth(choice).tap();
      if (last) await primary.tap();
    }
    const hero = g.locator(".sp-hero");
    await g.getByRole("heading", { name: "You lean T-shaped" }).waitFor();
    assert.equal((await settled(page)).tag, "h2", "the result's heading has focus");
    for (const [what, part] of [
      ["the shape", hero.locator(".sp-hero__shape")],
      ["the name", hero.locator(".sp-hero__name")],
      ["the summary", hero.locator(".sp-hero__tagline")],
      ["Share", hero.getByRole("button", { name: "Share", exact: true })],
    ]) {
      assert.ok(inView(await part.boundingBox()), `${what} is in the first screen of the result`);
    }
    const shape = await hero.locator(".sp-hero__shape").boundingBox();
    assert.ok(shape.width >= PHONE.width / 3, `the shape is at least a third of the phone's width (${shape.width} px)`);
    // The outcome's name is the largest text on screen (the chapters not
    // shown, whose sizes follow their own width, aside).
    const sizes = await page.evaluate(() => {
      const root = document.querySelector("skill-path").shadowRoot;
      const name = parseFloat(getComputedStyle(root.querySelector(".sp-hero__name")).fontSize);
      const others = [...root.querySelectorAll(".sp *")].filter((el) => !el.closest(".sp-hero__name") && el.checkVisibility() && el.childNodes.length && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()));
      return { name, largest: Math.max(...others.map((el) => parseFloat(getComputedStyle(el).fontSize))) };
    });
    assert.ok(sizes.name > sizes.largest, `the name (${sizes.name} px) is larger than any other text (${sizes.largest} px)`);
    await oneChapter(page, "the result");

    // The other chapters, one at a time.
    await openChapter(page, "Income");
    await income(page).getByRole("heading", { name: "What could this pay?" }).waitFor();
    assert.equal((await settled(page)).text, "What could this pay?");
    await oneChapter(page, "the calculator");
    await openChapter(page, "Your plan");
    await profile(page).getByRole("heading", { name: "Your plan, ready to use" }).waitFor();
    await oneChapter(page, "the profile");
    assert.equal(await profile(page).locator(".sp-error").count(), 0, "a fresh profile shows no problem");
    await context.close();
  });
}

test("a calculator-only or profile-only embed opens on that chapter, with no guide header or navigation", async () => {
  for (const [sections, heading] of [["income", "What could this pay?"], ["profile", "Your plan, ready to use"]]) {
    const context = await env.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/?sections=${sections}`);
    await page.getByRole("heading", { name: heading }).waitFor();
    assert.equal(await page.getByRole("navigation", { name: "Chapters" }).count(), 0);
    assert.equal(await page.getByText("A few minutes of questions").count(), 0, "no guide header");
    assert.equal(await guide(page).count(), 0);
    await context.close();
  }
});

test("at 320 px with the text at 200 %, no screen scrolls sideways", async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 700 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  // The reader's default text size doubled (the widget sizes everything in em from it).
  await cdp.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
  await page.goto(env.server.url);
  const sideways = async (what) => {
    const { scroll, width } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, width: window.innerWidth }));
    assert.ok(scroll <= width, `${what}: ${scroll} px wide in a ${width} px window`);
  };
  await page.getByRole("progressbar", { name: `Question 1 of ${QUESTION_COUNT}` }).waitFor();
  const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector("skill-path").shadowRoot.querySelector(".sp")).fontSize));
  assert.equal(size, 32, "the text is at 200 %");
  await sideways("a question");
  await finishGuide(page, PATHS["Comb-shaped"]);
  await page.waitForTimeout(1000);
  await guide(page).getByText("How we worked this out").click();
  await guide(page).getByText("The link, and what it holds").click();
  await sideways("the result");
  await openChapter(page, "Income");
  await sideways("the calculator");
  await openChapter(page, "Your plan");
  await profile(page).getByText("For tools and developers").click();
  await sideways("the profile");
  await context.close();
});
