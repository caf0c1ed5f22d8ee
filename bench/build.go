package main

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"

	"walletdemo/internal/wasmdata"
	"walletdemo/internal/webserve"
)

// built is what build leaves in the work folder.
type built struct {
	server           string // the demo's native binary
	appWeb, floorWeb string // the web folders, each with its app.wasm
	// engineWeb is the engine floor's (bench/engine.go), in a folder
	// whose "_" makes the go command's ./... pass over its program.
	engineWeb            string
	static               string // the demo's static export
	appSizes, floorSizes sizes
	engineSizes          sizes
	// stock is the stock floor's folder: its binary, and the web folder
	// go-app's handler serves from where the binary runs.
	stock, stockBin string
	stockSizes      sizes
	// appSyms and floorSyms are app.wasm built again with its symbols,
	// for the size of each package.
	appSyms, floorSyms string
}

// build compiles the demo (its server and its app.wasm), the floor's and
// the engine floor's app.wasm into work, with web folders beside them: the
// demo's gets the repository's web files, the floors' only the icons. The
// stock floor it builds as go-app documents, with plain go builds. Then
// it exports the demo as a static site, and builds the demo's and the
// floor's app.wasm once more with their symbols.
func build(root, work string) (built, error) {
	b := built{
		server:    filepath.Join(work, "walletdemo"),
		appWeb:    filepath.Join(work, "app", "web"),
		floorWeb:  filepath.Join(work, "floor", "web"),
		engineWeb: filepath.Join(work, "_enginefloor", "web"),
		static:    filepath.Join(work, "static"),
		stock:     filepath.Join(work, "stockfloor"),
		stockBin:  filepath.Join(work, "stockfloor", "stockfloor"),
		appSyms:   filepath.Join(work, "app-symbols.wasm"),
		floorSyms: filepath.Join(work, "floor-symbols.wasm"),
	}
	web := filepath.Join(root, "web")
	// Compressed siblings are written again below: a copy's times would
	// not say which is newer.
	notBuilt := func(rel string) bool {
		return !strings.HasPrefix(rel, "app.wasm") && !strings.HasSuffix(rel, ".br") && !strings.HasSuffix(rel, ".gz")
	}
	if err := copyTree(web, b.appWeb, notBuilt); err != nil {
		return built{}, err
	}
	stockWeb := filepath.Join(b.stock, "web")
	for _, dst := range []string{b.floorWeb, b.engineWeb, stockWeb} {
		if err := copyTree(filepath.Join(web, "icons"), filepath.Join(dst, "icons"), func(string) bool { return true }); err != nil {
			return built{}, err
		}
	}
	if err := goBuild(root, b.server, "./cmd/walletdemo", false, false); err != nil {
		return built{}, err
	}
	if err := goBuild(root, b.stockBin, "./bench/stockfloor", false, false); err != nil {
		return built{}, err
	}
	stockWasm := filepath.Join(stockWeb, "app.wasm")
	if err := command(root, []string{"GOOS=js", "GOARCH=wasm"}, "go", "build", "-o", stockWasm, "./bench/stockfloor"); err != nil {
		return built{}, err
	}
	engineDir := filepath.Dir(b.engineWeb)
	if err := writeEngineFloor(root, engineDir); err != nil {
		return built{}, err
	}
	enginePkg, err := filepath.Rel(root, engineDir)
	if err != nil {
		return built{}, err
	}
	// The engine floor's code is not broken down: no symbols.
	wasms := []struct {
		pkg, out, syms string
		sizes          *sizes
	}{
		{"./cmd/walletdemo", filepath.Join(b.appWeb, "app.wasm"), b.appSyms, &b.appSizes},
		{"./bench/floor", filepath.Join(b.floorWeb, "app.wasm"), b.floorSyms, &b.floorSizes},
		{"./" + filepath.ToSlash(enginePkg), filepath.Join(b.engineWeb, "app.wasm"), "", &b.engineSizes},
	}
	for _, w := range wasms {
		if err := goBuild(root, w.out, w.pkg, true, true); err != nil {
			return built{}, err
		}
		if w.syms == "" {
			continue
		}
		if err := goBuild(root, w.syms, w.pkg, true, false); err != nil {
			return built{}, err
		}
	}
	// Brotli at its best is slow: all files at once. The stock floor's
	// siblings only measure it: go-app's handler serves app.wasm as it is.
	wasms = append(wasms, struct {
		pkg, out, syms string
		sizes          *sizes
	}{out: stockWasm, sizes: &b.stockSizes})
	errs := make([]error, len(wasms))
	var wg sync.WaitGroup
	for i, w := range wasms {
		wg.Go(func() { *w.sizes, errs[i] = compress(w.out) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return built{}, err
	}
	for _, dir := range []string{b.appWeb, b.floorWeb, b.engineWeb} {
		webserve.PrecompressText(dir)
	}
	return b, command(root, nil, b.server, "static", "-web", b.appWeb, b.static)
}

// wasmFlags are the Makefile's WASMFLAGS, which a test holds to it.
var wasmFlags = []string{"-trimpath", "-gcflags=all=-l", "-gcflags=runtime="}

// goBuild builds pkg into out: for the browser as `make wasm` does (less
// -s -w when not strip), its data rewritten (wasmdata.RewriteFile), else
// natively.
func goBuild(root, out, pkg string, wasm, strip bool) error {
	args := []string{"build", "-o", out}
	if wasm {
		args = append(args, wasmFlags...)
	}
	if wasm && strip {
		args = append(args, "-ldflags=-s -w")
	}
	var env []string
	if wasm {
		env = []string{"GOOS=js", "GOARCH=wasm"}
	}
	if err := command(root, env, "go", append(args, pkg)...); err != nil || !wasm {
		return err
	}
	_, err := wasmdata.RewriteFile(out)
	return err
}

// command runs name in dir with the extra environment env, its error
// output in the error.
func command(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, stderr.Bytes())
	}
	return nil
}

// compress writes the brotli and gzip siblings of the wasm file, as the
// server would, and returns the three sizes.
func compress(wasm string) (sizes, error) {
	if err := webserve.Precompress(wasm); err != nil {
		return sizes{}, err
	}
	var s sizes
	for _, f := range []struct {
		suffix string
		size   *int64
	}{{"", &s.Raw}, {".gz", &s.Gzip}, {".br", &s.Brotli}} {
		st, err := os.Stat(wasm + f.suffix)
		if err != nil {
			return sizes{}, err
		}
		*f.size = st.Size()
	}
	return s, nil
}

// copyTree copies the regular files of src whose path relative to src
// keep accepts into dst.
func copyTree(src, dst string, keep func(rel string) bool) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil || !d.Type().IsRegular() || !keep(rel) {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// moduleRoot is the folder of the module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %w", err)
	}
	mod := strings.TrimSpace(string(out))
	if mod == "" || mod == os.DevNull {
		return "", errors.New("run the bench inside the module (make bench)")
	}
	return filepath.Dir(mod), nil
}
