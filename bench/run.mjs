// The benchmark: Skillpath against its peer (the same questions and
// calculator in SurveyJS), both served from 127.0.0.1 with gzip, loaded cold
// in headless Chromium, alternately, RUNS times each (a fresh context each
// time; service workers blocked so that only what the page itself fetches is
// counted). Prints every figure for both with ours ÷ peer, and a pass or fail
// line per target. Run it through ./scripts/bench.sh.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../scripts/serve-dist.mjs";
import { ROOT, DIST } from "../tests/e2e/support.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const KEYSTROKES = 15;
const PEER = join(ROOT, "target/bench/peer");
const MODULES = join(ROOT, "bench/node_modules");
const PHONE = { latency: 150, down: 1.6e6 / 8, up: 750e3 / 8, cpu: 4 };

/** The peer's files: its page and script, the survey model from our content, SurveyJS. */
function buildPeer() {
  mkdirSync(PEER, { recursive: true });
  for (const f of ["index.html", "peer.js"]) copyFileSync(join(ROOT, "bench/peer", f), join(PEER, f));
  for (const f of ["survey-core/survey.core.min.js", "survey-core/survey-core.min.css", "survey-js-ui/survey-js-ui.min.js"]) {
    copyFileSync(join(MODULES, f), join(PEER, f.split("/")[1]));
  }
  const { questions } = JSON.parse(readFileSync(join(ROOT, "src/content/questions.json"), "utf8"));
  const model = {
    showProgressBar: "top",
    progressBarType: "questions",
    completedHtml: "<h2>Thank you: your answers are in.</h2>",
    pages: questions.map((q) => ({
      elements: [{ type: "radiogroup", name: q.id, title: q.prompt ?? q.text ?? q.title, isRequired: true, choices: q.choices.map((c) => ({ value: c.id, text: c.label ?? c.text })) }],
    })),
  };
  writeFileSync(join(PEER, "model.js"), `window.PEER_GUIDE = ${JSON.stringify(model)};\n`);
  return questions.length;
}

/** Records, from the page's first script, when `ready()` first holds (ms since navigation start). */
function watchFirstQuestion(kind) {
  const find = kind === "ours"
    ? () => document.querySelector("skill-path")?.shadowRoot?.querySelector('input[type="radio"]')
    : () => document.querySelector('#guide input[type="radio"]');
  const tick = () => {
    const radio = find();
    const label = radio?.closest("label");
    if (radio && !radio.disabled && label && label.getBoundingClientRect().height > 0) {
      window.__firstQuestion = performance.now();
    } else {
      requestAnimationFrame(tick);
    }
  };
  requestAnimationFrame(tick);
  // The wasm's memory, for the memory figure.
  const keep = (result) => {
    const exports = (result.instance ?? result).exports;
    if (exports?.memory) window.__wasmMemory = exports.memory;
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keep);
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** One cold load of `kind` at `url`; with `phone`, on the phone profile. Returns its figures. */
async function coldLoad(browser, kind, url, phone, questions) {
  const context = await browser.newContext({ viewport: phone ? { width: 360, height: 800 } : { width: 1280, height: 900 }, serviceWorkers: "block" });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  if (phone) {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpu });
  }
  await page.addInitScript(watchFirstQuestion, kind);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstQuestion !== undefined, null, { timeout: 120000 });
  const first = await page.evaluate(() => window.__firstQuestion);
  await page.waitForLoadState("networkidle");
  const figures = { bytes, first };
  if (!phone) Object.assign(figures, await interact(page, cdp, kind, questions));
  await context.close();
  return figures;
}

/** Answers the guide, times the result and calculator keystrokes, then reads memory. */
async function interact(page, cdp, kind, questions) {
  const result = await page.evaluate(
    async ({ kind, questions }) => {
      const root = kind === "ours" ? document.querySelector("skill-path").shadowRoot : document;
      const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
      const until = async (cond) => {
        while (!cond()) await frame();
      };
      const button = (name) => [...root.querySelectorAll('button, input[type="button"]')].find((b) => (b.textContent || b.value).trim() === name && !b.disabled);
      // Changes in `scope` after `act()`, until `cond()` holds and the page is
      // laid out, ready to paint (a layout the page leaves for the next frame
      // is counted too): ms, measured by a MutationObserver.
      const timed = (scope, act, cond) =>
        new Promise((done) => {
          const start = performance.now();
          const check = () => {
            if (cond()) {
              observer.disconnect();
              document.documentElement.getBoundingClientRect();
              done(performance.now() - start);
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(scope, { subtree: true, childList: true, characterData: true, attributes: true });
          act();
        });
      const guide = kind === "ours" ? root.querySelector('section[aria-label="Decision guide"]') : document.getElementById("guide");
      for (let q = 0; q < questions; q++) {
        await until(() => guide.querySelectorAll('input[type="radio"]').length > 0);
        const radios = [...guide.querySelectorAll('input[type="radio"]')];
        radios[q % 2].click();
        await frame();
        if (q < questions - 1) {
          button("Next").click();
          await frame();
        }
      }
      let resultMs;
      if (kind === "ours") {
        // The last question's own button shows the result (the review is optional).
        await until(() => button("See my result"));
        resultMs = await timed(root, () => button("See my result").click(), () => [...root.querySelectorAll("h2")].some((h) => h.textContent.startsWith("You lean")));
        // The calculator is the next chapter, offered at the end of the result.
        button("See what it could pay").click();
        await frame();
      } else {
        resultMs = await timed(guide, () => button("Complete").click(), () => guide.textContent.includes("your answers are in"));
      }
      // Keystrokes in the hourly rate: until the annual figure shows the new value.
      const rate = kind === "ours" ? [...root.querySelectorAll("label")].find((l) => l.textContent.trim() === "Hourly rate").control : document.querySelector('#income input[aria-label="Hourly rate"], #income input[type="number"]');
      const annual = () => (kind === "ours" ? root.querySelector(".sp-figure-big__year strong") : [...document.querySelectorAll("#income .sd-expression, #income .sd-question__content")].pop()).textContent;
      const scope = kind === "ours" ? root : document.getElementById("income");
      const keys = [];
      for (let i = 0; i < 15; i++) {
        const before = annual();
        const value = String(40 + i);
        keys.push(
          await timed(
            scope,
            () => {
              rate.focus();
              rate.value = value;
              rate.dispatchEvent(new InputEvent("input", { bubbles: true, data: value, inputType: "insertText" }));
            },
            () => annual() !== before,
          ),
        );
        await frame();
      }
      return { resultMs, keys };
    },
    { kind, questions },
  );
  await cdp.send("HeapProfiler.collectGarbage");
  const { usedSize } = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  return { result: result.resultMs, key: median(result.keys), memory: usedSize + wasm };
}

const questions = buildPeer();
const ours = await serve(DIST, { gzip: true });
const peer = await serve(PEER, { gzip: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const version = browser.version();
const runs = { ours: [], peer: [], oursPhone: [], peerPhone: [] };
try {
  // One load of each first, not counted: the servers compress each file once
  // (as a static host does), and Chromium starts its first renderer.
  await coldLoad(browser, "ours", `${ours.url}/`, false, questions);
  await coldLoad(browser, "peer", `${peer.url}/`, false, questions);
  for (let i = 0; i < RUNS; i++) {
    runs.ours.push(await coldLoad(browser, "ours", `${ours.url}/`, false, questions));
    runs.peer.push(await coldLoad(browser, "peer", `${peer.url}/`, false, questions));
    runs.oursPhone.push(await coldLoad(browser, "ours", `${ours.url}/`, true, questions));
    runs.peerPhone.push(await coldLoad(browser, "peer", `${peer.url}/`, true, questions));
    process.stderr.write(`run ${i + 1} of ${RUNS}\n`);
  }
} finally {
  await browser.close();
  await ours.close();
  await peer.close();
}

const m = (list, key) => median(list.map((r) => r[key]));
const rows = [
  ["Compressed bytes transferred (KB)", m(runs.ours, "bytes") / 1000, m(runs.peer, "bytes") / 1000, 0.35],
  ["First question visible and enabled, localhost (ms)", m(runs.ours, "first"), m(runs.peer, "first"), 0.3],
  ["First question, phone profile (ms)", m(runs.oursPhone, "first"), m(runs.peerPhone, "first"), 0.3],
  ["Last answer to result visible (ms)", m(runs.ours, "result"), m(runs.peer, "result"), null, 16],
  ["Calculator keystroke to new total (ms)", m(runs.ours, "key"), m(runs.peer, "key"), null, 16],
  ["JS heap + wasm memory after all sections (MB)", m(runs.ours, "memory") / 1e6, m(runs.peer, "memory") / 1e6, null],
];
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const lines = [
  `| Figure (median of ${RUNS} cold loads each) | Skillpath | SurveyJS peer | Ours ÷ peer | Target | |`,
  "|---|---:|---:|---:|---|---|",
];
for (const [name, a, b, ratio, within] of rows) {
  let target = "";
  let verdict = "";
  if (ratio !== null && ratio !== undefined) {
    target = `ratio ≤ ${ratio}`;
    verdict = a / b <= ratio ? "pass" : "FAIL";
  } else if (within) {
    target = `≤ ${within} ms`;
    verdict = a <= within ? "pass" : "FAIL";
  }
  lines.push(`| ${name} | ${fmt(a)} | ${fmt(b)} | ${(a / b).toFixed(2)} | ${target} | ${verdict} |`);
}
const machine = `${cpus().length} × ${cpus()[0].model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${version}`;
const out = [...lines, "", `Machine: ${machine}. Phone profile: ${PHONE.latency} ms latency, 1.6 Mbit/s down, CPU slowed ${PHONE.cpu}×, 360 px.`].join("\n");
console.log(out);
mkdirSync(join(ROOT, "bench/results"), { recursive: true });
writeFileSync(join(ROOT, "bench/results/latest.md"), `${out}\n`);
