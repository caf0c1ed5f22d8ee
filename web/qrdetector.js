// The QR reader of browsers without BarcodeDetector (Safari, Firefox,
// Chromium on desktop Linux and Windows): a class with BarcodeDetector's
// detect(), reading with jsQR, which it loads from beside this file on
// first use. The Scan screen loads this file only where it is needed.
(function () {
  const base = document.currentScript.src.replace(/[^/]*$/, "");
  // Frames are read at most this wide: enough for a code filling a fifth
  // of a phone camera's picture, and a photo of 12 megapixels stays quick.
  const maxSide = 1280;
  let lib = null;
  function load() {
    if (!lib) {
      lib = new Promise((resolve, reject) => {
        const s = document.createElement("script");
        s.src = base + "jsqr.js";
        s.onload = () => (window.jsQR ? resolve(window.jsQR) : reject(new Error("jsqr.js defines no jsQR")));
        s.onerror = () => {
          lib = null;
          reject(new Error("the QR decoder could not be loaded"));
        };
        document.head.appendChild(s);
      });
    }
    return lib;
  }
  const canvas = document.createElement("canvas");
  class WalletDemoQRDetector {
    // detect reads a video, image, canvas or ImageBitmap as
    // BarcodeDetector.detect does: a promise of the codes found.
    async detect(source) {
      const jsQR = await load();
      const w = source.videoWidth || source.naturalWidth || source.width;
      const h = source.videoHeight || source.naturalHeight || source.height;
      if (!w || !h) return [];
      const k = Math.min(1, maxSide / Math.max(w, h));
      canvas.width = Math.round(w * k);
      canvas.height = Math.round(h * k);
      const g = canvas.getContext("2d", { willReadFrequently: true });
      g.drawImage(source, 0, 0, canvas.width, canvas.height);
      const img = g.getImageData(0, 0, canvas.width, canvas.height);
      const code = jsQR(img.data, img.width, img.height, { inversionAttempts: "attemptBoth" });
      return code ? [{ rawValue: code.data, format: "qr_code" }] : [];
    }
  }
  window.WalletDemoQRDetector = WalletDemoQRDetector;
})();
