package samples

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/workreport/workreport/report"
)

// seedDir holds the published texts the samples were written from: copies
// of the project's seeds (../shared/seeds), kept here so that a clone
// anywhere tests on its own.
const seedDir = "testdata/seeds"

func TestSamplesLoad(t *testing.T) {
	t.Parallel()
	want := []string{"beijing-2026", "guangdong-2026", "hailar-2018", "hailar-2025", "national-2025"}
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("embedded samples = %v, want %v", got, want)
	}
	for _, name := range Names() {
		if _, err := Load(name); err != nil {
			t.Errorf("%s:\n%v", name, err)
		}
	}
}

// TestQuotesAreVerbatim makes every number traceable: each quote occurs
// word for word in the published text, and holds its numbers as written.
func TestQuotesAreVerbatim(t *testing.T) {
	t.Parallel()
	minFacts := map[string]int{"hailar-2025": 140, "national-2025": 55, "beijing-2026": 150, "guangdong-2026": 300, "hailar-2018": 80}
	for _, name := range Names() {
		seedBytes, err := os.ReadFile(filepath.Join(seedDir, name+".txt"))
		if err != nil {
			t.Fatalf("the seed text of %s (samples/testdata/seeds): %v", name, err)
		}
		seed := string(seedBytes)
		r, err := Load(name)
		if err != nil {
			t.Fatal(err)
		}
		if n := r.FactCount() + len(r.Targets); n < minFacts[name] {
			t.Errorf("%s: %d quantitative facts, want at least %d", name, n, minFacts[name])
		}
		for _, p := range report.CheckSource(r, seed, nil) {
			t.Errorf("%s %s", name, p)
		}
	}
}
