package sheets

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// edit opens a written workbook, lets change edit it as a person would
// (through excelize, as a spreadsheet program saves it) and returns the bytes.
func edit(t *testing.T, r *report.Report, change func(f *excelize.File)) []byte {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(writeBook(t, r)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	change(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func dec(s string) *report.Decimal { d := report.MustDecimal(s); return &d }

func TestReadEditedWorkbook(t *testing.T) {
	t.Parallel()
	base := loadSample(t, "hailar-2025")
	cases := []struct {
		name   string
		change func(t *testing.T, f *excelize.File)
		want   func(r *report.Report) // applied to a fresh copy of the sample
	}{{
		name: "value changed keeps the written decimals",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFloat("指标", "E2", 240.5, -1, 64)) // GDP, shown as 240.50
		},
		want: func(r *report.Report) { r.Results[0].Indicators[0].Value = ptr(report.MustDecimal("240.50")) },
	}, {
		name: "value with more digits than its format keeps them",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFloat("指标", "E2", 240.125, -1, 64))
		},
		want: func(r *report.Report) { r.Results[0].Indicators[0].Value = ptr(report.MustDecimal("240.125")) },
	}, {
		name: "value typed as text with separators",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellStr("指标", "E2", "1,231.52"))
		},
		want: func(r *report.Report) { r.Results[0].Indicators[0].Value = ptr(report.MustDecimal("1231.52")) },
	}, {
		name: "growth target typed as a fraction in its percent cell",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFloat("目标", "C2", 0.06, -1, 64)) // shown 6.0%
		},
		want: func(r *report.Report) { r.Targets[0].Value = dec("6.0") },
	}, {
		name: "change rate typed as text with a percent sign",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellStr("指标", "G2", "5.75%"))
		},
		want: func(r *report.Report) { r.Results[0].Indicators[0].Change.Value = report.MustDecimal("5.75") },
	}, {
		name: "row deleted",
		change: func(t *testing.T, f *excelize.File) {
			must(t, f.RemoveRow("指标", 6)) // 新增耕地, which no target grows from
		},
		want: func(r *report.Report) {
			ins := &r.Results[0].Indicators
			*ins = slices.Delete(*ins, 4, 5)
		},
	}, {
		name: "row added without ids joins its section by title",
		change: func(t *testing.T, f *excelize.File) {
			rows, _ := f.GetRows("指标")
			n := len(rows) + 1
			for col, v := range map[string]any{"A": "“进”的步伐更为稳健", "C": "新增指标", "E": 12.5, "F": "万元", "L": "新增指标12.5万元"} {
				must(t, f.SetCellValue("指标", col+itoa(n), v))
			}
		},
		want: func(r *report.Report) {
			s := &r.Results[0]
			s.Indicators = append(s.Indicators, report.Indicator{
				ID: "indicator-r" + itoa(countIndicators(r)+2), Name: "新增指标", Value: ptr(report.MustDecimal("12.5")), Unit: "万元", Quote: "新增指标12.5万元",
			})
		},
	}, {
		name: "targets re-sorted",
		change: func(t *testing.T, f *excelize.File) {
			a, _ := f.GetRows("目标")
			swapRows(t, f, "目标", 2, 3, len(a[0]))
		},
		want: func(r *report.Report) { r.Targets[0], r.Targets[1] = r.Targets[1], r.Targets[0] },
	}, {
		name: "task rows in reverse order keep the tree",
		change: func(t *testing.T, f *excelize.File) {
			rows, _ := f.GetRows("任务")
			for top, bottom := 2, len(rows); top < bottom; top, bottom = top+1, bottom-1 {
				swapRows(t, f, "任务", top, bottom, len(rows[0]))
			}
		},
		want: func(r *report.Report) {
			// Tasks come in the order they are met; items keep their
			// numbers' order; figures follow the rows within their item.
			slices.Reverse(r.Tasks)
			for i := range r.Tasks {
				for j := range r.Tasks[i].Items {
					slices.Reverse(r.Tasks[i].Items[j].Figures)
				}
			}
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			data := edit(t, base, func(f *excelize.File) { c.change(t, f) })
			got, err := Read("hailar-2025.xlsx", data)
			if err != nil {
				t.Fatal(err)
			}
			want := loadSample(t, "hailar-2025")
			c.want(want)
			sameReport(t, got, want)
		})
	}
}

func TestReadErrorsNameSheetAndCell(t *testing.T) {
	t.Parallel()
	r := loadSample(t, "hailar-2025")
	cases := []struct {
		name   string
		change func(t *testing.T, f *excelize.File)
		want   string
	}{
		{"not a number", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "E7", "abc")) },
			`hailar-2025.xlsx: 指标!E7: "abc" is not a number (expected a decimal like 231.52)`},
		{"unknown change kind", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "H2", "环比")) },
			`hailar-2025.xlsx: 指标!H2: "环比" is not one of 同比, 占比, 比率, 百分点`},
		{"duplicate id", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "N3", "gdp")) },
			"hailar-2025.xlsx: 指标!N3: the id \"gdp\" is used again (first at N2); each row needs its own\n" +
				`hailar-2025.xlsx: 目标!P3: base "fixed-investment" names no indicator of the results (did you mean "roads-investment"?)`},
		{"a deleted indicator a target grows from", func(t *testing.T, f *excelize.File) { must(t, f.RemoveRow("指标", 3)) },
			`hailar-2025.xlsx: 目标!P3: base "fixed-investment" names no indicator of the results (did you mean "roads-investment"?)`},
		{"qualifier the loader rejects", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "D2", "大约")) },
			`hailar-2025.xlsx: 指标!D2: qualifier "大约" is not one of`},
		{"a range below its value", func(t *testing.T, f *excelize.File) {
			must(t, f.SetCellFloat("指标", colName(t, f, "指标", "上限")+"2", 100, -1, 64))
		}, `hailar-2025.xlsx: 指标!`},
		{"missing column", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "E1", "值")) },
			`hailar-2025.xlsx: 指标!1: no column "数值" in the header row (keep the header names this tool wrote)`},
		{"bad level", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("概览", "B3", "村")) },
			`hailar-2025.xlsx: 概览!B3: "村" is not one of 全国, 省, 自治区, 直辖市, 市, 县级市, 区, 县, 旗, 乡镇`},
		{"missing sheet", func(t *testing.T, f *excelize.File) { must(t, f.DeleteSheet("指标")) },
			`hailar-2025.xlsx: 指标!A1: the sheet is missing (a workbook written by workreport has 概览, 指标, 目标, 任务, 名词解释)`},
		{"section retitled on one row only", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("指标", "A3", "别的板块")) },
			`hailar-2025.xlsx: 指标!A3: section "jin" is titled "别的板块" here but "“进”的步伐更为稳健" in A2 (one section, one title)`},
		{"empty quote", func(t *testing.T, f *excelize.File) { must(t, f.SetCellStr("目标", "N3", "")) },
			`hailar-2025.xlsx: 目标!N3: quote is empty (expected text)`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("hailar-2025.xlsx", edit(t, r, func(f *excelize.File) { c.change(t, f) }))
			if err == nil {
				t.Fatalf("Read accepted the edit, want error %q", c.want)
			}
			if !strings.HasPrefix(err.Error(), c.want) {
				t.Fatalf("error:\n got: %s\nwant: %s", err, c.want)
			}
		})
	}
}

func TestReadRejectsNonWorkbooks(t *testing.T) {
	t.Parallel()
	for name, data := range map[string][]byte{
		"empty":   nil,
		"text":    []byte("地区生产总值 231.52"),
		"zip":     []byte("PK\x03\x04garbage"),
		"too big": make([]byte, MaxReadSize+1),
	} {
		if _, err := Read(name, data); err == nil {
			t.Errorf("%s: Read accepted it", name)
		}
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

func mustFloat(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func countIndicators(r *report.Report) int {
	n := 0
	for _, s := range r.Results {
		n += len(s.Indicators)
	}
	return n
}

// swapRows swaps the contents of two rows cell by cell, styles included,
// as a sort in a spreadsheet program does.
func swapRows(t *testing.T, f *excelize.File, sheet string, a, b, cols int) {
	t.Helper()
	for c := 1; c <= cols; c++ {
		ra, _ := excelize.CoordinatesToCellName(c, a)
		rb, _ := excelize.CoordinatesToCellName(c, b)
		va, vb := rawCell(t, f, sheet, ra), rawCell(t, f, sheet, rb)
		sa, _ := f.GetCellStyle(sheet, ra)
		sb, _ := f.GetCellStyle(sheet, rb)
		va.set(t, f, sheet, rb)
		vb.set(t, f, sheet, ra)
		must(t, f.SetCellStyle(sheet, rb, rb, sa))
		must(t, f.SetCellStyle(sheet, ra, ra, sb))
	}
}

type rawValue struct {
	typ     excelize.CellType
	v       string
	formula string
}

func rawCell(t *testing.T, f *excelize.File, sheet, ref string) rawValue {
	typ, _ := f.GetCellType(sheet, ref)
	v, _ := f.GetCellValue(sheet, ref, excelize.Options{RawCellValue: true})
	fm, _ := f.GetCellFormula(sheet, ref)
	return rawValue{typ, v, fm}
}

func (r rawValue) set(t *testing.T, f *excelize.File, sheet, ref string) {
	switch {
	case r.formula != "":
		must(t, f.SetCellFormula(sheet, ref, r.formula))
	case r.v == "":
		must(t, f.SetCellValue(sheet, ref, nil))
	case r.typ == excelize.CellTypeNumber || r.typ == excelize.CellTypeUnset:
		must(t, f.SetCellValue(sheet, ref, mustFloat(t, r.v)))
	default:
		must(t, f.SetCellStr(sheet, ref, r.v))
	}
}

func ptr(d report.Decimal) *report.Decimal { return &d }

// colName is the letter of the column headed header on sheet.
func colName(t *testing.T, f *excelize.File, sheet, header string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	if err != nil || len(rows) == 0 {
		t.Fatalf("%s: %v", sheet, err)
	}
	for i, h := range rows[0] {
		if h == header {
			name, _ := excelize.ColumnNumberToName(i + 1)
			return name
		}
	}
	t.Fatalf("%s has no column %q", sheet, header)
	return ""
}
