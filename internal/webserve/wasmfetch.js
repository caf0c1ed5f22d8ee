
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
    return goappFetchWithProgress(url, progress);
  }
  const response = await fetch(url);
  progress(100);
  return response;
}
