package wasmdata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

const (
	dataSection      = 11
	dataCountSection = 12
	// maxImage bounds the memory image a module may ask us to build: far
	// above any app.wasm, far below what would hurt the build machine.
	maxImage = 1 << 30
)

var magic = []byte{0, 'a', 's', 'm', 1, 0, 0, 0}

// segment is an active data segment of memory 0 at a constant offset,
// the only kind Go's linker writes.
type segment struct {
	offset uint32
	data   []byte
}

// OneSegment returns module with its data section rewritten as one
// segment, and whether it changed anything: a module that already has at
// most one segment comes back as it is. Every other section is kept byte
// for byte. It refuses a module it cannot read, a segment of a kind Go
// does not write (passive, another memory, a computed offset), overlapping
// segments, and — as a last check — any rewrite whose memory image differs
// from the original's.
func OneSegment(module []byte) ([]byte, bool, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, false, err
	}
	var data *section
	for i := range secs {
		if secs[i].id == dataSection {
			data = &secs[i]
		}
	}
	if data == nil {
		return module, false, nil
	}
	segs, err := segments(data.body)
	if err != nil {
		return nil, false, err
	}
	if len(segs) <= 1 {
		return module, false, nil
	}
	merged, err := merge(segs)
	if err != nil {
		return nil, false, err
	}
	out := bytes.NewBuffer(make([]byte, 0, len(module)))
	out.Write(magic)
	for _, s := range secs {
		switch s.id {
		case dataSection:
			writeSection(out, dataSection, encodeSegments([]segment{merged}))
		case dataCountSection:
			writeSection(out, dataCountSection, binary.AppendUvarint(nil, 1))
		default:
			out.Write(module[s.start:s.end])
		}
	}
	if err := sameImage(module, out.Bytes()); err != nil {
		return nil, false, err
	}
	return out.Bytes(), true, nil
}

// Rewrite returns module with its data made smaller for the download and
// for the browser alike, and whether it changed anything: rewritten as
// one segment (OneSegment), then with Go's findfunctab written by a start
// function (FuncTabAtStart). A module with a start function comes back as
// it is: it is one this package rewrote, or one it does not know.
func Rewrite(module []byte) ([]byte, bool, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, false, err
	}
	for _, s := range secs {
		if s.id == startSection {
			return module, false, nil
		}
	}
	merged, mergedChanged, err := OneSegment(module)
	if err != nil {
		return nil, false, err
	}
	out, cut, err := FuncTabAtStart(merged)
	if err != nil {
		return nil, false, err
	}
	return out, mergedChanged || cut, nil
}

// RewriteFile rewrites the module in path (Rewrite), in place, and
// reports whether it changed it. The file is written aside and renamed, so
// a reader never sees half a module; an unchanged file is not touched, so
// its compressed siblings stay valid.
func RewriteFile(path string) (bool, error) {
	module, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	out, changed, err := Rewrite(module)
	if err != nil || !changed {
		return false, wrap(path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".wasmdata-*")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	return true, os.Rename(tmp.Name(), path)
}

func wrap(path string, err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("%s: %w", path, err)
}

// section is one section of a module: its id, its body, and where the
// whole of it (header included) lies in the module.
type section struct {
	id         byte
	body       []byte
	start, end int
}

func sections(module []byte) ([]section, error) {
	if !bytes.HasPrefix(module, magic) {
		return nil, errors.New("not a WebAssembly module (version 1)")
	}
	var secs []section
	for pos := len(magic); pos < len(module); {
		start := pos
		id := module[pos]
		size, n := binary.Uvarint(module[pos+1:])
		if n <= 0 || size > uint64(len(module)-pos-1-n) {
			return nil, fmt.Errorf("section %d at byte %d: bad size", id, start)
		}
		pos += 1 + n
		secs = append(secs, section{id: id, body: module[pos : pos+int(size)], start: start, end: pos + int(size)})
		pos += int(size)
	}
	return secs, nil
}

func segments(body []byte) ([]segment, error) {
	r := reader{b: body}
	count := r.uvarint()
	if r.err != nil || count > uint64(len(body)) {
		return nil, errors.New("data section: bad segment count")
	}
	segs := make([]segment, 0, count)
	for i := range count {
		flags := r.uvarint()
		op := r.byte()
		offset := r.varint()
		end := r.byte()
		size := r.uvarint()
		if r.err != nil {
			return nil, fmt.Errorf("data segment %d: %w", i, r.err)
		}
		// 0 is an active segment of memory 0; 0x41 is i32.const, 0x0b end.
		if flags != 0 || op != 0x41 || end != 0x0b {
			return nil, fmt.Errorf("data segment %d: not an active segment at a constant offset", i)
		}
		if offset < 0 || offset > maxImage || size > uint64(r.left()) {
			return nil, fmt.Errorf("data segment %d: offset %d or size %d out of range", i, offset, size)
		}
		segs = append(segs, segment{offset: uint32(offset), data: r.take(int(size))})
	}
	if r.left() != 0 {
		return nil, fmt.Errorf("data section: %d bytes after the last segment", r.left())
	}
	return segs, nil
}

// merge lays the segments into one, from the first one's offset to the
// end of the last; the gaps between them are zeros, as memory starts.
func merge(segs []segment) (segment, error) {
	lo, hi := segs[0].offset, uint32(0)
	for _, s := range segs {
		lo = min(lo, s.offset)
		hi = max(hi, s.offset+uint32(len(s.data)))
	}
	if hi-lo > maxImage {
		return segment{}, fmt.Errorf("data spans %d bytes", hi-lo)
	}
	img := make([]byte, hi-lo)
	written := make([]bool, hi-lo)
	for _, s := range segs {
		at := s.offset - lo
		for i := range s.data {
			if written[int(at)+i] {
				return segment{}, fmt.Errorf("data segments overlap at offset %d", s.offset+uint32(i))
			}
			written[int(at)+i] = true
		}
		copy(img[at:], s.data)
	}
	return segment{offset: lo, data: img}, nil
}

// sameImage checks that the two modules fill memory alike as they are
// instantiated: the rewrite's own proof, read back from the bytes it wrote.
func sameImage(a, b []byte) error {
	ia, err := startImage(a)
	if err != nil {
		return err
	}
	ib, err := startImage(b)
	if err != nil {
		return fmt.Errorf("the rewritten module does not read back: %w", err)
	}
	if !bytes.Equal(ia, ib) {
		return errors.New("the rewritten module's memory image differs from the original's")
	}
	return nil
}

// startImage is the memory a module has once instantiated: what its data
// segments write, and then the function table its start function writes,
// if it has one (FuncTabAtStart's; any other start function is refused).
func startImage(module []byte) ([]byte, error) {
	img, err := image(module)
	if err != nil {
		return nil, err
	}
	tab, started, err := startFill(module)
	if err != nil || !started {
		return img, err
	}
	return tab.write(img)
}

// image is the memory a module's data segments write, from address 0 to
// the end of the last segment.
func image(module []byte) ([]byte, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, err
	}
	var img []byte
	for _, s := range secs {
		if s.id != dataSection {
			continue
		}
		segs, err := segments(s.body)
		if err != nil {
			return nil, err
		}
		for _, g := range segs {
			end := int(g.offset) + len(g.data)
			if end > maxImage {
				return nil, fmt.Errorf("data reaches byte %d", end)
			}
			if end > len(img) {
				img = append(img, make([]byte, end-len(img))...)
			}
			copy(img[g.offset:], g.data)
		}
	}
	return img, nil
}

func encodeSegments(segs []segment) []byte {
	b := binary.AppendUvarint(nil, uint64(len(segs)))
	for _, s := range segs {
		b = append(b, 0, 0x41)
		b = appendSleb(b, int64(int32(s.offset)))
		b = append(b, 0x0b)
		b = binary.AppendUvarint(b, uint64(len(s.data)))
		b = append(b, s.data...)
	}
	return b
}

func writeSection(w *bytes.Buffer, id byte, body []byte) {
	w.WriteByte(id)
	w.Write(binary.AppendUvarint(nil, uint64(len(body))))
	w.Write(body)
}

// appendSleb appends v in signed LEB128, the encoding of i32.const's
// operand (binary.AppendVarint is zig-zag, another encoding).
func appendSleb(b []byte, v int64) []byte {
	for {
		c := byte(v & 0x7f)
		v >>= 7
		if (v == 0 && c&0x40 == 0) || (v == -1 && c&0x40 != 0) {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

// reader reads a data section, keeping its first error.
type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) left() int { return len(r.b) - r.pos }

func (r *reader) fail(what string) {
	if r.err == nil {
		r.err = fmt.Errorf("bad %s at byte %d", what, r.pos)
	}
}

func (r *reader) byte() byte {
	if r.err != nil || r.left() < 1 {
		r.fail("byte")
		return 0
	}
	r.pos++
	return r.b[r.pos-1]
}

func (r *reader) take(n int) []byte {
	if r.err != nil || n < 0 || n > r.left() {
		r.fail("length")
		return nil
	}
	r.pos += n
	return r.b[r.pos-n : r.pos]
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		r.fail("unsigned LEB128")
		return 0
	}
	r.pos += n
	return v
}

// varint reads a signed LEB128 of at most 32 bits.
func (r *reader) varint() int64 {
	var v int64
	var shift uint
	for {
		c := r.byte()
		if r.err != nil {
			return 0
		}
		v |= int64(c&0x7f) << shift
		shift += 7
		if c&0x80 == 0 {
			if shift < 64 && c&0x40 != 0 {
				v |= -1 << shift
			}
			return v
		}
		if shift >= 35 {
			r.fail("signed LEB128")
			return 0
		}
	}
}
