package sheets

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"iter"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// TestStreamedGridSameBytes: a grid whose rows come one at a time through
// more, sharing one backing array, gives the very workbook the same grid
// gives with every row held, and so does one whose rows are spilled to disk
// (spill.go), through every path of writeGrid: text excelize rewrites,
// wrapped cells that set heights, a table, more rows than one chunk of the
// spill, and the page setup that counts them.
func TestStreamedGridSameBytes(t *testing.T) {
	t.Parallel()
	const n = 3000
	header := []cell{text("名称", stHeader), text("数值", stHeader), text("说明", stHeader)}
	row := func(i int) []cell {
		note := strings.Repeat("较长的说明文字", i%4)
		if i%97 == 0 {
			note = "_x0041_ 由 excelize 改写" // excelize escapes _x escapes
		}
		return []cell{text(fmt.Sprintf("指标%d", i), stText), measure(report.MustDecimal(fmt.Sprintf("%d.%02d", i, i%100)), "亿元"), text(note, stWrap)}
	}
	build := func(streamed, spilled bool) []byte {
		t.Helper()
		g := &grid{name: "Sheet1", table: "Streamed", bordered: true, freeze: "A2",
			cols: []column{{min: 8, max: 20}, {min: 8, max: 14}, {min: 10, max: 24}}}
		g.rows = append(g.rows, header)
		if streamed {
			g.moreRows = n
			g.more = func(yield func([]cell) bool) {
				var line []cell
				for i := range n {
					line = append(line[:0], row(i)...)
					if !yield(line) {
						return
					}
				}
			}
		} else {
			for i := range n {
				g.rows = append(g.rows, row(i))
			}
		}
		f := excelize.NewFile()
		defer f.Close()
		b := &book{f: f, r: &report.Report{}, styles: map[style]int{}}
		if spilled {
			b.spillDir = t.TempDir()
			defer b.closeSpills()
			saved := spillChunk
			spillChunk = 64 << 10 // a dozen chunks
			defer func() { spillChunk = saved }()
		}
		if err := b.pageSetup(g); err != nil {
			t.Fatal(err)
		}
		if err := b.writeGrid(g); err != nil {
			t.Fatal(err)
		}
		if spill := b.spills["xl/worksheets/sheet1.xml"]; spilled && (spill == nil || spill.size < 10*int64(spillChunk)) {
			t.Fatal("the rows were not spilled in many chunks")
		}
		f.SetZipWriter(func(out io.Writer) excelize.ZipWriter {
			z := newSortedZip(out, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
			z.insert = b.spilledRows()
			return z
		})
		var buf bytes.Buffer
		if err := f.Write(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	held := build(false, false)
	for _, spilled := range []bool{false, true} {
		if streamed := build(true, spilled); !bytes.Equal(held, streamed) {
			t.Fatalf("streamed rows (spilled: %v) give other bytes than held rows (%d and %d bytes)\nheld:     %.400s\nstreamed: %.400s", spilled,
				len(held), len(streamed), readZipPart(t, held, "xl/worksheets/sheet1.xml"), readZipPart(t, streamed, "xl/worksheets/sheet1.xml"))
		}
	}
	if sheet := readZipPart(t, held, "xl/worksheets/sheet1.xml"); !strings.Contains(sheet, fmt.Sprintf(`<dimension ref="A1:C%d">`, n+1)) {
		t.Errorf("sheet dimension is not A1:C%d: %.300s", n+1, sheet)
	}
}

// TestSortedZipLargePart: a part past compressAbove is compressed as it is
// written, and the archive is the one the part held whole would give.
func TestSortedZipLargePart(t *testing.T) {
	t.Parallel()
	var big bytes.Buffer
	for i := 0; big.Len() < 3*compressAbove; i++ {
		fmt.Fprintf(&big, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>第%d区</t></is></c></row>`, i, i, i*7919%1000)
	}
	parts := map[string][]byte{"xl/worksheets/sheet1.xml": big.Bytes(), "a.xml": []byte("<a/>"), "b.xml": bytes.Repeat([]byte("<b>数据</b>"), 200)}
	archive := func(limit int) []byte {
		t.Helper()
		saved := compressAbove
		compressAbove = limit
		defer func() { compressAbove = saved }()
		var out bytes.Buffer
		z := newSortedZip(&out, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
		for _, name := range []string{"b.xml", "xl/worksheets/sheet1.xml", "a.xml"} {
			w, err := z.Create(name)
			if err != nil {
				t.Fatal(err)
			}
			// excelize copies a streamed sheet in 32 KB writes.
			if _, err := io.CopyBuffer(w, bytes.NewReader(parts[name]), make([]byte, 32<<10)); err != nil {
				t.Fatal(err)
			}
		}
		if err := z.Close(); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	onTheFly, whole := archive(compressAbove), archive(1<<40)
	zr, err := zip.NewReader(bytes.NewReader(onTheFly), int64(len(onTheFly)))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(rc) // checks the CRC and the size too
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if !bytes.Equal(got, parts[f.Name]) {
			t.Errorf("%s: read back %d bytes, wrote %d", f.Name, len(got), len(parts[f.Name]))
		}
	}
	if !bytes.Equal(onTheFly, whole) {
		t.Errorf("compressing as written gives other bytes (%d) than compressing whole (%d)", len(onTheFly), len(whole))
	}
}

// TestIndexSpillsToDisk: with a SpillDir, the comparison of a run of a few
// hundred reports moves its sheets' rows to a file there as it writes them
// (more than indexSpillSize of XML), gives the very bytes it gives held in
// memory, and leaves nothing in the folder, not even while it writes.
func TestIndexSpillsToDisk(t *testing.T) {
	t.Parallel()
	const n = 400 // about 7 KB of sheet XML each: past indexSpillSize
	rows := hailarRun(t, n)
	when := time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)
	var held, spilled bytes.Buffer
	if err := WriteIndex(&held, rows, Options{Created: when}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	seen, open := 0, false
	watched := func(yield func(IndexRow) bool) {
		for r := range rows {
			if entries, _ := os.ReadDir(dir); len(entries) > 0 {
				t.Fatalf("a file named %s in the spill folder while writing", entries[0].Name())
			}
			open = open || spillFileOpen(dir)
			seen++
			if !yield(r) {
				return
			}
		}
	}
	if err := WriteIndex(&spilled, watched, Options{Created: when, SpillDir: dir}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(held.Bytes(), spilled.Bytes()) {
		t.Errorf("spilled index differs from the one held in memory (%d and %d bytes)", spilled.Len(), held.Len())
	}
	if sheet := readZipPart(t, held.Bytes(), "xl/worksheets/sheet2.xml"); len(sheet) < 2*indexSpillSize {
		t.Errorf("the long sheet is %d bytes: too small to spill, so this test tests nothing", len(sheet))
	}
	if entries, _ := os.ReadDir(dir); len(entries) > 0 {
		t.Errorf("%s left in the spill folder", entries[0].Name())
	}
	if !open {
		t.Error("no spill file was ever open in the spill folder")
	}
	if seen != 5*n {
		t.Errorf("WriteIndex walked %d rows; the doc says five walks of %d", seen, n)
	}
}

// spillFileOpen reports whether this process has a file open that was made
// in dir and has since been unlinked (Linux: /proc/self/fd).
func spillFileOpen(dir string) bool {
	fds, _ := os.ReadDir("/proc/self/fd")
	for _, fd := range fds {
		target, err := os.Readlink("/proc/self/fd/" + fd.Name())
		if err == nil && strings.HasPrefix(target, dir+"/workreport-rows-") && strings.HasSuffix(target, " (deleted)") {
			return true
		}
	}
	return false
}

// hailarRun is the comparison rows of a run of n copies of the Hailar
// sample, each a district of its own.
func hailarRun(t *testing.T, n int) iter.Seq[IndexRow] {
	hailar := loadSample(t, "hailar-2025")
	hs := hailar.Headlines()
	return func(yield func(IndexRow) bool) {
		for i := range n {
			if !yield(IndexRow{Input: fmt.Sprintf("city-%02d/district-%04d.yaml", i%10, i), Title: hailar.Meta.Title,
				Region: fmt.Sprintf("第%d区", i), Level: hailar.Meta.Level, Year: hailar.Meta.Year, Headlines: hs}) {
				return
			}
		}
	}
}

// TestIndexPrintsLegibly: the comparison's 35 columns print over several
// pages, a band of rows across its pages before the next, with the region
// and the header on every page; the long sheet fits one page's width, and
// so does the chart, on its own sheet.
// Read by openpyxl.
func TestIndexPrintsLegibly(t *testing.T) {
	t.Parallel()
	py := needOpenpyxl(t)
	var buf bytes.Buffer
	if err := WriteIndex(&buf, hailarRun(t, 30), Options{}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "index.xlsx")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ws.title: [ws.page_setup.fitToWidth, ws.page_setup.fitToHeight, ws.page_setup.pageOrder,
    ws.print_title_cols, ws.print_title_rows, ws.page_setup.orientation] for ws in wb.worksheets}, ensure_ascii=False))
`
	out, err := exec.Command(py, "-c", script, path).CombinedOutput()
	if err != nil {
		t.Fatalf("openpyxl: %v\n%s", err, out)
	}
	got := strings.TrimSpace(string(out))
	want := `{"对比": [3, 0, "overThenDown", "$A:$A", "$1:$1", "landscape"], "明细": [1, 0, null, null, "$1:$1", "landscape"], "图表": [1, 0, null, null, null, "landscape"]}`
	if got != want {
		t.Errorf("print setup\n got: %s\nwant: %s", got, want)
	}
}

// TestSortedZipSortsLargeContentTypes: [Content_Types].xml is sorted
// whole even when it is larger than compressAbove, so it is never
// compressed as it comes, unsorted.
func TestSortedZipSortsLargeContentTypes(t *testing.T) {
	t.Parallel()
	var ct bytes.Buffer
	ct.WriteString(`<Types>`)
	for i := 0; ct.Len() <= compressAbove; i++ {
		fmt.Fprintf(&ct, `<Override PartName="/xl/p%07d.xml" ContentType="x"></Override>`, 9999999-i)
	}
	ct.WriteString(`</Types>`)
	var out bytes.Buffer
	z := newSortedZip(&out, time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC))
	w, err := z.Create(contentTypesPart)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.CopyBuffer(w, bytes.NewReader(ct.Bytes()), make([]byte, 32<<10)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if got, want := readZipPart(t, out.Bytes(), contentTypesPart), string(sortOverrides(ct.Bytes())); got != want {
		t.Errorf("a %d-byte [Content_Types].xml was not sorted whole", ct.Len())
	}
}
