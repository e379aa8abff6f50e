package report

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/shopspring/decimal"
)

// Decimal is a number as the report prints it. It keeps the digits after the
// point as written, so 9.50 stays 9.50 and 231.52 never becomes
// 231.51999999999998 on its way to a PDF or a cell. Thousands separators
// (2,431.67) are accepted on input and dropped.
type Decimal struct {
	d      decimal.Decimal
	places int32 // digits after the point as written
}

// ParseDecimal reads a number written as in the report: an optional sign,
// digits with optional thousands separators, an optional fraction.
func ParseDecimal(s string) (Decimal, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return Decimal{}, fmt.Errorf("empty number")
	}
	body := t
	if body[0] == '-' || body[0] == '+' {
		body = body[1:]
	}
	intPart, frac, hasPoint := strings.Cut(body, ".")
	if intPart == "" || (hasPoint && frac == "") {
		return Decimal{}, fmt.Errorf("%q is not a decimal number", s)
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return Decimal{}, fmt.Errorf("%q has misplaced thousands separators", s)
			}
		}
		intPart = strings.Join(groups, "")
	}
	for _, part := range []string{intPart, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return Decimal{}, fmt.Errorf("%q is not a decimal number", s)
			}
		}
	}
	clean := intPart
	if hasPoint {
		clean += "." + frac
	}
	if t[0] == '-' {
		clean = "-" + clean
	}
	d, err := decimal.NewFromString(clean)
	if err != nil {
		return Decimal{}, fmt.Errorf("%q is not a decimal number", s)
	}
	return Decimal{d: d, places: int32(len(frac))}, nil
}

// MustDecimal is ParseDecimal for literals in code and tests.
func MustDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// NewDecimal wraps a computed value shown with the given decimals.
func NewDecimal(d decimal.Decimal, places int32) Decimal {
	return Decimal{d: d, places: places}
}

// String gives the digits as written, without thousands separators: 2431.67, 9.50.
func (x Decimal) String() string { return x.d.StringFixed(x.places) }

// Grouped gives the digits with thousands separators: 2,431.67.
func (x Decimal) Grouped() string {
	s := x.String()
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasPoint := strings.Cut(s, ".")
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasPoint {
		b.WriteString("." + frac)
	}
	return sign + b.String()
}

// Places is the number of digits after the point as written.
func (x Decimal) Places() int32 { return x.places }

// Dec is the exact value.
func (x Decimal) Dec() decimal.Decimal { return x.d }

// Float64 is the value for a spreadsheet cell or a chart; never for display.
func (x Decimal) Float64() float64 { f, _ := x.d.Float64(); return f }

// Rat is the exact value as a rational.
func (x Decimal) Rat() *big.Rat { return x.d.Rat() }

// (No IsZero method: go.yaml.in/yaml's omitempty would take it for "absent"
// and drop a written 0 — 增长0% — from a marshalled report. Use Sign.)

// Sign is -1, 0 or +1.
func (x Decimal) Sign() int { return x.d.Sign() }

// Equal compares values and written decimals.
func (x Decimal) Equal(y Decimal) bool { return x.places == y.places && x.d.Equal(y.d) }

// GrowBy applies a growth in percent: x × (1 + pct/100), rounded half-up to
// places decimals. 231.52 grown by 5.8 at 2 places is 244.95.
func (x Decimal) GrowBy(pct Decimal, places int32) Decimal {
	hundred := decimal.NewFromInt(100)
	v := x.d.Mul(hundred.Add(pct.d)).Div(hundred)
	return Decimal{d: v.Round(places), places: places}
}

// MarshalText writes the digits as written, so JSON and YAML round-trip.
func (x Decimal) MarshalText() ([]byte, error) { return []byte(x.String()), nil }

// MarshalJSON writes the number as a JSON number with its digits as
// written (9.50, not 9.5), so a JSON reader keeps the decimals too.
func (x Decimal) MarshalJSON() ([]byte, error) { return []byte(x.String()), nil }

// UnmarshalJSON reads a JSON number or a string such as "2,431.67".
func (x *Decimal) UnmarshalJSON(b []byte) error {
	s := string(b)
	if len(s) >= 2 && s[0] == '"' {
		s = s[1 : len(s)-1]
	}
	d, err := ParseDecimal(s)
	if err != nil {
		return err
	}
	*x = d
	return nil
}
