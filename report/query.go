package report

import (
	"time"
)

// Indicator finds a past-year indicator by id; nil if there is none.
func (r *Report) Indicator(id string) *Indicator {
	for i := range r.Results {
		for j := range r.Results[i].Indicators {
			if r.Results[i].Indicators[j].ID == id {
				return &r.Results[i].Indicators[j]
			}
		}
	}
	return nil
}

// Implied is the level a growth target implies for this year: the base
// indicator's value grown by the target rate, rounded half-up to the
// decimals the base was printed with — 231.52 × 1.058 = 244.95016 shows as
// 244.95, 44.4 × 1.15 as 51.1, a whole-yuan income stays whole: no more
// precision than the report itself claims. ok is false when the target is
// not a growth target with a value and an existing base with a level.
func (r *Report) Implied(t Target) (Decimal, bool) {
	if t.Kind != TargetGrowth || t.Value == nil || t.Base == "" {
		return Decimal{}, false
	}
	base := r.Indicator(t.Base)
	if base == nil || base.Value == nil {
		return Decimal{}, false
	}
	return base.Value.GrowBy(*t.Value, base.Value.Places()), true
}

// DateTime is the report's date at midnight UTC. Renderers stamp documents with
// it (or with SOURCE_DATE_EPOCH, which the caller decides) so that output
// never depends on the clock. The zero time if the date is not valid.
func (m Meta) DateTime() time.Time {
	t, err := time.Parse("2006-01-02", m.Date)
	if err != nil {
		return time.Time{}
	}
	return t
}

// ThisYear reports whether a target is for the report's own year, rather
// than a goal for a span (2026-2030) or a later year (2035).
func (r *Report) ThisYear(t Target) bool {
	from, to := t.Period.Years(r.Meta.Year)
	return from == r.Meta.Year && to == r.Meta.Year
}

// Summable reports whether a planned figure is money that totals and
// charts may add up: investment and spending, or money of no stated kind;
// never a per-person standard, a range, a trade volume, revenue or debt.
func (f Figure) Summable() bool {
	if !IsMoney(f.Unit) || f.Per != "" || f.Upper != nil {
		return false
	}
	switch f.Money {
	case "", MoneyInvestment, MoneySpending:
		return true
	}
	return false
}

// FactCount is the number of numeric facts of a report: its results and
// the figures of its tasks and annexes.
func (r *Report) FactCount() int {
	n := 0
	for _, s := range r.Results {
		n += len(s.Indicators)
	}
	for _, t := range r.Tasks {
		for _, it := range t.Items {
			n += len(it.Figures)
		}
	}
	for _, a := range r.Annexes {
		for _, it := range a.Items {
			n += len(it.Figures)
		}
	}
	return n
}
