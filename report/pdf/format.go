package pdf

import (
	"strconv"
	"strings"

	"github.com/workreport/workreport/report"
)

// Numbers are always shown with the digits the report printed: through
// Decimal.Grouped (2,431.67) or Decimal.String (9.50), never through a
// float. Qualifiers go where Chinese puts them (预计231.52亿元, 120余个,
// 1万余亩, 24万亩以上), by the rule the workbooks use too: report.Phrase.

// digits is a number as the report printed it: with thousands separators
// only when the clause it came from has them (2,431.67 but 1100万元).
func digits(v report.Decimal, quote string) string {
	if g := v.Grouped(); g != v.String() && strings.Contains(quote, strings.TrimPrefix(g, "-")) {
		return g
	}
	return v.String()
}

// span is a number or a range with the report's digits: 4.5—5.
func span(v report.Decimal, upper *report.Decimal, quote string) string {
	s := digits(v, quote)
	if upper != nil {
		s += "—" + digits(*upper, quote)
	}
	return s
}

// amount is a value with its unit and qualifier as a phrase: 预计231.52亿元.
// quote is the clause the value came from, for its digits.
func amount(v report.Decimal, unit, qualifier, quote string) string {
	return report.Phrase(digits(v, quote), unit, qualifier)
}

// absString is the magnitude of v with its digits as written.
func absString(v report.Decimal) string {
	return strings.TrimPrefix(v.String(), "-")
}

// changePhrase describes a change: 同比增长5.5%, 按可比口径增长11.04%,
// 签章率99.99%, 占一般公共预算支出52.99%, 提高0.5个百分点.
func changePhrase(c *report.Change) string {
	if c == nil {
		return ""
	}
	v := absString(c.Value)
	switch c.Kind {
	case report.ChangeShare:
		if c.Label == "" {
			return "占比" + c.Value.String() + "%"
		}
		return c.Label + c.Value.String() + "%"
	case report.ChangeRate:
		if c.Label == "" {
			return "比率" + c.Value.String() + "%"
		}
		return c.Label + c.Value.String() + "%"
	case report.ChangePP:
		verb := "提高"
		if c.Value.Sign() < 0 {
			verb = "下降"
		}
		if c.Against != "" {
			verb = "高于" + c.Against
			if c.Value.Sign() < 0 {
				verb = "低于" + c.Against
			}
		}
		return c.Label + verb + v + "个百分点"
	default: // year-on-year
		verb := "增长"
		if c.Value.Sign() < 0 {
			verb = "下降"
		}
		if c.Against != "" {
			verb = "高于" + c.Against
			if c.Value.Sign() < 0 {
				verb = "低于" + c.Against
			}
		}
		if strings.Contains(c.Label, "增长") || strings.Contains(c.Label, "下降") {
			return c.Label + v + "%"
		}
		return c.Label + verb + v + "%"
	}
}

// targetPhrase is a target as the report states it: 增长5.8%左右,
// 增长4.5%—5%, 力争24亿元, 确保24万亩以上, 增长7.5%，达到309亿元, or the
// text of a qualitative target.
func targetPhrase(t report.Target) string {
	if t.Value == nil {
		return t.Text
	}
	var s string
	if t.Kind == report.TargetGrowth {
		unit := t.Unit
		if unit == "" {
			unit = "%"
		}
		verb := "增长"
		if t.Value.Sign() < 0 {
			verb = "下降"
		}
		if t.Measure == report.MeasureAverage {
			verb = "年均" + verb
		}
		num := absString(*t.Value)
		if t.Upper != nil {
			num += unit + "—" + absString(*t.Upper)
		}
		before, after := report.RateAround(verb, unit, t.Qualifier)
		s = before + num + after
	} else if t.Upper != nil {
		s = report.Phrase(span(*t.Value, t.Upper, t.Quote), t.Unit, t.Qualifier)
	} else {
		s = amount(*t.Value, t.Unit, t.Qualifier, t.Quote)
	}
	if t.Reach != nil {
		verb := "达到"
		if strings.HasPrefix(t.Reach.Qualifier, "达到") {
			verb = ""
		}
		s += "，" + verb + amount(t.Reach.Value, t.Reach.Unit, t.Reach.Qualifier, t.Quote)
	}
	return s
}

// valuePhrase is a fact's level as a phrase: 预计231.52亿元, 4.5—5%,
// 由5提高至10元, 每人1万元; "—" for a rate-only fact.
func valuePhrase(in report.Indicator, unit, qualifier string) string {
	if in.Value == nil {
		return "—"
	}
	if in.Upper != nil {
		return report.Phrase(span(*in.Value, in.Upper, in.Quote), unit, qualifier)
	}
	if in.From != nil {
		return fromTo(in, qualifier) + unit
	}
	s := amount(*in.Value, unit, qualifier, in.Quote)
	if in.Per != "" {
		s = "每" + in.Per + s
	}
	return ordinal(in, s)
}

// ordinal marks a rank's number as a position, 第2 (位), so that a reader
// of the table does not take it for a count of two.
func ordinal(in report.Indicator, s string) string {
	if in.Kind == report.KindRank && !strings.HasPrefix(s, "第") {
		return "第" + s
	}
	return s
}

// impliedPhrase is the level a growth target implies: 约244.95亿元.
func impliedPhrase(r *report.Report, t report.Target) string {
	v, ok := r.Implied(t)
	if !ok {
		return ""
	}
	base := r.Indicator(t.Base)
	num := v.String()
	if strings.Contains(base.Quote, strings.TrimPrefix(base.Value.Grouped(), "-")) {
		num = v.Grouped() // the base was printed with separators
	}
	return "约" + num + base.Unit
}

// date formats YYYY-MM-DD as 2025年1月20日; other text is returned as is.
func date(s string) string {
	parts := strings.Split(s, "-")
	if len(parts) != 3 {
		return s
	}
	y, e1 := strconv.Atoi(parts[0])
	m, e2 := strconv.Atoi(parts[1])
	d, e3 := strconv.Atoi(parts[2])
	if e1 != nil || e2 != nil || e3 != nil {
		return s
	}
	return strconv.Itoa(y) + "年" + strconv.Itoa(m) + "月" + strconv.Itoa(d) + "日"
}

// hanNumber writes n (1–99) in Chinese numerals for headings: 一, 十二, 二十.
func hanNumber(n int) string {
	digits := []string{"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"}
	switch {
	case n <= 0 || n >= 100:
		return strconv.Itoa(n)
	case n < 10:
		return digits[n]
	case n == 10:
		return "十"
	case n < 20:
		return "十" + digits[n%10]
	case n%10 == 0:
		return digits[n/10] + "十"
	default:
		return digits[n/10] + "十" + digits[n%10]
	}
}

// verbs are the qualifier words that say how a level was reached; between
// a from and a to they replace the plain 至: 由5元提高至10元.
var verbs = map[string]bool{"提高至": true, "提升至": true, "降至": true, "增至": true, "缩减至": true, "突破至": true, "达到": true, "稳定在": true, "保持在": true, "控制在": true}

// fromTo is a from→to statement with the report's verb: 由11.37提高至14.58,
// and the qualifier words that are not the verb.
func fromTo(in report.Indicator, qualifier string) string {
	verb, rest := "至", []string{}
	for _, w := range strings.Split(qualifier, "、") {
		switch {
		case w == "":
		case verbs[w]:
			verb = w
		default:
			rest = append(rest, w)
		}
	}
	pre, inner, post := report.SplitQualifier(strings.Join(rest, "、"))
	return pre + "由" + digits(*in.From, in.Quote) + verb + digits(*in.Value, in.Quote) + inner + post
}

// rateOnly is the change of a fact stated without its level, with the
// fact's qualifier where Chinese puts it: 增长超过20%, 增长20%以上.
func rateOnly(in report.Indicator, qualifier string) string {
	c := changePhrase(in.Change)
	if c == "" || qualifier == "" {
		return c
	}
	pre, inner, post := report.SplitQualifier(qualifier)
	i := strings.IndexAny(c, "0123456789")
	if i < 0 {
		return pre + c + inner + post
	}
	return c[:i] + pre + c[i:] + inner + post
}
