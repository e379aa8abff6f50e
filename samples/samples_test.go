package samples

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
)

// seedDir holds the published texts the samples were written from: copies
// of the project's seeds (../shared/seeds), kept here so that a clone
// anywhere tests on its own.
const seedDir = "testdata/seeds"

func TestSamplesLoad(t *testing.T) {
	t.Parallel()
	if got := Names(); len(got) != 3 {
		t.Fatalf("embedded samples = %v, want hailar-2025, national-2025, beijing-2026", got)
	}
	for _, name := range Names() {
		if _, err := Load(name); err != nil {
			t.Errorf("%s:\n%v", name, err)
		}
	}
}

// fact is one number of a sample with the sentence it claims to come from.
type fact struct {
	path, quote string
	values      []report.Decimal
}

func facts(r *report.Report) []fact {
	var out []fact
	add := func(path, quote string, v report.Decimal, c *report.Change) {
		f := fact{path: path, quote: quote, values: []report.Decimal{v}}
		if c != nil {
			f.values = append(f.values, c.Value)
		}
		out = append(out, f)
	}
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			add(s.ID+"/"+in.ID, in.Quote, in.Value, in.Change)
		}
	}
	for _, tg := range r.Targets {
		if tg.Value != nil {
			add("targets/"+tg.ID, tg.Quote, *tg.Value, nil)
		}
	}
	for _, tk := range r.Tasks {
		for _, it := range tk.Items {
			for _, f := range it.Figures {
				add(tk.ID+"/"+f.ID, f.Quote, f.Value, f.Change)
			}
		}
	}
	return out
}

// TestQuotesAreVerbatim makes every number traceable: each quote occurs
// word for word in the published text, and holds its numbers as written.
func TestQuotesAreVerbatim(t *testing.T) {
	t.Parallel()
	minFacts := map[string]int{"hailar-2025": 140, "national-2025": 55, "beijing-2026": 150}
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
		fs := facts(r)
		if len(fs) < minFacts[name] {
			t.Errorf("%s: %d quantitative facts, want at least %d", name, len(fs), minFacts[name])
		}
		for _, f := range fs {
			if !strings.Contains(seed, f.quote) {
				t.Errorf("%s %s: quote not in the seed text: %q", name, f.path, f.quote)
				continue
			}
			for _, v := range f.values {
				abs := strings.TrimPrefix(v.String(), "-")
				grouped := strings.TrimPrefix(v.Grouped(), "-")
				if !containsNumber(f.quote, abs) && !containsNumber(f.quote, grouped) {
					t.Errorf("%s %s: quote %q does not contain %s as written", name, f.path, f.quote, v)
				}
			}
		}
		for _, q := range qualified(r) {
			if !qualifierInSource(seed, q.quote, q.qualifier) {
				t.Errorf("%s %s: qualifier %q is not printed in or just before its quote %q", name, q.path, q.qualifier, q.quote)
			}
		}
		for _, tg := range r.Targets {
			if !strings.Contains(seed, tg.Quote) {
				t.Errorf("%s targets/%s: quote not in the seed text: %q", name, tg.ID, tg.Quote)
			}
		}
		for _, g := range r.Glossary {
			if !strings.Contains(seed, g.Definition) {
				t.Errorf("%s glossary %s: definition not verbatim in the seed text", name, g.Term)
			}
		}
	}
}

// containsNumber finds num in s as a whole number: 5.5 is not in 15.5 nor
// in 5.53.
func containsNumber(s, num string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], num)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(num)
		before := start == 0 || !isNumberByte(s[start-1])
		after := end == len(s) || !isNumberByte(s[end]) || (s[end] == '.' || s[end] == ',') && (end+1 == len(s) || !isDigit(s[end+1]))
		if before && after {
			return true
		}
		i = start + 1
	}
}

func isDigit(b byte) bool      { return b >= '0' && b <= '9' }
func isNumberByte(b byte) bool { return isDigit(b) || b == '.' || b == ',' }

// qualifiedFact is a number with the qualifier words the data gives it.
type qualifiedFact struct{ path, quote, qualifier string }

func qualified(r *report.Report) []qualifiedFact {
	var out []qualifiedFact
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			out = append(out, qualifiedFact{s.ID + "/" + in.ID, in.Quote, in.Qualifier})
		}
	}
	for _, tg := range r.Targets {
		out = append(out, qualifiedFact{"targets/" + tg.ID, tg.Quote, tg.Qualifier})
	}
	for _, tk := range r.Tasks {
		for _, it := range tk.Items {
			for _, f := range it.Figures {
				out = append(out, qualifiedFact{tk.ID + "/" + f.ID, f.Quote, f.Qualifier})
			}
		}
	}
	return out
}

// qualifierInSource: each qualifier word is printed in the quote, or (for
// a word that governs a whole sentence, such as 确保 or 预计) in the
// sentence just before it. The data never adds a word the report lacks.
func qualifierInSource(seed, quote, qualifier string) bool {
	if qualifier == "" {
		return true
	}
	at := strings.Index(seed, quote)
	if at < 0 {
		return false // reported by the quote check
	}
	before := []rune(seed[:at])
	lead := string(before[max(0, len(before)-40):])
	for _, w := range strings.Split(qualifier, "、") {
		if !strings.Contains(quote, w) && !strings.Contains(lead, w) {
			return false
		}
	}
	return true
}
