package excelize

// Tests of the patches listed in PATCHES.md. This folder is its own module:
// run them with `cd sheets/excelize-patched && go test -run Patch .`.

import (
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
