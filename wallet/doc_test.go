package wallet

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// TestOperationsNameTheirCodes keeps the promise of each operation's doc:
// every exported function or method that returns an error names at least
// one of the package's error codes, so the screens can tell what to expect
// without reading the engine.
func TestOperationsNameTheirCodes(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if f.Name.Name == "wallet" {
			files = append(files, f)
		}
	}
	if len(files) == 0 {
		t.Fatal("found no source files of package wallet")
	}

	codes := errorCodes(files)
	if len(codes) == 0 {
		t.Fatal("found no error code constants")
	}
	word := regexp.MustCompile(`\b[A-Z]+\b`)
	checked := 0
	var offenders []string
	for _, f := range files {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || !fd.Name.IsExported() || !returnsError(fd) || !exportedReceiver(fd) {
				continue
			}
			checked++
			named := false
			for _, w := range word.FindAllString(fd.Doc.Text(), -1) {
				if codes[w] {
					named = true
					break
				}
			}
			if !named {
				offenders = append(offenders, funcName(fd)+" ("+fset.Position(fd.Pos()).String()+")")
			}
		}
	}
	if checked == 0 {
		t.Fatal("found no exported function that returns an error")
	}
	sort.Strings(offenders)
	for _, o := range offenders {
		t.Errorf("%s returns an error, but its doc comment names no error code", o)
	}
}

// errorCodes collects the package's constants named like ^E[A-Z]+$ whose
// values are string literals.
func errorCodes(files []*ast.File) map[string]bool {
	name := regexp.MustCompile(`^E[A-Z]+$`)
	codes := map[string]bool{}
	for _, f := range files {
		for _, d := range f.Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, n := range vs.Names {
					if !name.MatchString(n.Name) || i >= len(vs.Values) {
						continue
					}
					if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
						if _, err := strconv.Unquote(lit.Value); err == nil {
							codes[n.Name] = true
						}
					}
				}
			}
		}
	}
	return codes
}

// returnsError reports whether one of fd's results is of type error.
func returnsError(fd *ast.FuncDecl) bool {
	if fd.Type.Results == nil {
		return false
	}
	for _, r := range fd.Type.Results.List {
		if id, ok := r.Type.(*ast.Ident); ok && id.Name == "error" {
			return true
		}
	}
	return false
}

// exportedReceiver reports whether fd is a function or a method of an
// exported type: a method of an unexported type is no part of the API.
func exportedReceiver(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return true
	}
	return ast.IsExported(receiverType(fd))
}

// receiverType is the name of fd's receiver type, without a pointer or
// type parameters.
func receiverType(fd *ast.FuncDecl) string {
	typ := fd.Recv.List[0].Type
	for {
		switch x := typ.(type) {
		case *ast.StarExpr:
			typ = x.X
		case *ast.IndexExpr:
			typ = x.X
		case *ast.IndexListExpr:
			typ = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

// funcName writes fd as its doc link does: F or T.M.
func funcName(fd *ast.FuncDecl) string {
	if fd.Recv == nil {
		return fd.Name.Name
	}
	return receiverType(fd) + "." + fd.Name.Name
}
