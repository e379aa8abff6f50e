package extract

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workreport/workreport/internal/sourcetext"
	"github.com/workreport/workreport/report"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestHailarTrack lines up Hailar's targets with the next year's results
// over the series the project has: the texts of 2013–2017 drafted by
// extract, the hand-made data of 2018 and 2025. Its attainment table is
// kept as a golden file (hand-checked against the texts); every GDP growth
// target of a year whose next report is present stands beside the growth
// that report states, or a gap when it states none.
func TestHailarTrack(t *testing.T) {
	t.Parallel()
	var reports []*report.Report
	for _, y := range []string{"2013", "2014", "2015", "2017-gb18030"} {
		data, err := os.ReadFile("../../../shared/reports/hailar-" + y + ".txt")
		if err != nil {
			t.Skip("the shared reports are not beside this checkout")
		}
		text, _, err := sourcetext.Decode(data)
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, &Extract(text).Report)
	}
	for _, s := range []string{"hailar-2018", "hailar-2025"} {
		r, err := report.LoadFile(filepath.Join("../../samples", s+".yaml"))
		if err != nil {
			t.Fatal(err)
		}
		reports = append(reports, r)
	}
	tracks := report.Tracks(reports)
	if len(tracks) != 1 || tracks[0].Region != "海拉尔区" {
		t.Fatalf("tracks of %d regions", len(tracks))
	}
	tr := tracks[0]
	var b strings.Builder
	fmt.Fprintf(&b, "%s %v\n", tr.Region, tr.Years)
	gdp := map[int]string{}
	for _, a := range tr.Rows {
		actual := "—"
		if a.Actual != nil {
			actual = a.Actual.String() + a.ActualUnit
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t%s\n", a.Year, a.Indicator, a.TargetPhrase(), actual, a.Status, a.ActualQuote)
		if report.CanonicalName(a.Indicator) == "地区生产总值" {
			gdp[a.Year] = actual + " " + string(a.Status)
		}
	}
	for year, want := range map[int]string{2013: "10.1% 未完成", 2014: "9.1% 未完成", 2015: "— 无下年报告", 2017: "— 未见结果", 2018: "— 无下年报告"} {
		if gdp[year] != want {
			t.Errorf("GDP growth target of %d: got %q, want %q", year, gdp[year], want)
		}
	}
	golden := "testdata/hailar-track.golden"
	if *update {
		if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./internal/extract -run HailarTrack -update)", err)
	}
	if b.String() != string(want) {
		t.Errorf("the attainment table differs from %s (run with -update if intended):\n%s", golden, b.String())
	}
}
