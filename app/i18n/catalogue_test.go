package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func TestEveryKeyInEveryLanguage(t *testing.T) {
	for key, row := range catalogue {
		for i, s := range row {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s has no %s text", key, Langs()[i].Name())
			}
		}
		// A format verb in one language must be in all, or Tf misprints.
		for i := range row {
			if strings.Count(row[i], "%") != strings.Count(row[0], "%") {
				t.Errorf("%s: %s has other format verbs than English", key, Langs()[i].Name())
			}
		}
	}
}

func TestAddRefusesAKeyTwice(t *testing.T) {
	key := shellTexts[0][0]
	defer func() {
		if r := recover(); r == nil || !strings.Contains(r.(string), key) {
			t.Errorf("adding %q again: recovered %v, want a panic naming it", key, r)
		}
	}()
	add(texts{{key, "again", "又", "又"}})
}

// appSources returns the parsed non-test Go files of the app/ tree but
// this package, whose catalogue would count every key as used.
func appSources(t *testing.T) []*ast.File {
	t.Helper()
	var files []*ast.File
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "i18n" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err == nil {
			files = append(files, f)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestKeysUsedAndKnown fails on a key looked up but missing from the
// catalogue (it would show as the key itself) and on a catalogue key that
// no code mentions (dead text that translators would keep paying for).
func TestKeysUsedAndKnown(t *testing.T) {
	literals := map[string]bool{}
	for _, f := range appSources(t) {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit:
				if n.Kind == token.STRING {
					if s, err := strconv.Unquote(n.Value); err == nil {
						literals[s] = true
					}
				}
			case *ast.CallExpr:
				checkLookup(t, n)
			}
			return true
		})
	}
	codes := walletCodes(t)
	for key := range catalogue {
		// errText looks up "err." + the code of an engine refusal.
		code, isErr := strings.CutPrefix(key, "err.")
		if !literals[key] && !(isErr && codes[code]) {
			t.Errorf("catalogue key %q is used nowhere in app/", key)
		}
	}
	for code := range codes {
		if !Has("err." + code) {
			t.Errorf("the engine's error code %q has no err.%s text", code, code)
		}
	}
}

// walletCodes returns the engine's error codes: the values of the wallet
// package's untyped string constants named E and capitals (ECARDLUHN =
// "card_luhn"), as its codes are spelt.
func walletCodes(t *testing.T) map[string]bool {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "wallet", "*.go"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no wallet sources: %v", err)
	}
	codes := map[string]bool{}
	fset := token.NewFileSet()
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				v := spec.(*ast.ValueSpec)
				for i, name := range v.Names {
					if v.Type != nil || i >= len(v.Values) || !isCodeName(name.Name) {
						continue
					}
					if lit, ok := v.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						s, _ := strconv.Unquote(lit.Value)
						codes[s] = true
					}
				}
			}
		}
	}
	if len(codes) < 10 {
		t.Fatalf("found only %d error codes in wallet/: %v", len(codes), codes)
	}
	return codes
}

// isCodeName reports whether name is spelt like an error code's constant.
func isCodeName(name string) bool {
	return len(name) > 1 && name[0] == 'E' && strings.Trim(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

// checkLookup reports a lookup call (t, T, Tf) whose literal key is not in
// the catalogue.
func checkLookup(t *testing.T, call *ast.CallExpr) {
	var name string
	switch fn := call.Fun.(type) {
	case *ast.SelectorExpr:
		name = fn.Sel.Name
	case *ast.Ident:
		name = fn.Name
	}
	argIndex := map[string]int{"t": 0, "tf": 0, "T": 1, "Tf": 1}
	i, ok := argIndex[name]
	if !ok || len(call.Args) <= i {
		return
	}
	lit, ok := call.Args[i].(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		return
	}
	if key, _ := strconv.Unquote(lit.Value); !Has(key) {
		t.Errorf("%s(%s): no such key in the catalogue", name, lit.Value)
	}
}

func TestParse(t *testing.T) {
	for tag, want := range map[string]Lang{
		"en": English, "en-GB": English, "EN-us": English,
		"zh": Simplified, "zh-CN": Simplified, "zh-Hans": Simplified, "zh-Hans-SG": Simplified, "zh-SG": Simplified,
		"zh-HK": Traditional, "zh-TW": Traditional, "zh-MO": Traditional, "zh-Hant": Traditional, "zh-Hant-HK": Traditional,
	} {
		if got, ok := Parse(tag); !ok || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", tag, got, ok, want)
		}
	}
	for _, tag := range []string{"", "fr", "english", "x", strings.Repeat("en-", 20), "<script>"} {
		if got, ok := Parse(tag); ok || got != Default {
			t.Errorf("Parse(%q) = %q, %v; want refused", tag, got, ok)
		}
	}
}

func TestFromBrowser(t *testing.T) {
	if got := FromBrowser([]string{"fr-FR", "zh-HK", "en"}); got != Traditional {
		t.Errorf("got %q", got)
	}
	if got := FromBrowser(nil); got != Default {
		t.Errorf("got %q", got)
	}
}

func TestLookup(t *testing.T) {
	if got := T(Simplified, "tab.me"); got != "我" {
		t.Errorf("T(zh-Hans, tab.me) = %q", got)
	}
	if got := T(Lang("fr"), "tab.me"); got != "Me" {
		t.Errorf("an unknown language reads English, got %q", got)
	}
	if got := T(English, "no.such.key"); got != "no.such.key" {
		t.Errorf("a missing key shows itself, got %q", got)
	}
	if got := Tf(English, "tab.me"); got != "Me" {
		t.Errorf("Tf = %q", got)
	}
}
