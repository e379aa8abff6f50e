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
