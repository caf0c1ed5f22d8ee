/* Wallet Demo embed: WalletDemo.embed(target, {src, lang, tour, step, autoplay,
   loop, idle, height}) puts the demo in an iframe and returns {frame, on(event, fn),
   send(command, args)}. Events: ready, step, complete, payment, reset. Commands:
   reset, start-tour (autoplay, loop, idle), goto-step, set-lang. The demo obeys
   only origins its operator allows. */
(function (w) {
  "use strict";
  function embed(target, opts) {
    opts = opts || {};
    var box = typeof target === "string" ? document.querySelector(target) : target;
    if (!box) throw new Error("WalletDemo: no element " + target);
    var src = new URL(opts.src || "/", document.baseURI);
    src.searchParams.set("embed", "1");
    var origin = src.origin;
    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = opts.title || "Wallet Demo";
    frame.allow = "camera";
    frame.loading = opts.loading || "eager";
    frame.style.cssText = "display:block;border:0;width:100%;max-width:420px;border-radius:16px;" +
      "height:" + (opts.height || Math.min(760, Math.max(560, w.innerHeight - 40))) + "px";
    box.appendChild(frame);
    var handlers = {};
    var ready = false;
    var queue = [];
    function send(command, args) {
      var msg = { type: "walletdemo:command", command: command };
      for (var k in args || {}) msg[k] = args[k];
      if (!ready) return queue.push(msg);
      frame.contentWindow.postMessage(msg, origin);
    }
    function emit(name, e) {
      (handlers[name] || []).forEach(function (fn) {
        try { fn(e); } catch (err) { setTimeout(function () { throw err; }); }
      });
    }
    w.addEventListener("message", function (e) {
      var d = e.data;
      if (e.origin !== origin || e.source !== frame.contentWindow || !d || d.type !== "walletdemo:event") return;
      if (d.event === "ready") {
        ready = true;
        if (opts.lang) send("set-lang", { lang: opts.lang });
        if (opts.tour) send("start-tour", { tour: opts.tour, step: opts.step || 0, autoplay: !!opts.autoplay, loop: !!opts.loop, idle: opts.idle || 0 });
        queue.splice(0).forEach(function (m) { frame.contentWindow.postMessage(m, origin); });
      }
      emit(d.event, d);
    });
    return {
      frame: frame,
      on: function (name, fn) { (handlers[name] = handlers[name] || []).push(fn); return this; },
      send: send
    };
  }
  w.WalletDemo = { embed: embed };
})(window);
