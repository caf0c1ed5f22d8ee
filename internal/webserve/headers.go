package webserve

import (
	"log"
	"net/http"
	"strings"
	"time"
)

// SecurityHeaders returns the headers every response carries. The CSP lets
// the page compile WebAssembly and run its one inline script (earlyWasmJS),
// and nothing load from elsewhere.
func SecurityHeaders(frameAncestors string) map[string]string {
	return map[string]string{
		"Content-Security-Policy": strings.Join([]string{
			"default-src 'self'",
			"script-src 'self' 'wasm-unsafe-eval' " + earlyWasmSource,
			// go-app writes style attributes; no remote style is allowed.
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:",
			"media-src 'self' blob:",
			"connect-src 'self'",
			"worker-src 'self'",
			"manifest-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"form-action 'self'",
			"frame-ancestors " + frameAncestors,
		}, "; "),
		"X-Content-Type-Options":     "nosniff",
		"Referrer-Policy":            "strict-origin-when-cross-origin",
		"Permissions-Policy":         "camera=(self), microphone=(), geolocation=()",
		"Cross-Origin-Opener-Policy": "same-origin",
	}
}

// Secure refuses every method but GET and HEAD and sets the security
// headers on every response.
func Secure(frameAncestors string, next http.Handler) http.Handler {
	headers := SecurityHeaders(frameAncestors)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range headers {
			w.Header().Set(k, v)
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// AccessLog logs one line a request: method, path, status, bytes, time.
func AccessLog(logger *log.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		logger.Printf("%s %s %d %dB %s", r.Method, r.URL.RequestURI(), rec.status, rec.bytes, time.Since(start).Round(time.Microsecond))
	})
}

// statusRecorder remembers what a handler answered, for the access log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int64
}

func (s *statusRecorder) WriteHeader(code int) {
	s.status = code
	s.ResponseWriter.WriteHeader(code)
}

func (s *statusRecorder) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	s.bytes += int64(n)
	return n, err
}
