
// -----------------------------------------------------------------------------
// Wallet Demo: how app.wasm is fetched
// -----------------------------------------------------------------------------
// go-app's fetchWithProgress (renamed goappFetchWithProgress above) copies
// every chunk of app.wasm through a JavaScript stream to count it: on a
// phone's CPU that costs about 200 ms before the app is live. It is worth
// it on a first visit, where app.wasm comes over the network and the bar
// shows how much has come. Once the service worker serves the page, it
// serves app.wasm from its cache at once: the browser's own response goes
// straight to the compiler.
async function fetchWithProgress(url, progress) {
  if (!navigator.serviceWorker || !navigator.serviceWorker.controller) {
    let fetched;
    walletDemoWasmFetched = new Promise((resolve) => (fetched = resolve));
    try {
      return await goappFetchWithProgress(url, (p) => {
        progress(p);
        if (p >= 100) {
          fetched();
        }
      });
    } catch (err) {
      fetched();
      throw err;
    }
  }
  const response = await fetch(url);
  progress(100);
  return response;
}

// walletDemoWasmFetched settles once a first visit's app.wasm has come
// (var: app.js sets it before this part of the script has run).
var walletDemoWasmFetched;

// walletDemoInitServiceWorker takes the place of go-app's first call of
// goappInitServiceWorker. Registered as app.js starts, the worker would
// precache every page and asset while app.wasm downloads, and over a
// phone's link the two would share its bandwidth: it is registered once
// app.wasm has come, or at once when the page fetches none this way. It
// waits for the rest of app.js, which starts the fetch.
function walletDemoInitServiceWorker() {
  queueMicrotask(() => (walletDemoWasmFetched || Promise.resolve()).then(goappInitServiceWorker));
}
