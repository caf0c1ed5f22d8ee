//go:build !wasm

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"walletdemo/app/tour"
)

// TestCommittedMedia looks at the English media in docs/tours: every tour
// has its GIF, real (see checkGIF), a picture per step and one of the end,
// all listed in the index, which lists nothing else.
func TestCommittedMedia(t *testing.T) {
	dir := filepath.Join("..", "..", "docs", "tours")
	index, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatalf("%v: run `make tour-media`", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	// A file the index does not name is left from an older run.
	for _, e := range entries {
		if e.Name() != "README.md" && !strings.Contains(string(index), `"`+e.Name()+`"`) {
			t.Errorf("docs/tours/%s is not in the index: remove it, or run `make tour-media`", e.Name())
		}
	}
	for _, tr := range tour.All() {
		name := tr.ID + "-en"
		checkGIF(t, filepath.Join(dir, name+".gif"))
		files := []string{name + ".gif", name + "-done.png"}
		for i := range tr.Steps {
			files = append(files, fmt.Sprintf("%s-%d.png", name, i+1))
		}
		for _, f := range files {
			if strings.HasSuffix(f, ".png") {
				checkPNG(t, filepath.Join(dir, f))
			}
			if !strings.Contains(string(index), `src="`+f+`"`) {
				t.Errorf("docs/tours/README.md does not show %s", f)
			}
		}
	}
}
