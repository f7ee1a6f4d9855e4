// Trunk post-build hook.
// Every build:
// - writes skillpath.js, the one script host pages include (www/embed/skillpath.js
//   with the hashed names of the wasm, its JS glue and the widget's styles,
//   followed by www/embed/element.js: <skill-path> and mount());
// - writes one file per language besides English (skillpath-<code>-<hash>.json);
// - writes page.js, the script of the standalone and iframe pages;
// - writes embed.html with the page stylesheet's hashed name;
// - preloads skillpath.js, the glue, the wasm and the styles from both pages.
// Release builds also:
// - minify the wasm-bindgen JS glue, which Trunk's own minifier skips, and page.js;
// - rename the glue's import shims (`__wbg_setAttribute_f75317b2b5cabfb4` and
//   the like) to short names in both the JS and the wasm import section: their
//   random hashes do not compress and cost about 1.5 KB gzip;
// - give the wasm a second wasm-opt round (flattened and re-looped first,
//   which lets -Oz find more to merge);
// - put the strict Content-Security-Policy the widget promises on both pages;
// - write skillpath-offline.html (the page as one self-contained file) and
//   sw.js (the service worker that keeps the hosted page working offline).
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { execFileSync } from "node:child_process";
import { minify } from "terser";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("run from Trunk (TRUNK_STAGING_DIR) or pass the built folder");
const release = (process.env.TRUNK_PROFILE ?? "release") === "release";
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const names = readdirSync(dir);
const find = (pattern, what) => {
  const name = names.find((n) => pattern.test(n));
  if (!name) throw new Error(`no ${what} in ${dir}`);
  return name;
};
const jsName = find(/^skillpath-[0-9a-f]+\.js$/, "wasm-bindgen JS glue");
const wasmName = find(/^skillpath-[0-9a-f]+_bg\.wasm$/, "wasm");
const cssName = find(/^skillpath-[0-9a-f]+\.css$/, "widget stylesheet");
const pageCssName = find(/^page-[0-9a-f]+\.css$/, "page stylesheet");
const jsPath = join(dir, jsName);
const wasmPath = join(dir, wasmName);
const terse = async (code) =>
  (await minify(code, { module: true, ecma: 2022, compress: { passes: 2 }, mangle: true, format: { comments: false } })).code;

if (release) await shrink();

// The first screen, drawn by the widget's own components through Yew's server
// renderer (examples/first_screen.rs), for skillpath.js to show while the wasm loads.
const FIRST_SCREEN = JSON.stringify(
  execFileSync("cargo", ["run", "--quiet", "--example", "first_screen"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }),
);
if (!FIRST_SCREEN.includes("Question 1 of")) throw new Error("the first screen has no first question");

// Each language besides English: one file with its interface texts, the
// guide's words and its own first screen, named by its content's hash. The
// example writes it from the keyed sources through the widget's own types
// (src/domain/words/file.rs), lists in a fixed order that the wasm reads
// without a map, and draws the first screen from it; the loader's own words
// ride along by key (`said`).
const LANGS = readdirSync(join(ROOT, "src/content/lang/ui"))
  .filter((n) => n.endsWith(".json"))
  .map((n) => n.slice(0, -5))
  .sort();
const LANG_TEXTS = {};
const LANG_FILES = {};
const LANG_UI = {};
const PSEUDO = "en-XA";
const LOADER_KEYS = Object.keys(JSON.parse(readFileSync(join(ROOT, "src/content/ui/en/loader.json"), "utf8")));
for (const code of [...LANGS, PSEUDO]) {
  const read = (part) => JSON.parse(readFileSync(join(ROOT, `src/content/lang/${part}/${code}.json`), "utf8"));
  const words = code === PSEUDO ? pseudoWords() : { ui: read("ui"), guide: read("guide") };
  LANG_UI[code] = words.ui;
  const drafts = ["ui", "guide"].map((part) => {
    const path = join(dir, `.words-${code}-${part}.json`);
    writeFileSync(path, JSON.stringify(words[part]));
    return path;
  });
  let written;
  try {
    written = execFileSync("cargo", ["run", "--quiet", "--example", "first_screen", "--", code, ...drafts], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  } finally {
    for (const path of drafts) rmSync(path);
  }
  const file = JSON.parse(written);
  if (!file.first?.includes("data-question")) throw new Error(`the ${code} first screen has no first question`);
  file.said = Object.fromEntries(LOADER_KEYS.map((key) => [key, words.ui[key]]));
  const text = JSON.stringify(file);
  const name = `skillpath-${code}-${createHash("sha256").update(text).digest("hex").slice(0, 16)}.json`;
  writeFileSync(join(dir, name), text);
  names.push(name);
  LANG_FILES[code] = name;
  if (code !== PSEUDO) LANG_TEXTS[code] = text;
}

// The test-only pseudo-locale (en-XA): every English text accented and about
// 40 % longer, placeholders kept, so that an English text left out of the
// catalogue, or one that overflows, stands out in the tests' screenshots.
// Shipped beside the others, but neither precached nor in the offline file,
// and never chosen from the browser's languages.
function pseudoWords() {
  const ACCENTS = { a: "á", c: "ç", e: "é", g: "ĝ", i: "î", n: "ñ", o: "ö", s: "š", u: "ü", y: "ý", A: "Å", C: "Ç", E: "É", I: "Î", N: "Ñ", O: "Ö", S: "Š", U: "Ü" };
  const pseudo = (text) => {
    const accented = text.split(/(\{[a-z_]+\})/).map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c))).join("");
    const words = Math.max(1, Math.round(text.length * 0.4 / 6));
    return `⟦${accented}${" ẋẋẋẋẋ".repeat(words)}⟧`;
  };
  const deep = (value) =>
    typeof value === "string" ? pseudo(value) : Array.isArray(value) ? value.map(deep) : Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)]));
  const ui = {};
  for (const file of readdirSync(join(ROOT, "src/content/ui/en")).filter((n) => n.endsWith(".json")).sort()) {
    Object.assign(ui, JSON.parse(readFileSync(join(ROOT, "src/content/ui/en", file), "utf8")));
  }
  // The guide's words, as the other languages' files hold them: by id, with
  // the structure (effects, bands' figures, publishers) left to the guide.
  const { questions } = JSON.parse(readFileSync(join(ROOT, "src/content/questions.json"), "utf8"));
  const outcomes = JSON.parse(readFileSync(join(ROOT, "src/content/outcomes.json"), "utf8"));
  const guide = {
    questions: Object.fromEntries(
      questions.map((q) => [
        q.id,
        { topic: q.topic, prompt: q.prompt, ...(q.hint ? { hint: q.hint } : {}), choices: Object.fromEntries(q.choices.map((c) => [c.id, c.label])) },
      ]),
    ),
    outcomes: {
      ...outcomes,
      sources: outcomes.sources.map(({ title, used_for }) => ({ title, used_for })),
      outcomes: Object.fromEntries(Object.entries(outcomes.outcomes).map(([id, o]) => [id, { ...o, rate: { note: o.rate.note } }])),
    },
  };
  return { ui: deep(ui), guide: deep(guide) };
}

// The standalone and iframe pages' own words in every language (page.js).
const PAGE_WORDS = {};
for (const code of ["en", ...LANGS, PSEUDO]) {
  const all = code === "en" ? JSON.parse(readFileSync(join(ROOT, "src/content/ui/en/page.json"), "utf8")) : LANG_UI[code];
  PAGE_WORDS[code] = Object.fromEntries(["page_title", "page_heading", "page_footer", "page_frame_title", "page_builder_link"].map((k) => [k, all[k]]));
}

// What the loader says in English, from the catalogue.
const LOADER_WORDS = JSON.parse(readFileSync(join(ROOT, "src/content/ui/en/loader.json"), "utf8"));

// This build's version, as the widget names it (the package's version and the
// glue's hash, which differs from build to build).
const PACKAGE = /^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(ROOT, "Cargo.toml"), "utf8"))?.[1];
if (!PACKAGE) throw new Error("no package version in Cargo.toml");
const VERSION = `${PACKAGE}, build ${/-([0-9a-f]+)\.js$/.exec(jsName)[1]}`;

// The hosts' script, with the real file names, and the pages' script.
const ELEMENT = readFileSync(join(ROOT, "www/embed/element.js"), "utf8");
let loader = readFileSync(join(ROOT, "www/embed/skillpath.js"), "utf8")
  .replace("__GLUE__", jsName)
  .replace("__WASM__", wasmName)
  .replace("__CSS__", cssName)
  .replace("__FIRST_SCREEN__", () => FIRST_SCREEN)
  .replace("__LANG_FILES__", () => JSON.stringify(LANG_FILES))
  .replace("__LOADER_WORDS__", () => JSON.stringify(LOADER_WORDS))
  .replace("__VERSION__", VERSION);
if (/__[A-Z_]+__/.test(loader)) throw new Error("skillpath.js still has a placeholder");
loader = `${loader}\n${ELEMENT}`;
if (release) loader = await terse(loader);
writeFileSync(join(dir, "skillpath.js"), loader);
let script = readFileSync(join(ROOT, "www/embed/page.js"), "utf8")
  .replace("__SERVICE_WORKER__", String(release))
  .replace("__LANGS__", () => JSON.stringify(["en", ...LANGS]))
  .replace("__PAGE_WORDS__", () => JSON.stringify(PAGE_WORDS));
if (/__[A-Z_]+__/.test(script)) throw new Error("page.js still has a placeholder");
if (release) script = await terse(script);
writeFileSync(join(dir, "page.js"), script);

// The pages: preload what skillpath.js fetches; Trunk's leftover rust link and
// its link to the widget's styles go (the styles belong in the shadow root).
const head = [
  release ? `<meta http-equiv="Content-Security-Policy" content="${CSP}">` : "",
  `<link rel="modulepreload" href="skillpath.js">`,
  `<link rel="modulepreload" href="${jsName}">`,
  `<link rel="preload" href="${wasmName}" as="fetch" type="application/wasm" crossorigin>`,
  `<link rel="preload" href="${cssName}" as="style">`,
].join("");
const htmlPath = join(dir, "index.html");
const html = readFileSync(htmlPath, "utf8")
  .replace(/<link[^>]*\brel="?rust"?[^>]*>/, "")
  .replace(new RegExp(`<link[^>]*href="?(?:\\.?/)?${cssName.replace(".", "\\.")}"?[^>]*>`), "");
if (new RegExp(`href="?(?:\\.?/)?${cssName.replace(".", "\\.")}`).test(html)) throw new Error("index.html still links the widget's styles");
writeFileSync(htmlPath, html.replace("</title>", `</title>${head}`));
const embedPath = join(dir, "embed.html");
const embed = readFileSync(embedPath, "utf8").replace("__PAGE_CSS__", pageCssName);
if (/__[A-Z_]+__/.test(embed)) throw new Error("embed.html still has a placeholder");
writeFileSync(embedPath, embed.replace("</title>", `</title>${head}`));

if (release) {
  offlineFile();
  serviceWorker();
}

// skillpath-offline.html: the standalone page as one file, for readers to keep
// and open from disk with no network. The page's styles and the glue are
// inlined; the widget's styles go to its shadow root as a constructed
// stylesheet; the wasm travels as base64 text and is compiled from bytes (no
// data: or blob: URL). The element is the same as on every other page.
function offlineFile() {
  const glue = readFileSync(jsPath, "utf8");
  const exported = (name) => {
    const found = new RegExp(`export\\s*\\{[^}]*?\\b([\\w$]+) as ${name}\\b[^}]*\\}`).exec(glue)?.[1]
      ?? (new RegExp(`export\\s*(\\{[^}]*?\\b${name}\\b[^}]*\\}|class\\s+${name}\\b)`).test(glue) ? name : null);
    if (!found) throw new Error(`cannot find the glue's ${name} export`);
    return found;
  };
  const init = exported("default");
  const widget = exported("Widget");
  const wasm = readFileSync(wasmPath).toString("base64");
  const pageCss = readFileSync(join(dir, pageCssName), "utf8");
  const widgetCss = readFileSync(join(dir, cssName), "utf8");
  const page = readFileSync(htmlPath, "utf8");
  const body = /<body>([\s\S]*)<\/body>/.exec(page)?.[1];
  if (!body) throw new Error("index.html has no body");
  const prologue = [
    `let loading;`,
    `const FIRST_SCREEN=${FIRST_SCREEN};`,
    // Every language travels inside the file: none is fetched.
    `const LANG_FILES=${JSON.stringify(LANG_TEXTS)};`,
    `async function fetchWords(c){return LANG_FILES[c]}`,
    `const LOADER_WORDS=${JSON.stringify(LOADER_WORDS)};`,
    `const VERSION=${JSON.stringify(VERSION)};`,
    `function loadWidget(){return loading??=${init}({module_or_path:Uint8Array.from(atob("${wasm}"),c=>c.charCodeAt(0))}).then(()=>${widget})}`,
    `function addStyles(r){const s=new CSSStyleSheet;s.replaceSync(${JSON.stringify(widgetCss)});r.adoptedStyleSheets=[s];return Promise.resolve()}`,
  ].join("\n");
  // "</script" inside the code would end the element early.
  const code = `${glue}\n${prologue}\n${ELEMENT}`.replace(/<\/script/gi, "<\\/script");
  const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Skillpath: generalist, specialist or hybrid? (offline copy)</title><style>${pageCss}</style><body>${body}<script type="module">${code}</script></body></html>`;
  writeFileSync(join(dir, "skillpath-offline.html"), html);
}

// sw.js: precaches every file of this build under one name (see www/embed/sw.js).
function serviceWorker() {
  const files = [];
  const walk = (d, prefix) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(d, entry.name), `${prefix}${entry.name}/`);
      else if (!["sw.js", "skillpath-offline.html", LANG_FILES[PSEUDO]].includes(entry.name)) files.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, "");
  files.sort();
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update(readFileSync(join(dir, f)));
  const build = hash.digest("hex").slice(0, 16);
  // For each page and script that names hashed files, the names it gives: the
  // worker refuses a copy that names others (a copy of another build).
  const HASHED = /[\w.-]+-[0-9a-f]{16}(?:_bg)?\.[a-z]+/g;
  const named = {};
  for (const f of files.filter((f) => /\.(html|js|css|json|webmanifest|svg)$/.test(f))) {
    const found = [...new Set(readFileSync(join(dir, f), "utf8").match(HASHED) ?? [])].sort();
    for (const n of found) if (!names.includes(n)) throw new Error(`${f} names ${n}, which is not in the build`);
    if (found.length) named[f] = found;
  }
  if (!named["index.html"] || !named["skillpath.js"]) throw new Error("index.html or skillpath.js names no hashed file");
  named["./"] = named["index.html"];
  const sw = readFileSync(join(ROOT, "www/embed/sw.js"), "utf8")
    .replace("__BUILD__", build)
    .replace("__FILES__", JSON.stringify(["./", ...files]))
    .replace("__NAMES__", JSON.stringify(named))
    .replace("__HASHED__", String(HASHED));
  if (/__[A-Z_]+__/.test(sw)) throw new Error("sw.js still has a placeholder");
  writeFileSync(join(dir, "sw.js"), sw);
}

async function shrink() {
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
  let js = await terse(jsBefore.toString());
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
}
