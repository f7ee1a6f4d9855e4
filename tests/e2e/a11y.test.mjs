// End to end: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice) on
// every screen and state of the widget, in the light and the dark theme: each
// guide step, the review, the result (with its shape drawn large and its
// disclosures open), the calculator showing a refused value and an
// unreachable target, the plan showing its problems summary, a refused import
// and a refused list item, a shared result, and the "Welcome back" offer
// after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, guide, income, profile as plan, openChapter, picks, PATHS, QUESTION_COUNT } from "./support.mjs";

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

for (const theme of ["light", "dark"]) {
  test(`axe finds nothing on any screen, ${theme} theme`, async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: theme, locale: "en-US" });
    const page = await context.newPage();
    await page.goto(`${env.server.url}/?theme=${theme}`);
    const g = guide(page);
    const check = async (where) => assert.deepEqual(await axe(page), [], `${where} (${theme})`);

    const all = picks(PATHS.Specialist);
    for (const [i, choice] of all.entries()) {
      await page.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTION_COUNT}` }).waitFor();
      if (i === 0) await check("question 1, nothing chosen");
      await g.getByRole("radio").nth(choice).press("Space");
      await check(`question ${i + 1}, answered`);
      if (i + 1 < all.length) await g.getByRole("button", { name: "Next" }).click();
    }
    await g.getByRole("button", { name: "Check my answers" }).click();
    await g.getByRole("heading", { name: "Check your answers" }).waitFor();
    await check("review");
    await g.getByRole("button", { name: "See my result" }).click();
    await g.getByRole("heading", { name: "You lean specialist" }).waitFor();
    await g.getByRole("img", { name: "A single stem down: one field, known very deeply." }).waitFor();
    await check("result");
    await g.getByText("How we worked this out").click();
    await g.getByText("The link, and what it holds").click();
    await check("result, every disclosure open");
    const link = await g.getByLabel("Link to your result").inputValue();

    await openChapter(page, "Income");
    const calc = income(page);
    await calc.getByLabel("Hourly rate", { exact: true }).fill("12,50");
    await calc.getByText('Use "." for decimals here').waitFor();
    await calc.getByLabel("Target annual income").fill("900000000");
    await calc.getByText(/That is above/).waitFor();
    await check("calculator with refused values");

    await openChapter(page, "Your plan");
    const profile = plan(page);
    await profile.getByLabel("Headline").fill("");
    await profile.getByText("For tools and developers").click();
    await profile.getByRole("button", { name: "Download JSON", exact: true }).click();
    await profile.getByText(/^Not saved yet: /).waitFor();
    await check("plan with its problems summary");
    await profile.getByLabel("Headline").fill("Evaluation specialist");
    const tools = profile.getByLabel("Tools", { exact: true });
    await tools.fill("x".repeat(81));
    await tools.press("Enter");
    await profile.getByText(/is longer than 80 characters/).first().waitFor();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), profile.getByRole("button", { name: "Import" }).click()]);
    await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{") });
    await profile.getByText(/broken\.json was not imported/).waitFor();
    await check("profile with a refused item and a refused import");

    const friend = await context.newPage();
    await friend.goto(link);
    await friend.getByRole("heading", { name: "Shared result: Specialist" }).waitFor();
    assert.deepEqual(await axe(friend), [], `shared result (${theme})`);
    await friend.close();

    await page.waitForTimeout(800);
    await page.reload();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await check("welcome back");
    await context.close();
  });
}
