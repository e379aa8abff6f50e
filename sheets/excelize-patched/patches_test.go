package excelize

// Tests of the patches listed in PATCHES.md. This folder is its own module:
// run them with `cd sheets/excelize-patched && go test -run Patch .`.

import (
	"bytes"
	"encoding/xml"
	"io"
	"reflect"
	"strings"
	"testing"
)

// TestPatchStreamTableHeader: a stream table takes its column names from the
// header row, found from <sheetData> on, after panes and column widths.
func TestPatchStreamTableHeader(t *testing.T) {
	f := NewFile()
	sw, err := f.NewStreamWriter("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	if err := sw.SetPanes(&Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		t.Fatal(err)
	}
	for i := 1; i <= 3; i++ {
		if err := sw.SetColWidth(i, i, float64(8+i)); err != nil {
			t.Fatal(err)
		}
	}
	header := []interface{}{"板块", Cell{Value: "A & B <c>"}, &Cell{StyleID: 0, Value: " 前后空格 "}}
	if err := sw.SetRow("A1", header); err != nil {
		t.Fatal(err)
	}
	if err := sw.AddTable(&Table{Range: "A1:C3", Name: "T"}); err != nil {
		t.Fatal(err)
	}
	if err := sw.SetRow("A2", []interface{}{1, 2, 3}); err != nil {
		t.Fatal(err)
	}
	if err := sw.Flush(); err != nil {
		t.Fatal(err)
	}
	data, _ := f.Pkg.Load("xl/tables/table1.xml")
	got := string(data.([]byte))
	for _, want := range []string{`name="板块"`, `name="A &amp; B &lt;c&gt;"`, `name=" 前后空格 "`} {
		if !strings.Contains(got, want) {
			t.Errorf("table1.xml lacks %s:\n%s", want, got)
		}
	}
}

// TestPatchTablePartID: countTables reads the root's id as decoding the
// whole part did, and fails where that failed at the root.
func TestPatchTablePartID(t *testing.T) {
	f := NewFile()
	for _, c := range []struct {
		part    string
		id      int
		wantErr bool
	}{
		{`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" + `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="7" name="T" ref="A1:B2"><autoFilter ref="A1:B2"/></table>`, 7, false},
		{`<table id=" 12 " name="T"></table>`, 12, false},
		{`<table name="T"></table>`, 0, false},
		{`<table id="" name="T"></table>`, 0, false},
		{`<table id="x" name="T"></table>`, 0, true},
		{`<singleXmlCells><singleXmlCell id="3"/></singleXmlCells>`, 0, true},
		{`<x:table xmlns:x="http://purl.oclc.org/ooxml/spreadsheetml/main" id="4"></x:table>`, 4, false},
	} {
		var want xlsxTable
		wantErr := f.xmlNewDecoder(strings.NewReader(c.part)).Decode(&want)
		id, err := f.tablePartID([]byte(c.part))
		if (err != nil) != c.wantErr || (wantErr != nil) != c.wantErr {
			t.Errorf("%s: err %v, whole decode %v, want error %v", c.part, err, wantErr, c.wantErr)
		}
		if err == nil && (id != c.id || id != want.ID) {
			t.Errorf("%s: id %d, whole decode %d, want %d", c.part, id, want.ID, c.id)
		}
	}
	// Four stream tables get ids 1 to 4.
	for i, sheet := range []string{"Sheet1", "B", "C", "D"} {
		if sheet != "Sheet1" {
			if _, err := f.NewSheet(sheet); err != nil {
				t.Fatal(err)
			}
		}
		sw, _ := f.NewStreamWriter(sheet)
		_ = sw.SetRow("A1", []interface{}{"a", "b"})
		if err := sw.AddTable(&Table{Range: "A1:B2", Name: "T" + sheet}); err != nil {
			t.Fatal(err)
		}
		if n := f.countTables(); n != i+1 {
			t.Errorf("after %d tables countTables is %d", i+1, n)
		}
	}
}

// TestPatchColClone: flattening columns copies each column deeply, as
// deepcopy.Copy did: a flattened column's width is its own.
func TestPatchColClone(t *testing.T) {
	w := 9.5
	c := xlsxCol{Min: 2, Max: 4, Width: &w, Hidden: true, Style: 3, OutlineLevel: 1, CustomWidth: true}
	d := c.clone()
	if d.Width == c.Width || *d.Width != w || d.Min != 2 || d.Max != 4 || !d.Hidden || d.Style != 3 || d.OutlineLevel != 1 || !d.CustomWidth {
		t.Fatalf("clone %+v of %+v", d, c)
	}
	if e := (xlsxCol{Min: 1, Max: 1}).clone(); e.Width != nil {
		t.Errorf("clone of a column without width has width %v", *e.Width)
	}
	f := NewFile()
	if err := f.SetColWidth("Sheet1", "A", "C", 12); err != nil {
		t.Fatal(err)
	}
	if err := f.SetColWidth("Sheet1", "B", "B", 20); err != nil {
		t.Fatal(err)
	}
	for col, want := range map[string]float64{"A": 12, "B": 20, "C": 12, "D": defaultColWidth} {
		if got, _ := f.GetColWidth("Sheet1", col); got != want {
			t.Errorf("column %s width %v, want %v", col, got, want)
		}
	}
}

// TestPatchTrimCellValue: the escape is skipped only where xml.EscapeText
// would not change the text, and long text is still cut.
func TestPatchTrimCellValue(t *testing.T) {
	for _, s := range []string{
		"", "plain", "海拉尔区2025年", "a\"b", "a'b", "a&b", "a<b", "a>b", "tab\there", "line\nbreak", "cr\rhere",
		"\x01ctl", "bad\xffutf8", "\ufffe", "\uffff", "\U0001F600 emoji", "\u00a0nbsp", "del\x7f", "&#xA;", " lead", "trail ",
		"_x0041_", "_x005F_x0041_", "x_y", strings.Repeat("长", TotalCellChars+5), strings.Repeat("a", TotalCellChars+1),
	} {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(s))
		if want := b.String() != s; needsXMLEscape(s) != want {
			t.Errorf("needsXMLEscape(%q) = %v, EscapeText changes it: %v", s, !want, want)
		}
		got, gotNS := trimCellValue(s, true)
		want, wantNS := unpatchedTrimCellValue(s)
		if got != want || gotNS != wantNS {
			t.Errorf("trimCellValue(%.40q) = %.40q %v, unpatched %.40q %v", s, got, gotNS, want, wantNS)
		}
	}
}

// unpatchedTrimCellValue is trimCellValue(value, true) of v2.11.1.
func unpatchedTrimCellValue(value string) (v string, ns xml.Attr) {
	if countUTF16String(value) > TotalCellChars {
		value = truncateUTF16Units(value, TotalCellChars)
	}
	if value != "" {
		prefix, suffix := value[0], value[len(value)-1]
		for _, ascii := range []byte{9, 10, 13, 32} {
			if prefix == ascii || suffix == ascii {
				ns = xml.Attr{Name: xml.Name{Space: NameSpaceXML, Local: "space"}, Value: "preserve"}
				break
			}
		}
		var buf strings.Builder
		_ = xml.EscapeText(&buf, []byte(value))
		value = strings.ReplaceAll(buf.String(), "&#xA;", "\n")
	}
	return bstrMarshal(value), ns
}

// TestPatchBstrMarshal: text without "_x" has no _xHHHH_ escape to protect.
func TestPatchBstrMarshal(t *testing.T) {
	for s, want := range map[string]string{
		"": "", "plain": "plain", "x_y_x": "x_y_x", "_x": "_x", "_x0041": "_x0041",
		"_x0041_": "_x005F_x0041_", "a_x005F_b": "a_x005F_x005F_b", "_xZZZZ_": "_xZZZZ_",
	} {
		if got := bstrMarshal(s); got != want {
			t.Errorf("bstrMarshal(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestPatchTemplateTheme: a new file's theme is the template's, parsed
// once and copied deeply for each file.
func TestPatchTemplateTheme(t *testing.T) {
	a, b := NewFile(), NewFile()
	fresh, err := a.themeReader()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := xml.Marshal(fresh)
	for _, f := range []*File{a, b} {
		if got, _ := xml.Marshal(f.Theme); string(got) != string(want) {
			t.Fatalf("theme of a new file differs from the parsed template:\n%s\n%s", got, want)
		}
	}
	if a.Theme == b.Theme || a.Theme == parsedTemplateTheme {
		t.Fatal("files share a theme")
	}
	a.Theme.ThemeElements.ClrScheme.Accent1.SrgbClr.Val = stringPtr("123456")
	a.Theme.ThemeElements.FontScheme.MajorFont.Latin.Typeface = "Changed"
	if got, _ := xml.Marshal(b.Theme); string(got) != string(want) {
		t.Fatal("changing one file's theme changed another's")
	}
	if got, _ := xml.Marshal(NewFile().Theme); string(got) != string(want) {
		t.Fatal("changing one file's theme changed the template")
	}
}

// TestPatchStyleLookups: a style's font and border are found among the
// existing ones, built once per lookup.
func TestPatchStyleLookups(t *testing.T) {
	f := NewFile()
	styles := []*Style{
		{Font: &Font{Family: "等线", Size: 11}},
		{Font: &Font{Family: "等线", Size: 11, Bold: true, Color: "FFFFFF"}, Border: []Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "top", Color: "BFBFBF", Style: 1}}},
		{Font: &Font{Family: "等线", Size: 9, Color: "808080"}, Border: []Border{{Type: "left", Color: "BFBFBF", Style: 1}}},
	}
	var ids []int
	for _, s := range styles {
		id, err := f.NewStyle(s)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	ss, _ := f.stylesReader()
	for i, s := range styles {
		again, _ := f.NewStyle(s)
		if again != ids[i] {
			t.Errorf("style %d again: id %d, first %d", i, again, ids[i])
		}
		fs, _ := parseFormatStyleSet(s)
		if id := f.getFontID(ss, fs); id < 0 || !reflect.DeepEqual(*ss.Fonts.Font[id], *fs.Font.newFont()) {
			t.Errorf("style %d: font id %d", i, id)
		}
		if id := getBorderID(ss, fs); len(s.Border) > 0 && (id < 0 || !reflect.DeepEqual(*ss.Borders.Border[id], *newBorders(fs))) {
			t.Errorf("style %d: border id %d", i, id)
		}
	}
	fs, _ := parseFormatStyleSet(&Style{Font: &Font{Family: "Other"}, Border: []Border{{Type: "bottom", Color: "000000", Style: 2}}})
	if id := f.getFontID(ss, fs); id != -1 {
		t.Errorf("new font found as %d", id)
	}
	if id := getBorderID(ss, fs); id != -1 {
		t.Errorf("new border found as %d", id)
	}
}

// TestPatchTemplateStyles: a new file's style sheet is the template's,
// parsed once and copied deeply for each file.
func TestPatchTemplateStyles(t *testing.T) {
	a, b := NewFile(), NewFile()
	fresh := newFile()
	fresh.Pkg.Store(defaultXMLPathStyles, []byte(xml.Header+templateStyles))
	parsed, err := fresh.stylesReader()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := xml.Marshal(parsed)
	for _, f := range []*File{a, b} {
		if got, _ := xml.Marshal(f.Styles); string(got) != string(want) {
			t.Fatalf("styles of a new file differ from the parsed template:\n%s\n%s", got, want)
		}
	}
	if a.Styles == b.Styles || a.Styles == parsedTemplateStyles {
		t.Fatal("files share a style sheet")
	}
	if _, err := a.NewStyle(&Style{Font: &Font{Bold: true}, Alignment: &Alignment{Horizontal: "center"}}); err != nil {
		t.Fatal(err)
	}
	if got, _ := xml.Marshal(b.Styles); string(got) != string(want) {
		t.Fatal("a style added to one file changed another's style sheet")
	}
	if got, _ := xml.Marshal(a.Styles); string(got) == string(want) {
		t.Fatal("NewStyle did not change the file's style sheet")
	}
}

// TestPatchTemplateWorkbook: a new file's workbook and the workbook root's
// attributes are the template's, parsed once and copied for each file.
func TestPatchTemplateWorkbook(t *testing.T) {
	a, b := NewFile(), NewFile()
	fresh := newFile()
	fresh.Pkg.Store(defaultXMLPathRels, []byte(xml.Header+templateRels))
	fresh.Pkg.Store(defaultXMLPathWorkbook, []byte(xml.Header+templateWorkbook))
	parsed, err := fresh.workbookReader()
	if err != nil {
		t.Fatal(err)
	}
	want, _ := xml.Marshal(parsed)
	wantAttrs, _ := fresh.xmlAttr.Load(defaultXMLPathWorkbook)
	for _, f := range []*File{a, b} {
		if got, _ := xml.Marshal(f.WorkBook); string(got) != string(want) {
			t.Fatalf("workbook of a new file differs from the parsed template:\n%s\n%s", got, want)
		}
		if got, _ := f.xmlAttr.Load(defaultXMLPathWorkbook); !reflect.DeepEqual(got, wantAttrs) {
			t.Fatalf("workbook attributes of a new file: %v, want %v", got, wantAttrs)
		}
	}
	if a.WorkBook == b.WorkBook || a.WorkBook == parsedTemplateWorkbook {
		t.Fatal("files share a workbook")
	}
	if _, err := a.NewSheet("Other"); err != nil {
		t.Fatal(err)
	}
	a.addNameSpaces(defaultXMLPathWorkbook, xml.Attr{Name: xml.Name{Space: "xmlns", Local: "zz"}, Value: "urn:zz"})
	if got, _ := xml.Marshal(b.WorkBook); string(got) != string(want) {
		t.Fatal("a sheet added to one file changed another's workbook")
	}
	if got, _ := b.xmlAttr.Load(defaultXMLPathWorkbook); !reflect.DeepEqual(got, wantAttrs) {
		t.Fatal("a namespace added to one file changed another's workbook attributes")
	}
}

// TestPatchNewStyleReusesParts: NewStyle takes the font, border and fill IDs
// its lookup found, adds each new part once, and finds an equal style again.
func TestPatchNewStyleReusesParts(t *testing.T) {
	f := NewFile()
	border := []Border{{Type: "left", Color: "BFBFBF", Style: 1}, {Type: "top", Color: "BFBFBF", Style: 1}}
	fill := Fill{Type: "pattern", Pattern: 1, Color: []string{"4472C4"}}
	font := &Font{Family: "等线", Size: 11, Bold: true}
	s0, _ := f.stylesReader()
	fonts, borders, fills := len(s0.Fonts.Font), len(s0.Borders.Border), len(s0.Fills.Fill)
	a, err := f.NewStyle(&Style{Font: font, Border: border, Fill: fill, Alignment: &Alignment{Horizontal: "left"}})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.NewStyle(&Style{Font: font, Border: border, Fill: fill, Alignment: &Alignment{Horizontal: "center"}})
	if err != nil {
		t.Fatal(err)
	}
	again, err := f.NewStyle(&Style{Font: font, Border: border, Fill: fill, Alignment: &Alignment{Horizontal: "left"}})
	if err != nil {
		t.Fatal(err)
	}
	if a == b || again != a {
		t.Fatalf("style IDs %d, %d, %d: want two different, the third the first", a, b, again)
	}
	s, _ := f.stylesReader()
	if len(s.Fonts.Font) != fonts+1 || len(s.Borders.Border) != borders+1 || len(s.Fills.Fill) != fills+1 {
		t.Fatalf("fonts %d→%d, borders %d→%d, fills %d→%d: want one more of each",
			fonts, len(s.Fonts.Font), borders, len(s.Borders.Border), fills, len(s.Fills.Fill))
	}
	xa, xb := s.CellXfs.Xf[a], s.CellXfs.Xf[b]
	if *xa.FontID != *xb.FontID || *xa.BorderID != *xb.BorderID || *xa.FillID != *xb.FillID ||
		*xa.FontID != fonts || *xa.BorderID != borders || *xa.FillID != fills {
		t.Fatalf("the two styles' font, border, fill: %d %d %d and %d %d %d, want %d %d %d",
			*xa.FontID, *xa.BorderID, *xa.FillID, *xb.FontID, *xb.BorderID, *xb.FillID, fonts, borders, fills)
	}
}

// TestPatchTemplateThemeXML: a file whose theme is still the template's
// writes the template theme marshalled once; a changed theme is marshalled
// as it is.
func TestPatchTemplateThemeXML(t *testing.T) {
	a, b := NewFile(), NewFile()
	want := marshalTheme(a.Theme)
	if got := a.themeXML(); string(got) != string(want) {
		t.Fatalf("template theme:\n%s\nwant\n%s", got, want)
	}
	first, second := a.themeXML(), a.themeXML()
	first[0] = 'X'
	if second[0] == 'X' || string(b.themeXML()) != string(want) {
		t.Fatal("files share the bytes of the marshalled template theme")
	}
	b.Theme.ThemeElements.FontScheme.MinorFont.Latin.Typeface = "Changed"
	got := b.themeXML()
	if string(got) == string(want) || !strings.Contains(string(got), `typeface="Changed"`) {
		t.Fatalf("changed theme written as the template's:\n%s", got)
	}
	if string(got) != string(marshalTheme(b.Theme)) {
		t.Fatal("changed theme not written as marshalTheme writes it")
	}
}

// TestPatchBulkAppendFields: skipping nil fields writes what encoding every
// field wrote.
func TestPatchBulkAppendFields(t *testing.T) {
	verbatim := func(w io.Writer, ws *xlsxWorksheet, from, to int) {
		s := reflect.ValueOf(ws).Elem()
		enc := xml.NewEncoder(w)
		for i := 0; i < s.NumField(); i++ {
			if from <= i && i <= to {
				_ = enc.Encode(s.Field(i).Interface())
			}
		}
	}
	f := NewFile()
	ws, err := f.workSheetReader("Sheet1")
	if err != nil {
		t.Fatal(err)
	}
	ws.SheetPr = &xlsxSheetPr{PageSetUpPr: &xlsxPageSetUpPr{FitToPage: true}}
	ws.PageSetUp = &xlsxPageSetUp{Orientation: "landscape"}
	ws.HeaderFooter = &xlsxHeaderFooter{OddHeader: `&L"等线"&9 <header>`}
	ws.PrintOptions = &xlsxPrintOptions{HorizontalCentered: true}
	n := reflect.ValueOf(ws).Elem().NumField()
	for _, r := range [][2]int{{2, n - 1}, {3, 4}, {5, 6}, {9, 16}, {18, 39}, {41, 41}} { // fields 0 and 1 are unexported
		var got, want bytes.Buffer
		bulkAppendFields(&got, ws, r[0], r[1])
		verbatim(&want, ws, r[0], r[1])
		if got.String() != want.String() {
			t.Errorf("fields %d to %d:\n got %s\nwant %s", r[0], r[1], got.String(), want.String())
		}
	}
}
