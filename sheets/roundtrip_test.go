package sheets

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// sameReport fails with the first differing line of the two models' JSON
// when they are not deeply equal (Decimals with their written places).
func sameReport(t *testing.T, got, want *report.Report) {
	t.Helper()
	if reflect.DeepEqual(got, want) {
		return
	}
	g, _ := json.MarshalIndent(got, "", " ")
	w, _ := json.MarshalIndent(want, "", " ")
	gl, wl := strings.Split(string(g), "\n"), strings.Split(string(w), "\n")
	for i := 0; i < len(gl) && i < len(wl); i++ {
		if gl[i] != wl[i] {
			lo := max(0, i-6)
			t.Fatalf("models differ at JSON line %d:\n got: %s\nwant: %s\ncontext (want):\n%s", i+1, gl[i], wl[i], strings.Join(wl[lo:min(len(wl), i+3)], "\n"))
		}
	}
	if len(gl) != len(wl) {
		t.Fatalf("models differ in length: got %d JSON lines, want %d", len(gl), len(wl))
	}
	t.Fatalf("models differ in a way JSON does not show (a Decimal's places or representation)")
}

func TestRoundTripEverySample(t *testing.T) {
	t.Parallel()
	for _, name := range samples.Names() {
		t.Run(name, func(t *testing.T) {
			want := loadSample(t, name)
			got, err := Read(name+".xlsx", writeBook(t, want))
			if err != nil {
				t.Fatal(err)
			}
			sameReport(t, got, want)
		})
	}
}

// TestRoundTripEveryShape: periods, measures, rate-only facts, ranges,
// from→to, benchmarks, standards per person, ranks, a target's level to
// reach, a multi-year goal, an annex, the report's own numbering — written
// and read back, nothing lost.
func TestRoundTripEveryShape(t *testing.T) {
	t.Parallel()
	want, err := report.LoadFile("testdata/shapes.yaml")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Read("shapes.xlsx", writeBook(t, want))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, got, want)
}

// TestRoundTripDrafted: data drafted by extract stay marked as such
// through the workbook.
func TestRoundTripDrafted(t *testing.T) {
	t.Parallel()
	want := loadSample(t, "hailar-2025")
	want.Meta.Drafted = true
	want.Meta.Date, want.Meta.DateUnknown = "2025-01-01", true // and its stand-in date, printed 不详
	got, err := Read("drafted.xlsx", writeBook(t, want))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, got, want)
}
