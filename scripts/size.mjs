// Prints the gzip size of every wasm, JS and CSS file in the built site and
// fails when the total is over budget, or when the built JS uses eval-like code
// that a strict Content-Security-Policy would block.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

// Bytes, gzip, wasm + JS + CSS of the widget together: guide, calculator, skill
// profile, the <skill-path> element and share links. Measured 230.0 KB: the
// profile on serde brought it to 204.8, the element, mount() and the host events
// (details through serde-wasm-bindgen) to 222.1, share links to 230.0; the
// README's Size section has the breakdown. The hostile-input work took it to
// 265.0 (+2.8): wasm +2.4 (twiggy, raw bytes: the panic hook and its rescue
// about 1.5 KB, quoting host values inertly 1.2 KB, importing the rescued data
// 1.0 KB), Try again +0.2, CSS for narrow hosts and the error screen +0.1.
// Issue 18 took it to 264.3 (-0.7): skillpath.js +1.4 (the first screen's
// HTML 0.7, showing it and handing over 0.7), wasm -2.0 (mount options read
// without serde-wasm-bindgen's deserializer -2.4; letting go of focus before a
// move and host events after the frame +0.4), CSS +0.1 (content-visibility).
// Measured 264.4 with Enter on an unanswered question keeping focus.
// Host-page faults took it to 265.2: skillpath.js +0.7 (styles that fail or
// are slow, mount() options read safely, one copy of Skillpath per page),
// CSS +0.1 (bars in forced colours).
// Nothing lost (issue 25) took it to 277.6: wasm +12.3 — imports planned
// and undone, earlier progress kept as a list, shared results viewed without
// saving, a widget sharing a key taking it over, destroyed widgets' Yew roots
// parked for reuse (no leak per mount), one event queue per widget, share
// links that follow the fragment and name the page they open, downloads that
// say when they cannot be confirmed, unknown import fields capped. Cutting
// the wasm is issue 32's work, measured against the peer.
// The journey in chapters (issue 26) took it to 296.7: wasm +16.7 (the
// chapters and their navigation, the result's hero and its picture drawn on
// a canvas, Web Share, the breadth-depth map, the problems summary and
// problems shown when due, whole amounts, the plain-text copy), CSS +1.7 (the
// type and spacing scales, the hero, motion and its reduced-motion rule, the
// comparison table), glue +0.6 (the canvas, Blob and share bindings),
// skillpath.js +0.1.
// Questions that tell people apart (issue 27) took it to 302.7: wasm +5.9 (a
// fourth scoring axis, the lead in words with a bar per shape, the glossary
// and "About this guide" with their texts, one-line definitions, earlier
// editions' links and progress recognised and counted), CSS +0.1. A case
// conversion for one attribute alone cost 10 KB and was taken out.
// Five languages (issue 28) took it to 337.6: wasm +34.6 (every text of the
// widget through one catalogue: the typed keys and English's texts, a reader
// and checker for a fetched language's file, the words threaded through every
// view and message, plural rules from Intl.PluralRules, the right-to-left
// chart), skillpath.js +1.5 (the language choice, the fetch beside the wasm,
// the loader's words). Measured cut on the way: reading a language's file by
// key cost 32.7 KB more than reading it as lists in a fixed order. Each other
// language is one file of 15–18 KB gzip, fetched only by its readers.
// Right to left done properly took it to 339.1 (wasm +1.5): values isolated
// inside Arabic messages, the currency kept whole, Arabic digits read as
// typed, the import's outcome beside Import (+0.7), and the map's names kept
// inside it in every language, the reader's label clear of them (+0.7; a
// plainer placement measured 0.5 KB more gzip, though smaller raw).
// The author's part took it to 348.7 (wasm +7.6, styles +0.9, skillpath.js
// +0.5): next steps from slots and options with their checks and warnings,
// the intro, skillpath-step, eleven named parts (0.4 of it, measured by a
// build without them), contrast-safe accent colours worked out in CSS.
const BUDGET = 349.2 * 1000;
const dir = process.argv[2] ?? "dist";
// What the widget downloads: skillpath.js, the wasm, its JS glue and its styles.
// Everything else (the pages' own styles and scripts, the service worker, the
// iframe resizer) is listed but not counted.
const WIDGET = /^skillpath(-[0-9a-f]+(_bg\.wasm|\.js|\.css)|\.js)$/;

function* files(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(wasm|js|css)$/.test(name)) yield p;
  }
}

const rows = [...files(dir)].map((p) => {
  const raw = readFileSync(p);
  return { file: relative(dir, p), raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length, text: p.endsWith(".js") ? raw.toString() : "" };
});
if (rows.length === 0) {
  console.error(`No wasm, JS or CSS found in ${dir}: build first.`);
  process.exit(1);
}
const widget = rows.filter((r) => WIDGET.test(r.file));
const kb = (n) => (n / 1000).toFixed(1).padStart(7) + " KB";
console.log("file".padEnd(48) + "raw".padStart(10) + "gzip".padStart(10));
for (const r of rows.sort((a, b) => b.gzip - a.gzip)) {
  const note = WIDGET.test(r.file) ? "" : "   (not part of the widget)";
  console.log(r.file.padEnd(48) + kb(r.raw) + kb(r.gzip) + note);
}
const total = widget.reduce((s, r) => s + r.gzip, 0);
console.log(`${"widget total (gzip)".padEnd(58)}${kb(total)}   budget ${kb(BUDGET).trim()}`);

let failed = false;
if (total > BUDGET) {
  console.error(`Over budget by ${((total - BUDGET) / 1000).toFixed(1)} KB.`);
  failed = true;
}
for (const r of rows.filter((r) => r.text)) {
  for (const bad of [/\beval\s*\(/, /new\s+Function\s*\(/]) {
    if (bad.test(r.text)) {
      console.error(`${r.file} contains ${bad}: a strict CSP would block it.`);
      failed = true;
    }
  }
}
process.exit(failed ? 1 : 0);
