// The example host page's side: start the demo, log its events, drive it.
(function () {
  var src = new URLSearchParams(location.search).get("demo") || "/";
  var demo = WalletDemo.embed("#demo", { src: src });
  var log = document.getElementById("log");
  ["ready", "step", "complete", "payment", "reset"].forEach(function (name) {
    demo.on(name, function (e) { log.textContent += name + " " + JSON.stringify(e) + "\n"; });
  });
  document.getElementById("start").onclick = function () { demo.send("start-tour", { tour: "setup" }); };
  document.getElementById("zh").onclick = function () { demo.send("set-lang", { lang: "zh-Hans" }); };
  document.getElementById("reset").onclick = function () { demo.send("reset"); };
})();
