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
	// Growth is last year's year-on-year change in percent, when stated.
	Growth *Decimal `json:"growth,omitempty"`
	// TargetKind, Target and TargetUnit state this year's target;
	// TargetQualifier is its 左右/以上.
	TargetKind      TargetKind `json:"target_kind"`
	Target          *Decimal   `json:"target,omitempty"`
	TargetUnit      string     `json:"target_unit,omitempty"`
	TargetQualifier string     `json:"target_qualifier,omitempty"`
	// Implied is the level a growth target implies, in Unit.
	Implied *Decimal `json:"implied,omitempty"`
}

// Headlines are the report's targets that carry a number, each with the
// past-year result it builds on, in the report's order: what a reader
// compares first.
func (r *Report) Headlines() []Headline {
	var out []Headline
	for _, t := range r.Targets {
		if t.Value == nil || !r.ThisYear(t) {
			continue // qualitative, or a goal for a later year
		}
		h := Headline{Name: t.Name, TargetKind: t.Kind, Target: t.Value, TargetUnit: t.Unit, TargetQualifier: t.Qualifier}
		if t.Kind == TargetGrowth && h.TargetUnit == "" {
			h.TargetUnit = "%"
		}
		if base := r.Indicator(t.Base); base != nil {
			h.Indicator = base.ID
			if base.Value != nil {
				v := *base.Value
				h.Value, h.Unit = &v, base.Unit
			}
			if base.Change != nil && base.Change.Kind == ChangeYoY {
				g := base.Change.Value
				h.Growth = &g
			}
		}
		if implied, ok := r.Implied(t); ok {
			h.Implied = &implied
		}
		out = append(out, h)
	}
	return out
}
