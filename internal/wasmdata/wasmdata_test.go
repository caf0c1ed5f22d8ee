package wasmdata

import (
	"bytes"
	"encoding/binary"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sec is a section to build a module of.
type sec struct {
	id   byte
	body []byte
}

func module(secs ...sec) []byte {
	var b bytes.Buffer
	b.Write(magic)
	for _, s := range secs {
		writeSection(&b, s.id, s.body)
	}
	return b.Bytes()
}

// typeSec and codeSec stand for the sections a rewrite must not touch.
var (
	typeSec = []byte{1, 0x60, 0, 0}
	codeSec = []byte{1, 2, 0, 0x0b}
)

func goLike() []segment {
	return []segment{
		{offset: 4096, data: []byte("runtime")},
		{offset: 4096 + 7 + 8, data: []byte{1, 2, 3}},
		// Out of order, and at an offset whose LEB128 has the sign bit set.
		{offset: 64, data: []byte{0xff}},
		{offset: 200000, data: []byte("tail")},
	}
}

func TestOneSegmentKeepsTheImageAndEverythingElse(t *testing.T) {
	in := module(sec{0, []byte("\x0bgo:buildid abc")}, sec{1, typeSec}, sec{10, codeSec}, sec{dataSection, encodeSegments(goLike())}, sec{0, []byte("\x04name")})
	out, changed, err := OneSegment(in)
	if err != nil || !changed {
		t.Fatalf("OneSegment: changed %v, %v", changed, err)
	}
	inSecs, _ := sections(in)
	outSecs, err := sections(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(outSecs) != len(inSecs) {
		t.Fatalf("%d sections, want %d", len(outSecs), len(inSecs))
	}
	for i, s := range outSecs {
		if s.id != inSecs[i].id {
			t.Fatalf("section %d is %d, want %d", i, s.id, inSecs[i].id)
		}
		if s.id != dataSection && !bytes.Equal(s.body, inSecs[i].body) {
			t.Errorf("section %d (id %d) changed", i, s.id)
		}
	}
	segs, err := segments(outSecs[3].body)
	if err != nil || len(segs) != 1 {
		t.Fatalf("%d segments (%v), want 1", len(segs), err)
	}
	if segs[0].offset != 64 || len(segs[0].data) != 200004-64 {
		t.Errorf("segment at %d of %d bytes, want 64 and %d", segs[0].offset, len(segs[0].data), 200004-64)
	}
	want, _ := image(in)
	got, _ := image(out)
	if !bytes.Equal(got, want) || !bytes.Equal(want[4096:4103], []byte("runtime")) || want[64] != 0xff {
		t.Error("the memory image changed")
	}
	again, changed, err := OneSegment(out)
	if err != nil || changed || !bytes.Equal(again, out) {
		t.Errorf("a second rewrite: changed %v, %v", changed, err)
	}
}

func TestOneSegmentSetsTheDataCount(t *testing.T) {
	in := module(sec{dataCountSection, binary.AppendUvarint(nil, 4)}, sec{dataSection, encodeSegments(goLike())})
	out, _, err := OneSegment(in)
	if err != nil {
		t.Fatal(err)
	}
	secs, _ := sections(out)
	if n, _ := binary.Uvarint(secs[0].body); n != 1 {
		t.Errorf("data count %d, want 1", n)
	}
}

func TestOneSegmentLeavesAModuleWithNothingToMerge(t *testing.T) {
	for name, in := range map[string][]byte{
		"no data section": module(sec{1, typeSec}),
		"one segment":     module(sec{dataSection, encodeSegments(goLike()[:1])}),
	} {
		out, changed, err := OneSegment(in)
		if err != nil || changed || !bytes.Equal(out, in) {
			t.Errorf("%s: changed %v, %v", name, changed, err)
		}
	}
}

func TestOneSegmentRefuses(t *testing.T) {
	passive := append(binary.AppendUvarint(nil, 2), 1, 1, 'x')
	passive = append(passive, encodeSegments(goLike()[:1])[1:]...)
	overlap := encodeSegments([]segment{{offset: 10, data: []byte("abcd")}, {offset: 12, data: []byte("cd")}})
	computed := []byte{2, 0, 0x23, 0, 0x0b, 1, 'x', 0, 0x41, 0, 0x0b, 1, 'y'} // global.get 0
	truncated := encodeSegments(goLike())
	for name, c := range map[string]struct {
		in   []byte
		want string
	}{
		"not wasm":       {[]byte("\x00asm\x02\x00\x00\x00"), "not a WebAssembly module"},
		"section size":   {append(module(sec{1, typeSec}), 11, 0x7f), "bad size"},
		"passive":        {module(sec{dataSection, passive}), "not an active segment"},
		"computed":       {module(sec{dataSection, computed}), "not an active segment"},
		"overlap":        {module(sec{dataSection, overlap}), "overlap"},
		"segment size":   {module(sec{dataSection, truncated[:len(truncated)-2]}), "out of range"},
		"trailing bytes": {module(sec{dataSection, append(encodeSegments(goLike()), 0)}), "after the last segment"},
	} {
		if _, _, err := OneSegment(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error with %q", name, err, c.want)
		}
	}
}

func TestRewriteFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "app.wasm")
	in := module(sec{dataSection, encodeSegments(goLike())})
	if err := os.WriteFile(path, in, 0o644); err != nil {
		t.Fatal(err)
	}
	if changed, err := RewriteFile(path); err != nil || !changed {
		t.Fatalf("first rewrite: changed %v, %v", changed, err)
	}
	first, _ := os.ReadFile(path)
	st, _ := os.Stat(path)
	if changed, err := RewriteFile(path); err != nil || changed {
		t.Fatalf("second rewrite: changed %v, %v", changed, err)
	}
	if st2, _ := os.Stat(path); !st2.ModTime().Equal(st.ModTime()) {
		t.Error("an unchanged module was written again")
	}
	if want, _, _ := OneSegment(in); !bytes.Equal(first, want) {
		t.Error("the file is not the rewritten module")
	}
	if err := os.WriteFile(path, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := RewriteFile(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("a text file: %v, want an error naming it", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "text" {
		t.Error("a refused file was changed")
	}
}

func TestSameImageTellsImagesApart(t *testing.T) {
	a := module(sec{dataSection, encodeSegments(goLike())})
	moved := goLike()
	moved[1].offset++
	if err := sameImage(a, module(sec{dataSection, encodeSegments(moved)})); err == nil {
		t.Error("a moved segment passed")
	}
	if err := sameImage(a, module(sec{dataSection, encodeSegments(goLike()[:3])})); err == nil {
		t.Error("a missing segment passed")
	}
}
