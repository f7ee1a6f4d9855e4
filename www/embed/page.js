// The script of the standalone page (index.html) and of the iframe page
// (embed.html): both hold one <skill-path id="skillpath">, started by
// skillpath.js like on any host page.
//
// Options come from the URL, ?sections=guide&theme=dark&currency=EUR&locale=de-DE&lang=de,
// and become the element's attributes. Inside a frame, the page reports its
// height to the host page (see frame.js).
const host = document.getElementById("skillpath");
const params = new URLSearchParams(location.search);
for (const name of ["sections", "theme", "currency", "locale", "storage-key", "lang"]) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(name, value);
}
// The author's part, as text: ?intro=…&next-step=…&next-step-href=https://…,
// and per outcome ?next-step-t-shaped=…&next-step-t-shaped-href=…. The
// widget checks them (text stays text; only http and https links are drawn).
{
  const step = (name) => {
    const [text, href] = [params.get(name), params.get(`${name}-href`)];
    return text === null && href === null ? undefined : { text: text ?? undefined, href: href ?? undefined };
  };
  if (params.get("intro") !== null) host.intro = params.get("intro");
  const general = step("next-step");
  if (general) host.nextStep = general;
  const byOutcome = Object.fromEntries(
    ["generalist", "specialist", "t-shaped", "pi-shaped", "comb-shaped"].map((o) => [o, step(`next-step-${o}`)]).filter(([, s]) => s),
  );
  if (Object.keys(byOutcome).length) host.nextStepByOutcome = byOutcome;
  // ?accent=#0b6e4f: the widget's main colour (its ink stays readable).
  const accent = params.get("accent");
  if (accent !== null) {
    if (accent.length <= 64 && CSS.supports("color", accent)) host.style.setProperty("--skillpath-accent", accent);
    else console.warn(`Skillpath: accent ${JSON.stringify(accent.slice(0, 40))} is not a colour; using the default.`);
  }
}
// Without ?lang=, the standalone page speaks the first of the reader's
// browser languages the widget speaks (the iframe page, the language of the
// page it is in: English unless ?lang= says otherwise).
const SPOKEN = __LANGS__;
if (params.get("lang") === null && !document.documentElement.classList.contains("embed")) {
  const primary = (tag) => String(tag).split(/[-_]/)[0].toLowerCase();
  host.setAttribute("lang", (navigator.languages ?? [navigator.language]).find((tag) => SPOKEN.includes(primary(tag))) ?? "en");
}
// The page's own words (its title, heading and footer) follow the widget's
// language: PAGE_WORDS holds them for every language, from the catalogues.
const PAGE_WORDS = __PAGE_WORDS__;
{
  const tag = host.getAttribute("lang") ?? "";
  const code = /^en-xa$/i.test(tag) ? "en-XA" : tag.split(/[-_]/)[0].toLowerCase();
  const words = Object.hasOwn(PAGE_WORDS, code) ? PAGE_WORDS[code] : null;
  if (words) {
    const embedded = document.documentElement.classList.contains("embed");
    document.title = embedded ? words.page_frame_title : words.page_title;
    document.documentElement.lang = code;
    document.documentElement.dir = code === "ar" ? "rtl" : "ltr";
    const heading = document.querySelector("h1");
    if (heading) heading.textContent = embedded ? words.page_frame_title : words.page_heading;
    const footer = document.querySelector(".page__footer");
    if (footer) footer.textContent = words.page_footer;
    const embed = document.querySelector(".page__embed a");
    if (embed) embed.textContent = words.page_builder_link;
  }
}
await import("./skillpath.js");

// Release builds of the hosted page keep working offline (see sw.js); not in a
// frame, where the host page's visitors did not ask for it, nor from disk.
if (__SERVICE_WORKER__ && window.parent === window && "serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn("Skillpath: offline use is not available here:", error));
}

if (window.parent !== window) {
  // The widget's events go to the page the frame is in, and to no other
  // origin, for frame.js to dispatch on the <iframe> element. Where that
  // origin cannot be known (a browser that tells neither, a page with no
  // origin), they are not sent.
  const parent = (() => {
    try {
      const origin = location.ancestorOrigins?.[0] ?? (document.referrer && new URL(document.referrer).origin);
      return origin && origin !== "null" ? origin : null;
    } catch {
      return null;
    }
  })();
  if (parent) {
    for (const type of ["skillpath-result", "skillpath-income", "skillpath-export", "skillpath-step", "skillpath-progress"]) {
      host.addEventListener(type, (event) => window.parent.postMessage({ skillpath: "event", type, detail: event.detail }, parent));
    }
  }
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // Only a height goes out, so any parent may read it; frame.js checks the sender.
      window.parent.postMessage({ skillpath: "height", height }, "*");
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}
