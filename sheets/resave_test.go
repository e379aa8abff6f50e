package sheets

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// A workbook opened and saved again by LibreOffice (shared strings, its own
// styles and number-format ids) reads back to the same model.
func TestReadAfterLibreOfficeSaves(t *testing.T) {
	t.Parallel()
	soffice := needTool(t, "soffice", "libreoffice-calc")
	dir, out := t.TempDir(), t.TempDir()
	var books []string
	for _, name := range samples.Names() {
		books = append(books, writeFile(t, dir, name, loadSample(t, name)))
	}
	args := append([]string{"--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out}, books...)
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, b)
	}
	for _, name := range samples.Names() {
		data, err := os.ReadFile(filepath.Join(out, name+".xlsx"))
		if err != nil {
			t.Fatalf("LibreOffice wrote no %s.xlsx: %v", name, err)
		}
		got, err := Read(name+".xlsx", data)
		if err != nil {
			t.Fatalf("%s as saved by LibreOffice: %v", name, err)
		}
		sameReport(t, got, loadSample(t, name))
	}
}

// A person edits with openpyxl: a growth target typed as 6%, a glossary
// term added at the bottom; Read sees both.
func TestReadAfterOpenpyxlEdits(t *testing.T) {
	t.Parallel()
	py := needOpenpyxl(t)
	path := writeFile(t, t.TempDir(), "hailar-2025", loadSample(t, "hailar-2025"))
	script := `
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
wb["目标"]["C2"].value = 0.06
g = wb["名词解释"]
g.cell(row=g.max_row + 1, column=1, value="新名词")
g.cell(row=g.max_row, column=2, value="新名词的解释。")
wb.save(sys.argv[1])
`
	if b, err := exec.Command(py, "-c", script, path).CombinedOutput(); err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, b)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("hailar-2025.xlsx", data)
	if err != nil {
		t.Fatal(err)
	}
	want := loadSample(t, "hailar-2025")
	six := report.MustDecimal("6.0") // the cell keeps its 0.0% format
	want.Targets[0].Value = &six
	want.Glossary = append(want.Glossary, report.Term{Term: "新名词", Definition: "新名词的解释。"})
	sameReport(t, got, want)
}
