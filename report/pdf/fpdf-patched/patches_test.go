package fpdf

// Tests of the patches listed in PATCHES.md. Run them in this folder:
// go test . (the folder is its own module, outside the main module's ./...).

import (
	"bytes"
	"testing"
)

// TestChecksumLeavesNeighboursAlone: assembleTables now checksums tables in
// place, and a table read from the font file is a slice whose capacity runs
// on into the next table. Upstream padded an odd-length table by appending
// zeros, which would overwrite the next table's first bytes.
func TestChecksumLeavesNeighboursAlone(t *testing.T) {
	var utf utf8FontFile
	for n := 0; n <= 8; n++ {
		file := []byte{1, 2, 3, 4, 5, 6, 7, 8, 0xAA, 0xBB, 0xCC, 0xDD}
		want := append([]byte(nil), file...)
		table := file[:n]
		padded := append(append([]byte(nil), table...), make([]byte, (4-n%4)%4)...)
		sum := utf.generateChecksum(table)
		if !bytes.Equal(file, want) {
			t.Errorf("length %d: the bytes after the table changed to % x", n, file[n:])
		}
		var w0, w1 int
		for i := 0; i < len(padded); i += 4 {
			w1 += int(padded[i+2])<<8 + int(padded[i+3])
			w0 += int(padded[i])<<8 + int(padded[i+1]) + w1>>16
			w1 &= 0xFFFF
			w0 &= 0xFFFF
		}
		if sum[0] != w0 || sum[1] != w1 {
			t.Errorf("length %d: checksum %04x%04x, want %04x%04x", n, sum[0], sum[1], w0, w1)
		}
	}
}

// TestFontIDDependsOnWidths: the font ID no longer marshals the width table
// but must still tell apart definitions that differ only in it.
func TestFontIDDependsOnWidths(t *testing.T) {
	cw := make([]int, 256*256)
	cw['A'] = 600
	a := fontDefType{Tp: "UTF8", Name: "serif", Cw: cw}
	b := a
	b.Cw = append([]int(nil), cw...)
	b.Cw['B'] = 600
	c := a
	c.Cw = append([]int(nil), cw...)
	c.Cw['A'] = 601
	ids := map[string]string{}
	for name, def := range map[string]fontDefType{"a": a, "b": b, "c": c} {
		id, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		if other, ok := ids[id]; ok {
			t.Errorf("definitions %s and %s have the same ID %s", name, other, id)
		}
		ids[id] = name
	}
	if again, _ := generateFontID(a); ids[again] != "a" {
		t.Error("the same definition gave another ID")
	}
	d := a
	d.File = "elsewhere.z"
	if id, _ := generateFontID(d); ids[id] != "a" {
		t.Error("the file name changed the ID")
	}
}

// TestNextIntKey: the fast path gives the key upstream's search gave.
func TestNextIntKey(t *testing.T) {
	search := func(pa *untypedKeyMap) int {
		for n := 0; ; n++ {
			if pa.getIndex(n) < 0 {
				return n
			}
		}
	}
	cases := [][]interface{}{
		{},
		{0},
		{0, 1, 2},
		{"interval", 0, 1},
		{0, "interval", 1, 2},
		{1, 2},
		{0, 2},
		{2, 0, 1},
		{0, 1, 5, "interval"},
		{-1, 0},
		{"interval"},
	}
	for _, keys := range cases {
		pa := untypedKeyMap{keySet: keys, valueSet: make([]int, len(keys))}
		if got, want := pa.nextIntKey(), search(&pa); got != want {
			t.Errorf("keys %v: next int key %d, want %d", keys, got, want)
		}
	}
	var pa untypedKeyMap
	pa.put("interval", 1)
	for i := 0; i < 5; i++ {
		pa.put(nil, 10+i)
	}
	pa.pop()
	pa.put(nil, 99)
	if got := pa.get(4); got != 99 {
		t.Errorf("after pop and put, key 4 holds %d, want 99", got)
	}
}

// TestChecksumAsUpstream: the uint32 sum equals upstream's sum of 16-bit
// halves with hand-made carries, for all lengths and for sums that wrap.
func TestChecksumAsUpstream(t *testing.T) {
	upstream := func(data []byte) []int {
		data = append([]byte(nil), data...)
		for len(data)%4 != 0 {
			data = append(data, 0)
		}
		answer := []int{0, 0}
		for i := 0; i < len(data); i += 4 {
			answer[0] += (int(data[i]) << 8) + int(data[i+1])
			answer[1] += (int(data[i+2]) << 8) + int(data[i+3])
			answer[0] += answer[1] >> 16
			answer[1] = answer[1] & 0xFFFF
			answer[0] = answer[0] & 0xFFFF
		}
		return answer
	}
	var utf utf8FontFile
	data := make([]byte, 4099)
	for i := range data {
		data[i] = byte(i*131 + i>>3) // many 0xFF… words, so the sum wraps
	}
	for n := 0; n <= len(data); n += 1 + n/7 {
		got, want := utf.generateChecksum(data[:n]), upstream(data[:n])
		if got[0] != want[0] || got[1] != want[1] {
			t.Fatalf("length %d: %04x%04x, upstream %04x%04x", n, got[0], got[1], want[0], want[1])
		}
	}
}

// TestTextAsSprintf: Text writes the operator upstream's sprintf wrote.
func TestTextAsSprintf(t *testing.T) {
	for _, xy := range [][2]float64{{10, 10}, {0, 297}, {-0.001, 296.999}, {12.345, 0.005}, {1e6, -3}} {
		f := New("P", "mm", "A4", "")
		f.AddPage()
		f.SetFont("Helvetica", "", 10)
		before := f.pages[f.page].Len()
		f.Text(xy[0], xy[1], "a(b)")
		got := f.pages[f.page].String()[before:]
		want := sprintf("BT %.2f %.2f Td (%s) Tj ET", xy[0]*f.k, (f.h-xy[1])*f.k, `a\(b\)`) + "\n"
		if got != want {
			t.Errorf("Text(%v, %v): %q, want %q", xy[0], xy[1], got, want)
		}
	}
}
