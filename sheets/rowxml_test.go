package sheets

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/width"
)

// TestAppendRowMatchesSetRow writes each row once through excelize's
// StreamWriter.SetRow and once through appendRow, and wants the same
// worksheet bytes; the rows appendRow leaves to SetRow must be those it
// cannot encode the same way.
func TestAppendRowMatchesSetRow(t *testing.T) {
	tenth := 0.1                                             // a variable: 0.1 + 0.2 in constants is exactly 0.3
	long := strings.Repeat("长", excelize.TotalCellChars/3+1) // more bytes than a cell holds characters
	tests := []struct {
		name     string
		height   float64
		cells    []cell
		ids      []int
		fallback bool // appendRow leaves the row to SetRow
	}{
		{name: "plain text", height: 18, cells: []cell{text("海拉尔区", stText), text("GDP", stText)}, ids: []int{3, 12}},
		{name: "no height, style 0", cells: []cell{text("a", stText), {}}, ids: []int{0, 0}},
		{name: "fractional height", height: 15.75, cells: []cell{{}}, ids: []int{4}},
		{name: "highest row", height: excelize.MaxRowHeight, cells: []cell{text("x", stText)}, ids: []int{1}},
		{name: "empty row", height: 18, cells: nil, ids: nil},
		{name: "escaped text", cells: []cell{text(`a&b<c>"d'e`, stText)}, ids: []int{2}},
		{name: "line breaks and tabs inside", cells: []cell{text("一\n二\r\n三\t四", stWrap)}, ids: []int{2}},
		{name: "literal &#xA;", cells: []cell{text("a&#xA;b", stWrap)}, ids: []int{2}},
		{name: "leading space", cells: []cell{text(" lead", stText)}, ids: []int{2}},
		{name: "trailing line break", cells: []cell{text("trail\n", stText)}, ids: []int{2}},
		{name: "leading tab", cells: []cell{text("\tx", stText)}, ids: []int{2}},
		{name: "trailing carriage return", cells: []cell{text("x\r", stText)}, ids: []int{2}},
		{name: "control characters", cells: []cell{text("a\x01b\x1fc\x00", stText)}, ids: []int{2}},
		{name: "invalid UTF-8", cells: []cell{text("bad \xff\xfe end", stText)}, ids: []int{2}},
		{name: "non-characters", cells: []cell{text("\uFFFE\uFFFF\uFFFD", stText)}, ids: []int{2}},
		{name: "outside the BMP", cells: []cell{text("😀𠀀", stText)}, ids: []int{2}},
		{name: "_x escape", cells: []cell{text("a_x000D_b", stText)}, ids: []int{2}, fallback: true},
		{name: "too long", cells: []cell{text(long, stWrap)}, ids: []int{2}, fallback: true},
		{name: "at the byte limit", cells: []cell{text(strings.Repeat("a", excelize.TotalCellChars), stWrap)}, ids: []int{2}},
		{name: "numbers", cells: []cell{
			{kind: cellNumber, num: 0}, {kind: cellNumber, num: math.Copysign(0, -1)}, {kind: cellNumber, num: 231.52},
			{kind: cellNumber, num: -1.5}, {kind: cellNumber, num: 0.055}, {kind: cellNumber, num: 1e-7},
			{kind: cellNumber, num: 1e14}, {kind: cellNumber, num: 123456789012345},
		}, ids: []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{name: "17 significant digits", cells: []cell{{kind: cellNumber, num: tenth + 0.2}}, ids: []int{2}, fallback: true},
		{name: "22 digits", cells: []cell{{kind: cellNumber, num: 1e21}}, ids: []int{2}, fallback: true},
		{name: "NaN", cells: []cell{{kind: cellNumber, num: math.NaN()}}, ids: []int{2}, fallback: true},
		{name: "infinity", cells: []cell{{kind: cellNumber, num: math.Inf(-1)}}, ids: []int{2}, fallback: true},
		{name: "largest float", cells: []cell{{kind: cellNumber, num: math.MaxFloat64}}, ids: []int{2}, fallback: true},
		{name: "formulas", cells: []cell{
			formula(`SUMIFS($H:$H,$O:$O,$O2,$C:$C,"数字")`, 2382400, "", stText),
			formula("IF(A1<B1,A1&\"'\",B1>0)", -0.25, "", stText),
			blankFormula(`IF(OR(I2="",C2=""),"",ROUND(I2*(1+C2),2))`, stText),
		}, ids: []int{20, 0, 5}},
		{name: "formula with NaN", cells: []cell{formula("A1", math.NaN(), "", stText)}, ids: []int{2}, fallback: true},
		{name: "all kinds", height: 33, cells: []cell{
			text("任务", stText), {}, {kind: cellNumber, num: 4}, formula("F3*10000", 2.5e5, "", stText), text("x", stText),
		}, ids: []int{6, 16, 18, 20, 9}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := streamedSheet(t, func(sw *excelize.StreamWriter) error {
				return setRow(sw, 1, tc.height, tc.cells, tc.ids)
			})
			letters := make([]string, len(tc.cells))
			for i := range letters {
				letters[i] = colLetter(i)
			}
			prefix := []byte("kept")
			buf, ok := appendRow(prefix, 1, tc.height, tc.cells, tc.ids, letters)
			if ok == tc.fallback {
				t.Fatalf("appendRow ok = %v, want %v", ok, !tc.fallback)
			}
			if !bytes.HasPrefix(buf, prefix) {
				t.Fatalf("appendRow changed what dst held: %q", buf)
			}
			if !ok {
				if len(buf) != len(prefix) {
					t.Fatalf("appendRow left %q in dst for a row it did not encode", buf[len(prefix):])
				}
				return
			}
			got := streamedSheet(t, func(sw *excelize.StreamWriter) error {
				return sw.AppendRows(1, 1, buf[len(prefix):])
			})
			if got != want {
				t.Errorf("worksheet differs\n got: %s\nwant: %s", sheetDataOf(got), sheetDataOf(want))
			}
		})
	}
}

// TestAppendRowsOrder wants AppendRows to refuse rows that do not follow
// the rows written before, as SetRow does.
func TestAppendRowsOrder(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.AppendRows(1, 2, []byte(`<row r="1"></row><row r="2"></row>`)); err != nil {
		t.Fatal(err)
	}
	if err := sw.AppendRows(2, 2, []byte(`<row r="2"></row>`)); err == nil {
		t.Error("AppendRows wrote row 2 twice")
	}
	if err := sw.AppendRows(4, 3, nil); err == nil {
		t.Error("AppendRows took rows 4 to 3")
	}
	if err := sw.SetRow("A2", []any{1}); err == nil {
		t.Error("SetRow wrote row 2 after AppendRows had written it")
	}
}

// streamedSheet is the worksheet XML of a new workbook's first sheet after
// write streamed its rows.
func streamedSheet(t *testing.T, write func(sw *excelize.StreamWriter) error) string {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := write(sw); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	buf, err := f.WriteToBuffer()
	if err != nil {
		t.Fatal(err)
	}
	return readZipPart(t, buf.Bytes(), "xl/worksheets/sheet1.xml")
}

// sheetDataOf is the <sheetData> element of a worksheet, for messages.
func sheetDataOf(sheet string) string {
	i, j := strings.Index(sheet, "<sheetData"), strings.Index(sheet, "</sheetData>")
	if i < 0 || j < i {
		return sheet
	}
	return sheet[i : j+len("</sheetData>")]
}

// TestTableColumnsAsReadBack wants the table excelize builds from the names
// tableColumns gives to be the one it builds reading the header row back,
// and tableColumns to give no names for headers that would not come back
// as written.
func TestTableColumnsAsReadBack(t *testing.T) {
	tests := []struct {
		name   string
		header []string
		named  bool // tableColumns names the columns
	}{
		{name: "plain", header: []string{"板块", "主题", "指标"}, named: true},
		{name: "line breaks, tabs, escapes, spaces", header: []string{"GDP\n上年（亿元）", "a\tb", `<&>"'`, " lead", "trail "}, named: true},
		{name: "an empty header cell", header: []string{"a", "", "c"}},
		{name: "carriage return", header: []string{"a\r\nb", "c"}},
		{name: "control character", header: []string{"a\x01", "c"}},
		{name: "_x escape", header: []string{"a_x0041_", "c"}},
		{name: "invalid UTF-8", header: []string{"a\xff", "c"}},
		{name: "non-character", header: []string{"a\uFFFE", "c"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := &grid{cols: make([]column, len(tc.header))}
			var header []cell
			for _, h := range tc.header {
				header = append(header, text(h, stHeader))
			}
			g.rows = [][]cell{header, make([]cell, len(header))}
			names := tableColumns(header, len(g.cols))
			if (names != nil) != tc.named {
				t.Fatalf("tableColumns = %q, want names: %v", names, tc.named)
			}
			if !tc.named {
				return
			}
			ids := make([]int, len(header))
			tables := make([]string, 2)
			for i, cols := range [][]string{nil, names} {
				f := excelize.NewFile()
				sw, err := f.NewStreamWriter("Sheet1")
				if err != nil {
					t.Fatal(err)
				}
				if err := setRow(sw, 1, 0, header, ids); err != nil {
					t.Fatal(err)
				}
				end, _ := excelize.CoordinatesToCellName(len(header), 2)
				if err := sw.AddTable(&excelize.Table{Range: "A1:" + end, Name: "T", Columns: cols}); err != nil {
					t.Fatal(err)
				}
				if err := sw.Flush(); err != nil {
					t.Fatal(err)
				}
				buf, err := f.WriteToBuffer()
				if err != nil {
					t.Fatal(err)
				}
				tables[i] = readZipPart(t, buf.Bytes(), "xl/tables/table1.xml")
				f.Close()
			}
			if tables[0] != tables[1] {
				t.Errorf("table part differs\nread back: %s\n    named: %s", tables[0], tables[1])
			}
		})
	}
}

// readZipPart is the named part of the xlsx in data.
func readZipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	part, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return string(part)
}

// TestAppendEscapedAsEncodingXML wants appendEscaped to escape as
// encoding/xml's EscapeText does, on its fast path (valid UTF-8) and off it.
func TestAppendEscapedAsEncodingXML(t *testing.T) {
	inputs := []string{"", "plain", "海拉尔区", `<a href="x">&'</a>`, "a\nb\r\nc\td", "\x00\x01\x1f\x7f",
		"bad \xff\xfe", "\xe6\xb5", "\uFFFD\uFFFE\uFFFF", "😀\U0010FFFF", "?>=<;", "x\n"}
	for b := range 256 {
		inputs = append(inputs, string([]byte{'a', byte(b), 'z'}))
	}
	for _, s := range inputs {
		var want bytes.Buffer
		if err := xml.EscapeText(&want, []byte(s)); err != nil {
			t.Fatal(err)
		}
		if got := appendEscaped(nil, s, true); string(got) != want.String() {
			t.Errorf("appendEscaped(%q, newline) = %q, want %q", s, got, want.String())
		}
		wantText := strings.ReplaceAll(want.String(), "&#xA;", "\n") // what excelize does for cell text
		if got := appendEscaped(nil, s, false); string(got) != wantText {
			t.Errorf("appendEscaped(%q) = %q, want %q", s, got, wantText)
		}
	}
}

// TestTextWidthFastPath wants textWidth's byte-level path for the CJK
// ideographs to give what the rune-by-rune count gives, for every rune and
// for cut and invalid sequences.
func TestTextWidthFastPath(t *testing.T) {
	slow := func(s string) float64 {
		n := 0.0
		for _, r := range s {
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
				n += 2
			default:
				if r >= 0x20 {
					n++
				}
			}
		}
		return n
	}
	var inputs []string
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		inputs = append(inputs, "a"+string(r)+"，")
	}
	for _, r := range []rune{0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0x3000, 0xFF0C} {
		inputs = append(inputs, string(r))
	}
	inputs = append(inputs, "\xe4\xb8", "\xe5", "\xe6\xb5x", "\xe4\xb7\xbf", "\xe9\xbf\xbf\xe9", "汉字，“引号”abc\x01")
	for _, s := range inputs {
		if got, want := textWidth(s), slow(s); got != want {
			t.Errorf("textWidth(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestElementsNamedAsRegexp wants elementsNamed to find what the regular
// expression it replaced found.
func TestElementsNamedAsRegexp(t *testing.T) {
	ct := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"></Default><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="a"></Override><Override PartName="/xl/worksheets/sheet1.xml" ContentType="b"/></Types>`
	inputs := []string{ct, "", "<Default ", "<Default >", "<Default />", "<Default/>", "<Default a></Default", "<Default a>x</Default>",
		"<Default a/><Default b></Default><Default c>", "<Default <Default a/>", "<Defaults a/><Default  b />", "<Override x/><Default y/>"}
	for _, name := range contentTypeElems {
		re := regexp.MustCompile(`<` + name + ` [^>]*></` + name + `>|<` + name + ` [^>]*/>`)
		for _, s := range inputs {
			var want [][2]int
			for _, l := range re.FindAllStringIndex(s, -1) {
				want = append(want, [2]int{l[0], l[1]})
			}
			if got := elementsNamed([]byte(s), name); !reflect.DeepEqual(got, want) {
				t.Errorf("elementsNamed(%q, %s) = %v, want %v", s, name, got, want)
			}
		}
	}
	sorted := string(sortOverrides([]byte(ct)))
	if !strings.Contains(sorted, `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"`) ||
		!strings.Contains(sorted, `sheet1.xml" ContentType="b"/><Override PartName="/xl/worksheets/sheet2.xml"`) || len(sorted) != len(ct) {
		t.Errorf("sortOverrides:\n%s", sorted)
	}
}

// TestWriteMixesAppendedAndSetRows writes a glossary whose rows alternate
// between those appendRow encodes and those it leaves to SetRow (text cut to
// a cell's limit, an "_x" escape), and wants every row back in order.
func TestWriteMixesAppendedAndSetRows(t *testing.T) {
	r := edgeReport()
	long := strings.Repeat("长", excelize.TotalCellChars+1)
	r.Glossary = []report.Term{
		{Term: "甲", Definition: "普通"},
		{Term: "乙", Definition: long},
		{Term: "丙", Definition: "a_x0041_b"},
		{Term: "丁", Definition: "普通 & <符号>"},
		{Term: "戊_x0042_", Definition: "末行"},
	}
	var buf bytes.Buffer
	if _, err := Write(&buf, r, Options{}); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetGlossary)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"名词", "解释"}}
	for _, g := range r.Glossary {
		d := g.Definition
		if d == long {
			d = strings.Repeat("长", excelize.TotalCellChars)
		}
		want = append(want, []string{g.Term, d})
	}
	if len(rows) != len(want) {
		t.Fatalf("%d rows, want %d", len(rows), len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(rows[i], want[i]) {
			got := rows[i]
			for j := range got {
				if len(got[j]) > 40 {
					got[j] = got[j][:40] + "…"
				}
			}
			t.Errorf("row %d: %q", i+1, got)
		}
	}
}
