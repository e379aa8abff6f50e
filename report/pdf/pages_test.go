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

// TestTaskHeadingsKeepTheirItems: a task's heading never ends a page while
// its first item is set overleaf (seen on a drafted Henan report, and in
// the Guangdong sample: （十一）… alone at the foot of page 17).
func TestTaskHeadingsKeepTheirItems(t *testing.T) {
	t.Parallel()
	for _, name := range sampleNames(t) {
		t.Run(name, func(t *testing.T) {
			s := renderSample(t, name)
			pages := strings.Split(pdftotext(t, s.file, "-layout"), "\f")
			for ti, task := range s.r.Tasks {
				if len(task.Items) == 0 {
					continue
				}
				title := strings.Join(strings.Fields(task.Title), "")
				for p, page := range pages {
					var lines []string
					for _, l := range strings.Split(page, "\n") {
						if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "第 ") {
							lines = append(lines, l)
						}
					}
					// The heading's last line is the page's last: the title ends
					// with it (a wrapped title ends with its second line).
					if len(lines) == 0 {
						continue
					}
					last := strings.Join(strings.Fields(lines[len(lines)-1]), "")
					if len([]rune(last)) >= 4 && (strings.HasSuffix(last, title) || strings.HasSuffix(title, last)) && p+1 < len(pages) {
						t.Errorf("page %d ends on the heading of task %d (%s); its items are overleaf", p+1, ti, title)
					}
				}
			}
		})
	}
}
