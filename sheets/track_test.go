package sheets

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/workreport/workreport/report"
)

// TestWriteTrack: the track workbook has its three sheets, a row per
// target with its status, and a chart for a growth target that recurs.
func TestWriteTrack(t *testing.T) {
	t.Parallel()
	d := report.MustDecimal
	v := func(s string) *report.Decimal { x := d(s); return &x }
	mk := func(year int, growth, target string) *report.Report {
		return &report.Report{Meta: report.Meta{Region: "测试区", Year: year},
			Results: []report.Section{{ID: "s", Indicators: []report.Indicator{{ID: "gdp", Name: "地区生产总值", Value: v("100"), Unit: "亿元",
				Change: &report.Change{Kind: report.ChangeYoY, Value: d(growth)}, Quote: "q"}}}},
			Targets: []report.Target{{ID: "t", Name: "地区生产总值", Kind: report.TargetGrowth, Value: v(target), Unit: "%", Quote: "增长" + target + "%"}}}
	}
	tr := report.Tracks([]*report.Report{mk(2023, "5", "6"), mk(2024, "5.8", "5.5"), mk(2025, "5.6", "5")})[0]
	var b bytes.Buffer
	if err := WriteTrack(&b, tr, Options{}); err != nil {
		t.Fatal(err)
	}
	data := b.Bytes()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); len(got) != 3 || got[0] != sheetAttainment {
		t.Fatalf("sheets %v", got)
	}
	rows, _ := f.GetRows(sheetAttainment)
	if len(rows) != 4 || rows[1][6] != string(report.StatusMissed) || rows[2][6] != string(report.StatusMet) || rows[3][6] != string(report.StatusNoReport) {
		t.Errorf("rows %q", rows)
	}
	if n := chartCount(t, data); n != 1 {
		t.Errorf("%d charts, want one for 地区生产总值", n)
	}
}

// chartCount counts the chart parts of a workbook.
func chartCount(t *testing.T, data []byte) int {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range zr.File {
		if strings.HasPrefix(f.Name, "xl/charts/chart") {
			n++
		}
	}
	return n
}
