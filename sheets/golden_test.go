package sheets

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/workreport/workreport/samples"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// dumpCells lists every non-empty cell of every sheet as excelize reads it
// back: raw value, formula and number format, one cell a line.
func dumpCells(t *testing.T, data []byte) string {
	t.Helper()
	f := openBook(t, data)
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "## %s\n", sheet)
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for ri, row := range rows {
			for ci, v := range row {
				ref, _ := excelize.CoordinatesToCellName(ci+1, ri+1)
				fm, _ := f.GetCellFormula(sheet, ref)
				if v == "" && fm == "" {
					continue
				}
				line := ref + "\t" + strings.ReplaceAll(v, "\n", `\n`)
				if fm != "" {
					line += "\t=" + fm
				}
				id, _ := f.GetCellStyle(sheet, ref)
				if st, err := f.GetStyle(id); err == nil && st.CustomNumFmt != nil {
					line += "\t{" + *st.CustomNumFmt + "}"
				}
				b.WriteString(line + "\n")
			}
		}
	}
	return b.String()
}

func TestGoldenCells(t *testing.T) {
	t.Parallel()
	names := append(samples.Names(), "edge")
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			r := edgeReport()
			if name != "edge" {
				r = loadSample(t, name)
			}
			got := dumpCells(t, writeBook(t, r))
			path := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.MkdirAll("testdata", 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./sheets -run TestGoldenCells -update)", err)
			}
			if got != string(want) {
				gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
				for i := range min(len(gl), len(wl)) {
					if gl[i] != wl[i] {
						t.Fatalf("%s line %d:\n got: %s\nwant: %s\n(run with -update if the change is intended)", path, i+1, gl[i], wl[i])
					}
				}
				t.Fatalf("%s: got %d lines, want %d", path, len(gl), len(wl))
			}
		})
	}
}

// The same report and options give the same bytes, run after run; another
// date gives other bytes (the date is really stamped).
func TestWriteIsDeterministic(t *testing.T) {
	t.Parallel()
	r := loadSample(t, "hailar-2025")
	first := writeBook(t, r)
	for i := range 20 {
		if again := writeBook(t, r); !bytes.Equal(first, again) {
			t.Fatalf("run %d differs from the first (%d vs %d bytes)", i+2, len(again), len(first))
		}
	}
	var other bytes.Buffer
	if _, err := Write(&other, r, Options{Created: time.Date(2030, 5, 6, 7, 8, 9, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(first, other.Bytes()) {
		t.Fatal("a different Created date gave the same bytes")
	}
	f := openBook(t, other.Bytes())
	props, err := f.GetDocProps()
	if err != nil {
		t.Fatal(err)
	}
	if props.Created != "2030-05-06T07:08:09Z" || props.Modified != props.Created {
		t.Errorf("created %q modified %q, want 2030-05-06T07:08:09Z", props.Created, props.Modified)
	}
}
