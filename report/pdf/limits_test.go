package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/workreport/workreport/internal/clienttest"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/sheets"
)

// endMark ends every long text of longestReport: finding it in the PDF's
// text shows the whole text was drawn on a page.
const endMark = "尾"

// longestReport is a valid report with every text field at its longest:
// report.MaxText characters, report.MaxLongText for running text. Names
// are Chinese (one em a character: the most lines), running text an
// unbroken run of digits (forced cuts all the way), so each field takes
// as much room as a field can.
func longestReport() *report.Report {
	han := func(n int) string { return strings.Repeat("国", n) }
	long := strings.Repeat("0123456789", report.MaxLongText/10-1) + "012345678" + endMark
	k := 0
	id := func() string { // unique, of MaxText characters
		k++
		return fmt.Sprintf("%s%03d", strings.Repeat("x", report.MaxText-3), k)
	}
	var words []string
	for n := 0; ; {
		w := "按可比口径"
		if n+1+len([]rune(w)) > report.MaxText {
			w = "约"
		}
		if n+len([]rune(w))+min(n, 1) > report.MaxText {
			break
		}
		words, n = append(words, w), n+len([]rune(w))+min(n, 1)
	}
	qualifier := strings.Join(words, "、")
	d := report.MustDecimal
	p := func(s string) *report.Decimal { x := d(s); return &x }
	gdp := id()
	change := func() *report.Change {
		return &report.Change{Kind: report.ChangeYoY, Value: d("5.5"), Label: han(report.MaxText), Against: han(report.MaxText)}
	}
	// The workbook has no column for a figure's change.against, nor for
	// an annex figure's change and purpose: left out, so that the
	// workbook reads back as the report.
	figure := func(c *report.Change, purpose string) report.Figure {
		if c != nil {
			c.Against = ""
		}
		return report.Figure{ID: id(), Name: han(report.MaxText), Value: d("4000"), Unit: han(report.MaxText), Per: han(report.MaxText),
			Qualifier: qualifier, Purpose: purpose, Change: c, Quote: long}
	}
	return &report.Report{
		Meta: report.Meta{Title: han(report.MaxText), Region: han(report.MaxText), Level: report.LevelDistrict, Year: 2026, Date: "2026-01-20",
			Speaker: han(report.MaxText), Occasion: han(report.MaxText), Issuer: han(report.MaxText), Source: long},
		Results: []report.Section{{ID: id(), Title: han(report.MaxText), Number: han(report.MaxText), Part: han(report.MaxText), Indicators: []report.Indicator{
			{ID: gdp, Name: han(report.MaxText), Theme: han(report.MaxText), Value: p("231.52"), Unit: han(report.MaxText), Qualifier: qualifier, Change: change(), Quote: long},
			{ID: id(), Name: han(report.MaxText), Theme: han(report.MaxText), Value: p("1"), Unit: han(report.MaxText), Per: han(report.MaxText), Kind: report.KindStandard, Quote: long},
		}}},
		Targets: []report.Target{
			{ID: id(), Name: han(report.MaxText), Kind: report.TargetGrowth, Value: p("6"), Unit: "%", Qualifier: qualifier, Base: gdp,
				Reach: &report.Amount{Value: d("300"), Unit: han(report.MaxText), Qualifier: qualifier}, Quote: long},
			{ID: id(), Name: han(report.MaxText), Kind: report.TargetLevel, Value: p("6"), Unit: han(report.MaxText), Qualifier: qualifier, Quote: long},
			{ID: id(), Name: han(report.MaxText), Kind: report.TargetQualitative, Text: long, Nature: report.NatureBinding, Quote: long},
		},
		Tasks: []report.Task{{ID: id(), Title: han(report.MaxText), Number: han(report.MaxText), Part: han(report.MaxText), Summary: long,
			Items: []report.Item{{Title: han(report.MaxText), Number: han(report.MaxText), Summary: long, Figures: []report.Figure{figure(change(), han(report.MaxText))}}}}},
		Annexes: []report.Annex{{ID: id(), Title: han(report.MaxText), Items: []report.AnnexItem{
			{Title: han(report.MaxText), Number: han(report.MaxText), Text: long, Lead: han(report.MaxText), Figures: []report.Figure{figure(nil, "")}}}}},
		Glossary: []report.Term{{Term: han(report.MaxText), Definition: long}},
	}
}

// TestLongestValidValuesRender: whatever validates renders (issue 12: a
// 250-character title passed validate and failed the workbook). The report
// with every field at its limit validates, makes a PDF and a workbook, the
// workbook reads back as the same report (no cell cut), and every long
// text is drawn to its end on a page (a table row taller than a page goes
// on over the next). One character more in a field is refused.
func TestLongestValidValuesRender(t *testing.T) {
	tests := []struct {
		name string
		edit func(r *report.Report)
	}{
		{"every field at its limit", func(*report.Report) {}},
		// 200 characters, but 400 UTF-16 units in the page header: & is
		// written && there, 𠀀 takes two units.
		{"a title of & and characters beyond the BMP", func(r *report.Report) { r.Meta.Title = strings.Repeat("&𠀀", report.MaxText/2) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := longestReport()
			tt.edit(r)
			if problems := report.Validate(r, nil); len(problems) > 0 {
				t.Fatalf("the longest report does not validate:\n%v", problems)
			}
			var pdf, book bytes.Buffer
			if _, err := Render(&pdf, r, Options{}); err != nil {
				t.Fatalf("PDF: %v", err)
			}
			if _, err := sheets.Write(&book, r, sheets.Options{}); err != nil {
				t.Fatalf("workbook: %v", err)
			}
			back, err := sheets.Read("longest.xlsx", book.Bytes())
			if err != nil {
				t.Fatalf("reading the workbook back: %v", err)
			}
			if !reflect.DeepEqual(back, r) {
				t.Error("the workbook does not read back as the report")
			}
			dir := t.TempDir()
			pdfPath, bookPath := filepath.Join(dir, "longest.pdf"), filepath.Join(dir, "longest.xlsx")
			if err := os.WriteFile(pdfPath, pdf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(bookPath, book.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			checkOutputs(t, pdfPath, bookPath)
			// Every long text ends with endMark; the PDF draws six of them
			// (the source, the summaries of the task and of its item, the
			// qualitative target's text, the annex entry's text, the
			// definition; quotes are the workbook's). A table row taller than
			// a page used to run off its foot.
			if drawn := strings.Count(pdftotext(t, pdfPath), endMark); drawn < 6 {
				t.Errorf("the PDF shows %d long texts to their end, want 6", drawn)
			}
		})
	}
}

// checkOutputs runs qpdf --check on a PDF and opens a workbook with
// openpyxl, reading every cell.
func checkOutputs(t *testing.T, pdfPath, bookPath string) {
	t.Helper()
	run(t, "qpdf", "qpdf", "--check", pdfPath)
	py := clienttest.PythonModule(t, "openpyxl", "python3-openpyxl")
	script := `import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
n = sum(1 for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v is not None)
print(n)`
	out, err := exec.Command(py, "-c", script, bookPath).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl refuses %s: %v\n%s", filepath.Base(bookPath), err, out)
	}
}
