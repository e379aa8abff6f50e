package sheets

import (
	"math"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
	"github.com/workreport/workreport/report"
)

// Every number cell holds a number; its number format carries the decimals
// the report wrote, so 9.50 shows as 9.50 and reads back as 9.50.
//
// Percentages (changes, values whose unit is %, growth targets) are stored
// as fractions with a % format: 5.5% is the number 0.055 shown by "0.0%".
// This is what Excel and LibreOffice do when a person types "5.5%", so
// formulas read naturally (base × (1 + growth)). Percentage points are not a
// share of anything: a pp change of 0.5 is stored as 0.5 and shown by
// 0.0"个百分点".

// amountFormat is the number format for an amount with places decimals,
// grouped by thousands: #,##0.00 shows 5,260.57.
func amountFormat(places int32) string {
	if places <= 0 {
		return "#,##0"
	}
	return "#,##0." + strings.Repeat("0", int(places))
}

// percentFormat shows a fraction as percent with places decimals: 0.0%.
func percentFormat(places int32) string {
	if places <= 0 {
		return "0%"
	}
	return "0." + strings.Repeat("0", int(places)) + "%"
}

// pointsFormat shows percentage points: 0.0"个百分点".
func pointsFormat(places int32) string {
	if places <= 0 {
		return `0"个百分点"`
	}
	return "0." + strings.Repeat("0", int(places)) + `"个百分点"`
}

// builtinFormats are the Excel built-in number formats a person may pick
// after editing; their codes are not stored in the file.
var builtinFormats = map[int]string{
	1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
	37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)",
}

// formatPlaces reads the decimals a number format shows in its first
// section: 3 for "#,##0.000", 1 for `0.0"个百分点"`. ok is false for
// General, dates and text formats, whose decimals say nothing.
func formatPlaces(code string) (places int32, ok bool) {
	if code == "" || strings.EqualFold(code, "General") || code == "@" {
		return 0, false
	}
	// First section only, without quoted literals, escapes and brackets.
	var b strings.Builder
	inQuote, inBracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			if c == '"' {
				inQuote = false
			}
		case inBracket:
			if c == ']' {
				inBracket = false
			}
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++ // the next character is literal or padding
		case c == ';':
			i = len(code)
		default:
			b.WriteByte(c)
		}
	}
	s := b.String()
	if strings.ContainsAny(s, "ymdhsYMDHS") && !strings.ContainsAny(s, "0#?") {
		return 0, false // a date or time
	}
	if !strings.ContainsAny(s, "0#?") {
		return 0, false
	}
	_, frac, found := strings.Cut(s, ".")
	if !found {
		return 0, true
	}
	n := int32(0)
	for _, r := range frac {
		if r == '0' || r == '#' || r == '?' {
			n++
			continue
		}
		break
	}
	return n, true
}

// shortestDigits reads a raw cell value the way a person sees the number:
// rounded to Excel's 15 significant digits, so 231.52000000000001 (which
// Excel may write for 231.52) is 231.52.
func shortestDigits(raw string) (decimal.Decimal, bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return decimal.Decimal{}, false
	}
	d, err := decimal.NewFromString(strconv.FormatFloat(f, 'g', 15, 64))
	if err != nil {
		return decimal.Decimal{}, false
	}
	return d, true
}

// digitsAfterPoint counts the significant decimals of d: 2 for 231.52, 0 for 1e3.
func digitsAfterPoint(d decimal.Decimal) int32 {
	s := d.String() // shopspring prints without exponent and trailing zeros
	if _, frac, ok := strings.Cut(s, "."); ok {
		return int32(len(frac))
	}
	return 0
}

// fraction is the cell value of a percentage written in points: 5.5 → 0.055.
func fraction(points report.Decimal) float64 {
	f, _ := points.Dec().Shift(-2).Float64()
	return f
}

// percentText is how a percentage shows in a cell: 5.5%.
func percentText(points report.Decimal) string { return points.String() + "%" }
