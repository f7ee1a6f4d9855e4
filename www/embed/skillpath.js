// Skillpath for host pages. One line and one element:
//   <script type="module" src="https://example.org/skillpath/skillpath.js"></script>
//   <skill-path sections="guide income" currency="EUR"></skill-path>
// or `import { mount } from ".../skillpath.js"`. This file keeps its name from
// build to build; it finds the wasm, its glue and the styles next to itself
// (import.meta.url), so the built folder works from any path or origin.
// The build fills in the hashed file names and appends www/embed/element.js.
const GLUE = new URL("__GLUE__", import.meta.url).href;
const WASM = new URL("__WASM__", import.meta.url);
const STYLES = new URL("__CSS__", import.meta.url).href;
const FIRST_SCREEN = __FIRST_SCREEN__;
// Each language's file besides English's (its words and its first screen),
// by code: { es: "skillpath-es-….json", … }.
const LANG_FILES = __LANG_FILES__;
// What the loader says in English (loading, cannot start, Try again).
const LOADER_WORDS = __LOADER_WORDS__;
// This copy's version and build: named when a page includes Skillpath twice.
const VERSION = "__VERSION__";

let loading;
let attempts = 0;
/**
 * The wasm's Widget class; fetched and compiled once for every widget on the
 * page. After a failure the next call tries again, past the HTTP cache (a
 * copy cut short must not be served again).
 */
function loadWidget() {
  const retry = attempts++ > 0;
  loading ??= import(GLUE)
    .then(async (glue) => {
      await glue.default({ module_or_path: retry ? new Request(WASM, { cache: "reload" }) : WASM });
      return glue.Widget;
    })
    .catch((error) => {
      loading = undefined; // the next widget may try again
      throw error;
    });
  return loading;
}

/**
 * The text of a language's file (`code` is one of LANG_FILES' keys),
 * fetched next to this script; `reload` goes past the HTTP cache (a copy
 * cut short must not be served again). Rejects when it cannot be fetched.
 */
async function fetchWords(code, reload) {
  const response = await fetch(new URL(LANG_FILES[code], import.meta.url), { cache: reload ? "reload" : "default" });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.text();
}

/**
 * Links the widget's stylesheet into a shadow root; resolves once it applies,
 * rejects when it cannot load (missing, or blocked by the page's style-src):
 * the widget is never shown unstyled.
 */
function addStyles(root) {
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = STYLES;
  link.dataset.skillpathStyles = "";
  const loaded = new Promise((done, fail) => {
    link.onload = () => {
      link.dataset.skillpathStyles = "loaded";
      done();
    };
    link.onerror = () => fail(new Error(`the widget's styles (${STYLES}) could not be loaded`));
  });
  root.append(link);
  return loaded;
}
