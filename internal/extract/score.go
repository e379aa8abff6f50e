package extract

import (
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/workreport/workreport/report"
)

// fact is one number of a report, flattened for comparison.
type fact struct {
	kind      string // result, target, figure
	value     string // the decimal, normalised; "" for a rate-only fact
	unit      string
	name      string
	quote     string
	change    string // kind and value
	qualifier string
	period    string
	base      string // a target's base, by the base's quote: the same clause, however each names it
	section   string
	marked    string // the draft's check: marks on the record or its fields, by field
}

// facts flattens a report's numbers; checks, a draft's, mark the facts a
// reviewer is pointed to (nil for hand-made data).

// ratioSign writes a ratio's sign one way: the model's ":1" and the
// report's "∶1" (U+2236), which a labeller may copy, are one unit.
var ratioSign = strings.NewReplacer("∶", ":")

func facts(r *report.Report, checks map[string]string) []fact {
	var out []fact
	defer func() {
		for i := range out {
			out[i].quote = report.ASCIIDigits(out[i].quote)
		}
	}()
	norm := func(d *report.Decimal) string {
		if d == nil {
			return ""
		}
		return d.Dec().String()
	}
	// marked: the checks on the record at path or on its fields, as
	// "name measure" (sorted, so that scores and details are the same
	// each run).
	marked := func(path string) string {
		var on []string
		for k := range checks {
			if k == path {
				on = append(on, "record")
			} else if f, ok := strings.CutPrefix(k, path+"."); ok {
				on = append(on, f)
			}
		}
		sort.Strings(on)
		return strings.Join(on, " ")
	}
	byID := map[string]string{}
	for i, s := range r.Results {
		for j, in := range s.Indicators {
			byID[in.ID] = report.ASCIIDigits(in.Quote)
			f := fact{kind: "result", value: norm(in.Value), unit: ratioSign.Replace(in.Unit), name: in.Name, quote: in.Quote,
				qualifier: in.Qualifier, period: periodOf(in.Period, in.Measure, r.Meta.ResultsYear()), section: s.Title,
				marked: marked(fmt.Sprintf("results[%d].indicators[%d]", i, j))}
			if in.Change != nil {
				f.change = string(in.Change.Kind) + " " + in.Change.Value.Dec().String()
				if in.Value == nil {
					f.value, f.unit = in.Change.Value.Dec().Abs().String(), "%"
					if in.Change.Kind == report.ChangePP {
						f.unit = "个百分点"
					}
				}
			}
			out = append(out, f)
		}
	}
	for i, t := range r.Targets {
		if t.Value == nil {
			continue
		}
		unit := t.Unit
		if t.Kind == report.TargetGrowth {
			unit = "%"
		}
		out = append(out, fact{kind: "target", value: t.Value.Dec().Abs().String(), unit: ratioSign.Replace(unit), name: t.Name, quote: t.Quote,
			qualifier: t.Qualifier, period: periodOf(t.Period, t.Measure, r.Meta.Year), base: byID[t.Base],
			marked: marked(fmt.Sprintf("targets[%d]", i))})
	}
	figures := func(fs []report.Figure, section, path string) {
		for k, f := range fs {
			out = append(out, fact{kind: "figure", value: f.Value.Dec().String(), unit: ratioSign.Replace(f.Unit), name: f.Name, quote: f.Quote,
				qualifier: f.Qualifier, section: section, marked: marked(fmt.Sprintf("%s.figures[%d]", path, k))})
		}
	}
	for i, t := range r.Tasks {
		for j, it := range t.Items {
			figures(it.Figures, t.Title, fmt.Sprintf("tasks[%d].items[%d]", i, j))
		}
	}
	for i, a := range r.Annexes {
		for j, it := range a.Items {
			figures(it.Figures, a.Title, fmt.Sprintf("annexes[%d].items[%d]", i, j))
		}
	}
	return out
}

// overlap reports whether two quotes share their number's neighbourhood:
// one holds the other, or they share a run of six characters.
func overlap(a, b string) bool {
	if strings.Contains(a, b) || strings.Contains(b, a) {
		return true
	}
	ra := []rune(a)
	for i := 0; i+6 <= len(ra); i++ {
		if strings.Contains(b, string(ra[i:i+6])) {
			return true
		}
	}
	return false
}

// sameBesidesName reports whether a labelled and a drafted fact agree on
// the fields other than the name that make a fact right: change,
// qualifier, period.
func sameBesidesName(s, d fact) bool {
	return s.change == d.change && s.qualifier == d.qualifier && s.period == d.period
}

// distinct drops the sample's second record of one number: hand-made data
// may keep a clause both as a target and as a task's figure (确保粮食播种
// 面积稳定在24万亩以上), and the text holds that number once. Records of
// one clause with the same value but different names stay (适龄儿童入学
// 和残疾儿童义务教育率达到100%: two rates).
func distinct(fs []fact) []fact {
	type key struct{ value, unit, quote, name string }
	seen := map[key]bool{}
	out := fs[:0:0]
	for _, f := range fs {
		k := key{f.value, f.unit, f.quote, f.name}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}

// Score is how a draft compares with a hand-made data file of the same text.
type Score struct {
	Sample, Draft, Matched int
	// Fields counts, for each field, the matched facts where the sample
	// states it (or the draft does) and where both agree.
	Fields []FieldScore
	// Review is what the draft's check: marks catch: of the matched facts,
	// those with one of the four fields wrong, those marked, and both.
	Review struct{ Wrong, Marked, WrongMarked int }

	pairs                 [][2]fact // sample, draft
	sampleOnly, draftOnly []fact
}

// FieldScore is the agreement on one field over the matched facts.
type FieldScore struct {
	Name                 string
	Agree, Sample, Draft int // agreeing, stated by the sample, stated by the draft
}

// match pairs the sample's facts ss with the draft's ds: same value and
// unit, and quotes that overlap. Three passes, so that a number quoted the
// same way in both is paired before a looser neighbour (the same 5% of a
// goal and of a plan) can take it. It returns the pairs and what is left of each.
func match(ds, ss []fact) (pairs [][2]fact, draftOnly, sampleOnly []fact) {
	used := make([]bool, len(ds))
	paired := make([]bool, len(ss))
	// Where one text states a number twice in the same words (a goal over
	// the plan's years and the year's target, both 城镇调查失业率控制在5%
	// 以内), the record of the same period is its pair.
	samePeriod := func(d, s fact) bool { return d.quote == s.quote && d.period == s.period }
	exact := func(d, s fact) bool { return d.quote == s.quote }
	near := func(d, s fact) bool { return overlap(d.quote, s.quote) }
	for _, same := range []func(d, s fact) bool{samePeriod, exact, near} {
		for j, s := range ss {
			for i, d := range ds {
				if !paired[j] && !used[i] && d.value == s.value && d.unit == s.unit && same(d, s) {
					used[i], paired[j] = true, true
					pairs = append(pairs, [2]fact{s, d})
					break
				}
			}
		}
	}
	for i, d := range ds {
		if !used[i] {
			draftOnly = append(draftOnly, d)
		}
	}
	for j, s := range ss {
		if !paired[j] {
			sampleOnly = append(sampleOnly, s)
		}
	}
	return pairs, draftOnly, sampleOnly
}

// Compare scores a report against the hand-made data of the same text;
// CompareDraft scores a draft, with what its marks catch.
func Compare(draft, sample *report.Report) Score { return compare(draft, nil, sample) }

// CompareDraft scores a draft against the hand-made data of the same text,
// and counts how many of its wrong facts its check: marks point a reviewer to.
func CompareDraft(d *Draft, sample *report.Report) Score { return compare(&d.Report, d.Checks, sample) }

func compare(draft *report.Report, checks map[string]string, sample *report.Report) Score {
	ds, ss := facts(draft, checks), distinct(facts(sample, nil))
	pairs, draftOnly, sampleOnly := match(ds, ss)
	sc := Score{Sample: len(ss), Draft: len(ds), Matched: len(pairs), pairs: pairs, sampleOnly: sampleOnly, draftOnly: draftOnly}
	fieldBy := func(name string, get func(f fact) string, same func(a, b string) bool) {
		fs := FieldScore{Name: name}
		for _, p := range pairs {
			s, d := get(p[0]), get(p[1])
			if s != "" {
				fs.Sample++
			}
			if d != "" {
				fs.Draft++
			}
			if s != "" && d != "" && same(s, d) {
				fs.Agree++
			}
		}
		sc.Fields = append(sc.Fields, fs)
	}
	field := func(name string, get func(f fact) string) { fieldBy(name, get, equal) }
	field("name", func(f fact) string { return f.name })
	field("change on the right record", func(f fact) string { return f.change })
	field("qualifier", func(f fact) string { return f.qualifier })
	field("period", func(f fact) string { return f.period })
	// A base is right when it is the same fact: its quote overlaps the
	// sample's base's, however each names it.
	fieldBy("target base", func(f fact) string { return f.base }, overlap)
	field("section", func(f fact) string { return f.section })
	sc.Fields = append(sc.Fields, grouping(pairs))
	// Whole facts right: name, change, qualifier and period all agree.
	whole := FieldScore{Name: "all of name, change, qualifier, period", Sample: len(pairs), Draft: len(pairs)}
	for _, p := range pairs {
		s, d := p[0], p[1]
		right := s.name == d.name && sameBesidesName(s, d)
		if right {
			whole.Agree++
		} else {
			sc.Review.Wrong++
		}
		if d.marked != "" {
			sc.Review.Marked++
			if !right {
				sc.Review.WrongMarked++
			}
		}
	}
	sc.Fields = append(sc.Fields, whole)
	// The glossary: a term is right when both its words and its
	// definition are the sample's.
	terms := FieldScore{Name: "glossary terms (term and definition)", Sample: len(sample.Glossary), Draft: len(draft.Glossary)}
	for _, st := range sample.Glossary {
		for _, dt := range draft.Glossary {
			if st.Term == dt.Term && st.Definition == dt.Definition {
				terms.Agree++
				break
			}
		}
	}
	sc.Fields = append(sc.Fields, terms)
	return sc
}

// grouping scores sections by the facts they hold, titles aside: each
// labelled section is paired with the drafted one sharing most of its facts
// (one to one, the largest overlaps first), and a fact is right when its two
// sections are so paired. Labellers title the same paragraph differently
// (五年来，我们纵深推进改革开放，… or its last clause) where they group it alike.
func grouping(pairs [][2]fact) FieldScore {
	fs := FieldScore{Name: "sections, as grouped (titles aside)"}
	type link struct{ s, d string }
	n := map[link]int{}
	for _, p := range pairs {
		if p[0].section != "" {
			fs.Sample++
		}
		if p[1].section != "" {
			fs.Draft++
		}
		if p[0].section != "" && p[1].section != "" {
			n[link{p[0].section, p[1].section}]++
		}
	}
	links := make([]link, 0, len(n))
	for l := range n {
		links = append(links, l)
	}
	sort.Slice(links, func(i, j int) bool {
		if n[links[i]] != n[links[j]] {
			return n[links[i]] > n[links[j]]
		}
		return links[i].s+"\x00"+links[i].d < links[j].s+"\x00"+links[j].d
	})
	usedS, usedD := map[string]bool{}, map[string]bool{}
	for _, l := range links {
		if !usedS[l.s] && !usedD[l.d] {
			usedS[l.s], usedD[l.d] = true, true
			fs.Agree += n[l]
		}
	}
	return fs
}

func pct(a, b int) string {
	if b == 0 {
		return "—"
	}
	return fmt.Sprintf("%.1f %%", 100*float64(a)/float64(b))
}

// Write prints the score as a table.
func (s Score) Write(w io.Writer) {
	fmt.Fprintf(w, "numbers (value + unit + overlapping quote): precision %s (%d of %d drafted), recall %s (%d of %d in the sample)\n",
		pct(s.Matched, s.Draft), s.Matched, s.Draft, pct(s.Matched, s.Sample), s.Matched, s.Sample)
	fmt.Fprintf(w, "%-40s %10s %10s\n", "field, over the matched numbers", "precision", "recall")
	for _, f := range s.Fields {
		fmt.Fprintf(w, "%-40s %10s %10s\n", f.Name, pct(f.Agree, f.Draft), pct(f.Agree, f.Sample))
	}
	if r := s.Review; r.Marked > 0 {
		fmt.Fprintf(w, "marked check:, over the matched numbers: %d facts, %s of them with a field wrong; they hold %d of the %d wrong (%s);\n",
			r.Marked, pct(r.WrongMarked, r.Marked), r.WrongMarked, r.Wrong, pct(r.WrongMarked, r.Wrong))
		fmt.Fprintf(w, "all four fields right once the marked facts are reviewed: %s\n", pct(s.Matched-r.Wrong+r.WrongMarked, s.Matched))
	}
}

// WriteDetails lists what the scores count against the draft: the sample's
// numbers it missed, the numbers it has that the sample has not, and, for
// the numbers both have, each field where they differ — sample first.
func (s Score) WriteDetails(w io.Writer) {
	quote := func(q string) string {
		if r := []rune(q); len(r) > 40 {
			return string(r[:40]) + "…"
		}
		return q
	}
	for _, f := range s.sampleOnly {
		fmt.Fprintf(w, "missed    %s %s %s%s: %s\n", f.kind, f.name, f.value, f.unit, quote(f.quote))
	}
	for _, f := range s.draftOnly {
		fmt.Fprintf(w, "extra     %s %s %s%s: %s\n", f.kind, f.name, f.value, f.unit, quote(f.quote))
	}
	for _, p := range s.pairs {
		sf, df := p[0], p[1]
		for _, d := range []struct {
			field, s, d string
			same        func(a, b string) bool
		}{
			{"name", sf.name, df.name, equal}, {"change", sf.change, df.change, equal}, {"qualifier", sf.qualifier, df.qualifier, equal}, {"period", sf.period, df.period, equal},
			{"base", sf.base, df.base, overlap}, // by the base's quote, as scored
		} {
			if d.s != d.d && (d.s == "" || d.d == "" || !d.same(d.s, d.d)) {
				mark := ""
				if df.marked != "" {
					mark = " (marked check: " + df.marked + ")"
				}
				fmt.Fprintf(w, "%-10s%q, drafted %q%s: %s%s %s\n", d.field, d.s, d.d, mark, sf.value, sf.unit, quote(sf.quote))
			}
		}
	}
}

// periodOf is a fact's period with its measure (2021-2025 average): a span
// is only right with the right measure — a level of the plan's end year
// read as a yearly average is wrong.
// A period that only says the year the record has anyway (implied: a
// result's is the year before the report's, a target's the report's) is
// the same as none.
func periodOf(p report.Period, m report.Measure, implied int) string {
	if p == "" || string(p) == strconv.Itoa(implied) && m == "" {
		return ""
	}
	return string(p) + " " + string(m)
}

func equal(a, b string) bool { return a == b }
