// The script of the standalone page (index.html) and of the iframe page
// (embed.html). The build writes it to the site with the hashed names of the
// wasm and its JS glue in place of the placeholders below, and whether to
// register the service worker (release builds only).
//
// Options come from the URL: ?sections=guide&theme=dark&currency=EUR&locale=de-DE.
// The widget reads sections, currency and locale from #skillpath's attributes;
// the theme is a data-theme attribute that its stylesheet follows. Inside a
// frame, the page reports its height to the host page (see frame.js).
const host = document.getElementById("skillpath");
const params = new URLSearchParams(location.search);
for (const name of ["sections", "currency", "locale"]) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(name, value);
}
const theme = (params.get("theme") ?? "").trim().toLowerCase();
if (theme === "light" || theme === "dark") host.dataset.theme = theme;
else if (theme !== "" && theme !== "auto") {
  console.warn(`Skillpath: theme "${theme}" is not light, dark or auto; following the reader's setting.`);
}

const note = host.querySelector(".page__fallback");
if (note) note.textContent = "Loading the career guide…";
try {
  const { default: init } = await import("./__GLUE__");
  await init({ module_or_path: new URL("__WASM__", import.meta.url) });
} catch (error) {
  console.warn("Skillpath could not start:", error);
  if (note?.isConnected) {
    note.textContent =
      "The career guide could not start here: this page or this browser does not allow WebAssembly, or its file could not be loaded.";
    note.setAttribute("role", "alert");
  }
}

// Release builds of the hosted page keep working offline (see sw.js); not in a
// frame, where the host page's visitors did not ask for it, nor from disk.
if (__SERVICE_WORKER__ && window.parent === window && "serviceWorker" in navigator && location.protocol.startsWith("http")) {
  navigator.serviceWorker.register("sw.js").catch((error) => console.warn("Skillpath: offline use is not available here:", error));
}

if (window.parent !== window) {
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
