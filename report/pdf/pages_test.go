package pdf

import (
	"fmt"
	"strings"
	"testing"
)

// TestNoNearlyEmptyPages: a page is at least a quarter full, unless a new
// part (一、二、…) starts on the next page — a page break inside a part
// never leaves a page nearly blank. The title page is exempt: the contents
// end it.
func TestNoNearlyEmptyPages(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			rd, err := laidOut(renderSample(t, name).r, testTime)
			if err != nil {
				t.Fatal(err)
			}
			var bad []string
			for i, y := range rd.fills {
				page := i + 1
				fill := (y - top) / (bottom - top)
				if page > 1 && fill < 0.25 && !rd.partPages[page+1] {
					bad = append(bad, fmt.Sprintf("page %d is %.0f%% full and page %d starts no part", page, 100*fill, page+1))
				}
			}
			if len(bad) > 0 {
				t.Errorf("%d of %d pages:\n%s", len(bad), len(rd.fills)+1, strings.Join(bad, "\n"))
			}
		})
	}
}
