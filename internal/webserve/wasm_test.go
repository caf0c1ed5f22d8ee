package webserve

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRemoveAbandonedKeepsARunningCompression(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, ".compress-1")
	running := filepath.Join(dir, ".compress-2")
	other := filepath.Join(dir, "app.wasm.br")
	now := time.Now()
	for _, name := range []string{old, running, other} {
		if err := os.WriteFile(name, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	long := now.Add(-abandonedAfter - time.Minute)
	for _, name := range []string{old, other} {
		if err := os.Chtimes(name, long, long); err != nil {
			t.Fatal(err)
		}
	}
	removeAbandoned(dir, now)
	if _, err := os.Stat(old); !os.IsNotExist(err) {
		t.Errorf("a temporary file unwritten for %v is still there", abandonedAfter+time.Minute)
	}
	for _, name := range []string{running, other} {
		if _, err := os.Stat(name); err != nil {
			t.Errorf("%s: %v", filepath.Base(name), err)
		}
	}
}
