// Wallet Demo service worker: precaches every route and asset of one
// version, serves them cache-first so the demo works with no network, and
// drops older versions only once the new one is complete. It does not claim
// the page that installed it: go-app would take that for an update.
const cacheName = "walletdemo-{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};
// The scope is the app's root page ("/" or "/prefix/").
const scopePath = new URL(self.registration.scope).pathname;

// app.wasm is cached first, alone: on a first visit the page is
// downloading it too (the browser's HTTP cache lets one download serve
// both), and over a phone's link the other files would share its
// bandwidth.
const isWasm = (path) => path.endsWith("/app.wasm");

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) =>
        cache
          .addAll(resourcesToCache.filter(isWasm))
          .then(() => cache.addAll(resourcesToCache.filter((path) => !isWasm(path))))
      )
      .then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k)))
      )
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(fromCache(request));
});

async function fromCache(request) {
  const cache = await caches.open(cacheName);
  if (request.mode !== "navigate") {
    return (await cache.match(request)) || fetch(request);
  }
  // Pages are cached without their query (?tour=…, ?utm_source=…), which
  // only the app reads, and a prefix's page with its trailing slash.
  const path = new URL(request.url).pathname;
  const hit = (await cache.match(path)) || (!path.endsWith("/") && (await cache.match(path + "/")));
  if (hit) {
    return hit;
  }
  try {
    return await fetch(request);
  } catch (err) {
    // Offline on a page that was never cached: the app's shell shows its
    // own "not found" screen, which beats the browser's offline error.
    const shell = await cache.match(scopePath);
    if (shell) {
      return shell;
    }
    throw err;
  }
}
