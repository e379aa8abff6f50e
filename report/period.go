package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Period is the time a fact or a target is about, as written in a data file:
//
//	""            the default: the past year for a result, the report's year for a target
//	"2024"        one year
//	"2021-2025"   a span of years, such as a five-year plan period (十四五)
//	"2025-12-31"  a date, for a stock (到2025年末), also "2025-12"
type Period string

// PeriodShape tells the forms of Period apart.
type PeriodShape int

const (
	PeriodDefault PeriodShape = iota // empty
	PeriodYear                       // 2024
	PeriodSpan                       // 2021-2025
	PeriodDate                       // 2025-12-31 or 2025-12
	PeriodInvalid
)

// Shape parses the period: its form and first and last years (equal for a
// year or a date).
func (p Period) Shape() (shape PeriodShape, from, to int) {
	s := strings.TrimSpace(string(p))
	switch {
	case s == "":
		return PeriodDefault, 0, 0
	case len(s) == 4:
		if y, ok := year(s); ok {
			return PeriodYear, y, y
		}
	case len(s) == 9 && s[4] == '-':
		a, ok1 := year(s[:4])
		b, ok2 := year(s[5:])
		if ok1 && ok2 && a < b {
			return PeriodSpan, a, b
		}
	case len(s) == 7 && s[4] == '-':
		if t, err := time.Parse("2006-01", s); err == nil {
			return PeriodDate, t.Year(), t.Year()
		}
	case len(s) == 10:
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return PeriodDate, t.Year(), t.Year()
		}
	}
	return PeriodInvalid, 0, 0
}

func year(s string) (int, bool) {
	y, err := strconv.Atoi(s)
	return y, err == nil && y >= 1949 && y <= 2100 && len(s) == 4
}

// Years is the span a period covers, with def standing for the default
// period (the past year for a result, the report's year for a target).
func (p Period) Years(def int) (from, to int) {
	shape, from, to := p.Shape()
	if shape == PeriodDefault || shape == PeriodInvalid {
		return def, def
	}
	return from, to
}

// Multi reports whether the period spans more than one year.
func (p Period) Multi() bool {
	shape, _, _ := p.Shape()
	return shape == PeriodSpan
}

// fiveYearPlans names the plan periods (五年规划) by their first year.
var fiveYearPlans = map[int]string{
	1996: "九五", 2001: "十五", 2006: "十一五", 2011: "十二五", 2016: "十三五",
	2021: "十四五", 2026: "十五五", 2031: "十六五",
}

// Plan is the name of the five-year plan period the span is, such as
// 十四五 for 2021-2025, or "" when it is none.
func (p Period) Plan() string {
	shape, from, to := p.Shape()
	if shape != PeriodSpan || to-from != 4 {
		return ""
	}
	return fiveYearPlans[from]
}

// Label is the period as a heading says it: “十四五”时期 (2021—2025年),
// 2021—2023年, 2024年, 2025年末.
func (p Period) Label() string {
	shape, from, to := p.Shape()
	switch shape {
	case PeriodYear:
		return fmt.Sprintf("%d年", from)
	case PeriodSpan:
		if plan := p.Plan(); plan != "" {
			return fmt.Sprintf("“%s”时期（%d—%d年）", plan, from, to)
		}
		return fmt.Sprintf("%d—%d年", from, to)
	case PeriodDate:
		s := string(p)
		t, err := time.Parse("2006-01-02", s)
		if err != nil {
			t, _ = time.Parse("2006-01", s)
			return fmt.Sprintf("%d年%d月", t.Year(), t.Month())
		}
		if t.Month() == 12 && t.Day() == 31 {
			return fmt.Sprintf("%d年末", t.Year())
		}
		return fmt.Sprintf("%d年%d月%d日", t.Year(), t.Month(), t.Day())
	}
	return ""
}

// Short is the period's years without the plan's name: 2021—2025年,
// 2024年, 2025年末.
func (p Period) Short() string {
	if shape, from, to := p.Shape(); shape == PeriodSpan {
		return fmt.Sprintf("%d—%d年", from, to)
	}
	return p.Label()
}
