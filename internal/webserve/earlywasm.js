(function () {
  var meta = document.querySelector('meta[name="app-wasm"]');
  if (!meta || /bot|googlebot|crawler|spider|robot|crawling/i.test(navigator.userAgent) || new URLSearchParams(location.search).get("wasm") === "false") {
    return;
  }
  window.earlyAppWasm = fetch(meta.content, { priority: "low" });
  window.earlyAppWasm.catch(function () {});
})();
