package pdf

import (
	"bytes"
	"crypto/sha256"
	"io"
	"testing"

	"github.com/go-pdf/fpdf"
)

// sampleRunes are characters of every kind the documents draw.
const sampleRunes = "海拉尔区2025年政府工作报告，。、；：？！（）“”《》—…·%℃□0123456789.ABCxyz 𠮷"

// TestWidthsMatchFpdf: the layout measures with its own width tables; they
// must give what fpdf's GetStringWidth gives for the same face, or lines
// would be broken for widths that are not drawn.
func TestWidthsMatchFpdf(t *testing.T) {
	for fc := face(0); fc < numFaces; fc++ {
		f := fpdf.New("P", "mm", "A4", "")
		n := faceNames[fc]
		f.AddUTF8FontFromBytes(n.family, n.style, faceFiles[fc].Data)
		f.SetFont(n.family, n.style, 10)
		if err := f.Error(); err != nil {
			t.Fatal(err)
		}
		d, err := newDoc(testTime)
		if err != nil {
			t.Fatal(err)
		}
		d.setFont(fc, 10)
		for _, r := range sampleRunes {
			if r > 0xFFFF || !faceFiles[fc].Has(r) {
				continue
			}
			want := f.GetStringWidth(string(r))
			if got := d.runeWidth(r); got-want > 1e-9 || want-got > 1e-9 {
				t.Errorf("%s: width of %q = %v, fpdf says %v", faceFiles[fc].File, r, got, want)
			}
		}
	}
}

// TestSubset: a face reduced to some characters maps exactly those, to the
// same glyphs with the same advances, and fpdf accepts it.
func TestSubset(t *testing.T) {
	full := faceFont(serif)
	runes := []rune("地区生产总值231.52亿元")
	data, err := full.subset(runes)
	if err != nil {
		t.Fatal(err)
	}
	if len(data) > len(full.data)/20 {
		t.Errorf("subset is %d bytes, the face %d: not reduced", len(data), len(full.data))
	}
	sub := parseSfnt(data)
	if sub.err != nil {
		t.Fatal(sub.err)
	}
	distinct := map[rune]bool{}
	for _, r := range runes {
		distinct[r] = true
		g, old := int(sub.glyph[r]), int(full.glyph[r])
		if g == 0 || sub.width(r) != full.width(r) || sub.lsb(g) != full.lsb(old) {
			t.Errorf("%q: glyph %d width %v lsb %d, want width %v lsb %d", r, g, sub.width(r), sub.lsb(g), full.width(r), full.lsb(old))
		}
		// The same outline, padded to four bytes.
		if sg, fg := sub.glyphData(g), full.glyphData(old); len(fg) == 0 || !bytes.HasPrefix(sg, fg) || len(sg)-len(fg) > 3 {
			t.Errorf("%q: outline differs from the face's", r)
		}
	}
	if sub.numGlyphs != len(distinct)+1 {
		t.Errorf("subset has %d glyphs, want %d and .notdef", sub.numGlyphs, len(distinct))
	}
	if sub.glyph['海'] != 0 {
		t.Error("海 was not asked for but is mapped")
	}
	f := fpdf.New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("s", "", data)
	f.SetFont("s", "", 10)
	f.AddPage()
	f.Text(10, 10, string(runes))
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatalf("fpdf rejects the subset: %v", err)
	}
}

// TestFpdfLeavesFontBytesAlone: the faces' bytes are shared by every
// document of the process, and the patched fpdf (fpdf-patched/PATCHES.md)
// reads tables in place where upstream copied them. Neither the reduced
// font fpdf is given nor the shared face may change while a document is
// written.
func TestFpdfLeavesFontBytesAlone(t *testing.T) {
	for fc := face(0); fc < numFaces; fc++ {
		full := faceFont(fc)
		before := sha256.Sum256(full.data)
		var runes []rune
		for r := rune(0x20); r < 0xFFFF; r++ {
			if full.glyph[r] != 0 && len(runes) < 3000 {
				runes = append(runes, r)
			}
		}
		data, err := full.subset(runes)
		if err != nil {
			t.Fatal(err)
		}
		// Odd-length tables are where upstream's checksum padding wrote
		// past a table's end.
		reduced := sha256.Sum256(data)
		f := fpdf.New("P", "mm", "A4", "")
		n := faceNames[fc]
		f.AddUTF8FontFromBytes(n.family, n.style, data)
		f.SetFont(n.family, n.style, 10)
		f.AddPage()
		for i := 0; i < len(runes); i += 200 {
			f.Text(10, 10, string(runes[i:min(i+200, len(runes))]))
		}
		if err := f.Output(io.Discard); err != nil {
			t.Fatal(err)
		}
		if sha256.Sum256(data) != reduced {
			t.Errorf("%s: fpdf changed the reduced font it was given", faceFiles[fc].File)
		}
		if sha256.Sum256(full.data) != before {
			t.Errorf("%s: the shared face changed", faceFiles[fc].File)
		}
	}
}
