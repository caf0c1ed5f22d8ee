package wasmdata

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
)

const (
	typeSection     = 1
	importSection   = 2
	functionSection = 3
	exportSection   = 7
	startSection    = 8
	codeSection     = 10

	// bucketSize is the size of a findfuncbucket of Go's runtime: an
	// index (uint32) and 16 one-byte deltas.
	bucketSize = 20
	// bucketsPerFunc: the runtime has a bucket for every 4 KiB of PC
	// space, and on wasm each function spans 64 KiB of it.
	bucketsPerFunc = 16
	// minTable is the smallest table worth a start function: 4,096
	// functions' buckets. app.wasm has over 7,000 functions.
	minTable = 4096 * bucketsPerFunc
)

// funcTab is where a module's findfunctab lies in memory: count buckets
// from addr, the first of them holding the index first.
type funcTab struct {
	addr, first, count uint32
}

// FuncTabAtStart returns module with Go's findfunctab taken out of its
// data and written by a start function instead, and whether it changed
// anything.
//
// The runtime finds the function of a PC through that table, one bucket
// of 20 bytes for every 4 KiB of PC space. On wasm a function's PCs are
// its index shifted left by 16 bits, so every function has 16 buckets
// that all hold its index and zeros: 2.5 MB of app.wasm's 11.8 that a
// loop of a few instructions writes. The download, the service worker's
// copy and the compiler's reading all shrink by that much.
//
// It looks for the longest run of such buckets (at least minTable of them,
// at an address that is a multiple of 4), cuts it out of the data segment
// that holds it, and adds a function that writes it and a start section
// that runs it as the module is instantiated, before Go runs. A module
// without such a run, without exports, or that already has a start
// function, comes back as it is. The type, function, code and data
// sections change; every other section is kept byte for byte.
func FuncTabAtStart(module []byte) ([]byte, bool, error) {
	secs, err := sections(module)
	if err != nil {
		return nil, false, err
	}
	byID := map[byte]*section{}
	for i := range secs {
		if secs[i].id != 0 {
			byID[secs[i].id] = &secs[i]
		}
	}
	for _, id := range []byte{typeSection, functionSection, exportSection, codeSection, dataSection} {
		if byID[id] == nil {
			return module, false, nil
		}
	}
	if byID[startSection] != nil {
		return module, false, nil
	}
	segs, err := segments(byID[dataSection].body)
	if err != nil {
		return nil, false, err
	}
	tab, at, ok := findFuncTab(segs)
	if !ok {
		return module, false, nil
	}
	imported, err := importedFuncs(byID[importSection])
	if err != nil {
		return nil, false, err
	}
	types, voidType, err := voidFuncType(byID[typeSection].body)
	if err != nil {
		return nil, false, err
	}
	funcs, err := appendFunc(byID[functionSection].body, voidType)
	if err != nil {
		return nil, false, err
	}
	code, err := appendCode(byID[codeSection].body, fillBody(tab))
	if err != nil {
		return nil, false, err
	}
	fill := imported + uint32(countOf(byID[functionSection].body))
	cut := cutTable(segs, at, tab)
	out := bytes.NewBuffer(make([]byte, 0, len(module)))
	out.Write(magic)
	for _, s := range secs {
		switch s.id {
		case typeSection:
			writeSection(out, typeSection, types)
		case functionSection:
			writeSection(out, functionSection, funcs)
		case codeSection:
			writeSection(out, codeSection, code)
		case dataSection:
			writeSection(out, dataSection, encodeSegments(cut))
		case dataCountSection:
			writeSection(out, dataCountSection, binary.AppendUvarint(nil, uint64(len(cut))))
		default:
			out.Write(module[s.start:s.end])
		}
		// The start section comes right after the exports.
		if s.id == exportSection {
			writeSection(out, startSection, binary.AppendUvarint(nil, uint64(fill)))
		}
	}
	if err := sameImage(module, out.Bytes()); err != nil {
		return nil, false, err
	}
	return out.Bytes(), true, nil
}

// findFuncTab finds the longest run of buckets in segs, and which segment
// holds it.
func findFuncTab(segs []segment) (funcTab, int, bool) {
	var best funcTab
	at := -1
	for i, s := range segs {
		// Buckets are 4-byte aligned in memory.
		for p := (4 - s.offset%4) % 4; int(p)+bucketSize <= len(s.data); {
			n := bucketRun(s.data[p:])
			if n > best.count {
				best, at = funcTab{addr: s.offset + p, first: binary.LittleEndian.Uint32(s.data[p:]), count: n}, i
			}
			// Past a run, or to the next aligned address.
			step := uint32(4)
			if n > 0 {
				step = n * bucketSize
			}
			p += step
		}
	}
	return best, at, at >= 0 && best.count >= minTable
}

// bucketRun is how many buckets from the start of b hold the first one's
// index plus their number divided by 16, and zeros.
func bucketRun(b []byte) uint32 {
	first := binary.LittleEndian.Uint32(b)
	var n uint32
	for off := 0; off+bucketSize <= len(b); off += bucketSize {
		if binary.LittleEndian.Uint32(b[off:]) != first+n/bucketsPerFunc || !allZero(b[off+4:off+bucketSize]) {
			break
		}
		n++
	}
	return n
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// cutTable returns segs with the table's bytes taken out of segment at:
// the part before it and the part after it, either left out if empty.
func cutTable(segs []segment, at int, tab funcTab) []segment {
	s := segs[at]
	from := tab.addr - s.offset
	to := from + tab.count*bucketSize
	var parts []segment
	if from > 0 {
		parts = append(parts, segment{offset: s.offset, data: s.data[:from]})
	}
	if int(to) < len(s.data) {
		parts = append(parts, segment{offset: s.offset + to, data: s.data[to:]})
	}
	out := append([]segment{}, segs[:at]...)
	out = append(out, parts...)
	return append(out, segs[at+1:]...)
}

// fillBody is the code of the function that writes tab: for k from 0 to
// count-1, the uint32 first+k/16 at addr+20k (the deltas are zeros, as
// memory starts).
func fillBody(tab funcTab) []byte {
	b := []byte{
		1, 1, 0x7f, // one local, k i32
		0x03, 0x40, // loop
		0x20, 0, 0x41, bucketSize, 0x6c, // k*20
		0x41, // i32.const addr
	}
	b = appendSleb(b, int64(int32(tab.addr)))
	b = append(b,
		0x6a,                   // add: the bucket's address
		0x20, 0, 0x41, 4, 0x76, // k>>4
		0x41, // i32.const first
	)
	b = appendSleb(b, int64(int32(tab.first)))
	b = append(b,
		0x6a,       // add: the bucket's index
		0x36, 2, 0, // i32.store, 4-byte aligned
		0x20, 0, 0x41, 1, 0x6a, 0x22, 0, // k = k+1, kept on the stack
		0x41, // i32.const count
	)
	b = appendSleb(b, int64(int32(tab.count)))
	return append(b,
		0x49,    // lt_u
		0x0d, 0, // br_if the loop
		0x0b, // end loop
		0x0b, // end function
	)
}

// readFill reads back a function fillBody wrote.
func readFill(body []byte) (funcTab, error) {
	r := reader{b: body}
	var tab funcTab
	want := func(b ...byte) {
		for _, c := range b {
			if r.byte() != c {
				r.fail("instruction")
			}
		}
	}
	i32 := func() uint32 {
		want(0x41)
		return uint32(r.varint())
	}
	want(1, 1, 0x7f, 0x03, 0x40, 0x20, 0, 0x41, bucketSize, 0x6c)
	tab.addr = i32()
	want(0x6a, 0x20, 0, 0x41, 4, 0x76)
	tab.first = i32()
	want(0x6a, 0x36, 2, 0, 0x20, 0, 0x41, 1, 0x6a, 0x22, 0)
	tab.count = i32()
	want(0x49, 0x0d, 0, 0x0b, 0x0b)
	if r.err != nil || r.left() != 0 {
		return funcTab{}, errors.New("a start function this package did not write")
	}
	return tab, nil
}

// write lays tab's buckets into img.
func (tab funcTab) write(img []byte) ([]byte, error) {
	end := uint64(tab.addr) + uint64(tab.count)*bucketSize
	if end > maxImage {
		return nil, fmt.Errorf("the function table reaches byte %d", end)
	}
	if int(end) > len(img) {
		img = append(img, make([]byte, int(end)-len(img))...)
	}
	for k := range tab.count {
		binary.LittleEndian.PutUint32(img[tab.addr+k*bucketSize:], tab.first+k/bucketsPerFunc)
	}
	return img, nil
}

// startFill is the function table a module's start function writes, if it
// has one.
func startFill(module []byte) (funcTab, bool, error) {
	secs, err := sections(module)
	if err != nil {
		return funcTab{}, false, err
	}
	var start, imports, code *section
	for i := range secs {
		switch secs[i].id {
		case startSection:
			start = &secs[i]
		case importSection:
			imports = &secs[i]
		case codeSection:
			code = &secs[i]
		}
	}
	if start == nil {
		return funcTab{}, false, nil
	}
	r := reader{b: start.body}
	index := r.uvarint()
	imported, err := importedFuncs(imports)
	if r.err != nil || err != nil || code == nil || index < uint64(imported) {
		return funcTab{}, false, errors.New("a start function this package did not write")
	}
	body, err := codeBody(code.body, index-uint64(imported))
	if err != nil {
		return funcTab{}, false, err
	}
	tab, err := readFill(body)
	return tab, true, err
}

// codeBody is the body of the code section's function i.
func codeBody(sec []byte, i uint64) ([]byte, error) {
	r := reader{b: sec}
	n := r.uvarint()
	if r.err != nil || i >= n {
		return nil, errors.New("code section: no such function")
	}
	for range i {
		r.take(int(r.uvarint()))
	}
	size := r.uvarint()
	if r.err != nil || size > uint64(r.left()) {
		return nil, errors.New("code section: bad function size")
	}
	return r.take(int(size)), nil
}

// importedFuncs counts the functions a module imports, which come before
// its own in the function index space.
func importedFuncs(imports *section) (uint32, error) {
	if imports == nil {
		return 0, nil
	}
	r := reader{b: imports.body}
	count := r.uvarint()
	var funcs uint32
	for range count {
		r.take(int(r.uvarint())) // module
		r.take(int(r.uvarint())) // name
		switch kind := r.byte(); kind {
		case 0: // a function: its type
			r.uvarint()
			funcs++
		case 1: // a table: its element type and limits
			r.byte()
			limits(&r)
		case 2: // a memory: its limits
			limits(&r)
		case 3: // a global: its type and mutability
			r.byte()
			r.byte()
		default:
			r.fail("import kind")
		}
		if r.err != nil {
			return 0, fmt.Errorf("import section: %w", r.err)
		}
	}
	return funcs, nil
}

func limits(r *reader) {
	if r.byte()&1 != 0 {
		r.uvarint()
	}
	r.uvarint()
}

// voidFuncType returns the type section with a type of no parameters and
// no results, and that type's index: the one there is, or one added.
func voidFuncType(sec []byte) ([]byte, uint32, error) {
	r := reader{b: sec}
	count := r.uvarint()
	for i := range count {
		if r.byte() != 0x60 {
			r.fail("function type")
		}
		params := r.uvarint()
		r.take(int(params))
		results := r.uvarint()
		r.take(int(results))
		if r.err != nil {
			return nil, 0, fmt.Errorf("type section: %w", r.err)
		}
		if params == 0 && results == 0 {
			return sec, uint32(i), nil
		}
	}
	out, err := appendEntry(sec, []byte{0x60, 0, 0})
	return out, uint32(count), err
}

// appendFunc returns the function section with one more function, of
// type typ.
func appendFunc(sec []byte, typ uint32) ([]byte, error) {
	return appendEntry(sec, binary.AppendUvarint(nil, uint64(typ)))
}

// appendCode returns the code section with one more body.
func appendCode(sec, body []byte) ([]byte, error) {
	return appendEntry(sec, append(binary.AppendUvarint(nil, uint64(len(body))), body...))
}

// appendEntry adds entry to the end of a section that is a vector.
func appendEntry(sec, entry []byte) ([]byte, error) {
	count, n := binary.Uvarint(sec)
	if n <= 0 {
		return nil, errors.New("bad vector count")
	}
	out := binary.AppendUvarint(nil, count+1)
	out = append(out, sec[n:]...)
	return append(out, entry...), nil
}

// countOf is the count of a vector section.
func countOf(sec []byte) uint64 {
	count, _ := binary.Uvarint(sec)
	return count
}
