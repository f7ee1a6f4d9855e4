// Memory over a long visit: a host that mounts and destroys the widget 200
// times on one element, and a reader who types 3,000 accepted keystrokes
// (each a skillpath-income event). Destroy frees what the widget made, and
// events free their closures: DOM nodes, listeners, the JS heap and the
// wasm memory stay within a small constant of where they started.
import assert from "node:assert/strict";
import { hostPage } from "../support.mjs";
import { survives, environment, openPage } from "./survives.mjs";

const env = environment({ widgetOrigin: true });

/** Captures the widget's wasm memory as it is instantiated (runs before any page script). */
function captureMemory() {
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = async (...args) => {
      const made = await original.apply(WebAssembly, args);
      const exports = (made.instance ?? made).exports;
      if (exports?.memory) window.__wasmMemory = exports.memory;
      return made;
    };
  }
}

/** Nodes, listeners and JS heap after a full garbage collection, and the wasm memory's size. */
async function measure(page, cdp) {
  await page.evaluate(() => new Promise((done) => setTimeout(done, 50)));
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.collectGarbage");
  const counters = await cdp.send("Memory.getDOMCounters");
  const heap = await cdp.send("Runtime.getHeapUsage");
  const wasm = await page.evaluate(() => window.__wasmMemory?.buffer.byteLength ?? 0);
  return { nodes: counters.nodes, listeners: counters.jsEventListeners, heap: heap.usedSize, wasm };
}

survives(
  "Host",
  "200 mount() and destroy() cycles on one element, then 3,000 accepted keystrokes",
  "DOM nodes, listeners, JS heap and wasm memory stay within a small constant",
  async () => {
    const site = await hostPage(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soak</title><link rel="icon" href="data:,">
      <script type="module">
        import { mount } from "${env.widget.url}/skillpath.js";
        window.cycle = async (n, options) => {
          for (let i = 0; i < n; i += 1) {
            const handle = await mount(document.getElementById("here"), options);
            handle.destroy();
          }
        };
        window.keep = async (options) => { window.handle = await mount(document.getElementById("here"), options); };
        window.ready = true;
      </script></head><body><div id="here"></div></body></html>`);
    const r = await openPage(env, site.url, { init: captureMemory });
    const { page } = r;
    await page.waitForFunction(() => window.ready);
    const cdp = await r.context.newCDPSession(page);
    const options = { sections: "income", storageKey: "soak" };

    await page.evaluate((o) => window.cycle(10, o), options);
    const before = await measure(page, cdp);
    await page.evaluate((o) => window.cycle(200, o), options);
    const cycled = await measure(page, cdp);
    const grown = (a, b) => ({ nodes: b.nodes - a.nodes, listeners: b.listeners - a.listeners, heap: b.heap - a.heap, wasm: b.wasm - a.wasm });
    const byCycles = grown(before, cycled);
    console.log("after 200 cycles:", byCycles);
    assert.ok(byCycles.nodes < 200, `DOM nodes grew by ${byCycles.nodes}`);
    assert.ok(byCycles.listeners < 20, `listeners grew by ${byCycles.listeners}`);
    assert.ok(byCycles.heap < 2_000_000, `JS heap grew by ${byCycles.heap} bytes`);
    assert.ok(byCycles.wasm <= 256 * 1024, `wasm memory grew by ${byCycles.wasm} bytes`);

    await page.evaluate((o) => window.keep(o), options);
    const rate = page.getByRole("region", { name: "What could this pay?" }).getByLabel("Hourly rate", { exact: true });
    await rate.waitFor();
    // Warm up, then 3,000 keystrokes, each accepted (digits, then deleted again).
    const type = async (n) => {
      await rate.focus();
      for (let i = 0; i < n; i += 1) await page.keyboard.press(i % 2 ? "Backspace" : "7");
    };
    await type(100);
    const typedBefore = await measure(page, cdp);
    await type(3000);
    const typed = grown(typedBefore, await measure(page, cdp));
    console.log("after 3,000 keystrokes:", typed);
    assert.ok(typed.wasm <= 128 * 1024, `wasm memory grew by ${typed.wasm} bytes`);
    assert.ok(typed.listeners < 10, `listeners grew by ${typed.listeners}`);
    assert.ok(typed.heap < 2_000_000, `JS heap grew by ${typed.heap} bytes`);
    assert.deepEqual(r.errors, []);
    await r.close();
    await site.close();
  },
);
