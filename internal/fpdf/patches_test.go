package fpdf

// Tests of the patches listed in PATCHES.md. The fonts are workreport's own
// (package fonts), so that nothing outside the repository is needed.

import (
	"bytes"
	"compress/zlib"
	"io"
	"math/rand"
	"regexp"
	"testing"
	"time"

	"github.com/workreport/workreport/fonts"
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

// upstreamCIDFontMap and upstreamImplode are generateCIDFontMap and implode
// as in v0.9.0 (implode's printf(sep) given a format, which vet demands),
// for TestCIDFontMapAsUpstream.
func (f *Fpdf) upstreamCIDFontMap(font *fontDefType, LastRune int) {
	rangeID := 0
	cidArray := make(map[int]*untypedKeyMap)
	cidArrayKeys := make([]int, 0)
	prevCid := -2
	prevWidth := -1
	interval := false
	startCid := 1
	cwLen := LastRune + 1

	// for each character
	for cid := startCid; cid < cwLen; cid++ {
		if font.Cw[cid] == 0x00 {
			continue
		}
		width := font.Cw[cid]
		if width == 65535 {
			width = 0
		}
		if numb, OK := font.usedRunes[cid]; cid > 255 && (!OK || numb == 0) {
			continue
		}

		if cid == prevCid+1 {
			if width == prevWidth {

				if width == cidArray[rangeID].get(0) {
					cidArray[rangeID].put(nil, width)
				} else {
					cidArray[rangeID].pop()
					rangeID = prevCid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					cidArray[rangeID].put(nil, prevWidth)
					cidArray[rangeID].put(nil, width)
				}
				interval = true
				cidArray[rangeID].put("interval", 1)
			} else {
				if interval {
					// new range
					rangeID = cid
					r := untypedKeyMap{
						valueSet: make([]int, 0),
						keySet:   make([]interface{}, 0),
					}
					cidArray[rangeID] = &r
					cidArrayKeys = append(cidArrayKeys, rangeID)
					cidArray[rangeID].put(nil, width)
				} else {
					cidArray[rangeID].put(nil, width)
				}
				interval = false
			}
		} else {
			rangeID = cid
			r := untypedKeyMap{
				valueSet: make([]int, 0),
				keySet:   make([]interface{}, 0),
			}
			cidArray[rangeID] = &r
			cidArrayKeys = append(cidArrayKeys, rangeID)
			cidArray[rangeID].put(nil, width)
			interval = false
		}
		prevCid = cid
		prevWidth = width

	}
	previousKey := -1
	nextKey := -1
	isInterval := false
	for g := 0; g < len(cidArrayKeys); {
		key := cidArrayKeys[g]
		ws := *cidArray[key]
		cws := len(ws.keySet)
		if (key == nextKey) && (!isInterval) && (ws.getIndex("interval") < 0 || cws < 4) {
			if cidArray[key].getIndex("interval") >= 0 {
				cidArray[key].delete("interval")
			}
			cidArray[previousKey] = arrayMerge(cidArray[previousKey], cidArray[key])
			cidArrayKeys = remove(cidArrayKeys, key)
		} else {
			g++
			previousKey = key
		}
		nextKey = key + cws
		// ui := ws.getIndex("interval")
		// ui = ui + 1
		if ws.getIndex("interval") >= 0 {
			if cws > 3 {
				isInterval = true
			} else {
				isInterval = false
			}
			cidArray[key].delete("interval")
			nextKey--
		} else {
			isInterval = false
		}
	}
	var w fmtBuffer
	for _, k := range cidArrayKeys {
		ws := cidArray[k]
		if len(arrayCountValues(ws.valueSet)) == 1 {
			w.printf(" %d %d %d", k, k+len(ws.valueSet)-1, ws.get(0))
		} else {
			w.printf(" %d [ %s ]\n", k, upstreamImplode(" ", ws.valueSet))
		}
	}
	f.out("/W [" + w.String() + " ]")
}

func upstreamImplode(sep string, arr []int) string {
	var s fmtBuffer
	for i := 0; i < len(arr)-1; i++ {
		s.printf("%v", arr[i])
		s.printf("%s", sep)
	}
	if len(arr) > 0 {
		s.printf("%v", arr[len(arr)-1])
	}
	return s.String()
}

// TestCIDFontMapAsUpstream: the /W array written from the sorted used cids
// equals upstream's, written from every cid up to LastRune, for random
// width tables and sets of used characters.
func TestCIDFontMapAsUpstream(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	widths := []int{0, 0, 0, 500, 500, 1000, 1000, 1000, 600, 65535}
	for trial := 0; trial < 200; trial++ {
		cw := make([]int, 256*256)
		for i := range cw {
			if rng.Intn(4) == 0 || i < 300 {
				cw[i] = widths[rng.Intn(len(widths))]
			}
		}
		used := makeSubsetRange(57)
		last := 0
		for i := rng.Intn(600); i > 0; i-- {
			r := 32 + rng.Intn(0xFFFF-32)
			if rng.Intn(3) == 0 {
				r = 0x4E00 + rng.Intn(40) // runs of neighbours
			}
			used[r] = r
			last = max(last, r)
		}
		font := fontDefType{Cw: cw, usedRunes: used}
		var a, b Fpdf
		a.upstreamCIDFontMap(&font, last)
		b.generateCIDFontMap(&font, last)
		if a.buffer.String() != b.buffer.String() {
			t.Fatalf("trial %d: /W differs:\nupstream %.300q\npatched  %.300q", trial, a.buffer.String(), b.buffer.String())
		}
	}
}

// TestFontIDSparseAsFull: given the indices of the non-zero widths, the
// font ID is the one the full scan gives.
func TestFontIDSparseAsFull(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	for n := 0; n < 50; n++ {
		cw := make([]int, 256*256)
		var nonZero []int
		for i := range cw {
			if rng.Intn(200) == 0 {
				cw[i] = 1 + rng.Intn(65535)
				nonZero = append(nonZero, i)
			}
		}
		def := fontDefType{Tp: "UTF8", Name: "serif", Cw: cw}
		full, err := generateFontID(def)
		if err != nil {
			t.Fatal(err)
		}
		sparse, err := generateFontIDSparse(def, nonZero)
		if err != nil {
			t.Fatal(err)
		}
		if full != sparse {
			t.Fatalf("table %d: sparse ID %s, full scan %s", n, sparse, full)
		}
		// A rune counted without a width (a width of 0) changes nothing.
		if cw[0] != 0 {
			continue
		}
		if again, _ := generateFontIDSparse(def, append([]int{0}, nonZero...)); again != full {
			t.Fatalf("table %d: a zero width changed the ID", n)
		}
	}
}

// TestTextUTF8AsUpstream: Text with a UTF-8 font writes its line straight
// into the page (patch 14); it must be upstream's line, colour and escapes
// included.
func TestTextUTF8AsUpstream(t *testing.T) {
	data := fonts.SansRegular.Data
	texts := []string{"", "abc", "a(b)c\\d\re", "海拉尔（2025）", "\u2829\u5c0d\u0d28\u285c", "x\U0001F600y"}
	for _, colour := range []bool{false, true} {
		f := New("P", "mm", "A4", "")
		f.AddUTF8FontFromBytes("dv", "", data)
		f.SetFont("dv", "", 10)
		f.AddPage()
		if colour {
			f.SetTextColor(200, 10, 30)
		}
		for i, s := range texts {
			x, y := 10.5+float64(i), 296.999-float64(i)
			before := f.pages[f.page].Len()
			f.Text(x, y, s)
			got := f.pages[f.page].String()[before:]
			want := sprintf("BT %.2f %.2f Td (%s) Tj ET", x*f.k, (f.h-y)*f.k, f.escape(utf8toutf16(s, false)))
			if f.colorFlag {
				want = sprintf("q %s %s Q", f.color.text.str, want)
			}
			want += "\n"
			if got != want {
				t.Errorf("colour %v, Text(%q): %q, want %q", colour, s, got, want)
			}
			for _, r := range s {
				if f.currentFont.usedRunes[int(r)] != int(r) {
					t.Errorf("Text(%q): %q not counted as used", s, r)
				}
			}
		}
		if !colour && f.colorFlag || colour && !f.colorFlag {
			t.Fatalf("colour %v: colorFlag %v", colour, f.colorFlag)
		}
	}
}

// TestCIDToGIDMapAsDense: the CIDToGIDMap encoded from the used characters
// inflates to upstream's array, whatever the characters and glyphs.
func TestCIDToGIDMapAsDense(t *testing.T) {
	rng := rand.New(rand.NewSource(15))
	cases := []map[int]int{
		{},
		{0: 1},
		{65535: 0xFFFF},
		{1: 2, 2: 3, 3: 4, 4: 256, 5: 0, 65534: 7},
		{130: 1, 131: 1, 132: 1, 261: 0x0100, 390: 0x1234},
	}
	for n := 0; n < 300; n++ {
		m := map[int]int{}
		for i := rng.Intn(900); i > 0; i-- {
			cc := rng.Intn(256 * 256)
			if rng.Intn(3) == 0 {
				cc = 0x4E00 + rng.Intn(300)
			}
			m[cc] = rng.Intn(1 + rng.Intn(0x10000))
		}
		cases = append(cases, m)
	}
	for i, glyphs := range cases {
		want := make([]byte, 256*256*2)
		for cc, glyph := range glyphs {
			want[cc*2] = byte(glyph >> 8)
			want[cc*2+1] = byte(glyph & 0xFF)
		}
		zr, err := zlib.NewReader(bytes.NewReader(compressedCIDToGIDMap(glyphs)))
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		got, err := io.ReadAll(zr) // checks the Adler-32 sum at the end
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("case %d (%d characters): inflates to another array", i, len(glyphs))
		}
	}
}

// TestSetFontAsSprintf: SetFont's font selection without fmt is upstream's
// line.
func TestSetFontAsSprintf(t *testing.T) {
	for _, size := range []float64{10, 10.5, 7.125, 0.004, 12.345, 1e4} {
		f := New("P", "mm", "A4", "")
		f.AddUTF8FontFromBytes("sans", "B", fonts.SansBold.Data)
		f.AddPage()
		before := f.pages[f.page].Len()
		f.SetFont("sans", "B", size)
		got := f.pages[f.page].String()[before:]
		want := sprintf("BT /F%s %.2f Tf ET", f.currentFont.i, size) + "\n"
		if got != want {
			t.Errorf("SetFont size %v: %q, want %q", size, got, want)
		}
	}
}

// TestSubsetFontName: a font added by AddUTF8FontSubset is named
// TAG+PostScriptName in its Type0 font, CIDFont and descriptor (patch 20);
// the tag is six capital letters that depend on the embedded file only; a
// name's irregular characters are escaped; a font added from bytes keeps
// upstream's name.
func TestSubsetFontName(t *testing.T) {
	data := fonts.SansRegular.Data
	metrics, err := UTF8FontMetricsFromBytes(data)
	if err != nil {
		t.Fatal(err)
	}
	// The names do not depend on the glyphs drawn: any glyph would do.
	widths := make([]int, 256*256)
	widths['A'] = 684
	nameRe := regexp.MustCompile(`/(?:BaseFont|FontName) /([^\s/<>\[\]()]+)`)
	render := func(file []byte, psName string) (names []string, pdf []byte) {
		t.Helper()
		f := New("P", "mm", "A4", "")
		f.SetCreationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC))
		f.SetModificationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)) // else now: two renders a second apart differ
		f.SetCompression(false)
		f.AddUTF8FontSubset("dv", "", &UTF8FontSubset{File: file, Metrics: metrics, Widths: widths,
			Glyphs: map[int]int{'A': 36}, PostScriptName: psName})
		f.SetFont("dv", "", 10)
		f.AddPage()
		f.Text(10, 10, "A")
		var b bytes.Buffer
		if err := f.Output(&b); err != nil {
			t.Fatal(err)
		}
		for _, m := range nameRe.FindAllSubmatch(b.Bytes(), -1) {
			names = append(names, string(m[1]))
		}
		return names, b.Bytes()
	}
	one := func(file []byte, psName string) string {
		t.Helper()
		names, _ := render(file, psName)
		if len(names) != 3 {
			t.Fatalf("PostScript name %q: %d /BaseFont and /FontName entries %q, want 3", psName, len(names), names)
		}
		for _, n := range names[1:] {
			if n != names[0] {
				t.Fatalf("PostScript name %q: the font is named %q", psName, names)
			}
		}
		return names[0]
	}
	tagRe := regexp.MustCompile(`^[A-Z]{6}\+`)

	name := one(data, "WorkReportSans-Regular")
	if !regexp.MustCompile(`^[A-Z]{6}\+WorkReportSans-Regular$`).MatchString(name) {
		t.Errorf("subset named %q, want TAG+WorkReportSans-Regular", name)
	}
	if name != subsetFontName(data, "WorkReportSans-Regular") {
		t.Errorf("subset named %q, subsetFontName gives %q", name, subsetFontName(data, "WorkReportSans-Regular"))
	}
	// Same file, same name, same bytes.
	_, a := render(data, "WorkReportSans-Regular")
	_, b := render(data, "WorkReportSans-Regular")
	if !bytes.Equal(a, b) {
		t.Error("the same document rendered twice differs")
	}
	// Another file (trailing padding: still the same font), another tag.
	other := one(append(append([]byte(nil), data...), 0, 0, 0, 0), "WorkReportSans-Regular")
	if other[:6] == name[:6] {
		t.Errorf("two different files got the same tag: %q and %q", name, other)
	}
	// Irregular characters are escaped; none is written as it is.
	odd := one(data, "Odd Name/(x)#%<>[]{}\x7fé")
	if want := `Odd#20Name#2F#28x#29#23#25#3C#3E#5B#5D#7B#7D#7F#C3#A9`; odd != name[:7]+want {
		t.Errorf("escaped name %q, want %q", odd, name[:7]+want)
	}
	// No PostScript name: fpdf's name, tagged.
	if unnamed := one(data, ""); unnamed != name[:7]+"utf8dv" {
		t.Errorf("subset without a PostScript name named %q, want %q", unnamed, name[:7]+"utf8dv")
	}
	// Tags of many files: six capital letters, and distinct.
	seen := map[string]bool{}
	for i := 0; i < 2000; i++ {
		n := subsetFontName([]byte{byte(i), byte(i >> 8), 1, 2, 3}, "X")
		if !tagRe.MatchString(n) || len(n) != 8 {
			t.Fatalf("subsetFontName gives %q", n)
		}
		if seen[n] {
			t.Fatalf("tag %q twice in 2,000 files", n[:6])
		}
		seen[n] = true
	}

	// A font added from bytes keeps upstream's name.
	f := New("P", "mm", "A4", "")
	f.SetCompression(false)
	f.AddUTF8FontFromBytes("dv", "", data)
	f.SetFont("dv", "", 10)
	f.AddPage()
	f.Text(10, 10, "A")
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		t.Fatal(err)
	}
	upstream := nameRe.FindAllSubmatch(out.Bytes(), -1)
	if len(upstream) != 3 {
		t.Errorf("font from bytes: %d /BaseFont and /FontName entries, want 3", len(upstream))
	}
	for _, m := range upstream {
		if string(m[1]) != "utf8dv" {
			t.Errorf("font from bytes named %q, want utf8dv", m[1])
		}
	}
}
