package sheets

import (
	"archive/zip"
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// A cell far down makes a sheet of a million rows: Read stops at its cap
// instead of building them all.
func TestReadRejectsHugeSheetQuickly(t *testing.T) {
	t.Parallel()
	data := edit(t, loadSample(t, "hailar-2025"), func(f *excelize.File) {
		must(t, f.SetCellStr("名词解释", "A1048576", "x"))
	})
	start := time.Now()
	_, err := Read("huge.xlsx", data)
	if err == nil || !strings.Contains(err.Error(), "名词解释!20001: more than 20000 rows") {
		t.Fatalf("error = %v, want the row cap on 名词解释", err)
	}
	if el := time.Since(start); el > 5*time.Second {
		t.Errorf("Read took %v on a hostile sheet", el)
	}
}

// A zip bomb: a small file that unpacks to far more than a workbook needs.
func TestReadRejectsZipBomb(t *testing.T) {
	t.Parallel()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	zeros := make([]byte, 1<<20)
	for range (maxUnzipSize >> 20) + 8 {
		if _, err := w.Write(zeros); err != nil {
			t.Fatal(err)
		}
	}
	must(t, zw.Close())
	if buf.Len() > MaxReadSize {
		t.Fatalf("the bomb is %d bytes; it should be small", buf.Len())
	}
	_, err = Read("bomb.xlsx", buf.Bytes())
	if err == nil || !strings.Contains(err.Error(), "size") {
		t.Fatalf("error = %v, want the unzip size limit", err)
	}
}
