// Downloads the page may have forbidden: a frame sandboxed without
// allow-downloads, where Chromium drops the download without a word. The
// widget never claims a file it cannot confirm, and the text is there to copy.
import assert from "node:assert/strict";
import { hostPage } from "../support.mjs";
import { survives, environment, openPage } from "./survives.mjs";

const env = environment({ widgetOrigin: true });

survives(
  "Host",
  'the iframe page in <iframe sandbox="allow-scripts allow-same-origin"> (no allow-downloads), Download JSON pressed',
  "no claim that the file was saved: the status says the frame may block it, and the JSON is in a box to copy",
  async () => {
    const site = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course platform</title><link rel="icon" href="data:,"></head>
      <body><iframe title="Skillpath" sandbox="allow-scripts allow-same-origin" style="width:100%;height:3000px"
        src="${env.widget.url}/embed.html?sections=profile"></iframe></body></html>`);
    const r = await openPage(env, site.url);
    const frame = r.page.frameLocator("iframe");
    const profile = frame.getByRole("region", { name: "Your plan, ready to use" });
    await profile.getByLabel("Headline").fill("Evaluation lead");
    let downloads = 0;
    r.page.on("download", () => (downloads += 1));
    await profile.getByText("For tools and developers").click();
    await profile.getByRole("button", { name: "Download JSON", exact: true }).click();
    const said = profile.getByRole("status").filter({ hasText: "may block downloads" });
    await said.waitFor();
    assert.doesNotMatch(await said.textContent(), /^Downloaded/);
    const box = profile.getByRole("textbox", { name: "The text to copy" });
    assert.match(await box.inputValue(), /"headline": "Evaluation lead"/);
    assert.equal(downloads, 0, "Chromium did block it");
    assert.deepEqual(r.errors, []);
    await r.close();
    await site.close();
  },
);
