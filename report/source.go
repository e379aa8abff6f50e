package report

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// CheckSource checks a report against the text it was written from, so that
// every number can be traced: each quote occurs word for word in the text,
// holds the numbers of its fact as written (value, range, from, change,
// reach), and each qualifier word is printed in the quote or, for a word
// that governs a whole sentence (确保, 预计), just before it; each glossary
// definition occurs verbatim. The text is compared as it is: decode it to
// UTF-8 first. at places each problem, as for Validate.
func CheckSource(r *Report, text string, at Locator) Errors {
	if at == nil {
		at = pathLocator{}
	}
	v := &validator{at: at}
	check := func(path, quote, qualifier string, nums ...*Decimal) {
		if quote == "" {
			return // Validate reports the empty quote
		}
		if !strings.Contains(text, quote) {
			v.problem(path+".quote", "quote is not in the source text word for word: %q", quote)
			return
		}
		// A text typed with full-width digits (２３１．５２) holds the
		// number as written all the same.
		digits := ASCIIDigits(quote)
		multiplied := thousandsOut(digits)
		for _, n := range nums {
			if n == nil {
				continue
			}
			abs, grouped := strings.TrimPrefix(n.String(), "-"), strings.TrimPrefix(n.Grouped(), "-")
			if !ContainsNumber(digits, abs) && !ContainsNumber(digits, grouped) && !ContainsNumber(multiplied, abs) {
				v.problem(path, "quote %q does not hold %s as written", quote, n)
			}
		}
		if !qualifierInSource(text, quote, qualifier) {
			v.problem(path+".qualifier", "qualifier %q is not printed in or just before the quote %q", qualifier, quote)
		}
	}
	change := func(c *Change) *Decimal {
		if c == nil {
			return nil
		}
		return &c.Value
	}
	for i, s := range r.Results {
		for j, in := range s.Indicators {
			p := fmt.Sprintf("results[%d].indicators[%d]", i, j)
			check(p, in.Quote, in.Qualifier, in.Value, in.Upper, in.From, change(in.Change))
			if in.Fraction != "" && in.Quote != "" && !strings.Contains(in.Quote, in.Fraction) {
				v.problem(p+".fraction", "quote %q does not hold the fraction %s as written", in.Quote, in.Fraction)
			}
		}
	}
	for i, t := range r.Targets {
		var reach *Decimal
		if t.Reach != nil {
			reach = &t.Reach.Value
		}
		check(fmt.Sprintf("targets[%d]", i), t.Quote, t.Qualifier, t.Value, t.Upper, reach)
	}
	figures := func(path string, fs []Figure) {
		for k, f := range fs {
			check(fmt.Sprintf("%s.figures[%d]", path, k), f.Quote, f.Qualifier, &f.Value, f.Upper, change(f.Change))
		}
	}
	for i, t := range r.Tasks {
		for j, it := range t.Items {
			figures(fmt.Sprintf("tasks[%d].items[%d]", i, j), it.Figures)
		}
	}
	for i, a := range r.Annexes {
		for j, it := range a.Items {
			figures(fmt.Sprintf("annexes[%d].items[%d]", i, j), it.Figures)
		}
	}
	for i, g := range r.Glossary {
		if g.Definition != "" && !strings.Contains(text, g.Definition) {
			v.problem(fmt.Sprintf("glossary[%d].definition", i), "definition of %q is not in the source text word for word", g.Term)
		}
	}
	return v.problems
}

// thousands are a count written with 千 as its magnitude, alone (5千多户) or
// after 万 (1万6千多户): the number a unit written whole counts.
var thousands = regexp.MustCompile(`([0-9]+)万([0-9])千|([0-9]+(?:\.[0-9]+)?)千([^瓦克米伏卡帕]|$)`)

// thousandsOut writes the counts of s written with 千 as whole numbers
// (1万6千多户 → 16000多户), so that a value multiplied out is found as
// written.
func thousandsOut(s string) string {
	return thousands.ReplaceAllStringFunc(s, func(m string) string {
		g := thousands.FindStringSubmatch(m)
		if g[1] != "" {
			wan, _ := decimal.NewFromString(g[1])
			qian, _ := decimal.NewFromString(g[2])
			return wan.Mul(decimal.NewFromInt(10000)).Add(qian.Mul(decimal.NewFromInt(1000))).String()
		}
		v, _ := decimal.NewFromString(g[3])
		return v.Mul(decimal.NewFromInt(1000)).String() + g[4]
	})
}

// ThousandsIn maps each count of s written with 千 (5千多户, 1万6千多户) by
// its value multiplied out (5000, 16000) to the numbers written in it (5;
// 1 and 6), so that a value multiplied out can be traced to them.
func ThousandsIn(s string) map[string][]string {
	out := map[string][]string{}
	for _, g := range thousands.FindAllStringSubmatch(ASCIIDigits(s), -1) {
		v := thousands.ReplaceAllStringFunc(strings.TrimSuffix(g[0], g[4]), thousandsOut)
		if g[1] != "" {
			out[v] = []string{g[1], g[2]}
		} else {
			out[v] = []string{g[3]}
		}
	}
	return out
}

// ContainsNumber finds num in s as a whole number: 5.5 is not in 15.5 nor
// in 5.53.
func ContainsNumber(s, num string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], num)
		if j < 0 {
			return false
		}
		start, end := i+j, i+j+len(num)
		before := start == 0 || !isNumberByte(s[start-1])
		after := end == len(s) || !isNumberByte(s[end]) || (s[end] == '.' || s[end] == ',') && (end+1 == len(s) || !isDigit(s[end+1]))
		if before && after {
			return true
		}
		i = start + 1
	}
}

func isDigit(b byte) bool      { return b >= '0' && b <= '9' }
func isNumberByte(b byte) bool { return isDigit(b) || b == '.' || b == ',' }

// qualifierInSource: each qualifier word is printed in the quote, or in the
// 40 characters just before it, or earlier in its sentence (预计 opening a
// list of the year's figures governs them all). The data never adds a word
// the report lacks.
func qualifierInSource(text, quote, qualifier string) bool {
	if qualifier == "" {
		return true
	}
	at := strings.Index(text, quote)
	if at < 0 {
		return false
	}
	before := []rune(text[:at])
	lead := string(before[max(0, len(before)-40):])
	start := 0 // where the quote's sentence starts
	if i := strings.LastIndexAny(text[:at], "。！？!?\n"); i >= 0 {
		_, size := utf8.DecodeRuneInString(text[i:])
		start = i + size
	}
	if len(text[start:at]) > len(lead) {
		lead = text[start:at]
	}
	// A PDF's justification spaces a word out (预 计 分别 增 长): the word
	// is printed all the same.
	quote, lead = withoutSpaces(quote), withoutSpaces(lead)
	for _, w := range strings.Split(qualifier, "、") {
		if w == "预计" && ForecastBelow.MatchString(text[:at]) {
			continue // (预计（下同）: said once for every figure after it)
		}
		if !strings.Contains(quote, w) && !strings.Contains(lead, w) {
			if c, ok := verbSpellings[w]; !ok || !containsAny(quote+lead, c) {
				return false
			}
		}
	}
	return true
}

// withoutSpaces is s without its spaces.
func withoutSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\u00a0' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// ForecastBelow is a note that the figures from here on are forecasts:
// 预计（下同）, （预计数，下同）.
var ForecastBelow = regexp.MustCompile(`[（(]预计数?[，,、]?下同[）)]|预计[（(]下同[）)]`)

// verbSpellings are the spellings a normalised verb may have in the text.
var verbSpellings = func() map[string][]string {
	m := map[string][]string{}
	for variant, canon := range VerbVariants {
		m[canon] = append(m[canon], variant)
	}
	return m
}()

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
