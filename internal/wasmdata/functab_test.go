package wasmdata

import (
	"bytes"
	"encoding/binary"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// tableFuncs is how many functions' buckets the test modules' tables hold.
const tableFuncs = minTable/bucketsPerFunc + 3

// withTable is a Go-like module: one imported function, one of its own,
// a memory it exports, and data whose middle is a findfunctab (at an
// address that is a multiple of 4, in a segment that is not) between
// other bytes.
func withTable(t *testing.T) []byte {
	t.Helper()
	const at = 4096
	table := make([]byte, tableFuncs*bucketsPerFunc*bucketSize)
	for k := range tableFuncs * bucketsPerFunc {
		binary.LittleEndian.PutUint32(table[k*bucketSize:], uint32(7+k/bucketsPerFunc))
	}
	data := append([]byte("before the table"), make([]byte, at-1026-16)...)
	data = append(data, table...)
	data = append(data, "after the table"...)
	imports := []byte{1, 2, 'g', 'o', 1, 'f', 0, 0}
	exports := []byte{2, 3, 'm', 'e', 'm', 2, 0, 3, 'r', 'u', 'n', 0, 1}
	memory := []byte{1, 0, 32} // 2 MiB
	return module(
		sec{0, []byte("\x0bgo:buildid abc")},
		sec{typeSection, []byte{2, 0x60, 1, 0x7f, 0, 0x60, 0, 0}},
		sec{importSection, imports},
		sec{functionSection, []byte{1, 0}},
		sec{5, memory},
		sec{exportSection, exports},
		sec{codeSection, []byte{1, 2, 0, 0x0b}},
		sec{dataSection, encodeSegments([]segment{{offset: 1026, data: data}})},
		sec{0, []byte("\x09producers")},
	)
}

func TestFuncTabAtStartCutsTheTable(t *testing.T) {
	in := withTable(t)
	out, changed, err := FuncTabAtStart(in)
	if err != nil || !changed {
		t.Fatalf("FuncTabAtStart: changed %v, %v", changed, err)
	}
	if len(out) > len(in)-tableFuncs*bucketsPerFunc*bucketSize+100 {
		t.Errorf("%d bytes from %d: the table is still there", len(out), len(in))
	}
	tab, started, err := startFill(out)
	if err != nil || !started {
		t.Fatalf("start function: %v, %v", started, err)
	}
	if want := (funcTab{addr: 4096, first: 7, count: tableFuncs * bucketsPerFunc}); tab != want {
		t.Errorf("the start function writes %+v, want %+v", tab, want)
	}
	var ids []byte
	secs, _ := sections(out)
	for _, s := range secs {
		ids = append(ids, s.id)
	}
	if !bytes.Equal(ids, []byte{0, 1, 2, 3, 5, 7, startSection, 10, 11, 0}) {
		t.Errorf("sections %v", ids)
	}
	for _, s := range secs {
		switch s.id {
		case startSection:
			// Function 2: one imported, one of the module's own, then it.
			if !bytes.Equal(s.body, []byte{2}) {
				t.Errorf("start section %v, want function 2", s.body)
			}
		case dataSection:
			segs, _ := segments(s.body)
			if len(segs) != 2 || string(segs[0].data[:16]) != "before the table" || string(segs[1].data) != "after the table" {
				t.Errorf("data segments %d, want the bytes before the table and after it", len(segs))
			}
		case typeSection:
			if !bytes.Equal(s.body, []byte{2, 0x60, 1, 0x7f, 0, 0x60, 0, 0}) {
				t.Error("the type section changed though it had the type the function needs")
			}
		}
	}
	want, _ := image(in)
	if got, err := startImage(out); err != nil || !bytes.Equal(got, want) {
		t.Errorf("the memory once instantiated differs (%v)", err)
	}
}

// TestFuncTabAtStartRunsInAnEngine instantiates the rewritten module in
// Node (which runs the Go packages' wasm tests) and compares its memory
// with the original's image: the start function's code, not only its
// operands, must write the table.
func TestFuncTabAtStartRunsInAnEngine(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Fatal("node, which make test installs, is not on PATH: it runs the rewritten module")
	}
	in := withTable(t)
	out, _, err := FuncTabAtStart(in)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	want, _ := image(in)
	if err := os.WriteFile(filepath.Join(dir, "m.wasm"), out, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "image"), want, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `const fs = require("fs");
const dir = process.argv[1];
const want = fs.readFileSync(dir + "/image");
WebAssembly.instantiate(fs.readFileSync(dir + "/m.wasm"), {go: {f: () => {}}}).then(({instance}) => {
  const got = new Uint8Array(instance.exports.mem.buffer, 0, want.length);
  console.log(Buffer.compare(Buffer.from(got), want) === 0 ? "same" : "differs");
});`
	got, err := exec.Command(node, "-e", script, dir).CombinedOutput()
	if err != nil || strings.TrimSpace(string(got)) != "same" {
		t.Errorf("node: %s (%v)", got, err)
	}
}

func TestFuncTabAtStartAddsTheTypeItNeeds(t *testing.T) {
	// Only (i32) -> (), the imported function's type.
	in := withSection(t, withTable(t), typeSection, []byte{1, 0x60, 1, 0x7f, 0})
	out, changed, err := FuncTabAtStart(in)
	if err != nil || !changed {
		t.Fatalf("FuncTabAtStart: changed %v, %v", changed, err)
	}
	secs, _ := sections(out)
	for _, s := range secs {
		if s.id == typeSection && !bytes.Equal(s.body, []byte{2, 0x60, 1, 0x7f, 0, 0x60, 0, 0}) {
			t.Errorf("type section %v, want a () -> () type added", s.body)
		}
		if s.id == functionSection && !bytes.Equal(s.body, []byte{2, 0, 1}) {
			t.Errorf("function section %v, want the start function of type 1", s.body)
		}
	}
}

func TestFuncTabAtStartLeavesModulesWithoutATable(t *testing.T) {
	short := withTable(t)
	// A run of buckets one function too short to be worth it.
	few := goLike()
	few[0].data = make([]byte, (minTable-1)*bucketSize)
	for k := range minTable - 1 {
		binary.LittleEndian.PutUint32(few[0].data[k*bucketSize:], uint32(k/bucketsPerFunc))
	}
	started, _, _ := FuncTabAtStart(short)
	for name, in := range map[string][]byte{
		"no data":                  module(sec{typeSection, typeSec}, sec{exportSection, []byte{0}}, sec{codeSection, codeSec}),
		"no table":                 module(sec{typeSection, typeSec}, sec{functionSection, []byte{1, 0}}, sec{exportSection, []byte{0}}, sec{codeSection, codeSec}, sec{dataSection, encodeSegments(goLike())}),
		"too short a table":        module(sec{typeSection, typeSec}, sec{functionSection, []byte{1, 0}}, sec{exportSection, []byte{0}}, sec{codeSection, codeSec}, sec{dataSection, encodeSegments(few)}),
		"a start function already": started,
	} {
		out, changed, err := FuncTabAtStart(in)
		if err != nil || changed || !bytes.Equal(out, in) {
			t.Errorf("%s: changed %v, %v", name, changed, err)
		}
	}
}

func TestRewriteDoesBothOnceOnly(t *testing.T) {
	in := withTable(t)
	// Go's linker cuts its data at runs of zeros.
	segs, _ := segments(mustSection(t, in, dataSection))
	data := segs[0].data
	split := module(
		sec{typeSection, []byte{1, 0x60, 0, 0}},
		sec{functionSection, []byte{1, 0}},
		sec{exportSection, []byte{0}},
		sec{codeSection, codeSec},
		sec{dataSection, encodeSegments([]segment{{offset: 1026, data: data[:16]}, {offset: 1026 + 100, data: data[100:]}})},
	)
	out, changed, err := Rewrite(split)
	if err != nil || !changed {
		t.Fatalf("Rewrite: changed %v, %v", changed, err)
	}
	if _, started, _ := startFill(out); !started {
		t.Error("no start function")
	}
	if n := len(mustSegments(t, out)); n != 2 {
		t.Errorf("%d segments, want 2: one before the table, one after", n)
	}
	if err := sameImage(split, out); err != nil {
		t.Error(err)
	}
	again, changed, err := Rewrite(out)
	if err != nil || changed || !bytes.Equal(again, out) {
		t.Errorf("a second rewrite: changed %v, %v", changed, err)
	}
}

func TestSameImageRefusesAStartFunctionOfAnotherKind(t *testing.T) {
	in := withTable(t)
	out, _, _ := FuncTabAtStart(in)
	// The same module, its start section naming the module's own function.
	other := withSection(t, out, startSection, []byte{1})
	if err := sameImage(in, other); err == nil || !strings.Contains(err.Error(), "did not write") {
		t.Errorf("another start function: %v", err)
	}
}

// withSection is module with the body of its section id replaced.
func withSection(t *testing.T, module []byte, id byte, body []byte) []byte {
	t.Helper()
	secs, err := sections(module)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	b.Write(magic)
	for _, s := range secs {
		if s.id == id {
			writeSection(&b, id, body)
		} else {
			writeSection(&b, s.id, s.body)
		}
	}
	return b.Bytes()
}

func mustSection(t *testing.T, module []byte, id byte) []byte {
	t.Helper()
	secs, err := sections(module)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secs {
		if s.id == id {
			return s.body
		}
	}
	t.Fatalf("no section %d", id)
	return nil
}

func mustSegments(t *testing.T, module []byte) []segment {
	t.Helper()
	segs, err := segments(mustSection(t, module, dataSection))
	if err != nil {
		t.Fatal(err)
	}
	return segs
}

func TestReaderTakesNoMoreThanItHas(t *testing.T) {
	// A section's body is a slice of the module: the bytes past its end
	// belong to the next section and must not be read as its own.
	r := reader{b: make([]byte, 2, 10)}
	if b := r.take(5); b != nil || r.err == nil {
		t.Errorf("take(5) of 2 bytes: %d bytes, error %v", len(b), r.err)
	}
}
