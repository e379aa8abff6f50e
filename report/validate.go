package report

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// validate checks what the types alone cannot: identifiers, references
// between parts of the report, vocabularies and plausible values. It runs
// after a clean decode, using the positions the decoder recorded.
func validate(r *Report, d *decoder) Errors {
	v := &validator{d: d, ids: map[string]string{}, decodeFailed: map[position]bool{}}
	for _, p := range d.problems {
		v.decodeFailed[position{p.Line, p.Col}] = true
	}
	v.meta(r.Meta)
	for i, s := range r.Results {
		p := fmt.Sprintf("results[%d]", i)
		v.id(p, s.ID)
		v.text(p+".title", s.Title)
		if len(s.Indicators) == 0 {
			v.problem(p, "section %q has no indicators (expected at least one)", s.ID)
		}
		for j, in := range s.Indicators {
			q := fmt.Sprintf("%s.indicators[%d]", p, j)
			v.id(q, in.ID)
			v.text(q+".name", in.Name)
			v.amount(q, in.Value, in.Unit)
			v.qualifier(q+".qualifier", in.Qualifier)
			v.text(q+".quote", in.Quote)
		}
	}
	indicators := map[string]bool{}
	var names []string
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			indicators[in.ID] = true
			names = append(names, in.ID)
		}
	}
	for i, t := range r.Targets {
		p := fmt.Sprintf("targets[%d]", i)
		v.id(p, t.ID)
		v.text(p+".name", t.Name)
		v.qualifier(p+".qualifier", t.Qualifier)
		v.text(p+".quote", t.Quote)
		switch {
		case t.Kind == TargetQualitative && t.Value != nil:
			v.problem(p+".value", "a qualitative target has no value (use kind growth, level, cap or floor for a number)")
		case t.Kind == TargetQualitative && t.Text == "":
			v.problem(p, "qualitative target %q needs text (its wording, e.g. 居民收入增幅与经济增长速度基本同步)", t.ID)
		case t.Kind != TargetQualitative && t.Value == nil:
			v.problem(p, "target %q of kind %s needs a value", t.ID, t.Kind)
		case t.Kind == TargetGrowth && t.Unit != "" && t.Unit != "%":
			v.problem(p+".unit", "a growth target is in percent (expected unit \"%%\" or none, got %q)", t.Unit)
		case t.Kind != TargetQualitative && t.Kind != TargetGrowth && t.Unit == "":
			v.problem(p, "target %q of kind %s needs a unit", t.ID, t.Kind)
		}
		if t.Value != nil && t.Kind != TargetGrowth {
			v.amount(p, *t.Value, t.Unit)
		}
		if t.Base != "" && len(indicators) > 0 && !indicators[t.Base] {
			msg := fmt.Sprintf("base %q names no indicator of the results", t.Base)
			if s := closest(t.Base, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			}
			v.problem(p+".base", "%s", msg)
		}
	}
	for i, t := range r.Tasks {
		p := fmt.Sprintf("tasks[%d]", i)
		v.id(p, t.ID)
		v.text(p+".title", t.Title)
		for j, it := range t.Items {
			q := fmt.Sprintf("%s.items[%d]", p, j)
			v.text(q+".title", it.Title)
			for k, f := range it.Figures {
				fp := fmt.Sprintf("%s.figures[%d]", q, k)
				v.id(fp, f.ID)
				v.text(fp+".name", f.Name)
				v.amount(fp, f.Value, f.Unit)
				v.qualifier(fp+".qualifier", f.Qualifier)
				v.text(fp+".quote", f.Quote)
			}
		}
	}
	terms := map[string]string{}
	for i, g := range r.Glossary {
		p := fmt.Sprintf("glossary[%d]", i)
		v.text(p+".term", g.Term)
		v.text(p+".definition", g.Definition)
		if first, dup := terms[g.Term]; dup {
			v.problem(p+".term", "term %q is already explained at %s", g.Term, first)
		}
		terms[g.Term] = p
	}
	return v.problems
}

type validator struct {
	d        *decoder
	ids      map[string]string // id → path of its first use
	problems Errors
	// decodeFailed holds where the decoder already complained: a check of
	// the zero value left there would only repeat the complaint.
	decodeFailed map[position]bool
}

// problem reports at the place path was written, or at the nearest
// enclosing place that was.
func (v *validator) problem(path, format string, args ...any) {
	p := Problem{File: v.d.file, Msg: fmt.Sprintf(format, args...)}
	for q := path; ; {
		if pos, ok := v.d.where[q]; ok {
			p.Line, p.Col = pos.line, pos.col
			break
		}
		i := strings.LastIndexAny(q, ".[")
		if i < 0 {
			break
		}
		q = q[:i]
	}
	if !v.decodeFailed[position{p.Line, p.Col}] {
		v.problems = append(v.problems, p)
	}
}

var idPattern = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

func (v *validator) id(path, id string) {
	if _, written := v.d.where[path+".id"]; !written {
		return // the decoder has reported the missing key
	}
	switch {
	case id == "":
		v.problem(path+".id", "id is empty (expected lower-case letters, digits and -, such as gdp or fixed-investment)")
	case !idPattern.MatchString(id):
		v.problem(path+".id", "id %q has characters other than a-z, 0-9 and - (expected something like %q)", id, suggestID(id))
	case v.ids[id] != "":
		first := v.d.where[v.ids[id]+".id"]
		v.problem(path+".id", "duplicate id %q (first used at line %d; ids are unique across the whole file)", id, first.line)
	default:
		v.ids[id] = path
	}
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

// text rejects control characters: they come from copy and paste, and
// break PDF text and spreadsheet cells alike.
func (v *validator) text(path, s string) {
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
}

func (v *validator) qualifier(path, q string) {
	if q == "" {
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
	v.text("meta.title", m.Title)
	if _, written := v.d.where["meta.year"]; written && (m.Year < 1949 || m.Year > 2100) {
		v.problem("meta.year", "year %d is out of range (expected the year the report plans for, such as 2025)", m.Year)
		return // the date cannot be checked against it
	}
	if _, written := v.d.where["meta.date"]; !written {
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
