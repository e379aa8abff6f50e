package pdf

import (
	"io"
	"strings"
	"testing"
	"time"

	"github.com/workreport/workreport/samples"
)

// TestRenderIsLinear: an unbroken run of digits in a heading, a table cell,
// a paragraph and an annex entry costs the renderer in proportion to its
// length (issue 12: 50k digits took 2.6 s, 100k 9.8 s; with the old line
// breaking, 100k digits in an indicator's name took 1.3 s here, 25k 0.1 s).
// The report is not validated (Render takes any report). Each size is
// rendered three times and the least CPU time kept; 4× the digits may cost
// at most 8× (it costs about 2×: the rest of the report is fixed), where
// quadratic work costs 12× and more. internal/typeset's TestBreakIsLinear
// counts the line breaker's steps exactly.
func TestRenderIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("renders six reports")
	}
	cost := func(n int) time.Duration {
		r, err := samples.Load("hailar-2025")
		if err != nil {
			t.Fatal(err)
		}
		run := strings.Repeat("0123456789", n/10)
		r.Results[0].Title = run
		r.Results[0].Indicators[0].Name = run
		r.Tasks[0].Summary = run
		r.Glossary[0].Definition = run
		best := time.Duration(1 << 62)
		for range 3 {
			start := processCPU(t)
			if _, err := Render(io.Discard, r, Options{}); err != nil {
				t.Fatal(err)
			}
			best = min(best, processCPU(t)-start)
		}
		return best
	}
	small, large := cost(25_000), cost(100_000)
	if ratio := float64(large) / float64(small); ratio > 8 {
		t.Errorf("25k digits cost %v, 100k %v: %.1f× for 4× the text", small, large, ratio)
	} else {
		t.Logf("25k digits cost %v, 100k %v: %.1f×", small, large, ratio)
	}
}
