// -----------------------------------------------------------------------------
// Wallet Demo: how app.wasm is fetched and started
// -----------------------------------------------------------------------------
// go-app's own fetchWithProgress, whose place this function takes, copies
// every chunk of app.wasm through a JavaScript stream and rewrites the
// loading label for each: hundreds of writes on the page's thread while it
// should be starting the app. Once the service worker serves the page, it
// serves app.wasm from its cache at once: the browser's own response goes
// straight to the compiler. On a first visit app.wasm comes over the
// network and the bar shows how much has come: the chunks pass through a
// transform that tells each whole percentage once. Where the page's first
// script (earlywasm.js) has already asked for app.wasm, its answer is the
// one used.
async function fetchWithProgress(url, progress) {
  const early = window.earlyAppWasm;
  window.earlyAppWasm = undefined;
  const response = await (early || fetch(url));
  if (navigator.serviceWorker && navigator.serviceWorker.controller) {
    progress(100);
    return response;
  }
  const total = parseInt(goappWasmContentLength, 10);
  if (!response.ok || !response.body || !(total > 0)) {
    return response;
  }
  let loaded = 0;
  let shown = 0;
  const tell = (percent) => {
    if (percent > shown) {
      shown = percent;
      progress(percent);
    }
  };
  const counted = response.body.pipeThrough(new TransformStream({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      tell(Math.min(99, Math.floor((loaded * 100) / total)));
      controller.enqueue(chunk);
    },
    flush() {
      tell(100);
    },
  }));
  return new Response(counted, { headers: response.headers });
}

// nextTask resolves in a task of its own. app.js awaits it between
// instantiating app.wasm and running it, so that finishing the compile
// and instantiating, and starting Go and its packages, are two tasks
// rather than one long one: the page can paint and take input between.
function nextTask() {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}
