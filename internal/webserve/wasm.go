package webserve

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/andybalholm/brotli"
)

// Wasm is app.wasm as the server and the export describe it.
type Wasm struct {
	Size int64
	// Version is a hash of the file: it names the service worker's cache,
	// so any new build is a new version, and a restart is not.
	Version string
}

// encodings are the precompressed siblings of app.wasm, in order of
// preference, with their file suffix.
var encodings = []struct {
	Name, Suffix string
	write        func(io.Writer, io.Reader) error
}{
	// Brotli's window at 4 MB (22 bits) rather than its largest, 16 MB:
	// five builds of app.wasm (the demo's and the floor's, 8–12 MB) each
	// came out 0.7–4.9 kB smaller (21 bits: 12 kB larger), and a phone's
	// decoder needs a quarter of the memory.
	{"br", ".br", func(w io.Writer, r io.Reader) error {
		bw := brotli.NewWriterOptions(w, brotli.WriterOptions{Quality: 11, LGWin: 22})
		if _, err := io.Copy(bw, r); err != nil {
			return err
		}
		return bw.Close()
	}},
	{"gzip", ".gz", func(w io.Writer, r io.Reader) error {
		gw, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
		if _, err := io.Copy(gw, r); err != nil {
			return err
		}
		return gw.Close()
	}},
}

// LoadWasm hashes web/app.wasm and makes sure its compressed siblings are
// there and newer than it, writing them if not.
func LoadWasm(web string) (Wasm, error) {
	path := filepath.Join(web, "app.wasm")
	f, err := os.Open(path)
	if err != nil {
		return Wasm{}, fmt.Errorf("%w (build it first: make wasm)", err)
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Wasm{}, err
	}
	if err := Precompress(path); err != nil {
		return Wasm{}, err
	}
	return Wasm{Size: n, Version: hex.EncodeToString(h.Sum(nil))[:20]}, nil
}

// Precompress writes path.br and path.gz unless they are already newer
// than path. Each is written aside and renamed, so a reader never sees half
// a file.
func Precompress(path string) error {
	src, err := os.Stat(path)
	if err != nil {
		return err
	}
	removeAbandoned(filepath.Dir(path), time.Now())
	for _, e := range encodings {
		dst := path + e.Suffix
		if st, err := os.Stat(dst); err == nil && st.ModTime().After(src.ModTime()) {
			continue
		}
		if err := compressFile(path, dst, e.write); err != nil {
			return fmt.Errorf("compressing %s: %w", dst, err)
		}
	}
	return nil
}

// tempPattern names the files compressFile writes before renaming them.
const tempPattern = ".compress-*"

// abandonedAfter is how long a temporary file may go unwritten before it
// counts as left by a run that was killed (a brotli run may write nothing
// for half a minute before its output comes at once).
const abandonedAfter = 10 * time.Minute

// removeAbandoned removes from dir the temporary files of runs that were
// killed before they could remove them.
func removeAbandoned(dir string, now time.Time) {
	names, _ := filepath.Glob(filepath.Join(dir, tempPattern))
	for _, name := range names {
		if st, err := os.Stat(name); err == nil && now.Sub(st.ModTime()) > abandonedAfter {
			os.Remove(name)
		}
	}
}

func compressFile(src, dst string, write func(io.Writer, io.Reader) error) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(filepath.Dir(dst), tempPattern)
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp, in); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), dst)
}
