package sheets

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/workreport/workreport/samples"
	"github.com/xuri/excelize/v2"
)

// formulaCell is a formula Write stored, with the result it cached.
type formulaCell struct {
	sheet, ref, formula, cached string
}

// formulaCells lists every formula cell of a workbook.
func formulaCells(t *testing.T, path string) []formulaCell {
	t.Helper()
	f, err := excelize.OpenFile(path, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []formulaCell
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for ri, row := range rows {
			for ci := range row {
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				if fm, _ := f.GetCellFormula(sheet, ref); fm != "" {
					out = append(out, formulaCell{sheet, ref, fm, row[ci]})
				}
			}
		}
	}
	return out
}

// recalcProfile is a LibreOffice user profile that recalculates every
// formula of an OOXML workbook on load (OOXMLRecalcMode 0, "always").
// LibreOffice's default keeps the results a workbook cached, so without it
// a wrong cached value would survive the conversion and no comparison with
// the cache could fail.
const recalcProfile = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`

// sofficeCSV converts the workbooks to one UTF-8 CSV per sheet with
// LibreOffice, recalculating every formula on load (hard recalculation),
// and returns CSV rows by file base name and sheet.
func sofficeCSV(t *testing.T, dir string, books []string) map[string]map[string][][]string {
	t.Helper()
	soffice := needTool(t, "soffice", "libreoffice-calc-nogui")
	profile := t.TempDir()
	if err := os.MkdirAll(filepath.Join(profile, "user"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(profile, "user", "registrymodifications.xcu"), []byte(recalcProfile), 0o644); err != nil {
		t.Fatal(err)
	}
	// 44 comma, 34 quote, 76 UTF-8, …, -1 every sheet (field notes).
	filter := "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"
	args := append([]string{"-env:UserInstallation=file://" + filepath.ToSlash(profile), "--headless", "--convert-to", filter, "--outdir", dir}, books...)
	cmd := exec.Command(soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	res := map[string]map[string][][]string{}
	for _, b := range books {
		base := strings.TrimSuffix(filepath.Base(b), ".xlsx")
		res[base] = map[string][][]string{}
		for _, sheet := range []string{sheetOverview, sheetIndicators, sheetTargets, sheetTasks, sheetGlossary} {
			data, err := os.ReadFile(filepath.Join(dir, base+"-"+sheet+".csv"))
			if err != nil {
				t.Fatalf("LibreOffice wrote no CSV for %s/%s: %v", base, sheet, err)
			}
			r := csv.NewReader(strings.NewReader(string(data)))
			r.FieldsPerRecord = -1 // rows differ in length
			rows, err := r.ReadAll()
			if err != nil {
				t.Fatalf("%s/%s CSV: %v", base, sheet, err)
			}
			res[base][sheet] = rows
		}
	}
	return res
}

// csvNumber reads a number as LibreOffice's CSV shows it: 244.95, 5.5%.
func csvNumber(s string) (float64, bool) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	scale := 1.0
	if strings.HasSuffix(s, "%") {
		s, scale = strings.TrimSuffix(s, "%"), 0.01
	}
	v, err := strconv.ParseFloat(s, 64)
	return v * scale, err == nil
}

func near(a, b float64) bool {
	d := a - b
	if d < 0 {
		d = -d
	}
	scale := max(1, max(a, -a))
	return d <= 1e-9*scale
}

// formulaMismatches compares every formula cell's cached result with what
// LibreOffice computed for it, and lists the cells that differ.
func formulaMismatches(cells []formulaCell, sheets map[string][][]string) []string {
	var bad []string
	for _, c := range cells {
		col, row, _ := excelize.CellNameToCoordinates(c.ref)
		rows := sheets[c.sheet]
		got := ""
		if row-1 < len(rows) && col-1 < len(rows[row-1]) {
			got = rows[row-1][col-1]
		}
		if c.cached == "" {
			if got != "" {
				bad = append(bad, fmt.Sprintf("%s!%s = %q after recalculation, want empty (=%s)", c.sheet, c.ref, got, c.formula))
			}
			continue
		}
		want, _ := strconv.ParseFloat(c.cached, 64)
		if v, ok := csvNumber(got); !ok || !near(v, want) {
			bad = append(bad, fmt.Sprintf("%s!%s = %q after recalculation, cached %s (=%s)", c.sheet, c.ref, got, c.cached, c.formula))
		}
	}
	return bad
}

// Every formula cell, recalculated by LibreOffice, equals the value Write
// cached in it; and the Hailar GDP target implies 244.95 for 2025. The
// tampered copy (a wrong cached 999 in the implied level) shows that the
// recalculation is real: the comparison must catch it.
func TestLibreOfficeRecalculatesFormulas(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	var books []string
	for _, name := range samples.Names() {
		books = append(books, writeFile(t, dir, name, loadSample(t, name)))
	}
	tampered := filepath.Join(dir, "tampered.xlsx")
	tamperCachedValue(t, books[slices.Index(samples.Names(), "hailar-2025")], tampered, "xl/worksheets/sheet3.xml", "M2", "244.95", "999")
	csvs := sofficeCSV(t, dir, append(books, tampered))
	for i, name := range samples.Names() {
		cells := formulaCells(t, books[i])
		if len(cells) == 0 {
			t.Errorf("%s: no formula cells", name)
		}
		for _, m := range formulaMismatches(cells, csvs[name]) {
			t.Errorf("%s %s", name, m)
		}
		t.Logf("%s: %d formula cells agree", name, len(cells))
	}
	hailar := csvs["hailar-2025"]
	if got := hailar[sheetTargets][1][tgtImplied]; got != "244.95" {
		t.Errorf("Hailar GDP implied 2025 level in 目标 = %q, want 244.95", got)
	}
	if got := hailar[sheetTargets][1][tgtName]; got != "地区生产总值" {
		t.Errorf("目标 row 2 is %q, want 地区生产总值", got)
	}
	bad := formulaMismatches(formulaCells(t, tampered), csvs["tampered"])
	if len(bad) != 1 || !strings.HasPrefix(bad[0], sheetTargets+"!M2 = \"244.95\" after recalculation, cached 999") {
		t.Errorf("a wrong cached value was not caught by the recalculation: %q", bad)
	}
}

// tamperCachedValue copies the workbook src to dst with the cached result of
// one formula cell replaced, as a writer with a bug would leave it.
func tamperCachedValue(t *testing.T, src, dst, part, ref, from, to string) {
	t.Helper()
	zr, err := zip.OpenReader(src)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	found := false
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if f.Name == part {
			re := regexp.MustCompile(`(<c r="` + ref + `"[^>]*><f>[^<]*</f><v>)` + regexp.QuoteMeta(from) + `(</v>)`)
			found = re.Match(data)
			data = re.ReplaceAll(data, []byte("${1}"+to+"${2}"))
		}
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(data)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if !found {
		t.Fatalf("%s: no formula cell %s caching %s", part, ref, from)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// openpyxl finds the tables, the chart, the frozen panes, the defined names,
// the print setup, and cached formula results in data_only mode.
func TestOpenpyxlSeesTheStructure(t *testing.T) {
	t.Parallel()
	py := needOpenpyxl(t)
	path := writeFile(t, t.TempDir(), "hailar-2025", loadSample(t, "hailar-2025"))
	script := `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "tables": {}, "charts": {}, "freeze": {}, "paper": {}, "orientation": {},
       "fit": {}, "fit_width": {}, "print_titles": {}, "names": []}
for ws in wb.worksheets:
    out["tables"][ws.title] = sorted(ws.tables.keys())
    out["charts"][ws.title] = len(ws._charts)
    out["freeze"][ws.title] = ws.freeze_panes
    out["paper"][ws.title] = ws.page_setup.paperSize
    out["orientation"][ws.title] = ws.page_setup.orientation
    out["fit"][ws.title] = bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    out["fit_width"][ws.title] = ws.page_setup.fitToWidth
    out["print_titles"][ws.title] = ws.print_title_rows
dn = wb.defined_names
out["names"] = sorted(getattr(dn, "keys", lambda: [d.name for d in dn.definedName])())
props = wb.properties
out["title"], out["creator"], out["keywords"], out["subject"] = props.title, props.creator, props.keywords, props.subject
out["header"] = {ws.title: ws.oddHeader.left.text or "" for ws in wb.worksheets}
out["footer"] = {ws.title: ws.oddFooter.center.text or "" for ws in wb.worksheets}
values = openpyxl.load_workbook(sys.argv[1], data_only=True)
out["cf"] = {ws.title: sorted(str(rng.sqref) + " " + r.formula[0] for rng in ws.conditional_formatting for r in rng.rules) for ws in wb.worksheets}
out["implied"] = values["目标"]["M2"].value
out["overview_implied"] = values["概览"]["G13"].value
print(json.dumps(out, ensure_ascii=False))
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	var got struct {
		Sheets                   []string
		Tables                   map[string][]string
		Charts                   map[string]int
		Freeze                   map[string]*string
		Paper                    map[string]any
		Orientation              map[string]string
		Fit                      map[string]bool
		FitWidth                 map[string]*int    `json:"fit_width"`
		PrintTitles              map[string]*string `json:"print_titles"`
		Names                    []string
		CF                       map[string][]string
		Title, Creator, Keywords string
		Subject                  string
		Header, Footer           map[string]string
		Implied                  float64
		OverviewImplied          float64 `json:"overview_implied"`
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("openpyxl output: %v\n%s", err, out)
	}
	wantTables := map[string]string{sheetIndicators: tableIndicators, sheetTargets: tableTargets, sheetTasks: tableTasks, sheetGlossary: tableGlossary}
	for sheet, table := range wantTables {
		if len(got.Tables[sheet]) != 1 || got.Tables[sheet][0] != table {
			t.Errorf("%s tables = %v, want [%s]", sheet, got.Tables[sheet], table)
		}
		if pt := got.PrintTitles[sheet]; pt == nil || *pt != "$1:$1" {
			t.Errorf("%s print titles = %v, want $1:$1", sheet, pt)
		}
		if got.Orientation[sheet] != "landscape" && sheet != sheetGlossary {
			t.Errorf("%s orientation = %q, want landscape", sheet, got.Orientation[sheet])
		}
	}
	if got.Charts[sheetOverview] != 1 {
		t.Errorf("概览 has %d charts, want 1", got.Charts[sheetOverview])
	}
	for sheet, cell := range map[string]string{sheetIndicators: "D2", sheetTargets: "B2", sheetTasks: "C2", sheetGlossary: "A2"} {
		if p := got.Freeze[sheet]; p == nil || *p != cell {
			t.Errorf("%s frozen at %v, want %s", sheet, p, cell)
		}
	}
	for _, sheet := range got.Sheets {
		if got.Paper[sheet] != "9" && got.Paper[sheet] != float64(9) {
			t.Errorf("%s paper size = %v, want 9 (A4)", sheet, got.Paper[sheet])
		}
		if w := got.FitWidth[sheet]; w != nil && *w != 1 { // absent means 1
			t.Errorf("%s prints %d pages wide, want 1", sheet, *w)
		}
		if !got.Fit[sheet] {
			t.Errorf("%s does not fit to page", sheet)
		}
	}
	for _, n := range []string{"指标数值", "目标值", "预期今年水平", "折合万元", "任务合计万元", "主要预期目标"} {
		found := false
		for _, g := range got.Names {
			found = found || g == n
		}
		if !found {
			t.Errorf("defined name %s missing (have %v)", n, got.Names)
		}
	}
	r := loadSample(t, "hailar-2025")
	lastInd, lastTgt := countIndicators(r)+1, len(r.Targets)+1
	wantCF := map[string][]string{
		sheetIndicators: {fmt.Sprintf(`J2:J%d AND(ISNUMBER($J2),IF($H2="同比",$G2,$E2)>=$J2)`, lastInd)},
		sheetTargets: {fmt.Sprintf(`C2:C%d AND($B2="增速",ISNUMBER($C2),ISNUMBER($K2),$C2>$K2)`, lastTgt),
			fmt.Sprintf(`L2:L%d AND(ISNUMBER($L2),IF(ISNUMBER($K2),$K2,$I2)>=$L2)`, lastTgt)},
	}
	for sheet, want := range wantCF {
		if strings.Join(got.CF[sheet], "\n") != strings.Join(want, "\n") {
			t.Errorf("%s conditional formats = %q, want %q", sheet, got.CF[sheet], want)
		}
	}
	if got.Title != "海拉尔区2025年政府工作报告" || got.Creator != "海拉尔区人民政府办公室" ||
		!strings.Contains(got.Keywords, "政府工作报告") || got.Subject != "海拉尔区2025年主要指标与预期目标" {
		t.Errorf("properties: title %q creator %q keywords %q subject %q", got.Title, got.Creator, got.Keywords, got.Subject)
	}
	for _, sheet := range got.Sheets {
		if !strings.HasSuffix(got.Header[sheet], "海拉尔区2025年政府工作报告") {
			t.Errorf("%s header = %q, want the title", sheet, got.Header[sheet])
		}
		if !strings.Contains(got.Footer[sheet], "第 &P 页，共 &N 页") {
			t.Errorf("%s footer = %q, want the page number", sheet, got.Footer[sheet])
		}
	}
	if got.Implied != 244.95 || got.OverviewImplied != 244.95 {
		t.Errorf("data_only implied = %v (目标!M2), %v (概览!G13); want 244.95", got.Implied, got.OverviewImplied)
	}
}
