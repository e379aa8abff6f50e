package report

// Headline is one line of a report's dashboard: an indicator that has both
// a result last year and a target this year, side by side.
type Headline struct {
	// Name of the target (the indicator's name as the target states it).
	Name string `json:"name"`
	// Indicator is the id of last year's indicator; empty when the target
	// has no base in the results.
	Indicator string `json:"indicator,omitempty"`
	// Value and Unit of last year's result, when there is a base with a
	// level (a rate-only base gives only Growth).
	Value *Decimal `json:"value,omitempty"`
	Unit  string   `json:"unit,omitempty"`
	// Qualifier of last year's value as written: 预计, 超过, 余 …
	Qualifier string `json:"qualifier,omitempty"`
	// Growth is last year's year-on-year change in percent, when stated.
	Growth *Decimal `json:"growth,omitempty"`
	// TargetKind, Target and TargetUnit state this year's target;
	// TargetQualifier is its 左右/以上; TargetUpper the upper end of a
	// range (增长4.5%—5%); TargetReach the level a growth target also
	// names (增长7.5%，达到309亿元).
	TargetKind      TargetKind `json:"target_kind"`
	Target          *Decimal   `json:"target,omitempty"`
	TargetUpper     *Decimal   `json:"target_upper,omitempty"`
	TargetUnit      string     `json:"target_unit,omitempty"`
	TargetQualifier string     `json:"target_qualifier,omitempty"`
	TargetReach     *Amount    `json:"target_reach,omitempty"`
	// Implied is the level a growth target implies, in Unit.
	Implied *Decimal `json:"implied,omitempty"`
}

// Headlines are the report's targets for its year that carry a number,
// each with the past-year result it builds on, in the report's order: what
// a reader compares first. Goals for a later year or a span (十五五) are
// not this year's targets and are left out; so is a base that is not of
// the past year (a 十四五 average is no last year's growth).
func (r *Report) Headlines() []Headline {
	var out []Headline
	for _, t := range r.Targets {
		if t.Value == nil || !r.ThisYear(t) {
			continue // qualitative, or a goal for a later year
		}
		h := Headline{Name: t.Name, TargetKind: t.Kind, Target: t.Value, TargetUpper: t.Upper, TargetUnit: t.Unit,
			TargetQualifier: t.Qualifier, TargetReach: t.Reach}
		if t.Kind == TargetGrowth && h.TargetUnit == "" {
			h.TargetUnit = "%"
		}
		if base := r.Indicator(t.Base); base != nil && r.pastYear(base) {
			h.Indicator = base.ID
			if base.Value != nil {
				v := *base.Value
				h.Value, h.Unit, h.Qualifier = &v, base.Unit, base.Qualifier
			}
			if base.Change != nil && base.Change.Kind == ChangeYoY && base.Change.Against == "" {
				g := base.Change.Value
				h.Growth = &g
			}
		}
		if implied, ok := r.Implied(t); ok && h.Indicator != "" {
			h.Implied = &implied
		}
		out = append(out, h)
	}
	return out
}

// pastYear reports whether a result is of the year before the report's:
// the default period, that year, or a date in it (a stock at its end).
func (r *Report) pastYear(in *Indicator) bool {
	from, to := in.Period.Years(r.Meta.ResultsYear())
	return from == r.Meta.ResultsYear() && to == from
}
