package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/workreport/workreport/report"
)

// What a line of the text was read as, for accounting for its numbers.
const (
	lineTitle     = "in the title block"
	lineFurniture = "page furniture (source, time, navigation)"
	lineHeading   = "in a heading, an outline line or the glossary"
	lineParagraph = "not read as a fact: check it"
)

// accountForAll makes sure that every number of the text is either held by
// a record or listed as skipped with why, as the draft promises: a number
// that no rule took is listed too, with its line's kind — a heading's year
// is nothing to check, a paragraph's number nobody read is.
func (x *extractor) accountForAll(lines []line, kinds []string) {
	skipped := map[skipKey]int{}
	for _, s := range x.d.Skipped {
		skipped[skipKey{s.seg, s.Number}]++
	}
	held := x.heldNumbers()
	// The quotes by the numbers written in them, so that a number is looked
	// for only in the quotes that print it.
	byNumber := map[string][]string{}
	for q := range held {
		for _, m := range numberMatches(q) {
			byNumber[q[m[0]:m[1]]] = append(byNumber[q[m[0]:m[1]]], q)
		}
	}
	for i, l := range lines {
		for _, m := range numberMatches(l.text) {
			raw := l.text[m[0]:m[1]]
			var quotes []string
			for _, q := range byNumber[raw] {
				if strings.Contains(l.text, q) {
					quotes = append(quotes, q)
				}
			}
			// Held first: a line cut into segments (a one-line report)
			// has one number for all of them, and a skip of 15 in one
			// segment must not be spent on a 15 a record holds in another.
			if holds(raw, quotes, held) {
				continue
			}
			if k := (skipKey{l.seg, raw}); skipped[k] > 0 {
				skipped[k]--
				continue
			}
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: kinds[i], Clause: around(l.text, m[0], m[1]), Line: l.no, seg: l.seg})
		}
	}
	sort.SliceStable(x.d.Skipped, func(i, j int) bool { return x.d.Skipped[i].Line < x.d.Skipped[j].Line })
}

type skipKey struct {
	seg    int // a segment of a line, so that a skip read in one is not spent in another
	number string
}

// heldNumbers is, for each record's quote, the numbers its records hold.
func (x *extractor) heldNumbers() map[string]map[string]bool {
	held := map[string]map[string]bool{}
	add := func(quote string, ds ...*report.Decimal) {
		if held[quote] == nil {
			held[quote] = map[string]bool{}
		}
		for _, d := range ds {
			if d != nil {
				held[quote][strings.TrimPrefix(d.String(), "-")] = true
			}
		}
	}
	change := func(c *report.Change) *report.Decimal {
		if c == nil {
			return nil
		}
		return &c.Value
	}
	for _, s := range x.r.Results {
		for _, in := range s.Indicators {
			add(in.Quote, in.Value, in.Upper, in.From, change(in.Change))
		}
	}
	for _, t := range x.r.Targets {
		var reach *report.Decimal
		if t.Reach != nil {
			reach = &t.Reach.Value
		}
		add(t.Quote, t.Value, t.Upper, reach)
	}
	x.eachFigure(func(f *report.Figure) {
		v := f.Value
		add(f.Quote, &v, f.Upper, change(f.Change))
	})
	return held
}

// holds reports whether one of the quotes holds the number as its value.
func holds(raw string, quotes []string, held map[string]map[string]bool) bool {
	v, err := report.ParseDecimal(report.HalfWidth(raw))
	if err != nil {
		return false
	}
	for _, q := range quotes {
		if strings.Contains(q, raw) && held[q][v.String()] {
			return true
		}
		// 由5千多户增加到1万6千多户: the 5, the 1 and the 6 are held as 5000
		// and 16000, multiplied out.
		if strings.Contains(q, "千") {
			for whole, parts := range report.ThousandsIn(q) {
				if held[q][whole] && slices.Contains(parts, report.HalfWidth(raw)) {
					return true
				}
			}
		}
	}
	return false
}

// around is the text around a number, to show with it.
func around(s string, i, j int) string {
	r := []rune(s)
	start, end := len([]rune(s[:i])), len([]rune(s[:j]))
	return strings.TrimSpace(string(r[max(0, start-20):min(len(r), end+20)]))
}
