// <skill-path> and mount(): the part of skillpath.js that host pages talk to.
// The build puts it after a short prologue that defines how this copy finds
// its files:
//   VERSION          -> this copy's version and build, named when a page
//                       includes Skillpath twice;
//   loadWidget()     -> Promise of the wasm's Widget class (loaded once);
//   addStyles(root)  -> gives a shadow root the widget's stylesheet; resolves
//                       once it applies (so the widget never shows unstyled),
//                       rejects when it cannot load (missing, blocked);
//   FIRST_SCREEN     -> the widget's first screen as HTML, rendered from the
//                       same components when the site was built
//                       (examples/first_screen.rs), in English;
//   LANG_FILES       -> the other languages' codes (their files' names);
//   LOADER_WORDS     -> what the loader says in English (src/content/ui/en/loader.json);
//   fetchWords(code, reload) -> Promise of a language file's text, which
//                       holds its words and its own first screen.
// The hosted skillpath.js fetches both relative to its own URL; the offline
// file carries them inline.

const ATTRIBUTES = ["sections", "theme", "currency", "locale", "storage-key", "lang"];
// The author's part, which is not text: the element's properties, and mount()'s options.
const AUTHOR = ["nextStep", "nextStepByOutcome", "intro"];
const OPTIONS = ["sections", "theme", "currency", "locale", "storageKey", "lang", ...AUTHOR];
// The slots the widget offers the host's children (domain/author.rs).
const SLOTS = /^(?:intro|next-step(?:-(?:generalist|specialist|t-shaped|pi-shaped|comb-shaped))?)$/;
// The most characters of an author's text (domain::author::MAX_TEXT).
const MAX_TEXT = 500;
// What the loader itself says (loading, cannot start, Try again), by catalogue
// key: English's are in LOADER_WORDS; another language's come with its file.
const said = (instance, key) => instance.said?.[key] ?? LOADER_WORDS[key];

/** The options in an element's attributes and author properties, as mount() takes them. */
function attributeOptions(element) {
  const options = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) options[name === "storage-key" ? "storageKey" : name] = value;
  }
  for (const name of AUTHOR) {
    const value = element[GIVEN]?.[name];
    if (value !== undefined) options[name] = value;
  }
  return withPageLang(element, options);
}

/**
 * The host's element children in the widget's slots, each slot once with
 * the http(s) links inside it (the print view writes them out); the widget
 * checks them again.
 */
function slotted(host) {
  const found = new Map();
  for (const child of host.children) {
    const name = child.getAttribute("slot");
    if (name === null || !SLOTS.test(name)) continue;
    const links = found.get(name) ?? [];
    found.set(name, links);
    for (const link of [child, ...child.querySelectorAll("a[href]")]) {
      if (link.localName === "a" && /^https?:$/.test(link.protocol ?? "") && links.length < 5) {
        links.push({ text: link.textContent.trim().slice(0, MAX_TEXT), href: link.href });
      }
    }
  }
  return [...found].map(([name, links]) => ({ name, links }));
}

/**
 * `options` with the language of the page around `element` when they name
 * none: the nearest ancestor's `lang` (`<html lang="de">` gives German),
 * across shadow roots.
 */
function withPageLang(element, options) {
  if (options.lang !== undefined) return options;
  for (let node = element.parentNode; node; node = node.parentNode ?? node.host) {
    if (node.nodeType === Node.ELEMENT_NODE && node.hasAttribute("lang")) return { ...options, lang: node.getAttribute("lang") };
  }
  return options;
}

/**
 * The language file `lang` asks for, by the widget's rule (Lang::from_tag):
 * a well-formed tag whose primary subtag is a language with a file; "" for
 * English, for anything else, and for what is not text. The widget warns
 * about tags it does not take.
 */
function langCode(lang) {
  const tag = text(lang).trim();
  if (tag.length > 35 || !/^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(tag)) return "";
  // The test-only pseudo-locale goes by its whole tag.
  if (/^en-xa$/i.test(tag) && Object.hasOwn(LANG_FILES, "en-XA")) return "en-XA";
  const code = tag.split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(LANG_FILES, code) ? code : "";
}

/** The loader's own texts in a language file's text, if it has them all. */
function loaderWords(text) {
  try {
    const said = JSON.parse(text).said;
    const words = Object.fromEntries(Object.keys(LOADER_WORDS).map((key) => [key, said[key]]));
    return Object.values(words).every((w) => typeof w === "string" && w.trim()) ? words : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What the widget needs of a language (its file's text, or why it could not
 * be had), as Widget takes it: `{ text }` or `{ error }`, with `first`, the
 * language's first screen, when the file has one. Never rejects.
 */
async function words(code, reload) {
  if (!code) return undefined;
  try {
    const text = await fetchWords(code, reload);
    let first;
    try {
      first = JSON.parse(text).first;
    } catch {}
    return { text, first: typeof first === "string" ? first : undefined, said: loaderWords(text) };
  } catch (error) {
    return { error: describe(error) };
  }
}

/** A value as text, or "" (options are text; the widget warns about the rest). */
const text = (value) => (typeof value === "string" ? value : "");

/** An error as a short line, whatever was thrown. */
function describe(error) {
  try {
    return String(error instanceof Error ? error.message : error).slice(0, 200);
  } catch {
    return "an unreadable error";
  }
}

/**
 * The options mount() and update() were given, copied into a plain object
 * (only the names the widget knows, as given). Getters that throw and Proxies
 * whose traps throw make this throw a TypeError that says so, naming `caller`,
 * before anything is started or changed.
 */
function readOptions(options, caller) {
  if (options === undefined || options === null) return {};
  if (typeof options !== "object" && typeof options !== "function") {
    console.warn("Skillpath: the options are not an object; using the defaults.");
    return {};
  }
  try {
    const read = {};
    for (const name of OPTIONS) if (name in options) read[name] = options[name];
    return read;
  } catch (error) {
    throw new TypeError(`Skillpath: ${caller} could not read its options (${describe(error)}); nothing was started or changed`, { cause: error });
  }
}

/**
 * Whether the widget, started with `options`, opens on the guide's first
 * question (the first screen drawn at build time): the guide is among its
 * sections (the same rule as the widget's: no known name means all), and the
 * address holds no shared result.
 */
function opensOnFirstQuestion(options) {
  const words = text(options.sections).toLowerCase().split(/[\t\n\f\r ]+/);
  const known = words.filter((w) => w === "guide" || w === "income" || w === "profile");
  return (known.length === 0 || known.includes("guide")) && !location.hash.startsWith("#share=");
}

let policy;
/**
 * The first screen's HTML: a constant of this build, never anything a reader
 * or a page wrote. Pages that enforce Trusted Types get it through a policy
 * of its own; a page that forbids that policy makes this throw, and the
 * caller shows the loading note instead.
 */
function firstScreenHtml(html) {
  if (!globalThis.trustedTypes?.createPolicy) return html;
  policy ??= trustedTypes.createPolicy("skillpath-first-screen", { createHTML: (given) => given });
  return policy.createHTML(html);
}

/**
 * The first screen, shown as soon as the styles apply while the wasm is on
 * its way. The reader can read it and choose an answer, and Next works as in
 * the widget; `take()` collects what they did for `carryOver()`.
 */
class FirstScreen {
  constructor(root, options, html) {
    this.root = root;
    this.box = document.createElement("div");
    this.box.className = "sp-root";
    this.theme(options);
    this.box.innerHTML = firstScreenHtml(html);
    this.box.hidden = true;
    this.form = this.box.querySelector("form");
    const next = this.form.querySelector('button[type="submit"]');
    this.form.addEventListener("change", () => (next.disabled = !this.form.querySelector("input:checked")));
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.next = true;
    });
  }

  /**
   * The introduction under the heading, as the widget will have it: the
   * host's `intro` slot, else the `intro` option's text, else ours.
   */
  intro(options, slots) {
    const lede = this.box.querySelector(".sp-lede");
    if (!lede) return;
    this.ours ??= lede.textContent;
    const given = text(options.intro).trim();
    if (slots.some((s) => s.name === "intro")) {
      const slot = document.createElement("slot");
      slot.name = "intro";
      lede.replaceChildren(slot);
    } else {
      lede.textContent = given && given.length <= MAX_TEXT ? given : this.ours;
    }
  }

  /** A fixed theme, as the widget will have it (the same rule: light or dark, any case). */
  theme(options) {
    const theme = text(options.theme).trim().toLowerCase();
    if (theme === "light" || theme === "dark") this.box.dataset.theme = theme;
    else delete this.box.dataset.theme;
  }

  /** What the reader did here (their answer, a pressed Next, focus); the screen leaves. */
  take() {
    const mine = controls(this.form);
    const done = {
      question: this.form.dataset.question,
      chosen: this.form.querySelector("input:checked")?.value,
      next: !!this.next,
      focused: mine.indexOf(this.root.activeElement),
    };
    this.box.remove();
    return done;
  }
}

/** A question card's controls, in document order. */
const controls = (form) => [...form.querySelectorAll("input, button")];

/**
 * Gives the widget in `place` what the reader did on the first screen, once
 * it shows that question (a host may hide the guide until later): the answer
 * is chosen and Next pressed again, and focus, `withFocus`, goes back where
 * it was. False while the question does not show; a question already
 * answered in the widget is left as it is.
 */
function carryOver(place, done, withFocus) {
  // By the question's and the choice's ids: the same in every language.
  const form = [...place.querySelectorAll("form[data-question]")].find((f) => f.dataset.question === done.question);
  if (!form) return false;
  if (form.querySelector("input:checked")) return true;
  const theirs = controls(form);
  const choice = theirs.find((c) => c.type === "radio" && done.chosen !== undefined && c.value === done.chosen);
  choice?.click();
  // Next once the widget has drawn the answered card (it redraws in a
  // microtask; the card's Next reads whether it is answered).
  if (done.next && choice) setTimeout(() => form.isConnected && form.requestSubmit());
  else if (withFocus && done.focused >= 0) theirs[done.focused]?.focus();
  return true;
}

/**
 * One widget in one shadow root; `options()` is read when the wasm is ready.
 * Until its styles apply, the shadow root shows the element's own content
 * (the host's fallback text) through a slot, and nothing of the widget.
 */
class Instance {
  constructor(host, root, options) {
    this.host = host;
    this.root = root;
    this.widget = null;
    this.gone = false;
    this.fallback = document.createElement("slot");
    this.place = document.createElement("div");
    this.place.className = "sp-root";
    this.place.hidden = true;
    root.append(this.fallback, this.place);
    // The host's children in the widget's slots: the widget hears of each change.
    this.slots = JSON.stringify(slotted(host));
    this.watch = new MutationObserver(() => {
      const now = JSON.stringify(slotted(host));
      if (now === this.slots || this.gone) return;
      this.slots = now;
      const current = this.options?.();
      if (current) this.update(current);
    });
    this.watch.observe(host, { childList: true, subtree: true, attributes: true, attributeFilter: ["slot", "href"], characterData: true });
    // The language's file is fetched beside the wasm; English needs none.
    this.lang = langCode(options.lang);
    this.words = words(this.lang);
    if (!(this.lang === "" && this.showFirst(options, FIRST_SCREEN))) this.loading();
    // The language's own first screen, once its file is in (before the wasm, usually).
    const asked = this.lang;
    this.words.then((handed) => {
      if (asked === this.lang && handed?.said) {
        this.said = handed.said;
        // The note on screen (loading, or cannot start) says it again in the language.
        if (!this.widget) this.note?.say();
      }
      // Not over a note that the widget cannot start: that note stays until Try again.
      if (handed?.first && asked === this.lang && !this.widget && !this.first && !this.gone && !this.starting && !this.down) {
        this.showFirst(this.options?.() ?? options, handed.first);
      }
    });
    this.style();
  }

  /** Shows the first screen `html` while the wasm is on its way; false when the widget does not open on it. */
  showFirst(options, html) {
    try {
      if (opensOnFirstQuestion(options)) this.first = new FirstScreen(this.root, options, html);
    } catch {
      this.first = null;
    }
    if (!this.first) return false;
    this.first.intro(options, slotted(this.host));
    this.root.insertBefore(this.first.box, this.fallback ?? this.place);
    if (!this.fallback) {
      this.first.box.hidden = false;
      this.place.hidden = true;
    }
    return true;
  }

  /** `options` with the host's slotted children, as the widget takes them. */
  withSlots(options) {
    return { ...options, slots: slotted(this.host) };
  }

  /** What Widget takes about the language: the loader's fetch, and how to fetch again. */
  handed(fetched) {
    return fetched && { ...fetched, retry: () => this.switchLang(this.lang, true) };
  }

  /** Fetches the language `code`'s file ("": English) and gives it to the running widget. */
  async switchLang(code, reload) {
    this.lang = code;
    this.words = words(code, reload);
    const fetched = await this.words;
    if (this.lang === code && this.widget) this.widget.update(this.withSlots(this.options()), this.handed(fetched));
  }

  /** Links the styles (again after a failure); the widget shows once they apply. */
  style() {
    const present = this.root.querySelector("[data-skillpath-styles]");
    if (present?.dataset.skillpathStyles === "loaded" || (!present && this.root.adoptedStyleSheets?.length)) {
      this.styles = Promise.resolve();
    } else {
      present?.remove();
      this.styles = addStyles(this.root);
    }
    // A failure is start()'s to report.
    this.styles.then(() => this.styled(), () => {});
  }

  /** The styles apply: the widget (or its first screen) takes the fallback's place. */
  styled() {
    if (this.gone || !this.fallback) return;
    this.fallback.remove();
    this.fallback = null;
    if (this.first) this.first.box.hidden = false;
    else this.place.hidden = false;
  }

  /** Says in words that the widget is loading; returns the note. */
  loading() {
    const note = document.createElement("p");
    note.className = "sp-loading";
    this.note = { say: () => (note.textContent = said(this, "loader_loading")) };
    this.note.say();
    this.place.replaceChildren(note);
    return note;
  }

  /** Ends the first screen, keeping what the reader did there for the widget. */
  leaveFirst() {
    this.carry = this.first.take();
    this.first = null;
    // Still waiting for the styles: the fallback stays until they apply.
    this.place.hidden = !!this.fallback;
  }

  /** Carries the first screen's answer over if the widget now shows its question. */
  carryOn(withFocus) {
    if (this.carry && carryOver(this.place, this.carry, withFocus)) this.carry = null;
  }

  async start(options) {
    this.options = options;
    try {
      const [Widget] = await Promise.all([loadWidget(), this.styles, this.words]);
      // The language may have changed while the files came: its latest fetch.
      const fetched = await this.words;
      if (this.gone) return;
      this.starting = true;
      this.styled();
      this.widget = new Widget(this.place, this.host, this.withSlots(options()), this.handed(fetched));
      // The widget draws in a microtask; then it takes the first screen's place.
      while (!this.place.firstElementChild && !this.gone) await new Promise((next) => setTimeout(next));
      if (this.gone) return;
      if (this.first) this.leaveFirst();
      this.carryOn(true);
    } catch (error) {
      console.warn("Skillpath could not start:", error);
      if (!this.gone) this.failed();
    }
  }

  /** Says in words that the widget cannot start, with a button to try again. */
  failed() {
    const note = document.createElement("div");
    note.className = "sp-loading";
    note.setAttribute("role", "alert");
    const words = document.createElement("p");
    const retry = document.createElement("button");
    retry.type = "button";
    this.note = {
      say: () => {
        words.textContent = said(this, "loader_failed");
        retry.textContent = said(this, "loader_retry");
      },
    };
    this.note.say();
    this.down = true;
    retry.addEventListener("click", () => {
      this.retried = true;
      this.down = false;
      this.loading().setAttribute("role", "status");
      this.style();
      this.start(this.options);
    });
    note.append(words, retry);
    if (this.first) this.leaveFirst();
    this.place.replaceChildren(note);
    // Said in words even without the styles (missing or blocked): the
    // fallback goes, the note shows.
    this.fallback?.remove();
    this.fallback = null;
    this.place.hidden = false;
    // After a retry that failed again, the reader is still on the button.
    if (this.retried) retry.focus();
  }

  update(options) {
    const code = langCode(options.lang);
    if (code !== this.lang) {
      if (this.widget) this.switchLang(code, false);
      else {
        this.lang = code;
        this.words = words(code);
      }
    }
    if (this.first) {
      // Not started yet: the first screen follows the host's changes.
      if (opensOnFirstQuestion(options)) {
        this.first.theme(options);
        this.first.intro(options, slotted(this.host));
      } else {
        this.leaveFirst();
        this.loading();
      }
    }
    this.widget?.update(this.withSlots(options));
    // The guide may show now. The widget redraws in a microtask queued
    // before this one, so the answer is usually in before the next paint;
    // the task after is the fallback should that redraw come later.
    // (carryOn does its work once.)
    if (this.widget && this.carry) {
      queueMicrotask(() => this.carryOn(false));
      setTimeout(() => this.carryOn(false));
    }
  }

  destroy() {
    this.gone = true;
    this.watch.disconnect();
    if (this.widget) {
      this.widget.destroy();
      this.widget.free();
      this.widget = null;
    }
    this.first?.box.remove();
    this.fallback?.remove();
    this.place.remove();
  }
}

// The widget in each element, whichever way it was started: an element holds one.
const WIDGETS = new WeakMap();
// The author properties an element was given (nextStep, nextStepByOutcome, intro).
const GIVEN = Symbol("skillpath author properties");

class SkillPathElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  // Which copy of Skillpath defined the element; a later copy hands mount() to it.
  static skillpath = { url: import.meta.url, version: VERSION, mount: (element, options) => mount(element, options) };

  connectedCallback() {
    // Moved within the page: the widget stays as it is.
    if (this.skillpath) return;
    // Properties a page set before this script defined the element.
    for (const name of AUTHOR) {
      if (Object.hasOwn(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (WIDGETS.has(this)) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    this.skillpath = new Instance(this, root, attributeOptions(this));
    WIDGETS.set(this, this.skillpath);
    this.skillpath.start(() => attributeOptions(this));
  }

  disconnectedCallback() {
    // A move disconnects and reconnects in one go; only a real removal ends it.
    queueMicrotask(() => {
      if (!this.isConnected && this.skillpath) {
        this.skillpath.destroy();
        WIDGETS.delete(this);
        this.skillpath = null;
      }
    });
  }

  attributeChangedCallback() {
    this.skillpath?.update(attributeOptions(this));
  }
}

// The author's part as properties (mount() takes the same as options):
//   element.nextStep = { text, href }; element.nextStepByOutcome = { "t-shaped": { text, href } };
//   element.intro = "Why this guide is here.";
for (const name of AUTHOR) {
  Object.defineProperty(SkillPathElement.prototype, name, {
    get() {
      return this[GIVEN]?.[name];
    },
    set(value) {
      this[GIVEN] = { ...this[GIVEN], [name]: value };
      this.skillpath?.update(attributeOptions(this));
    },
    configurable: true,
    enumerable: true,
  });
}

// Included twice (the same file from two addresses, or copies of two
// builds): the first copy defines the element and runs every widget on the
// page, mount() included, so that one wasm instance knows every widget and
// every storage key in use; a later copy says so once and stands down.
const defined = customElements.get("skill-path");
if (!defined) customElements.define("skill-path", SkillPathElement);
else if (defined.skillpath) {
  const first = defined.skillpath;
  console.warn(`Skillpath: this page includes Skillpath more than once. ${first.url} (${first.version}) runs every widget; ${import.meta.url} (${VERSION}) stands down.`);
} else {
  console.warn(`Skillpath: another script has already defined <skill-path>; ${import.meta.url} (${VERSION}) serves mount() only.`);
}
const owner = customElements.get("skill-path").skillpath ?? SkillPathElement.skillpath;

/**
 * Renders the widget into `element` (in a shadow root of its own) with
 * `options` ({ sections, theme, currency, locale, storageKey, lang, intro,
 * nextStep: { text, href }, nextStepByOutcome: { "t-shaped": { text, href }, … } },
 * all optional; without `lang`, the language of the page around `element`).
 * The element's children with slot="intro", "next-step" or
 * "next-step-<outcome>" show in the widget as they would in <skill-path>.
 * Resolves to { update(options), destroy() }; events are dispatched on `element`.
 * Rejects, starting nothing, when `element` already holds a widget (call
 * update() on its handle, or destroy() it first) or `options` cannot be read.
 */
export async function mount(element, options = {}) {
  if (owner !== SkillPathElement.skillpath) return owner.mount(element, options);
  if (!(element instanceof Element)) throw new TypeError("Skillpath: mount() needs an element");
  let current = withPageLang(element, readOptions(options, "mount()"));
  if (WIDGETS.has(element)) {
    throw new Error("Skillpath: this element already holds a widget; call update() on the handle mount() gave, or destroy() it first");
  }
  let root;
  try {
    root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  } catch {
    throw new TypeError(`Skillpath: mount() needs an element that can hold a shadow root (a div, for example), not <${element.localName}>`);
  }
  const instance = new Instance(element, root, current);
  WIDGETS.set(element, instance);
  await instance.start(() => current);
  return {
    update(next = {}) {
      current = { ...current, ...readOptions(next, "update()") };
      instance.update(current);
    },
    destroy() {
      instance.destroy();
      if (WIDGETS.get(element) === instance) WIDGETS.delete(element);
    },
  };
}
