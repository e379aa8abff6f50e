package fonts

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/workreport/workreport/internal/fpdf"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// sample mixes Chinese, ASCII digits, Latin letters, the ASCII and fullwidth
// punctuation of the seed data, and the replacement glyph □.
const sample = "2024年政府工作报告：GDP增长5.2%，CPI上涨0.2% (同比), 城镇新增就业1244万人；“十四五”规划—全面推进□ ①②③ Ⅰ ℃ ㎡ ±×÷ ·"

func TestFacesLoadInFPDF(t *testing.T) {
	t.Parallel()
	for _, f := range All() {
		t.Run(f.File, func(t *testing.T) {
			pdf := fpdf.New("P", "mm", "A4", "")
			pdf.AddUTF8FontFromBytes(f.Family, f.Style, f.Data)
			if err := pdf.Error(); err != nil {
				t.Fatalf("AddUTF8FontFromBytes: %v", err)
			}
			pdf.AddPage()
			pdf.SetFont(f.Family, f.Style, 14)
			if err := pdf.Error(); err != nil {
				t.Fatalf("SetFont: %v", err) // "undefined font" when parsing failed
			}
			// Every character of the sample must have an advance width, or
			// fpdf would set it as a zero-width blank.
			for _, r := range sample {
				if w := pdf.GetStringWidth(string(r)); w <= 0 {
					t.Errorf("width of %q (U+%04X) = %v", r, r, w)
				}
			}
			// Chinese forms (build.py bakes the locl ZHS substitutions into
			// the cmap): the dash of "——" takes one full character cell.
			if w, han := pdf.GetStringWidth("—"), pdf.GetStringWidth("中"); w != han {
				t.Errorf("width of — = %v, of 中 = %v; want a full-width dash", w, han)
			}
			pdf.Text(20, 52, sample)
			pdf.Text(20, 60, "（一）数字 0123456789 abc XYZ （）%,.:；“”—□")
			var buf bytes.Buffer
			if err := pdf.Output(&buf); err != nil {
				t.Fatalf("Output: %v", err)
			}
			out := buf.String()
			if !strings.Contains(out, "/FontFile2") {
				t.Error("no embedded TrueType font (/FontFile2) in the PDF")
			}
			if base := "/BaseFont /utf8" + strings.ToLower(f.Family); !strings.Contains(out, base) {
				t.Errorf("%s not in the PDF", base)
			}
		})
	}
}

func TestAddTo(t *testing.T) {
	t.Parallel()
	pdf := fpdf.New("P", "mm", "A4", "")
	for _, f := range All() {
		f.AddTo(pdf)
	}
	pdf.AddPage()
	for i, f := range All() {
		pdf.SetFont(f.Family, f.Style, 12)
		pdf.Text(10, 20+8*float64(i), sample)
	}
	var buf bytes.Buffer
	if err := pdf.Output(&buf); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "/FontFile2"); n != len(All()) {
		t.Errorf("%d embedded fonts, want %d", n, len(All()))
	}
}

// TestFPDFLeavesDataAlone sets every character of every face and checks that
// the shared font bytes are unchanged afterwards. fpdf v0.9.0 writes into the
// font bytes it is given when it embeds a glyph that has no advance width of
// its own in hmtx (glyph index >= numberOfHMetrics); build.py therefore gives
// every glyph a full metric.
func TestFPDFLeavesDataAlone(t *testing.T) {
	t.Parallel()
	for _, f := range All() {
		t.Run(f.File, func(t *testing.T) {
			before := sha256.Sum256(f.Data)
			if n, g := numberOfHMetrics(t, f.Data); n != g {
				t.Errorf("hhea.numberOfHMetrics = %d, maxp.numGlyphs = %d: fpdf would write into Data", n, g)
			}
			var all []rune
			for r := rune(0x20); r <= 0xFFFF; r++ {
				if f.Has(r) {
					all = append(all, r)
				}
			}
			pdf := fpdf.New("P", "mm", "A4", "")
			f.AddTo(pdf)
			pdf.AddPage()
			pdf.SetFont(f.Family, f.Style, 10)
			for i := 0; i < len(all); i += 400 {
				pdf.Text(10, 10, string(all[i:min(i+400, len(all))]))
			}
			var buf bytes.Buffer
			if err := pdf.Output(&buf); err != nil {
				t.Fatal(err)
			}
			if sha256.Sum256(f.Data) != before {
				t.Fatal("fpdf modified the embedded font bytes")
			}
		})
	}
}

func numberOfHMetrics(t *testing.T, font []byte) (hmetrics, glyphs int) {
	t.Helper()
	hhea, err := table(font, "hhea")
	if err != nil {
		t.Fatal(err)
	}
	maxp, err := table(font, "maxp")
	if err != nil {
		t.Fatal(err)
	}
	return int(binary.BigEndian.Uint16(hhea[34:])), int(binary.BigEndian.Uint16(maxp[4:]))
}

// gb2312Level1 decodes the 3,755 level-1 hanzi of GB2312 (rows 16–55, EUC-CN
// 0xB0A1–0xD7F9) with x/text's GBK decoder, which agrees with GB2312 there.
func gb2312Level1(t *testing.T) []rune {
	t.Helper()
	var enc []byte
	for hi := 0xB0; hi <= 0xD7; hi++ {
		for lo := 0xA1; lo <= 0xFE; lo++ {
			if hi == 0xD7 && lo > 0xF9 {
				break
			}
			enc = append(enc, byte(hi), byte(lo))
		}
	}
	dec, err := simplifiedchinese.GBK.NewDecoder().Bytes(enc)
	if err != nil {
		t.Fatal(err)
	}
	runes := []rune(string(dec))
	if len(runes) != 3755 {
		t.Fatalf("decoded %d level-1 hanzi, want 3755", len(runes))
	}
	for _, r := range runes {
		if r < 0x4E00 || r > 0x9FFF {
			t.Fatalf("level-1 decodes to U+%04X", r)
		}
	}
	return runes
}

func TestCoverage(t *testing.T) {
	t.Parallel()
	level1 := gb2312Level1(t)
	// Characters a work report meets beyond ASCII and GB2312 level 1.
	extra := []rune("，。、；：？！（）《》〈〉【】〔〕「」『』“”‘’…—–·×÷°±‰※①⑩⑳ⅠⅫ→←℃№㎡□■●○◆▲△〇％＋－０９ＡＺａｚ￥" +
		"镕堃喆珺昇")
	for _, f := range All() {
		t.Run(f.File, func(t *testing.T) {
			if err := f.cmapErr(); err != nil {
				t.Fatal(err)
			}
			for r := rune(0x20); r <= 0x7E; r++ {
				if !f.Has(r) {
					t.Errorf("no glyph for ASCII %q", r)
				}
			}
			missing := 0
			for _, r := range level1 {
				if !f.Has(r) {
					missing++
					if missing <= 10 {
						t.Errorf("no glyph for GB2312 level-1 %c (U+%04X)", r, r)
					}
				}
			}
			if missing > 0 {
				t.Errorf("%d of %d GB2312 level-1 hanzi missing", missing, len(level1))
			}
			for _, r := range extra {
				if !f.Has(r) {
					t.Errorf("no glyph for %c (U+%04X)", r, r)
				}
			}
			if !f.Has(0x25A1) {
				t.Error("no glyph for the replacement □ U+25A1")
			}
			// Not covered: control characters, Hangul, non-BMP hanzi, invalid runes.
			for _, r := range []rune{0, 0x1F, 0x7F, 0xAC00, 0xFFFF, 0x20BB7, 0x2B5EE, -1, 0x110000} {
				if f.Has(r) {
					t.Errorf("Has(U+%04X) = true, want false", r)
				}
			}
			if n := f.Len(); n < 9000 || n > 12000 {
				t.Errorf("Len() = %d, want about 9,600", n)
			}
		})
	}
}

// TestCmapAgainstScan checks the bitset against a plain per-rune lookup that
// walks the segments of the format-4 subtable for every BMP code point.
func TestCmapAgainstScan(t *testing.T) {
	t.Parallel()
	for _, f := range All() {
		t.Run(f.File, func(t *testing.T) {
			st := bmpSubtable(t, f.Data)
			n := 0
			for r := rune(0); r <= 0xFFFF; r++ {
				want := lookupGlyph(st, r) != 0
				if want {
					n++
				}
				if got := f.Has(r); got != want {
					t.Fatalf("Has(U+%04X) = %v, scan says %v", r, got, want)
				}
			}
			if n != f.Len() {
				t.Errorf("Len() = %d, scan counts %d", f.Len(), n)
			}
		})
	}
}

func bmpSubtable(t *testing.T, font []byte) []byte {
	t.Helper()
	cmap, err := table(font, "cmap")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < int(binary.BigEndian.Uint16(cmap[2:])); i++ {
		rec := cmap[4+8*i:]
		if binary.BigEndian.Uint16(rec) == 3 && binary.BigEndian.Uint16(rec[2:]) == 1 {
			return cmap[binary.BigEndian.Uint32(rec[4:]):]
		}
	}
	t.Fatal("no (3,1) cmap subtable")
	return nil
}

func lookupGlyph(st []byte, r rune) int {
	u16 := func(p int) int { return int(binary.BigEndian.Uint16(st[p:])) }
	segX2 := u16(6)
	// The first segment whose endCode >= r (segments are sorted by endCode).
	i := 2 * sort.Search(segX2/2, func(k int) bool { return u16(14+2*k) >= int(r) })
	if i >= segX2 || r == 0xFFFF {
		return 0
	}
	start := u16(16 + segX2 + i)
	if int(r) < start {
		return 0
	}
	delta, ro := u16(16+2*segX2+i), u16(16+3*segX2+i)
	if ro == 0 {
		return (int(r) + delta) & 0xFFFF
	}
	g := u16(16 + 3*segX2 + i + ro + 2*(int(r)-start))
	if g == 0 {
		return 0
	}
	return (g + delta) & 0xFFFF
}

func TestHasConcurrent(t *testing.T) {
	t.Parallel()
	f := newFace(SansFamily, "", SansRegular.File, SansRegular.Data) // fresh, unparsed coverage
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !f.Has('国') || f.Has(0xAC00) {
				t.Error("wrong answer under concurrency")
			}
		}()
	}
	wg.Wait()
}

func TestZeroFaceAndBadData(t *testing.T) {
	t.Parallel()
	var zero Face
	if zero.Has('a') || zero.Len() != 0 || zero.cmapErr() == nil {
		t.Error("zero Face should cover nothing and report an error")
	}
	bad := newFace("x", "", "x.ttf", []byte("OTTO not a truetype font"))
	if bad.Has('a') || bad.cmapErr() == nil {
		t.Error("a CFF/garbage face should cover nothing and report an error")
	}
	truncated := newFace("x", "", "x.ttf", SerifRegular.Data[:200])
	if truncated.Has('a') || truncated.cmapErr() == nil {
		t.Error("a truncated face should cover nothing and report an error")
	}
}

// TestFilesAndChecksums checks that every .ttf in this folder is embedded as a
// face, and that the embedded bytes are those listed in SHA256SUMS (the output
// of build.py).
func TestFilesAndChecksums(t *testing.T) {
	t.Parallel()
	files, err := filepath.Glob("*.ttf")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range All() {
		names = append(names, f.File)
	}
	sort.Strings(files)
	sort.Strings(names)
	if strings.Join(files, " ") != strings.Join(names, " ") {
		t.Errorf("files %v, faces %v", files, names)
	}

	sums, err := os.Open("SHA256SUMS")
	if err != nil {
		t.Fatal(err)
	}
	defer sums.Close()
	want := map[string]string{}
	sc := bufio.NewScanner(sums)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) == 2 {
			want[fields[1]] = fields[0]
		}
	}
	for _, f := range All() {
		sum := sha256.Sum256(f.Data)
		if got := hex.EncodeToString(sum[:]); got != want[f.File] {
			t.Errorf("%s: sha256 %s, SHA256SUMS says %q", f.File, got, want[f.File])
		}
		if f.String() != f.File {
			t.Errorf("String() = %q", f.String())
		}
	}
}

func BenchmarkHas(b *testing.B) {
	f := SerifRegular
	f.Has('一')
	s := []rune(sample)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if !f.Has(s[i%len(s)]) {
			b.Fatal("missing")
		}
	}
}

func BenchmarkParseCmap(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, _, err := parseCmap(SerifRegular.Data); err != nil {
			b.Fatal(err)
		}
	}
}
