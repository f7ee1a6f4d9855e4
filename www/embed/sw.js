// Skillpath's service worker: the standalone page works offline after one visit.
//
// Every file of one build is precached together under that build's name, and
// every request is answered from that one cache, so a page never mixes files
// of two builds (old JS never meets new wasm). A new build's worker precaches
// its own set in the background and takes over, deleting the old set, once no
// page of the old build is open. The build fills in its name, its file list
// and, for each page and script that names hashed files, the names it gives.
const BUILD = "__BUILD__";
const FILES = __FILES__;
const NAMES = __NAMES__;
const HASHED = __HASHED__;
// This deployment's caches are named after the worker's scope: another copy
// of Skillpath under another path of the same origin keeps its own.
const PREFIX = `skillpath ${self.registration.scope} `;
const CACHE = `${PREFIX}${BUILD}`;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then(async (cache) => {
      try {
        // Past the HTTP cache: with ordinary caching (max-age) it may still
        // hold the previous build's pages, which name files this build has not.
        await cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" })));
        for (const file of FILES) await check(cache, file);
      } catch (error) {
        // Nothing half-made is kept; the old worker stays, and the next visit tries again.
        await caches.delete(CACHE);
        throw error;
      }
    }),
  );
});

/**
 * Fails unless the cached `file` belongs to this build: a wasm file must be
 * whole (cut short, or a proxy's error page with status 200, it would be
 * served for this build's whole life), and a page or script must name exactly
 * the hashed files it named when this build was made (a server in the middle
 * of a deploy, or a cache on the way, may answer with another build's copy).
 */
async function check(cache, file) {
  const stored = await cache.match(file);
  if (!stored) throw new Error(`Skillpath: ${file} was not stored; not kept for offline use`);
  if (file.endsWith(".wasm") && !WebAssembly.validate(await stored.arrayBuffer())) {
    throw new Error(`Skillpath: ${file} arrived damaged; not kept for offline use`);
  }
  const expected = NAMES[file];
  if (expected) {
    const named = [...new Set((await stored.text()).match(HASHED) ?? [])].sort();
    // Compared as sets: the order of names says nothing about the build.
    if (named.join(" ") !== [...expected].sort().join(" ")) {
      throw new Error(`Skillpath: ${file} arrived from another build (it names ${named.join(", ") || "no file"}); not kept for offline use`);
    }
  }
}

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then(async (keys) => {
        const older = [];
        for (const key of keys) if (key !== CACHE && (key.startsWith(PREFIX) || (await earlierOurs(key)))) older.push(key);
        await Promise.all(older.map((key) => caches.delete(key)));
      })
      .then(() => self.clients.claim()),
  );
});

/**
 * Whether `key` is this deployment's cache from a build whose worker named
 * caches "skillpath-<build>" without the scope: it holds this scope's own
 * page. Another deployment's cache holds its own scope's page instead.
 */
async function earlierOurs(key) {
  if (!/^skillpath-[0-9a-f]+$/.test(key)) return false;
  return !!(await (await caches.open(key)).match(self.registration.scope, { ignoreSearch: true }));
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  // Only this deployment's own cache answers (pages without their query:
  // ?sections=… and the like).
  event.respondWith(
    caches.match(request, { cacheName: CACHE, ignoreSearch: request.mode === "navigate" }).then((hit) => hit ?? fetch(request)),
  );
});
