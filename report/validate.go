package report

import (
	"fmt"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// Locator tells where a field of the model was written in an input, so that
// a problem found in the model points at a place a person can find: a line
// and column of a YAML or JSON file, or a cell of a workbook. Paths are the
// model's field paths: meta.level, results[0].indicators[3].unit.
type Locator interface {
	// Locate returns a Problem with its place filled in (File and Line and
	// Col, or File and Cell) for path, and whether path was written at all.
	// A path that was not written is located at its nearest written parent.
	Locate(path string) (place Problem, written bool)
}

// Validate normalises r in place and checks what the types alone cannot:
// identifiers, references between parts of the report, vocabularies, and
// values that fit together. It is the one rule set of every loader — Parse
// for YAML and JSON, sheets.Read for an edited workbook — so an input is
// valid or not whatever its form. Normalising means: the verb variants of
// qualifiers are spelled one way (提高到 → 提高至). at places each problem;
// with a nil Locator problems carry only their field path.
func Validate(r *Report, at Locator) Errors {
	if at == nil {
		at = pathLocator{}
	}
	v := &validator{at: at, ids: map[string]string{}}
	normalise(r)
	v.meta(r.Meta)
	indicators := map[string]*Indicator{}
	var names []string
	for i, s := range r.Results {
		p := fmt.Sprintf("results[%d]", i)
		v.id(p, s.ID)
		v.required(p+".title", s.Title)
		v.text(p+".number", s.Number)
		v.text(p+".part", s.Part)
		if len(s.Indicators) == 0 {
			v.problem(p, "section %q has no indicators (expected at least one)", s.ID)
		}
		for j := range s.Indicators {
			in := &s.Indicators[j]
			q := fmt.Sprintf("%s.indicators[%d]", p, j)
			v.indicator(q, in)
			if in.ID != "" {
				indicators[in.ID] = in
				names = append(names, in.ID)
			}
		}
	}
	for i, t := range r.Targets {
		v.target(fmt.Sprintf("targets[%d]", i), t, indicators, names)
	}
	for i, t := range r.Tasks {
		p := fmt.Sprintf("tasks[%d]", i)
		v.id(p, t.ID)
		v.required(p+".title", t.Title)
		v.text(p+".number", t.Number)
		v.text(p+".part", t.Part)
		v.text(p+".summary", t.Summary)
		for j, it := range t.Items {
			q := fmt.Sprintf("%s.items[%d]", p, j)
			v.required(q+".title", it.Title)
			v.text(q+".number", it.Number)
			v.text(q+".summary", it.Summary)
			for k, f := range it.Figures {
				v.figure(fmt.Sprintf("%s.figures[%d]", q, k), f)
			}
		}
	}
	for i, a := range r.Annexes {
		p := fmt.Sprintf("annexes[%d]", i)
		v.id(p, a.ID)
		v.required(p+".title", a.Title)
		if len(a.Items) == 0 {
			v.problem(p, "annex %q has no items (expected at least one)", a.ID)
		}
		for j, it := range a.Items {
			q := fmt.Sprintf("%s.items[%d]", p, j)
			v.required(q+".title", it.Title)
			v.text(q+".number", it.Number)
			v.text(q+".text", it.Text)
			v.text(q+".lead", it.Lead)
			for k, f := range it.Figures {
				v.figure(fmt.Sprintf("%s.figures[%d]", q, k), f)
			}
		}
	}
	terms := map[string]string{}
	for i, g := range r.Glossary {
		p := fmt.Sprintf("glossary[%d]", i)
		v.required(p+".term", g.Term)
		v.required(p+".definition", g.Definition)
		if first, dup := terms[g.Term]; dup && g.Term != "" {
			v.problem(p+".term", "term %q is already explained at %s", g.Term, first)
		}
		terms[g.Term] = p
	}
	return v.problems
}

// normalise spells the verb variants of every qualifier one way.
func normalise(r *Report) {
	fix := func(q *string) {
		if *q == "" {
			return
		}
		words := strings.Split(*q, "、")
		for i, w := range words {
			if c, ok := VerbVariants[w]; ok {
				words[i] = c
			}
		}
		*q = strings.Join(words, "、")
	}
	for i := range r.Results {
		for j := range r.Results[i].Indicators {
			fix(&r.Results[i].Indicators[j].Qualifier)
		}
	}
	for i := range r.Targets {
		fix(&r.Targets[i].Qualifier)
		if r.Targets[i].Reach != nil {
			fix(&r.Targets[i].Reach.Qualifier)
		}
	}
	for i := range r.Tasks {
		for j := range r.Tasks[i].Items {
			for k := range r.Tasks[i].Items[j].Figures {
				fix(&r.Tasks[i].Items[j].Figures[k].Qualifier)
			}
		}
	}
	for i := range r.Annexes {
		for j := range r.Annexes[i].Items {
			for k := range r.Annexes[i].Items[j].Figures {
				fix(&r.Annexes[i].Items[j].Figures[k].Qualifier)
			}
		}
	}
}

// pathLocator places a problem by its file and field path alone.
type pathLocator struct{ file string }

func (l pathLocator) Locate(path string) (Problem, bool) {
	return Problem{File: l.file, Path: path}, true
}

type validator struct {
	at       Locator
	ids      map[string]string // id → path of its first use
	problems Errors
}

// problem reports at the place path was written, or at the nearest
// enclosing place that was.
func (v *validator) problem(path, format string, args ...any) {
	p, _ := v.at.Locate(path)
	p.Path = path
	p.Msg = fmt.Sprintf(format, args...)
	v.problems = append(v.problems, p)
}

// keyWritten reports whether an input wrote a key even though its value is
// empty (base: ""), which only a data file can say; a workbook's empty
// cell or a report built in Go has no such key.
func (v *validator) keyWritten(path string) bool {
	k, ok := v.at.(interface{ KeyWritten(path string) bool })
	return ok && k.KeyWritten(path)
}

func (v *validator) written(path string) bool {
	_, ok := v.at.Locate(path)
	return ok
}

func (v *validator) indicator(q string, in *Indicator) {
	v.id(q, in.ID)
	v.required(q+".name", in.Name)
	v.text(q+".theme", in.Theme)
	v.required(q+".quote", in.Quote)
	v.qualifier(q+".qualifier", in.Qualifier)
	v.period(q, in.Period, in.Measure)
	if in.Fraction != "" && !fractionPattern.MatchString(in.Fraction) {
		v.problem(q+".fraction", "fraction %q is not a fraction (expected digits/digits as written, such as 1/10)", in.Fraction)
	}
	switch {
	case in.Value == nil && in.Change == nil && in.Fraction != "":
		// a share written as a fraction stands alone
	case in.Value == nil && in.Change == nil:
		if v.written(q + ".value") {
			break // the decoder reported the bad value
		}
		v.problem(q, "indicator %q has neither a value nor a change (a fact needs its level, its rate, or both; a rate-only fact such as 增长4.7%% is change: {kind: yoy, value: 4.7})", in.ID)
	case in.Value != nil && in.Unit == "":
		v.problem(q+".unit", "indicator %q has a value but no unit (expected the unit as written: 亿元, %%, 个 …)", in.ID)
	}
	if in.Value != nil {
		v.amount(q, *in.Value, in.Unit)
	}
	v.rangeOf(q, in.Value, in.Upper)
	if in.From != nil && in.Value == nil {
		v.problem(q+".from", "from needs a value to go to (由5元提高至10元 is from: 5, value: 10)")
	}
	v.per(q, in.Kind, in.Per)
	if in.Change != nil {
		v.text(q+".change.label", in.Change.Label)
		v.text(q+".change.against", in.Change.Against)
	}
}

func (v *validator) target(p string, t Target, indicators map[string]*Indicator, names []string) {
	v.id(p, t.ID)
	v.required(p+".name", t.Name)
	v.qualifier(p+".qualifier", t.Qualifier)
	v.required(p+".quote", t.Quote)
	v.text(p+".text", t.Text)
	v.period(p, t.Period, t.Measure)
	switch {
	case t.Kind == TargetQualitative && t.Value != nil:
		v.problem(p+".value", "a qualitative target has no value (use kind growth, level, cap or floor for a number)")
	case t.Kind == TargetQualitative && t.Text == "":
		v.problem(p, "qualitative target %q needs text (its wording, e.g. 居民收入增幅与经济增长速度基本同步)", t.ID)
	case t.Kind != TargetQualitative && t.Value == nil && !v.written(p+".value"):
		v.problem(p, "target %q of kind %s needs a value", t.ID, t.Kind)
	case t.Kind == TargetGrowth && t.Unit != "" && t.Unit != "%":
		v.problem(p+".unit", "a growth target is in percent (expected unit \"%%\" or none, got %q; a level it also names goes in reach: {value: …, unit: %s})", t.Unit, t.Unit)
	case t.Kind != TargetQualitative && t.Kind != TargetGrowth && t.Unit == "" && t.Value != nil:
		v.problem(p, "target %q of kind %s needs a unit", t.ID, t.Kind)
	}
	if t.Value != nil && t.Kind != TargetGrowth {
		v.amount(p, *t.Value, t.Unit)
	} else {
		v.text(p+".unit", t.Unit) // a growth target's "%", or a unit with no value
	}
	v.rangeOf(p, t.Value, t.Upper)
	if t.Reach != nil {
		v.required(p+".reach.unit", t.Reach.Unit)
		v.qualifier(p+".reach.qualifier", t.Reach.Qualifier)
		v.amount(p+".reach", t.Reach.Value, t.Reach.Unit)
	}
	if t.Base == "" && v.keyWritten(p+".base") {
		v.problem(p+".base", "base is empty (expected the id of last year's indicator; leave the key out when there is none)")
	}
	if t.Base != "" && !v.tooLong(p+".base", t.Base) && len(indicators) > 0 && indicators[t.Base] == nil {
		msg := fmt.Sprintf("base %q names no indicator of the results", t.Base)
		if s := closest(t.Base, names); s != "" {
			msg += fmt.Sprintf(" (did you mean %q?)", s)
		}
		v.problem(p+".base", "%s", msg)
	}
}

func (v *validator) figure(fp string, f Figure) {
	v.id(fp, f.ID)
	v.required(fp+".name", f.Name)
	v.required(fp+".unit", f.Unit)
	v.required(fp+".quote", f.Quote)
	v.text(fp+".purpose", f.Purpose)
	v.amount(fp, f.Value, f.Unit)
	v.qualifier(fp+".qualifier", f.Qualifier)
	v.rangeOf(fp, &f.Value, f.Upper)
	v.text(fp+".per", f.Per)
	if f.Money != "" && !IsMoney(f.Unit) {
		v.problem(fp+".money", "money %q on a figure in %q, which is not an amount of money (money is for 元, 万元, 亿元 …)", f.Money, f.Unit)
	}
}

var (
	idPattern       = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	fractionPattern = regexp.MustCompile(`^[0-9]+/[0-9]+$`)
)

func (v *validator) id(path, id string) {
	if !v.written(path + ".id") {
		return // the decoder has reported the missing key
	}
	switch {
	case v.tooLong(path+".id", id):
	case id == "":
		v.problem(path+".id", "id is empty (expected lower-case letters, digits and -, such as gdp or fixed-investment)")
	case !idPattern.MatchString(id):
		hint := fmt.Sprintf("expected something like %q", suggestID(id))
		if hasHan(id) {
			hint = "an id is a short ASCII key such as gdp or retail-sales; the Chinese name goes in name:"
		}
		v.problem(path+".id", "id %q has characters other than a-z, 0-9 and - (%s)", id, hint)
	case v.ids[id] != "":
		first, _ := v.at.Locate(v.ids[id] + ".id")
		where := v.ids[id]
		switch {
		case first.Cell != "":
			where = first.Cell
		case first.Line > 0:
			where = fmt.Sprintf("line %d", first.Line)
		}
		v.problem(path+".id", "duplicate id %q (first used at %s; ids are unique across the whole file)", id, where)
	default:
		v.ids[id] = path
	}
}

func hasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9fff || r >= 0xf900 && r <= 0xfaff {
			return true
		}
	}
	return false
}

func suggestID(id string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(id) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case r == '_' || r == ' ' || r == '.' || r == '-':
			b.WriteByte('-')
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "indicator-1"
	}
	return s
}

// required is text for a field that must say something: as strict as the
// schema's minLength.
func (v *validator) required(path, s string) {
	if strings.TrimSpace(s) == "" {
		// A data file that left the key out was told so by its decoder; a
		// workbook's empty cell, or a report built in Go, is told here.
		if k, keyed := v.at.(interface{ KeyWritten(path string) bool }); !keyed || k.KeyWritten(path) {
			v.problem(path, "%s is empty (expected text)", lastKey(path))
		}
		return
	}
	v.text(path, s)
}

func lastKey(path string) string {
	if i := strings.LastIndexAny(path, "."); i >= 0 {
		return path[i+1:]
	}
	return path
}

// text rejects control characters: they come from copy and paste, and
// break PDF text and spreadsheet cells alike.
func (v *validator) text(path, s string) {
	if v.tooLong(path, s) {
		return
	}
	if !utf8.ValidString(s) { // a report built in Go: the loaders refuse it first
		v.problem(path, "text is not valid UTF-8 (expected UTF-8 text)")
		return
	}
	for i, r := range s {
		if r < 0x20 && r != '\n' || r == 0x7f {
			v.problem(path, "control character U+%04X at byte %d (remove it; it usually comes from copy and paste)", r, i)
			return
		}
	}
}

func (v *validator) amount(path string, x Decimal, unit string) {
	if x.Sign() < 0 && IsCount(unit) {
		v.problem(path+".value", "negative count %s %s (a count of %s cannot be below zero)", x, unit, unit)
	}
	if strings.TrimSpace(unit) != unit {
		v.problem(path+".unit", "unit %q has spaces around it", unit)
	}
	v.text(path+".unit", unit)
}

// rangeOf checks a range's upper end against its lower one.
func (v *validator) rangeOf(path string, lo, hi *Decimal) {
	switch {
	case hi == nil:
	case lo == nil:
		v.problem(path+".upper", "upper needs a value, the lower end of the range")
	case hi.Dec().LessThanOrEqual(lo.Dec()):
		v.problem(path+".upper", "upper %s is not above value %s (a range 4.5%%–5%% is value: 4.5, upper: 5)", hi, lo)
	}
}

// per checks that a per-person or per-period standard says what it is.
func (v *validator) per(path string, k Kind, per string) {
	v.text(path+".per", per)
	switch {
	case per != "" && k != KindStandard:
		v.problem(path+".kind", "a value per %s is a standard, not an amount (expected kind: standard)", per)
	case per == "" && k == KindStandard:
		v.problem(path+".per", "a standard needs per: what it is per (人, 月, 亩 …)")
	}
}

// period checks the period's form and its measure.
func (v *validator) period(path string, p Period, m Measure) {
	shape, _, _ := p.Shape()
	switch {
	case shape == PeriodInvalid:
		v.problem(path+".period", "period %q is not a period (expected a year 2024, a span 2021-2025 or a date 2025-12-31)", string(p))
	case shape == PeriodSpan && m == "":
		v.problem(path+".measure", "a figure over %s needs a measure: total (累计), average (年均), end (at the end) or change (since %d)", p.Label(), spanStart(p)-1)
	case shape != PeriodSpan && m != "":
		v.problem(path+".measure", "measure %s is for a span of years (expected a period such as 2021-2025 with it)", m)
	}
}

func spanStart(p Period) int {
	_, from, _ := p.Shape()
	return from
}

func (v *validator) qualifier(path, q string) {
	if q == "" || v.tooLong(path, q) {
		return
	}
	for _, w := range strings.Split(q, "、") {
		known := false
		for _, k := range Qualifiers {
			known = known || k == w
		}
		if !known {
			v.problem(path, "qualifier %q is not one of %s (join several with 、)", w, strings.Join(Qualifiers, ", "))
		}
	}
}

func (v *validator) meta(m Meta) {
	v.required("meta.title", m.Title)
	v.required("meta.region", m.Region)
	for _, f := range []struct{ path, s string }{{"meta.speaker", m.Speaker}, {"meta.occasion", m.Occasion}, {"meta.issuer", m.Issuer}, {"meta.source", m.Source}} {
		v.text(f.path, f.s)
	}
	if v.written("meta.year") && (m.Year < 1949 || m.Year > 2100) {
		v.problem("meta.year", "year %d is out of range (expected the year the report plans for, such as 2025)", m.Year)
		return // the date cannot be checked against it
	}
	if !v.written("meta.date") {
		return
	}
	day, err := time.Parse("2006-01-02", m.Date)
	switch {
	case err != nil:
		v.problem("meta.date", "date %q is not a date (expected YYYY-MM-DD, such as 2025-01-20)", m.Date)
	case day.Year() != m.Year && day.Year() != m.Year-1:
		v.problem("meta.date", "date %s is not in %d or %d (a report for %d is given in that year or just before)", m.Date, m.Year-1, m.Year, m.Year)
	}
}
