// Turns go-app's loading label ("42%") into the width of the slim progress
// bar, and shows the label itself if loading failed.
(function () {
  var label = document.getElementById("app-wasm-loader-label");
  var bar = document.getElementById("app-wasm-loader");
  if (!label || !bar) return;
  new MutationObserver(function () {
    var m = /^(\d+)%$/.exec(label.textContent.trim());
    if (m) {
      bar.style.setProperty("--progress", Math.max(5, +m[1]) + "%");
    } else if (label.textContent.trim() !== "") {
      bar.classList.add("failed");
      bar.setAttribute("role", "alert");
    }
  }).observe(label, { childList: true, characterData: true, subtree: true });
})();
