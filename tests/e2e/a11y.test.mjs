// End to end: axe-core (WCAG 2.0, 2.1 and 2.2 A and AA, and best practice) on
// every screen and state of the widget, in the light and the dark theme: each
// guide step, the review, the result (with its picture of the five shapes), the
// calculator showing a refused value and an unreachable target, the profile
// showing a refused import and a refused list item, and the "Welcome back"
// offer after a reload.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, axe, guide, picks, PATHS, QUESTION_COUNT } from "./support.mjs";

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

    for (const [i, choice] of picks(PATHS.Specialist).entries()) {
      await page.getByRole("progressbar", { name: `Question ${i + 1} of ${QUESTION_COUNT}` }).waitFor();
      if (i === 0) await check("question 1, nothing chosen");
      await g.getByRole("radio").nth(choice).check();
      await check(`question ${i + 1}, answered`);
      await g.getByRole("button", { name: "Next" }).click();
    }
    await g.getByRole("heading", { name: "Check your answers" }).waitFor();
    await check("review");
    await g.getByRole("button", { name: "See my result" }).click();
    await g.getByRole("heading", { name: /^You lean/ }).waitFor();
    const picture = g.getByRole("img", { name: /^The five shapes, from broad to deep: Generalist, T-shaped, π-shaped, Comb-shaped and Specialist\. Yours, Specialist, is highlighted\.$/ });
    await picture.waitFor();
    assert.equal(await g.locator(".sp-shapes__names [data-mine]").textContent(), "Specialist", "the reader's shape is the marked one");
    await check("result");

    const calc = page.getByRole("region", { name: "Income calculator" });
    await calc.getByLabel("Hourly rate", { exact: true }).fill("12,50");
    await calc.getByText('Use "." for decimals here').waitFor();
    await calc.getByLabel("Target annual income").fill("900000000");
    await calc.getByText(/That is above/).waitFor();
    await check("calculator with refused values");

    const profile = page.getByRole("region", { name: "Skill profile" });
    const tools = profile.getByLabel("Tools", { exact: true });
    await tools.fill("x".repeat(81));
    await tools.press("Enter");
    await profile.getByText(/is longer than 80 characters/).first().waitFor();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), profile.getByRole("button", { name: "Import" }).click()]);
    await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{") });
    await profile.getByText(/broken\.json was not imported/).waitFor();
    await check("profile with a refused item and a refused import");

    await page.waitForTimeout(800);
    await page.reload();
    await page.getByRole("heading", { name: "Welcome back" }).waitFor();
    await check("welcome back");
    await context.close();
  });
}
