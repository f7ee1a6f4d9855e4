// <skill-path> and mount(): the part of skillpath.js that host pages talk to.
// The build puts it after a short prologue that defines how this copy finds
// its files:
//   loadWidget()     -> Promise of the wasm's Widget class (loaded once);
//   addStyles(root)  -> gives a shadow root the widget's stylesheet; resolves
//                       once it applies (so the widget never shows unstyled).
// The hosted skillpath.js fetches both relative to its own URL; the offline
// file carries them inline.

const ATTRIBUTES = ["sections", "theme", "currency", "locale", "storage-key"];
const LOADING = "Loading the career guide…";
const FAILED =
  "The career guide could not start here: this page or this browser does not allow WebAssembly, or its files could not be loaded.";

/** The options in an element's attributes, as mount() takes them. */
function attributeOptions(element) {
  const options = {};
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    if (value !== null) options[name === "storage-key" ? "storageKey" : name] = value;
  }
  return options;
}

/** One widget in one shadow root; `options()` is read when the wasm is ready. */
class Instance {
  constructor(host, root) {
    const styled = root.querySelector("[data-skillpath-styles]") || root.adoptedStyleSheets?.length;
    this.styles = styled ? Promise.resolve() : addStyles(root);
    this.host = host;
    this.place = document.createElement("div");
    this.place.className = "sp-root";
    const note = document.createElement("p");
    note.className = "sp-loading";
    note.textContent = LOADING;
    this.place.append(note);
    root.append(this.place);
    this.widget = null;
    this.gone = false;
  }

  async start(options) {
    this.options = options;
    try {
      const [Widget] = await Promise.all([loadWidget(), this.styles]);
      if (this.gone) return;
      this.widget = new Widget(this.place, this.host, options());
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
    const text = document.createElement("p");
    text.textContent = FAILED;
    const retry = document.createElement("button");
    retry.type = "button";
    retry.textContent = "Try again";
    retry.addEventListener("click", () => {
      this.retried = true;
      const wait = document.createElement("p");
      wait.className = "sp-loading";
      wait.setAttribute("role", "status");
      wait.textContent = LOADING;
      this.place.replaceChildren(wait);
      this.start(this.options);
    });
    note.append(text, retry);
    this.place.replaceChildren(note);
    // After a retry that failed again, the reader is still on the button.
    if (this.retried) retry.focus();
  }

  update(options) {
    this.widget?.update(options);
  }

  destroy() {
    this.gone = true;
    if (this.widget) {
      this.widget.destroy();
      this.widget.free();
      this.widget = null;
    }
    this.place.remove();
  }
}

class SkillPathElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  connectedCallback() {
    // Moved within the page: the widget stays as it is.
    if (this.skillpath) return;
    const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
    this.skillpath = new Instance(this, root);
    this.skillpath.start(() => attributeOptions(this));
  }

  disconnectedCallback() {
    // A move disconnects and reconnects in one go; only a real removal ends it.
    queueMicrotask(() => {
      if (!this.isConnected && this.skillpath) {
        this.skillpath.destroy();
        this.skillpath = null;
      }
    });
  }

  attributeChangedCallback() {
    this.skillpath?.update(attributeOptions(this));
  }
}

// Included twice (two copies of the script, or a bundle and a tag): define once.
if (!customElements.get("skill-path")) customElements.define("skill-path", SkillPathElement);

/**
 * Renders the widget into `element` (in a shadow root of its own) with
 * `options` ({ sections, theme, currency, locale, storageKey }, all optional).
 * Resolves to { update(options), destroy() }; events are dispatched on `element`.
 */
export async function mount(element, options = {}) {
  if (!(element instanceof Element)) throw new TypeError("Skillpath: mount() needs an element");
  let root;
  try {
    root = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  } catch {
    throw new TypeError(`Skillpath: mount() needs an element that can hold a shadow root (a div, for example), not <${element.localName}>`);
  }
  let current = { ...options };
  const instance = new Instance(element, root);
  await instance.start(() => current);
  return {
    update(next = {}) {
      current = { ...current, ...next };
      instance.update(current);
    },
    destroy() {
      instance.destroy();
    },
  };
}
