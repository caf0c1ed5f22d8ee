/* Wallet Demo embed: WalletDemo.embed(target, {src, lang, tour, step, autoplay,
   loop, idle, width, height, lazy, poster, title}) puts the demo in a phone-shaped
   iframe and returns {frame, load(), on(event, fn), send(command, args)}.
   Events: ready, step, complete, payment, reset. Commands: reset, start-tour
   (autoplay, loop, idle), goto-step, set-lang. The demo obeys only origins its
   operator allows.
   Lazy by default: nothing of the demo is fetched until the reader scrolls near
   it (lazy: false loads at once). poster: true (or a picture's URL) shows a
   picture with a "Try it" button instead, and loads the demo on a tap.
   Without script: <div data-walletdemo="URL" data-width="390" data-poster="1">
   is embedded when the browser is next idle after this file loads; its element's
   walletDemo is then the handle, and it fires "walletdemo:embedded". */
(function (w, d) {
  "use strict";
  var me = d.currentScript && d.currentScript.src;
  var tries = { en: "Try it", "zh-Hans": "试一试", "zh-Hant-HK": "試一試" };
  function embed(target, opts) {
    opts = opts || {};
    var box = typeof target === "string" ? d.querySelector(target) : target;
    if (!box) throw new Error("WalletDemo: no element " + target);
    var src = new URL(opts.src || "/", d.baseURI);
    src.searchParams.set("embed", "1");
    var origin = src.origin;
    var lang = opts.lang || src.searchParams.get("lang") || "en";
    // The frame's box: phone-shaped at its width, narrowing with the
    // column; reserved before anything loads, so nothing shifts.
    var shell = d.createElement("div");
    shell.style.cssText = "position:relative;width:100%;max-width:" + (+opts.width || 390) + "px;" +
      (opts.height ? "height:" + opts.height + "px" : "aspect-ratio:390/844");
    box.appendChild(shell);
    var fill = "display:block;position:absolute;inset:0;width:100%;height:100%;border:0;border-radius:16px;";
    var handlers = {};
    var ready = false;
    var queue = [];
    var api = {
      frame: null,
      load: load,
      on: function (name, fn) { (handlers[name] = handlers[name] || []).push(fn); return this; },
      send: send
    };
    // load puts the demo in the frame: a new one, or the poster's.
    function load(focus) {
      var frame = api.frame;
      if (frame && !frame.srcdoc) return frame;
      if (!frame) {
        frame = api.frame = d.createElement("iframe");
        frame.style.cssText = fill;
      }
      frame.onload = null;
      frame.title = opts.title || "Wallet Demo";
      frame.allow = "camera";
      frame.src = src.href;
      // Without srcdoc the frame loads src.
      frame.removeAttribute("srcdoc");
      if (!frame.parentNode) shell.appendChild(frame);
      if (focus) frame.focus();
      return frame;
    }
    function send(command, args) {
      var msg = { type: "walletdemo:command", command: command };
      for (var k in args || {}) msg[k] = args[k];
      if (!ready) return queue.push(msg);
      api.frame.contentWindow.postMessage(msg, origin);
    }
    function emit(name, e) {
      (handlers[name] || []).forEach(function (fn) {
        try { fn(e); } catch (err) { setTimeout(function () { throw err; }); }
      });
    }
    w.addEventListener("message", function (e) {
      var m = e.data;
      if (!api.frame || e.origin !== origin || e.source !== api.frame.contentWindow || !m || m.type !== "walletdemo:event") return;
      if (m.event === "ready") {
        ready = true;
        if (opts.lang) send("set-lang", { lang: opts.lang });
        if (opts.tour) send("start-tour", { tour: opts.tour, step: opts.step || 0, autoplay: !!opts.autoplay, loop: !!opts.loop, idle: opts.idle || 0 });
        queue.splice(0).forEach(function (q) { api.frame.contentWindow.postMessage(q, origin); });
      }
      emit(m.event, m);
    });
    if (opts.poster) {
      // The poster is a frame of its own, the one the demo then loads in:
      // a tap changes nothing of the page's layout, and the picture is
      // not the article's largest paint.
      var pic = typeof opts.poster === "string" ? opts.poster : new URL("poster.jpg", me || src).href;
      var name = (tries[lang] || tries.en) + ": " + (opts.title || "Wallet Demo");
      var frame = api.frame = d.createElement("iframe");
      frame.title = name;
      frame.style.cssText = fill;
      frame.srcdoc = '<!doctype html><html lang="' + esc(lang) + '"><body style="margin:0">' +
        '<button type="button" aria-label="' + esc(name) + '" style="position:fixed;inset:0;width:100%;height:100%;padding:0;border:0;cursor:pointer;background:#ededed">' +
        '<img src="' + esc(encodeURI(pic)) + '" alt="" style="display:block;width:100%;height:100%;object-fit:cover;object-position:top">' +
        '<span style="position:absolute;left:50%;bottom:12%;transform:translateX(-50%);padding:12px 28px;border-radius:24px;background:#07c160;color:#fff;' +
        'font:600 17px/20px system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)">' + esc(tries[lang] || tries.en) + '</span></button></body></html>';
      frame.onload = function () {
        var tap = frame.srcdoc && frame.contentDocument && frame.contentDocument.querySelector("button");
        if (tap) tap.onclick = function () { load(true); };
      };
      // After the page's first paint: the article's own text and pictures
      // come first; the box is already reserved.
      w.requestAnimationFrame(function () {
        setTimeout(function () { if (!frame.parentNode) shell.appendChild(frame); });
      });
    } else if (opts.lazy === false || opts.loading === "eager" || !("IntersectionObserver" in w)) {
      load();
    } else {
      // Start a screen or so before the reader gets there, so the demo is
      // up when it comes into view.
      var seen = new IntersectionObserver(function (es) {
        if (es.some(function (e) { return e.isIntersecting; })) { seen.disconnect(); load(); }
      }, { rootMargin: "600px 0px" });
      seen.observe(shell);
    }
    return api;
  }
  function esc(s) {
    return String(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
  }
  // The markup's embeds are made when the browser is idle, each time in a
  // task of embed.js's own: none of the page's own tasks grows by them.
  // While the page is still loading, more may come: look again later.
  function later() {
    if (w.requestIdleCallback) w.requestIdleCallback(auto, { timeout: 2000 }); else setTimeout(auto, 200);
  }
  function auto() {
    [].forEach.call(d.querySelectorAll("[data-walletdemo]"), function (el) {
      if (el.walletDemo) return;
      var a = el.dataset;
      el.walletDemo = embed(el, { src: a.walletdemo, width: a.width, poster: a.poster === "1" ? true : a.poster, title: a.title });
      el.dispatchEvent(new CustomEvent("walletdemo:embedded", { bubbles: true }));
    });
    if (d.readyState === "loading") later();
  }
  w.WalletDemo = { embed: embed };
  later();
})(window, document);
