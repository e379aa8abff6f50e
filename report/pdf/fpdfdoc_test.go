package pdf

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/workreport/workreport/internal/fpdf"
)

// sampleRunes are characters of every kind the documents draw.
const sampleRunes = "海拉尔区2025年政府工作报告，。、；：？！（）“”《》—…·%℃□0123456789.ABCxyz 𠮷"

// TestWidthsMatchFpdf: the layout measures with its own width tables; they
// must give what fpdf's GetStringWidth gives for the same face, or lines
// would be broken for widths that are not drawn.
func TestWidthsMatchFpdf(t *testing.T) {
	t.Parallel()
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
	t.Parallel()
	full := faceFont(serif)
	runes := []rune("地区生产总值231.52亿元")
	data, _, err := full.subset(runes)
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
// document of the process, and the patched fpdf (internal/fpdf/PATCHES.md)
// reads tables in place where upstream copied them. Neither the reduced
// font fpdf is given nor the shared face may change while a document is
// written.
func TestFpdfLeavesFontBytesAlone(t *testing.T) {
	t.Parallel()
	for fc := face(0); fc < numFaces; fc++ {
		full := faceFont(fc)
		before := sha256.Sum256(full.data)
		var runes []rune
		for r := rune(0x20); r < 0xFFFF; r++ {
			if full.glyph[r] != 0 && len(runes) < 3000 {
				runes = append(runes, r)
			}
		}
		data, _, err := full.subset(runes)
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

// TestFpdfSubsetAsParsed: fpdf embeds the reduced faces without parsing
// them (AddUTF8FontSubset), so the descriptor, the widths and the glyph map
// given to it must be what its own parser reads from the same bytes.
func TestFpdfSubsetAsParsed(t *testing.T) {
	t.Parallel()
	for fc := face(0); fc < numFaces; fc++ {
		full := faceFont(fc)
		var runes []rune
		for _, r := range sampleRunes + "ÀéüĀ①Ⅻ㎡■" {
			if r <= 0xFFFF && full.glyph[r] != 0 {
				runes = append(runes, r)
			}
		}
		sub, err := full.fpdfSubset(fc, runes)
		if err != nil {
			t.Fatal(err)
		}
		parsed := fpdf.New("P", "mm", "A4", "")
		parsed.AddUTF8FontFromBytes("p", "", sub.File)
		given := fpdf.New("P", "mm", "A4", "")
		given.AddUTF8FontSubset("g", "", sub)
		if err := errors.Join(parsed.Error(), given.Error()); err != nil {
			t.Fatal(err)
		}
		name := faceFiles[fc].File
		if p, g := parsed.GetFontDesc("p", ""), given.GetFontDesc("g", ""); p != g {
			t.Errorf("%s: descriptor %+v, fpdf parses %+v", name, g, p)
		}
		parsed.SetFont("p", "", 1000)
		given.SetFont("g", "", 1000)
		for r := rune(1); r < 0xFFFF; r++ {
			if p, g := parsed.GetStringWidth(string(r)), given.GetStringWidth(string(r)); p != g {
				t.Errorf("%s: width of %q %v, fpdf parses %v", name, r, g, p)
			}
		}
		reduced := parseSfnt(sub.File)
		if reduced.err != nil {
			t.Fatal(reduced.err)
		}
		mapped := 0
		for r := rune(0); r < 0xFFFF; r++ {
			if g := int(reduced.glyph[r]); g != 0 {
				mapped++
				if sub.Glyphs[int(r)] != g {
					t.Errorf("%s: %q is glyph %d in the file, %d in the map", name, r, g, sub.Glyphs[int(r)])
				}
			}
		}
		if mapped != len(sub.Glyphs) {
			t.Errorf("%s: the file maps %d runes, the glyph map %d", name, mapped, len(sub.Glyphs))
		}
		if sum := checksum(sub.File); sum != 0xB1B0AFBA {
			t.Errorf("%s: file checksum %#x, want 0xb1b0afba (checksumAdjustment)", name, sum)
		}
	}
}

// TestRuneSet: the characters a face draws are kept once each, ascending;
// characters outside the BMP are not.
func TestRuneSet(t *testing.T) {
	t.Parallel()
	var s runeSet
	in := []rune{'海', 0, 'a', 0xFFFF, '海', 63, 64, 0x10000, -1, 'a'}
	for _, r := range in {
		s.add(r)
	}
	want := []rune{0, 63, 64, 'a', '海', 0xFFFF}
	for _, r := range []rune{'b', 62, 65, '湖', 0x10000, -1} {
		if s.has(r) {
			t.Errorf("has %U, never added", r)
		}
	}
	for _, r := range want {
		if !s.has(r) {
			t.Errorf("lacks %U", r)
		}
	}
	got := s.runes()
	if len(got) != len(want) {
		t.Fatalf("runes %U, want %U", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("runes %U, want %U", got, want)
		}
	}
}

// TestPostScriptNames: each face's PostScript name (name ID 6), which fpdf
// puts after the subset tag, is read from its name table: the file's name
// without ".ttf". A font without a usable name table has none.
func TestPostScriptNames(t *testing.T) {
	t.Parallel()
	for fc := face(0); fc < numFaces; fc++ {
		want := strings.TrimSuffix(faceFiles[fc].File, ".ttf")
		if got := faceFont(fc).psName; got != want {
			t.Errorf("%s: PostScript name %q, want %q", faceFiles[fc].File, got, want)
		}
		// A reduction keeps the name table.
		data, _, err := faceFont(fc).subset([]rune("海拉尔"))
		if err != nil {
			t.Fatal(err)
		}
		if got := parseSfnt(data).psName; got != want {
			t.Errorf("%s reduced: PostScript name %q, want %q", faceFiles[fc].File, got, want)
		}
	}
	// Mac Roman only; Windows beats Mac; damaged tables give "".
	rec := func(platform, encoding, lang, id uint16, s []byte, off int) []byte {
		b := make([]byte, 12)
		be.PutUint16(b, platform)
		be.PutUint16(b[2:], encoding)
		be.PutUint16(b[4:], lang)
		be.PutUint16(b[6:], id)
		be.PutUint16(b[8:], uint16(len(s)))
		be.PutUint16(b[10:], uint16(off))
		return b
	}
	table := func(recs [][]byte, strs []byte) []byte {
		b := make([]byte, 6)
		be.PutUint16(b[2:], uint16(len(recs)))
		be.PutUint16(b[4:], uint16(6+12*len(recs)))
		for _, r := range recs {
			b = append(b, r...)
		}
		return append(b, strs...)
	}
	mac, win := []byte("Mac-Name"), []byte("\x00W\x00i\x00n\x00-\x00N")
	both := table([][]byte{rec(1, 0, 0, 6, mac, 0), rec(3, 1, 0x409, 6, win, len(mac)), rec(3, 1, 0x409, 4, mac, 0)}, append(append([]byte(nil), mac...), win...))
	for _, c := range []struct {
		name  string
		table []byte
		want  string
	}{
		{"none", nil, ""},
		{"Mac only", table([][]byte{rec(1, 0, 0, 6, mac, 0)}, mac), "Mac-Name"},
		{"Windows and Mac", both, "Win-N"},
		{"string out of bounds", both[:len(both)-1], "Mac-Name"},
		{"records truncated", both[:20], ""},
	} {
		if got := postScriptName(c.table); got != c.want {
			t.Errorf("%s: %q, want %q", c.name, got, c.want)
		}
	}
}

// TestSubsetTags: the same face cut for different documents gets different
// subset tags (the tag comes from the embedded file; patch 20).
func TestSubsetTags(t *testing.T) {
	t.Parallel()
	nameRe := regexp.MustCompile(`(?m)^([A-Z]{6})\+(\S+)`)
	byName := map[string]map[string]string{} // PostScript name → tag → sample
	for _, sample := range sampleNames(t) {
		s := renderSample(t, sample)
		out := run(t, "poppler-utils", "pdffonts", s.file)
		for _, m := range nameRe.FindAllSubmatch(out, -1) {
			tag, name := string(m[1]), string(m[2])
			if byName[name] == nil {
				byName[name] = map[string]string{}
			}
			if other, ok := byName[name][tag]; ok {
				t.Errorf("%s has the tag %s in %s and in %s", name, tag, other, sample)
			}
			byName[name][tag] = sample
		}
	}
	if len(byName) != int(numFaces) {
		t.Errorf("%d faces named in the samples, want %d: %v", len(byName), numFaces, byName)
	}
}
