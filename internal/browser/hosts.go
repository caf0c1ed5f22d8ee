package browser

import (
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"

	"github.com/chromedp/chromedp"
)

// MapHost makes the browser resolve the made-up host name to 127.0.0.1, so
// a test server on loopback is opened as another device on the network
// opens it: over plain HTTP that is not a secure context, as 127.0.0.1 and
// localhost are.
func MapHost(name string) chromedp.ExecAllocatorOption {
	return chromedp.Flag("host-resolver-rules", "MAP "+name+" 127.0.0.1")
}

// TrustKey makes the browser accept a certificate with cert's public key
// as it would one from a trusted authority: no warning, a secure context,
// service workers allowed. It is how a test brings its own certificate, as
// a trainer brings theirs.
func TrustKey(cert *x509.Certificate) chromedp.ExecAllocatorOption {
	sum := sha256.Sum256(cert.RawSubjectPublicKeyInfo)
	return chromedp.Flag("ignore-certificate-errors-spki-list", base64.StdEncoding.EncodeToString(sum[:]))
}
