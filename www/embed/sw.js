// Skillpath's service worker: the standalone page works offline after one visit.
//
// Every file of one build is precached together under that build's name, and
// every request is answered from that one cache, so a page never mixes files
// of two builds (old JS never meets new wasm). A new build's worker precaches
// its own set in the background and takes over, deleting the old set, once no
// page of the old build is open. The build fills in its name and file list below.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const CACHE = `skillpath-${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      await cache.addAll(FILES);
      // A wasm file that arrived damaged (cut short, a proxy's error page with
      // status 200) would be served from here for this build's whole life:
      // the install fails instead, and the next visit tries again.
      for (const file of FILES.filter((f) => f.endsWith(".wasm"))) {
        const stored = await cache.match(file);
        if (!stored || !WebAssembly.validate(await stored.arrayBuffer())) {
          await caches.delete(CACHE);
          throw new Error(`Skillpath: ${file} arrived damaged; not kept for offline use`);
        }
      }
    }),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("skillpath-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // Pages are matched without their query (?sections=… and the like).
      const hit = await cache.match(request, { ignoreSearch: request.mode === "navigate" });
      return hit ?? fetch(request);
    }),
  );
});
