package report

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFilesOfTheFirstModelStillLoad: the data files written for the first
// model (the three samples as they were before periods, rate-only facts,
// ranges and annexes existed; kept in testdata/v1) load unchanged. Every
// change to the model since has been an addition, so no migration step is
// needed; this test keeps it so.
func TestFilesOfTheFirstModelStillLoad(t *testing.T) {
	t.Parallel()
	paths, _ := filepath.Glob("testdata/v1/*.yaml")
	if len(paths) != 3 {
		t.Fatalf("testdata/v1 holds %d files, want the 3 first-model samples", len(paths))
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		r, err := Parse(p, data)
		if err != nil {
			t.Errorf("%s no longer loads:\n%v", p, err)
			continue
		}
		if len(r.Results) == 0 || len(r.Targets) == 0 {
			t.Errorf("%s: loaded empty", p)
		}
		for _, s := range r.Results {
			for _, in := range s.Indicators {
				if in.Value == nil {
					t.Errorf("%s %s: a first-model fact always had a value", p, in.ID)
				}
			}
		}
	}
}
