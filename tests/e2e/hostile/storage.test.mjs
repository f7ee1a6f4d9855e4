// Storage that misbehaves in the ways a page or a browser can make it:
// throwing things that are not errors, failing part-way through a visit,
// answering with objects, holding 2 MB of someone else's text. The reader
// always finishes, is told plainly, and nothing they did is lost.
// (Blocked storage, a full quota, a corrupt or newer value and two tabs are in
// saved.test.mjs.)
import assert from "node:assert/strict";
import { finishGuide, openChapter, PATHS } from "../support.mjs";
import { survives, environment, openPage, regions } from "./survives.mjs";

const env = environment();

async function open(init, arg) {
  const opened = await openPage(env, `${env.server.url}/`, { init, arg });
  await regions(opened.page).guide.waitFor();
  return opened;
}

const NOT_SAVED = /This browser does not let the page keep data/;

survives(
  "Storage",
  "a page whose localStorage.setItem throws a string, not an Error",
  "one plain notice that progress is not saved here; the guide finishes",
  async () => {
    const r = await open(() => {
      Storage.prototype.setItem = function () {
        throw "no";
      };
    });
    const notice = r.page.getByText(NOT_SAVED);
    await notice.waitFor();
    await finishGuide(r.page, PATHS.Specialist);
    assert.equal(await notice.count(), 1);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Storage",
  "storage that starts throwing part-way through a visit",
  "the next save says progress is not saved here; the reader goes on, and Download JSON still works",
  async () => {
    const r = await open();
    const { profile, calc } = regions(r.page);
    await finishGuide(r.page, PATHS.Generalist);
    await openChapter(r.page, "Your plan");
    await profile.getByLabel("Headline").fill("Typed before storage went away");
    await r.page.getByText("Your progress is saved in this browser, on this device only.").waitFor();
    await r.page.evaluate(() => {
      Object.defineProperty(window, "localStorage", {
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    });
    await profile.getByLabel("Headline").fill("Typed after");
    await r.page.getByText(NOT_SAVED).waitFor();
    await openChapter(r.page, "Income");
    await calc.getByLabel("Hourly rate", { exact: true }).fill("41");
    await openChapter(r.page, "Your plan");
    assert.equal(await profile.getByLabel("Headline").inputValue(), "Typed after");
    await profile.getByText("For tools and developers").click();
    const [download] = await Promise.all([r.page.waitForEvent("download"), profile.getByRole("button", { name: "Download JSON", exact: true }).click()]);
    assert.match(download.suggestedFilename(), /^skill-profile/);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Storage",
  "a page that patches getItem to return objects and numbers",
  "read as storage that cannot be used: one notice, the guide finishes",
  async () => {
    const r = await open(() => {
      let n = 0;
      Storage.prototype.getItem = function () {
        n += 1;
        return n % 2 ? { format: "skillpath-progress" } : 42;
      };
    });
    const notice = r.page.getByText(NOT_SAVED);
    await notice.waitFor();
    await finishGuide(r.page, PATHS["T-shaped"]);
    assert.equal(await notice.count(), 1);
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);

survives(
  "Storage",
  "a saved value replaced by 2 MB of text between visits",
  "kept aside unread with a message saying it is too large; the widget starts fresh and saves again",
  async () => {
    const r = await open((v) => localStorage.setItem("skillpath.page:/#1", v), "x".repeat(2_000_000));
    await r.page.getByText(/could not be read/).waitFor();
    const keys = await r.page.evaluate(() => Object.keys(localStorage).sort());
    assert.deepEqual(keys, ["skillpath.aside:skillpath.page:/#1"]);
    await regions(r.page).guide.getByRole("radio").first().check();
    await r.page.getByText("Your progress is saved in this browser, on this device only.").waitFor();
    assert.deepEqual(r.errors, []);
    await r.close();
  },
);
