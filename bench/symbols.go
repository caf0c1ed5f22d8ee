package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"
)

// codeSizes are the bytes of a wasm module's code by Go package, from its
// function bodies and the names the linker writes unless -s (what `go tool
// nm -size` gives for other targets; nm does not read wasm), and the bytes
// of its data section (strings, type data, the runtime's tables), which
// have no names.
type codeSizes struct {
	Packages map[string]int64
	Code     int64
	Data     int64
}

// readCodeSizes reads the wasm module at path, whose code comes from the
// packages named.
func readCodeSizes(path string, packages []string) (codeSizes, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return codeSizes{}, err
	}
	if len(raw) < 8 || !bytes.Equal(raw[:4], []byte("\x00asm")) {
		return codeSizes{}, fmt.Errorf("%s: not a wasm module", path)
	}
	var (
		imported int      // functions imported, which come first in the index space
		bodies   []int64  // the size of each function body, by index after the imports
		names    []string // function names by index
	)
	r := bytes.NewReader(raw[8:])
	out := codeSizes{Packages: map[string]int64{}}
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return codeSizes{}, err
		}
		n, err := binary.ReadUvarint(r)
		if err != nil || n > uint64(r.Len()) {
			return codeSizes{}, fmt.Errorf("%s: a section runs past the end", path)
		}
		sec := bytes.NewReader(raw[len(raw)-r.Len() : len(raw)-r.Len()+int(n)])
		r.Seek(int64(n), io.SeekCurrent)
		switch id {
		case 2:
			imported, err = countFuncImports(sec)
		case 10:
			out.Code = int64(n)
			bodies, err = readBodies(sec)
		case 11:
			out.Data = int64(n)
		case 0:
			var name string
			if name, err = readName(sec); err == nil && name == "name" {
				names, err = readFuncNames(sec)
			}
		}
		if err != nil {
			return codeSizes{}, fmt.Errorf("%s: section %d: %w", path, id, err)
		}
	}
	if names == nil {
		return codeSizes{}, fmt.Errorf("%s has no function names (built with -s?)", path)
	}
	of := packageNamer(packages)
	for i, size := range bodies {
		if idx := imported + i; idx < len(names) {
			out.Packages[of(names[idx])] += size
		}
	}
	return out, nil
}

// countFuncImports counts the functions of an import section.
func countFuncImports(r *bytes.Reader) (int, error) {
	count, err := binary.ReadUvarint(r)
	funcs := 0
	for i := uint64(0); err == nil && i < count; i++ {
		var kind byte
		if _, err = readName(r); err != nil {
			break
		}
		if _, err = readName(r); err != nil {
			break
		}
		if kind, err = r.ReadByte(); err != nil {
			break
		}
		switch kind {
		case 0: // function: a type index
			funcs++
			_, err = binary.ReadUvarint(r)
		case 1: // table: a reference type, then limits
			if _, err = r.ReadByte(); err == nil {
				err = skipLimits(r)
			}
		case 2: // memory
			err = skipLimits(r)
		case 3: // global: a value type and mutability
			_, err = r.Seek(2, io.SeekCurrent)
		default:
			err = fmt.Errorf("import kind %d", kind)
		}
	}
	return funcs, err
}

func skipLimits(r *bytes.Reader) error {
	flags, err := r.ReadByte()
	if err != nil {
		return err
	}
	if _, err := binary.ReadUvarint(r); err != nil || flags&1 == 0 {
		return err
	}
	_, err = binary.ReadUvarint(r)
	return err
}

// readBodies returns the size of each body of a code section.
func readBodies(r *bytes.Reader) ([]int64, error) {
	count, err := binary.ReadUvarint(r)
	var sizes []int64
	for i := uint64(0); err == nil && i < count; i++ {
		var n uint64
		if n, err = binary.ReadUvarint(r); err == nil {
			sizes = append(sizes, int64(n))
			_, err = r.Seek(int64(n), io.SeekCurrent)
		}
	}
	return sizes, err
}

// readFuncNames reads the function names subsection of a name section.
func readFuncNames(r *bytes.Reader) ([]string, error) {
	for r.Len() > 0 {
		id, err := r.ReadByte()
		if err != nil {
			return nil, err
		}
		n, err := binary.ReadUvarint(r)
		if err != nil {
			return nil, err
		}
		if id != 1 {
			r.Seek(int64(n), io.SeekCurrent)
			continue
		}
		count, err := binary.ReadUvarint(r)
		var names []string
		for i := uint64(0); err == nil && i < count; i++ {
			var idx uint64
			var name string
			if idx, err = binary.ReadUvarint(r); err != nil {
				break
			}
			if name, err = readName(r); err != nil {
				break
			}
			for uint64(len(names)) <= idx {
				names = append(names, "")
			}
			names[idx] = name
		}
		return names, err
	}
	return nil, errors.New("no function names")
}

// readName reads a length-prefixed string.
func readName(r *bytes.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(r.Len()) {
		return "", errors.New("a name runs past the end")
	}
	b := make([]byte, n)
	_, err = io.ReadFull(r, b)
	return string(b), err
}

// unnamable are the characters the linker replaces by "_" in the wasm
// name section.
var unnamable = regexp.MustCompile(`[^\w.]`)

// packageNamer returns the function that names the package, among
// packages, of a function's name in the wasm name section, such as
// "walletdemo_app.__pinPad_.Render" (walletdemo/app.(*pinPad).Render) or
// "type_.eq.walletdemo_wallet.State": the longest whose mangled path
// prefixes it. Names of no package are the linker's own.
func packageNamer(packages []string) func(string) string {
	mangled := map[string]string{}
	for _, p := range packages {
		mangled[unnamable.ReplaceAllString(p, "_")] = p
	}
	return func(name string) string {
		name = strings.TrimPrefix(name, "type_.eq.")
		for i := len(name) - 1; i > 0; i-- {
			if name[i] != '.' {
				continue
			}
			if p, ok := mangled[name[:i]]; ok {
				return p
			}
		}
		return "(linker)"
	}
}

// sizeTable lists, largest first, the packages whose code app.wasm has
// more of than the floor's, the top ones and the rest summed, with the code
// and data totals.
func sizeTable(app, floor codeSizes, top int) string {
	type row struct {
		pkg        string
		app, floor int64
	}
	var rows []row
	for p, n := range app.Packages {
		rows = append(rows, row{p, n, floor.Packages[p]})
	}
	slices.SortFunc(rows, func(a, b row) int {
		if d := (b.app - b.floor) - (a.app - a.floor); d != 0 {
			return int(d)
		}
		return strings.Compare(a.pkg, b.pkg)
	})
	var b strings.Builder
	w := bufio.NewWriter(&b)
	fmt.Fprintf(w, "| package (code only, uncompressed) | app | floor | app − floor |\n| --- | ---: | ---: | ---: |\n")
	var rest row
	for i, r := range rows {
		if i < top {
			fmt.Fprintf(w, "| `%s` | %s | %s | %s |\n", r.pkg, group(float64(r.app)), group(float64(r.floor)), group(float64(r.app-r.floor)))
			continue
		}
		rest.app += r.app
		rest.floor += r.floor
	}
	for p, n := range floor.Packages {
		if _, ok := app.Packages[p]; !ok {
			rest.floor += n
		}
	}
	fmt.Fprintf(w, "| every other package | %s | %s | %s |\n", group(float64(rest.app)), group(float64(rest.floor)), group(float64(rest.app-rest.floor)))
	fmt.Fprintf(w, "| all code | %s | %s | %s |\n", group(float64(app.Code)), group(float64(floor.Code)), group(float64(app.Code-floor.Code)))
	fmt.Fprintf(w, "| data (strings, types, tables) | %s | %s | %s |\n", group(float64(app.Data)), group(float64(floor.Data)), group(float64(app.Data-floor.Data)))
	w.Flush()
	return b.String()
}
