package sheets

import (
	"bytes"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
	"github.com/xuri/excelize/v2"
)

func openBook(t testing.TB, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatalf("excelize cannot open the workbook: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestWriteSheetsAndFormulas(t *testing.T) {
	t.Parallel()
	f := openBook(t, writeBook(t, loadSample(t, "hailar-2025")))
	want := []string{"概览", "指标", "目标", "任务", "名词解释"}
	if got := f.GetSheetList(); !slices.Equal(got, want) {
		t.Fatalf("sheets = %v, want %v", got, want)
	}
	// The GDP target's implied level: a live formula with its cached value.
	cases := []struct{ sheet, cell, formula, value string }{
		{"目标", "M2", `IF(OR(I2="",C2=""),"",ROUND(I2*(1+C2),2))`, "244.95"},
		{"目标", "C2", "", "0.058"},
		{"目标", "I2", "", "231.52"},
		{"指标", "E2", "", "231.52"},
		{"指标", "G2", "", "0.055"},
	}
	for _, c := range cases {
		got, err := f.GetCellFormula(c.sheet, c.cell)
		if err != nil || got != c.formula {
			t.Errorf("%s!%s formula = %q (%v), want %q", c.sheet, c.cell, got, err, c.formula)
		}
		v, err := f.GetCellValue(c.sheet, c.cell)
		if err != nil || v != c.value {
			t.Errorf("%s!%s value = %q (%v), want %q", c.sheet, c.cell, v, err, c.value)
		}
		typ, _ := f.GetCellType(c.sheet, c.cell)
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s!%s type = %v, want a number", c.sheet, c.cell, typ)
		}
	}
}

// Text from the data that looks like a formula stays text.
func TestWriteFormulaLikeTextStaysText(t *testing.T) {
	t.Parallel()
	r := loadSample(t, "hailar-2025")
	hostile := []string{"=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", `=HYPERLINK("http://x","y")`}
	for i, h := range hostile {
		r.Glossary = append(r.Glossary, report.Term{Term: h, Definition: h})
		r.Results[0].Indicators[i].Name = h
	}
	data := writeBook(t, r)
	f := openBook(t, data)
	rows, err := f.GetRows("名词解释")
	if err != nil {
		t.Fatal(err)
	}
	found := 0
	for i, row := range rows {
		if len(row) == 0 || !slices.Contains(hostile, row[0]) {
			continue
		}
		found++
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if fm, _ := f.GetCellFormula("名词解释", cell); fm != "" {
			t.Errorf("名词解释!%s holds formula %q, want the text %q", cell, fm, row[0])
		}
		if typ, _ := f.GetCellType("名词解释", cell); typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
			t.Errorf("名词解释!%s has type %v, want text", cell, typ)
		}
	}
	if found != len(hostile) {
		t.Fatalf("found %d of %d formula-like terms", found, len(hostile))
	}
	for i, h := range hostile {
		cell := "C" + strconv.Itoa(i+2)
		v, _ := f.GetCellValue("指标", cell)
		fm, _ := f.GetCellFormula("指标", cell)
		if v != h || fm != "" {
			t.Errorf("指标!%s = %q with formula %q, want the text %q and no formula", cell, v, fm, h)
		}
	}
}

func TestWriteEverySample(t *testing.T) {
	t.Parallel()
	for _, name := range samples.Names() {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			warns, err := Write(&buf, loadSample(t, name), Options{})
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range warns {
				t.Logf("warning: %s: %s", w.Field, w.Message)
			}
			f := openBook(t, buf.Bytes())
			if v, _ := f.GetCellValue("概览", "A1"); !strings.Contains(v, "政府工作报告") {
				t.Errorf("概览!A1 = %q, want the report title", v)
			}
		})
	}
}

func TestWriteWarnsAboutTextACellCannotHold(t *testing.T) {
	t.Parallel()
	r := edgeReport()
	r.Results[0].Indicators[1].Quote = "含控制字符\x01的原文"
	r.Glossary[0].Definition = strings.Repeat("长", excelize.TotalCellChars+1)
	var buf bytes.Buffer
	warns, err := Write(&buf, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Field+": "+w.Message)
	}
	want := []string{
		"results[0].indicators[1].quote: control character U+0001 cannot be stored in a workbook; it is written as U+FFFD",
		"glossary[0].definition: text of 32768 characters is cut to 32767, the most a cell holds",
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missing warning %q in %q", w, got)
		}
	}
}

// A report with nothing but its meta still makes a workbook (no tables, no
// chart, a warning) that reads back.
func TestWriteEmptyReport(t *testing.T) {
	t.Parallel()
	r := &report.Report{Meta: report.Meta{Title: "空报告", Region: "某地", Level: report.LevelCity, Year: 2026, Date: "2026-02-01"}}
	var buf bytes.Buffer
	warns, err := Write(&buf, r, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) == 0 {
		t.Error("no warning for a workbook without headline targets")
	}
	got, err := Read("empty.xlsx", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, got, r)
	if _, err := Write(&buf, nil, Options{}); err == nil {
		t.Error("Write(nil) gave no error")
	}
}

// TestWriteTextExcelizeRewrites writes a glossary with text excelize cuts
// to a cell's limit or escapes ("_x"), between plain rows, and wants every
// row back in order, each text as written (cut where it had to be).
func TestWriteTextExcelizeRewrites(t *testing.T) {
	t.Parallel()
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
