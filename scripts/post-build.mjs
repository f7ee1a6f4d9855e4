// Trunk post-build hook (release builds only; development builds stay readable):
// - minifies the wasm-bindgen JS glue, which Trunk's own minifier skips;
// - renames the glue's import shims (`__wbg_setAttribute_f75317b2b5cabfb4` and
//   the like) to short names in both the JS and the wasm import section: their
//   random hashes do not compress and cost about 1.5 KB gzip;
// - gives the wasm a second wasm-opt round (flattened and re-looped first,
//   which lets -Oz find more to merge);
// - rewrites the files' integrity hashes in index.html.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("run from Trunk (TRUNK_STAGING_DIR) or pass the built folder");
if ((process.env.TRUNK_PROFILE ?? "release") !== "release") process.exit(0);

const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
const htmlPath = join(dir, "index.html");
let html = readFileSync(htmlPath, "utf8");
const names = readdirSync(dir);
const jsName = names.find((n) => /\.js$/.test(n));
const wasmName = names.find((n) => /_bg\.wasm$/.test(n));
if (!jsName || !wasmName) throw new Error(`no wasm-bindgen output in ${dir}`);
const jsPath = join(dir, jsName);
const wasmPath = join(dir, wasmName);
const jsBefore = readFileSync(jsPath);
const wasmBefore = readFileSync(wasmPath);

// 1. Second optimisation round. The same feature flags as index.html's data-wasm-opt-params.
const FEATURES = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"];
execFileSync("wasm-opt", ["--flatten", "--rereloop", "-Oz", "-Oz", ...FEATURES.map((f) => `--enable-${f}`), wasmPath, "-o", wasmPath], {
  stdio: "inherit",
});

// 2. Short import names.
function leb(bytes, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function toLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
const shortName = (i) => {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let s = "";
  do {
    s = letters[i % 52] + s;
    i = Math.floor(i / 52) - 1;
  } while (i >= 0);
  return "$" + s;
};
const HASHED = /^__wbg_\w+_[0-9a-f]{16}$/;
let wasm = readFileSync(wasmPath);
let js = (await minify(jsBefore.toString(), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;
const renames = new Map();
const parts = [wasm.subarray(0, 8)];
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  // Import section: (module name, field name, kind + description) per entry.
  let [count, p] = leb(wasm, body);
  const out = [toLeb(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLen, m] = leb(wasm, p);
    out.push(wasm.subarray(p, m + moduleLen));
    const [fieldLen, f] = leb(wasm, m + moduleLen);
    let field = wasm.subarray(f, f + fieldLen).toString();
    if (HASHED.test(field)) {
      if (!renames.has(field)) renames.set(field, shortName(renames.size));
      field = renames.get(field);
    }
    out.push(toLeb(Buffer.byteLength(field)), Buffer.from(field));
    p = f + fieldLen;
    // The description: kind byte, then a function type index, table, memory or global type.
    const kind = wasm[p];
    let q = p + 1;
    if (kind === 0) q = leb(wasm, q)[1];
    else if (kind === 1) { q += 1; const [flags, r] = leb(wasm, q); q = leb(wasm, r)[1]; if (flags & 1) q = leb(wasm, q)[1]; }
    else if (kind === 2) { const [flags, r] = leb(wasm, q); q = leb(wasm, r)[1]; if (flags & 1) q = leb(wasm, q)[1]; }
    else if (kind === 3) q += 2;
    else throw new Error(`unknown import kind ${kind}`);
    out.push(wasm.subarray(p, q));
    p = q;
  }
  const section = Buffer.concat(out);
  parts.push(Buffer.from([2]), toLeb(section.length), section);
  at = end;
}
wasm = Buffer.concat(parts);
for (const [long, short] of renames) {
  const uses = js.split(long).length - 1;
  if (uses !== 1) throw new Error(`${long} appears ${uses} times in the JS glue; expected once`);
  js = js.replace(long, short);
}
writeFileSync(wasmPath, wasm);
writeFileSync(jsPath, js);
console.log(`renamed ${renames.size} imports; ${jsName}: ${jsBefore.length} -> ${js.length} bytes; ${wasmName}: ${wasmBefore.length} -> ${wasm.length} bytes`);

html = html.replace(sri(jsBefore), sri(Buffer.from(js))).replace(sri(wasmBefore), sri(wasm));
writeFileSync(htmlPath, html);
