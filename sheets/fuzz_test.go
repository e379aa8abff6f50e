package sheets

import (
	"archive/zip"
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
)

// FuzzRead feeds Read damaged and hostile workbooks: it must return a model
// or an error, never panic or hang. The seeds are small (a few KB, see
// smallBook): with the samples' workbooks (58 KB and more) a run spent its
// time minimising what it found (27 executions in 4 minutes).
//
//	go test ./sheets -run '^$' -fuzz '^FuzzRead$' -fuzztime 1000000x
func FuzzRead(f *testing.F) {
	for _, r := range []*report.Report{tinyReport(), edgeReport()} {
		f.Add(smallBook(f, r))
	}
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read("fuzz.xlsx", data)
		if err == nil && r == nil {
			t.Fatal("Read returned neither a model nor an error")
		}
	})
}

// tinyReport has one fact, one target, one task with a figure, one annex
// item and one term.
func tinyReport() *report.Report {
	d := report.MustDecimal
	p := func(s string) *report.Decimal { x := d(s); return &x }
	return &report.Report{
		Meta: report.Meta{Title: "测试区2026年政府工作报告", Region: "测试区", Level: report.LevelDistrict, Year: 2026, Date: "2026-01-15"},
		Results: []report.Section{{ID: "a", Title: "经济", Indicators: []report.Indicator{
			{ID: "gdp", Name: "地区生产总值", Value: p("231.52"), Unit: "亿元", Change: &report.Change{Kind: report.ChangeYoY, Value: d("5.5")}, Quote: "地区生产总值231.52亿元"},
		}}},
		Targets: []report.Target{{ID: "g", Name: "地区生产总值", Kind: report.TargetGrowth, Value: p("6"), Unit: "%", Base: "gdp", Quote: "增长6%"}},
		Tasks: []report.Task{{ID: "t", Title: "项目", Items: []report.Item{{Title: "谋划", Figures: []report.Figure{
			{ID: "f", Name: "投资", Value: d("4,000"), Unit: "万元", Quote: "投资4,000万元"}}}}}},
		Annexes:  []report.Annex{{ID: "x", Title: "实事", Items: []report.AnnexItem{{Title: "托育", Lead: "卫健委"}}}},
		Glossary: []report.Term{{Term: "六个工程", Definition: "是指……"}},
	}
}

// dropParts are the parts of a written workbook the reader does not need.
var dropParts = regexp.MustCompile(`^(docProps/|xl/(theme|charts|drawings|tables|calcChain)|xl/worksheets/_rels/)`)

// dropXML is what of a sheet the reader does not need: layout, printing,
// tables and drawings. Styles stay: their number formats keep 1,234.50 as
// written.
var dropXML = regexp.MustCompile(`<(cols|sheetViews|sheetPr|sheetFormatPr|pageMargins|pageSetup|printOptions|headerFooter|tableParts|drawing|conditionalFormatting|dataValidations|autoFilter|dimension)\b[^>]*(/>|>.*?</(cols|sheetViews|sheetPr|sheetFormatPr|pageMargins|pageSetup|printOptions|headerFooter|tableParts|drawing|conditionalFormatting|dataValidations|autoFilter|dimension)>)|<c r="[A-Z]+\d+" s="\d+"(/>|></c>)| (mc:Ignorable|xr:uid|ht|customHeight|spans)="[^"]*"`)

// xmlns matches the namespace declarations excelize puts on every part
// (3 KB of them), of which the parts use only r:.
var xmlns = regexp.MustCompile(` xmlns:[a-z0-9]+="[^"]*"`)

// smallBook is the workbook Write makes of r, cut to what Read needs, its
// sheets stored uncompressed with no checksums, so that the fuzzer's
// mutations reach the XML instead of failing a CRC.
func smallBook(t testing.TB, r *report.Report) []byte {
	t.Helper()
	full := writeBook(t, r)
	zr, err := zip.NewReader(bytes.NewReader(full), int64(len(full)))
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range zr.File {
		if dropParts.MatchString(f.Name) {
			continue
		}
		if f.Name == "xl/styles.xml" { // kept compressed, checksum and all
			if err := zw.Copy(f); err != nil {
				t.Fatal(err)
			}
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(f.Name, "xl/worksheets/") {
			data = dropXML.ReplaceAll(data, nil)
		}
		data = xmlns.ReplaceAllFunc(data, func(b []byte) []byte {
			if bytes.HasPrefix(b, []byte(" xmlns:r=")) {
				return b
			}
			return nil
		})
		w, err := zw.CreateRaw(&zip.FileHeader{Name: f.Name, Method: zip.Store, CompressedSize64: uint64(len(data)), UncompressedSize64: uint64(len(data))})
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// TestSmallBooksRead: the fuzzer's seeds are small and read back as the
// reports they were made of.
func TestSmallBooksRead(t *testing.T) {
	t.Parallel()
	for _, want := range []*report.Report{tinyReport(), edgeReport()} {
		data := smallBook(t, want)
		if len(data) > 32<<10 {
			t.Errorf("%s: seed of %d bytes", want.Meta.Title, len(data))
		}
		got, err := Read("small.xlsx", data)
		if err != nil {
			t.Fatalf("%s (%d bytes): %v", want.Meta.Title, len(data), err)
		}
		sameReport(t, got, want)
		t.Logf("%s: %d bytes", want.Meta.Title, len(data))
	}
}
