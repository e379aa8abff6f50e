package fpdf

// Tests of what workreport relies on, read back from the output: a font cut
// by the caller and embedded by AddUTF8FontSubset, links and bookmarks, the
// catalog, and the cross-reference table. The PDF is taken apart with the
// small reader below (objects found through the xref table, streams
// inflated); qpdf and pdftotext, when present, check the same documents.

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/workreport/workreport/fonts"
	"github.com/workreport/workreport/internal/clienttest"
)

// pdfObjects maps each object number of a PDF to its text between "N 0 obj"
// and "endobj", found through the xref table, whose offsets it checks.
func pdfObjects(t *testing.T, pdf []byte) (objs map[int][]byte, trailer string) {
	t.Helper()
	m := regexp.MustCompile(`(?s)\nxref\n0 (\d+)\n(.*?)trailer\n(.*?)\nstartxref\n(\d+)\n%%EOF\n$`).FindSubmatch(pdf)
	if m == nil {
		t.Fatalf("no xref table and trailer at the end of the PDF: %q", tail(pdf, 400))
	}
	n, _ := strconv.Atoi(string(m[1]))
	entries := strings.Split(strings.TrimRight(string(m[2]), "\n"), "\n")
	if len(entries) != n {
		t.Fatalf("xref says %d entries, has %d", n, len(entries))
	}
	if start, _ := strconv.Atoi(string(m[4])); !bytes.HasPrefix(pdf[start:], []byte("xref\n")) {
		t.Fatalf("startxref %d does not point at the xref table", start)
	}
	objs = map[int][]byte{}
	for i, e := range entries[1:] {
		num := i + 1
		var off, gen int
		var kind string
		if _, err := fmt.Sscanf(e, "%d %d %s", &off, &gen, &kind); err != nil || kind != "n" || len(e) != 19 {
			t.Fatalf("xref entry %d: %q", num, e)
		}
		head := fmt.Sprintf("%d 0 obj\n", num)
		if !bytes.HasPrefix(pdf[off:], []byte(head)) {
			t.Fatalf("xref entry %d points at %q", num, pdf[off:min(off+20, len(pdf))])
		}
		body := pdf[off+len(head):]
		end := bytes.Index(body, []byte("\nendobj\n"))
		if end < 0 {
			t.Fatalf("object %d has no endobj", num)
		}
		objs[num] = body[:end]
	}
	if !regexp.MustCompile(fmt.Sprintf(`/Size %d\b`, n)).MatchString(string(m[3])) {
		t.Errorf("trailer %q: /Size is not %d", m[3], n)
	}
	return objs, string(m[3])
}

func tail(b []byte, n int) []byte { return b[max(0, len(b)-n):] }

// ref is the object number after key in an object ("/Key N 0 R").
func ref(t *testing.T, obj []byte, key string) int {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(key) + `\s*\[?\s*(\d+) 0 R`).FindSubmatch(obj)
	if m == nil {
		t.Fatalf("no %s reference in %.300q", key, obj)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// value is the token after key in an object ("/Key value").
func value(t *testing.T, obj []byte, key string) string {
	t.Helper()
	m := regexp.MustCompile(regexp.QuoteMeta(key) + `[ \n]+(/?[^\s/<>\[\]()]+)`).FindSubmatch(obj)
	if m == nil {
		t.Fatalf("no %s in %.300q", key, obj)
	}
	return string(m[1])
}

// stream is the content of a stream object, inflated if it is deflated; its
// /Length must be the stored length.
func stream(t *testing.T, obj []byte) []byte {
	t.Helper()
	i := bytes.Index(obj, []byte(">>\nstream\n"))
	if i < 0 || !bytes.HasSuffix(obj, []byte("\nendstream")) {
		t.Fatalf("not a stream: %.200q", obj)
	}
	dict, data := obj[:i], obj[i+len(">>\nstream\n"):len(obj)-len("\nendstream")]
	if n, _ := strconv.Atoi(value(t, dict, "/Length")); n != len(data) {
		t.Fatalf("/Length %d, stream of %d bytes", n, len(data))
	}
	if !bytes.Contains(dict, []byte("/Filter /FlateDecode")) {
		return data
	}
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr) // checks the Adler-32 sum
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// pdfText is s as a PDF string's body in a UTF-16 font's content: UTF-16BE,
// with '\', '(', ')' and CR escaped.
func pdfText(s string) string {
	var b strings.Builder
	for _, u := range utf16.Encode([]rune(s)) {
		for _, c := range []byte{byte(u >> 8), byte(u)} {
			switch c {
			case '\\', '(', ')':
				b.WriteByte('\\')
				b.WriteByte(c)
			case '\r':
				b.WriteString(`\r`)
			default:
				b.WriteByte(c)
			}
		}
	}
	return b.String()
}

// widthArray reads a /W array: "c [w1 w2 …]" and "c1 c2 w" entries.
func widthArray(t *testing.T, w string) map[int]int {
	t.Helper()
	tok := strings.Fields(strings.NewReplacer("[", " [ ", "]", " ] ").Replace(w))
	atoi := func(s string) int {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("/W array %q: %q", w, s)
		}
		return n
	}
	widths := map[int]int{}
	for i := 0; i < len(tok); {
		c := atoi(tok[i])
		if tok[i+1] == "[" {
			j := i + 2
			for ; tok[j] != "]"; j++ {
				widths[c+j-i-2] = atoi(tok[j])
			}
			i = j + 1
		} else {
			for cid := c; cid <= atoi(tok[i+1]); cid++ {
				widths[cid] = atoi(tok[i+2])
			}
			i += 3
		}
	}
	return widths
}

// cutFace cuts a face to runes with fpdf's own cutter, as the renderer cuts
// its faces: the file, its rune → glyph map and widths as UTF8FontSubset
// wants them.
func cutFace(t *testing.T, face []byte, runes []rune) (file []byte, glyphs map[int]int, widths []int) {
	t.Helper()
	f := New("P", "mm", "A4", "")
	f.AddUTF8FontFromBytes("full", "", face)
	if err := f.Error(); err != nil {
		t.Fatal(err)
	}
	full := f.fonts["full"]
	used := map[int]int{}
	for _, r := range runes {
		used[int(r)] = int(r)
	}
	file = full.utf8File.GenerateCutFont(used)
	glyphs = map[int]int{}
	widths = make([]int, 256*256)
	for r, g := range full.utf8File.CodeSymbolDictionary {
		if r != 0 && g != 0 {
			glyphs[r] = g
			widths[r] = full.Cw[r]
		}
	}
	return file, glyphs, widths
}

var roundTripCases = []struct {
	name     string
	face     fonts.Face
	psName   string
	compress bool
	texts    []string
}{
	{"sans, compressed", fonts.SansRegular, "WorkReportSans-Regular", true,
		[]string{"2025年海拉尔区政府工作报告", "GDP增长5.2%，CPI上涨0.2%"}},
	{"serif bold, uncompressed, escaped bytes", fonts.SerifBold, "WorkReportSerif-Bold", false,
		[]string{`（一）a(b)c\d`, "“十四五”规划——全面推进□",
			"尨作不丨小山"}}, // UTF-16 bytes \( \\ \r ( …: 5C28 4F5C 4E0D 4E28
	{"no PostScript name", fonts.SansBold, "", true,
		[]string{"主要指标一览"}},
}

// TestSubsetRoundTrip embeds a cut font with AddUTF8FontSubset and reads the
// document back: the font file is the cut byte for byte, the Type0 font,
// CIDFont and descriptor carry the subset's name and metrics, the
// CIDToGIDMap and the /W array are the glyph map and widths given for the
// characters drawn, and the page draws the text in UTF-16.
func TestSubsetRoundTrip(t *testing.T) {
	for _, tc := range roundTripCases {
		t.Run(tc.name, func(t *testing.T) {
			var runes []rune
			for _, s := range tc.texts {
				runes = append(runes, []rune(s)...)
			}
			file, glyphs, widths := cutFace(t, tc.face.Data, runes)
			metrics, err := UTF8FontMetricsFromBytes(file)
			if err != nil {
				t.Fatal(err)
			}
			pdf := renderSubset(t, tc.compress, &UTF8FontSubset{File: file, Metrics: metrics, Widths: widths,
				Glyphs: glyphs, PostScriptName: tc.psName}, tc.texts)
			objs, _ := pdfObjects(t, pdf)

			var type0 []byte
			for _, o := range objs {
				if bytes.Contains(o, []byte("/Subtype /Type0")) {
					if type0 != nil {
						t.Fatal("two Type0 fonts")
					}
					type0 = o
				}
			}
			if type0 == nil {
				t.Fatal("no Type0 font")
			}
			psName := tc.psName
			if psName == "" {
				psName = "utf8f"
			}
			name := value(t, type0, "/BaseFont")
			if want := subsetFontName(file, psName); name != "/"+want {
				t.Errorf("Type0 font named %s, want /%s", name, want)
			}
			if !regexp.MustCompile(`^/[A-Z]{6}\+` + regexp.QuoteMeta(psName) + `$`).MatchString(name) {
				t.Errorf("font named %s, want /TAG+%s", name, psName)
			}
			if enc := value(t, type0, "/Encoding"); enc != "/Identity-H" {
				t.Errorf("encoding %s", enc)
			}
			toUni := string(stream(t, objs[ref(t, type0, "/ToUnicode")]))
			if !strings.Contains(toUni, "<0000> <FFFF> <0000>") {
				t.Errorf("ToUnicode CMap is not the identity: %q", toUni)
			}

			cid := objs[ref(t, type0, "/DescendantFonts")]
			if st := value(t, cid, "/Subtype"); st != "/CIDFontType2" {
				t.Fatalf("descendant font is %s", st)
			}
			if n := value(t, cid, "/BaseFont"); n != name {
				t.Errorf("CIDFont named %s, Type0 font %s", n, name)
			}
			desc := objs[ref(t, cid, "/FontDescriptor")]
			if n := value(t, desc, "/FontName"); n != name {
				t.Errorf("descriptor names %s, Type0 font %s", n, name)
			}
			for key, want := range map[string]int{"/Ascent": metrics.Desc.Ascent, "/Descent": metrics.Desc.Descent,
				"/CapHeight": metrics.Desc.CapHeight, "/ItalicAngle": metrics.Desc.ItalicAngle,
				"/StemV": metrics.Desc.StemV, "/MissingWidth": metrics.Desc.MissingWidth} {
				if got := value(t, desc, key); got != strconv.Itoa(want) {
					t.Errorf("descriptor %s %s, metrics %d", key, got, want)
				}
			}
			fontFile := objs[ref(t, desc, "/FontFile2")]
			if n := value(t, fontFile, "/Length1"); n != strconv.Itoa(len(file)) {
				t.Errorf("/Length1 %s, file of %d bytes", n, len(file))
			}
			if got := stream(t, fontFile); !bytes.Equal(got, file) {
				t.Errorf("embedded font file (%d bytes) is not the cut given (%d bytes)", len(got), len(file))
			}
			if m, err := UTF8FontMetricsFromBytes(stream(t, fontFile)); err != nil || m != metrics {
				t.Errorf("embedded font parses to %+v, %v; want %+v", m, err, metrics)
			}

			cidToGID := stream(t, objs[ref(t, cid, "/CIDToGIDMap")])
			if len(cidToGID) != 256*256*2 {
				t.Fatalf("CIDToGIDMap of %d bytes", len(cidToGID))
			}
			wm := regexp.MustCompile(`(?s)/W \[(.*) \]\n/CIDToGIDMap`).FindSubmatch(cid)
			if wm == nil {
				t.Fatalf("no /W array in %.300q", cid)
			}
			w := widthArray(t, string(wm[1]))
			for _, r := range runes {
				g, ok := glyphs[int(r)]
				if !ok {
					t.Fatalf("%q is not in the cut", r)
				}
				if got := int(cidToGID[2*r])<<8 | int(cidToGID[2*r+1]); got != g {
					t.Errorf("CIDToGIDMap maps %q to glyph %d, want %d", r, got, g)
				}
				want := widths[r]
				if want == 65535 {
					want = 0
				}
				if w[int(r)] != want {
					t.Errorf("/W gives %q width %d, want %d", r, w[int(r)], want)
				}
			}
			for c := 0; c < 256*256; c++ {
				if g := int(cidToGID[2*c])<<8 | int(cidToGID[2*c+1]); g != 0 && glyphs[c] != g {
					t.Errorf("CIDToGIDMap maps U+%04X to glyph %d, the cut to %d", c, g, glyphs[c])
				}
			}

			var content []byte
			for _, o := range objs {
				if bytes.Contains(o, []byte("/Type /Page\n")) {
					content = stream(t, objs[ref(t, o, "/Contents")])
				}
			}
			for i, s := range tc.texts {
				want := fmt.Sprintf("BT %.2f %.2f Td (%s) Tj ET", 20*72/25.4, (297-20-10*float64(i))*72/25.4, pdfText(s))
				if !bytes.Contains(content, []byte(want)) {
					t.Errorf("page content lacks %q:\n%q", want, content)
				}
			}
		})
	}
}

// renderSubset writes a one-page A4 document drawing texts, one a line,
// with sub.
func renderSubset(t *testing.T, compress bool, sub *UTF8FontSubset, texts []string) []byte {
	t.Helper()
	f := NewCustom(&InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCreationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC))
	f.SetCatalogSort(true)
	f.SetCompression(compress)
	f.AddUTF8FontSubset("f", "", sub)
	f.SetFont("f", "", 12)
	f.AddPage()
	for i, s := range texts {
		f.Text(20, 20+10*float64(i), s)
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestLinksAndOutline: internal links point at their page and height,
// bookmarks nest and carry UTF-16 titles, and the catalog holds the display
// mode, the language and the outline.
func TestLinksAndOutline(t *testing.T) {
	file, glyphs, widths := cutFace(t, fonts.SansRegular.Data, []rune("目录一二三"))
	metrics, err := UTF8FontMetricsFromBytes(file)
	if err != nil {
		t.Fatal(err)
	}
	f := NewCustom(&InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCreationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC))
	f.SetTitle("海拉尔区", true)
	f.SetLang("zh-CN")
	f.SetDisplayMode("fullwidth", "single")
	f.AddUTF8FontSubset("f", "", &UTF8FontSubset{File: file, Metrics: metrics, Widths: widths, Glyphs: glyphs})
	f.SetFont("f", "", 12)
	type link struct {
		from, to int     // pages
		y        float64 // on page to, mm from the top
	}
	links := []link{{1, 2, 30}, {1, 3, 0}, {2, 3, 150.5}, {3, 1, 10}}
	type mark struct {
		title string
		level int
		page  int
		y     float64
	}
	marks := []mark{{"目录", 0, 1, 10}, {"一", 0, 2, 30}, {"一、二", 1, 2, 60}, {"三", 0, 3, 0}}
	ids := make([]int, len(links))
	for i := range links {
		ids[i] = f.AddLink()
	}
	for p := 1; p <= 3; p++ {
		f.AddPage()
		f.Text(20, 20, "目录")
		for i, l := range links {
			if l.from == p {
				f.Link(20, 20+float64(i)*10, 50, 8, ids[i])
			}
			if l.to == p {
				f.SetLink(ids[i], l.y, -1)
			}
		}
		for _, m := range marks {
			if m.page == p {
				f.Bookmark(m.title, m.level, m.y)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Output(&b); err != nil {
		t.Fatal(err)
	}
	objs, trailer := pdfObjects(t, b.Bytes())
	catalog := objs[ref(t, []byte(trailer), "/Root")]
	for _, want := range []string{"/Type /Catalog", "/Lang (zh-CN)", "/OpenAction [3 0 R /FitH null]",
		"/PageLayout /SinglePage", "/PageMode /UseOutlines"} {
		if !bytes.Contains(catalog, []byte(want)) {
			t.Errorf("catalog lacks %s: %q", want, catalog)
		}
	}
	info := objs[ref(t, []byte(trailer), "/Info")]
	if want := "/Title (\xfe\xff" + pdfText("海拉尔区") + ")"; !bytes.Contains(info, []byte(want)) {
		t.Errorf("info lacks %q: %q", want, info)
	}

	var kids []int
	for _, m := range regexp.MustCompile(`(\d+) 0 R`).FindAllStringSubmatch(regexp.MustCompile(`/Kids \[([^\]]*)\]`).FindStringSubmatch(string(objs[1]))[1], -1) {
		n, _ := strconv.Atoi(m[1])
		kids = append(kids, n)
	}
	if len(kids) != 3 || kids[0] != 3 {
		t.Fatalf("page tree kids %v, want three pages from object 3", kids)
	}
	pageObj := map[int]int{} // object number → page
	for i, n := range kids {
		pageObj[n] = i + 1
	}
	const k = 72 / 25.4
	destRe := regexp.MustCompile(`/Rect \[([-0-9. ]+)\] /Border \[0 0 0\] /Dest \[(\d+) 0 R /XYZ 0 ([-0-9.]+) null\]`)
	for i, n := range kids {
		annots := destRe.FindAllStringSubmatch(string(objs[n]), -1)
		var want []string
		for j, l := range links {
			if l.from == i+1 {
				want = append(want, fmt.Sprintf("[%.2f %.2f %.2f %.2f] → page %d at %.2f",
					20*k, (297-20-float64(j)*10)*k, 70*k, (297-28-float64(j)*10)*k, l.to, (297-l.y)*k))
			}
		}
		var got []string
		for _, a := range annots {
			to, _ := strconv.Atoi(a[2])
			got = append(got, fmt.Sprintf("[%s] → page %d at %s", a[1], pageObj[to], a[3]))
		}
		if strings.Join(got, "; ") != strings.Join(want, "; ") {
			t.Errorf("page %d links:\n%s\nwant\n%s", i+1, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}

	root := objs[ref(t, catalog, "/Outlines")]
	if !bytes.Contains(root, []byte("/Type /Outlines")) {
		t.Fatalf("outline root %q", root)
	}
	// Walk the outline: first child, next sibling.
	var walk func(n, level int)
	var got []string
	walk = func(n, level int) {
		for n != 0 {
			o := objs[n]
			title := regexp.MustCompile(`(?s)/Title \((.*?)\)\n`).FindSubmatch(o)
			dest := regexp.MustCompile(`/Dest \[(\d+) 0 R /XYZ 0 ([-0-9.]+) null\]`).FindSubmatch(o)
			if title == nil || dest == nil {
				t.Fatalf("outline item %d: %q", n, o)
			}
			p, _ := strconv.Atoi(string(dest[1]))
			got = append(got, fmt.Sprintf("%d %q page %d at %s", level, title[1], pageObj[p], dest[2]))
			if bytes.Contains(o, []byte("/First ")) {
				walk(ref(t, o, "/First"), level+1)
			}
			n = 0
			if bytes.Contains(o, []byte("/Next ")) {
				n = ref(t, o, "/Next")
			}
		}
	}
	walk(ref(t, root, "/First"), 0)
	var want []string
	for _, m := range marks {
		want = append(want, fmt.Sprintf("%d %q page %d at %.2f", m.level, "\xfe\xff"+pdfText(m.title), m.page, (297-m.y)*k))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("outline:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOutputWithClients: qpdf finds no fault in the round-trip documents
// and pdftotext reads their text back through the embedded cut and its
// ToUnicode map.
func TestOutputWithClients(t *testing.T) {
	qpdf := clienttest.Tool(t, "qpdf", "qpdf")
	pdftotext := clienttest.Tool(t, "pdftotext", "poppler-utils")
	for _, tc := range roundTripCases {
		t.Run(tc.name, func(t *testing.T) {
			var runes []rune
			for _, s := range tc.texts {
				runes = append(runes, []rune(s)...)
			}
			file, glyphs, widths := cutFace(t, tc.face.Data, runes)
			metrics, err := UTF8FontMetricsFromBytes(file)
			if err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "doc.pdf")
			pdf := renderSubset(t, tc.compress, &UTF8FontSubset{File: file, Metrics: metrics, Widths: widths,
				Glyphs: glyphs, PostScriptName: tc.psName}, tc.texts)
			if err := os.WriteFile(path, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			if out, err := exec.Command(qpdf, "--check", path).CombinedOutput(); err != nil ||
				!bytes.Contains(out, []byte("No syntax or stream encoding errors found")) {
				t.Errorf("qpdf --check: %v\n%s", err, out)
			}
			out, err := exec.Command(pdftotext, "-raw", path, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			for _, s := range tc.texts {
				if !strings.Contains(string(out), s) {
					t.Errorf("pdftotext does not find %q in:\n%s", s, out)
				}
			}
		})
	}
}
