package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// section is a wasm section: its id, its length, its bytes.
func section(id byte, body ...byte) []byte {
	return append([]byte{id, byte(len(body))}, body...)
}

// name is a length-prefixed string.
func name(s string) []byte { return append([]byte{byte(len(s))}, s...) }

func TestReadCodeSizes(t *testing.T) {
	var m []byte
	m = append(m, "\x00asm\x01\x00\x00\x00"...)
	m = append(m, section(1, 1, 0x60, 0, 0)...) // one type: () -> ()
	// One imported function, then a table, a memory and a global, which
	// are not functions.
	imports := []byte{4}
	imports = append(imports, name("go")...)
	imports = append(imports, name("debug")...)
	imports = append(imports, 0, 0)
	imports = append(imports, name("go")...)
	imports = append(imports, name("t")...)
	imports = append(imports, 1, 0x70, 1, 1, 2)
	imports = append(imports, name("go")...)
	imports = append(imports, name("mem")...)
	imports = append(imports, 2, 0, 1)
	imports = append(imports, name("go")...)
	imports = append(imports, name("g")...)
	imports = append(imports, 3, 0x7f, 0)
	m = append(m, section(2, imports...)...)
	m = append(m, section(3, 3, 0, 0, 0)...) // three functions of type 0
	// Bodies of 2, 3 and 4 bytes: no locals, nops, end.
	m = append(m, section(10, 3, 2, 0, 0x0b, 3, 0, 1, 0x0b, 4, 0, 1, 1, 0x0b)...)
	m = append(m, section(11, 0)...)
	names := []byte{3}
	for i, n := range []string{"walletdemo_app.__pinPad_.Render", "type_.eq.walletdemo_app_i18n.T", "runtime.gcStart"} {
		names = append(names, byte(i+1))
		names = append(names, name(n)...)
	}
	nameSec := append(name("name"), append([]byte{1, byte(len(names))}, names...)...)
	m = append(m, section(0, nameSec...)...)
	path := filepath.Join(t.TempDir(), "m.wasm")
	if err := os.WriteFile(path, m, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readCodeSizes(path, []string{"walletdemo/app", "walletdemo/app/i18n", "runtime"})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{"walletdemo/app": 2, "walletdemo/app/i18n": 3, "runtime": 4}
	for p, n := range want {
		if got.Packages[p] != n {
			t.Errorf("%s: %d bytes, want %d (all: %v)", p, got.Packages[p], n, got.Packages)
		}
	}
	if len(got.Packages) != len(want) || got.Code != 13 || got.Data != 1 {
		t.Errorf("got %+v", got)
	}

	stripped := filepath.Join(t.TempDir(), "s.wasm")
	os.WriteFile(stripped, m[:len(m)-len(section(0, nameSec...))], 0o644)
	if _, err := readCodeSizes(stripped, nil); err == nil || !strings.Contains(err.Error(), "no function names") {
		t.Errorf("a module without names gave %v", err)
	}
}

func TestPackageNamer(t *testing.T) {
	of := packageNamer([]string{"walletdemo/app", "walletdemo/app/i18n", "github.com/maxence-charriere/go-app/v10/pkg/app"})
	for name, want := range map[string]string{
		"walletdemo_app.__pinPad_.Render":                                               "walletdemo/app",
		"walletdemo_app_i18n.init":                                                      "walletdemo/app/i18n",
		"github.com_maxence_charriere_go_app_v10_pkg_app.__htmlA_.attrs":                "github.com/maxence-charriere/go-app/v10/pkg/app",
		"walletdemo_app.__page_.github.com_maxence_charriere_go_app_v10_pkg_app.setRef": "walletdemo/app",
		"type_.eq.walletdemo_app_i18n.T":                                                "walletdemo/app/i18n",
		"_rt0_wasm_js":                                                                  "(linker)",
	} {
		if got := of(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
