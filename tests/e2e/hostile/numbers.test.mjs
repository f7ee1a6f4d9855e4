// Hostile numbers in every number field, and the locales that write numbers
// differently. A refused figure gets its message and the last valid figures
// stay on screen; the field keeps what was typed.
import assert from "node:assert/strict";
import { openChapter } from "../support.mjs";
import { survives, environment, openPage, regions, described } from "./survives.mjs";

const env = environment();

/** The standalone page with the calculator and the plan only (it opens on the calculator). */
async function open(query = "", options = {}) {
  const more = query ? `&${query.slice(1)}` : "";
  const opened = await openPage(env, `${env.server.url}/?sections=income+profile${more}`, options);
  const r = regions(opened.page);
  await r.calc.getByLabel("Hourly rate", { exact: true }).waitFor();
  return { ...opened, ...r };
}

// Read wherever the reader is: the figure stays in the calculator's chapter.
const annual = (calc) => calc.page().locator(".sp-figure-big__year strong").textContent();

survives(
  "Numbers",
  "digits of scripts the widget does not read (३५, ３５), a plus sign, spaces of every width as separators, a 400-digit number, in every number field; Arabic digits (٣٥, ١٢٫٥) read as typed in ASCII",
  "refused with a message; the last valid figures stay; the field keeps the text",
  async () => {
    const r = await open();
    const before = await annual(r.calc);
    const fields = [
      [r.calc, "Hourly rate"],
      [r.calc, "Hours per week"],
      [r.calc, "Weeks per year"],
      [r.calc, "Target annual income"],
      [r.profile, "Available hours per week"],
    ];
    const hostile = ["३५", "３５", "+35", "1\u00A0000", "1\u202F000", "3\u20095", "9".repeat(400), "35\u200B", "١٢٫٥٥٥", "٣٥-"];
    for (const [scope, label] of fields) {
      if (scope === r.profile) await openChapter(r.page, "Your plan");
      const box = scope.getByLabel(label, { exact: true });
      for (const text of hostile) {
        await box.fill(text);
        assert.equal(await box.inputValue(), text);
        assert.equal(await box.getAttribute("aria-invalid"), "true", `${label} refuses ${JSON.stringify(text)}`);
        assert.ok((await described(box)).length > 20, `${label}: ${JSON.stringify(text)} has a message`);
      }
      // What an Arabic keyboard types is read as the same digits in ASCII.
      await box.fill("١٢٫٥");
      assert.equal(await box.getAttribute("aria-invalid"), null, `${label} reads Arabic digits`);
      await box.fill(label === "Target annual income" ? "30000" : label === "Weeks per year" ? "٤٦" : label === "Hourly rate" ? "٣٥" : "20");
      assert.equal(await box.getAttribute("aria-invalid"), null);
    }
    assert.equal(await annual(r.calc), before);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Numbers",
  "the locales de-DE, fr-FR, de-CH, hi-IN and ar-EG",
  "each reads its own decimal mark and refuses the other one; amounts show ASCII digits in its grouping",
  async () => {
    for (const locale of ["de-DE", "fr-FR", "de-CH", "hi-IN", "ar-EG"]) {
      // English words (these browsers would otherwise get their own language): this is about numbers.
      const r = await open(`?locale=${locale}&currency=EUR&lang=en`, { locale });
      const mark = await r.page.evaluate(
        (l) => new Intl.NumberFormat(l, { numberingSystem: "latn" }).formatToParts(1.5).find((p) => p.type === "decimal").value,
        locale,
      );
      const other = mark === "," ? "." : ",";
      const rate = r.calc.getByLabel("Hourly rate", { exact: true });
      await rate.fill(`37${mark}55`);
      await r.calc.getByLabel("Hours per week", { exact: true }).fill(`17${mark}5`);
      await r.calc.getByLabel("Weeks per year", { exact: true }).fill("45");
      assert.equal(await rate.getAttribute("aria-invalid"), null, `${locale} reads 37${mark}55`);
      const shown = await annual(r.calc);
      assert.match(shown, /^[^\u0660-\u0669\u06F0-\u06F9\u0966-\u096F]*$/, `${locale}: ${shown} has ASCII digits`);
      assert.equal(shown.replace(/\D/g, ""), "2957063", `${locale}: ${shown}`);
      await rate.fill(`37${other}55`);
      assert.equal(await rate.getAttribute("aria-invalid"), "true", `${locale} refuses 37${other}55`);
      assert.ok((await described(rate)).includes(mark), `${locale}: the message names ${mark}`);
      assert.equal(await annual(r.calc), shown);
      assert.deepEqual(r.errors, []);
      await r.close();
    }
  },
);
