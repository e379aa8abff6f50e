package report

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Track is one region's reports across years: each year's targets beside
// the results the next year's report states for them, and the series of
// every indicator that recurs. Gaps — a missing year, a result not stated —
// stay gaps; nothing is filled in.
type Track struct {
	Region string
	Years  []int // the years of the reports present, ascending
	Rows   []Attainment
	Series []Point
}

// Attainment is one target of one year beside its result.
type Attainment struct {
	Indicator   string // the target's name as its report writes it
	Year        int    // the year the target was set for
	Target      Target
	TargetQuote string
	// Actual is the result the next year's report states: the growth in
	// percent for a growth target, else the level in the target's unit.
	Actual      *Decimal
	ActualUnit  string
	ActualName  string // the result's name as the next report writes it
	ActualQuote string
	// Guess is set when the names were matched loosely (one contains the
	// other) rather than equal or known synonyms.
	Guess  bool
	Status Status
}

// Status is how a target fared.
type Status string

const (
	StatusMet           Status = "完成"
	StatusNearly        Status = "基本完成" // within the tolerance of 左右
	StatusMissed        Status = "未完成"
	StatusNoReport      Status = "无下年报告" // the next year's report is not among the inputs
	StatusNoResult      Status = "未见结果"  // the next report states no result for it
	StatusNotComparable Status = "不可比"   // qualitative, or units that do not convert
)

// AttainmentRule is the rule Status follows, as the outputs print it.
const AttainmentRule = "判定规则：增速目标以下一年报告所述实际增速比较，水平目标以实际水平（换算为目标单位）比较。" +
	"“以上”“不低于”“力争”“确保”及无限定词：实际不低于目标为完成；" +
	"“左右”：实际不低于目标为完成，低于目标不超过0.5个百分点（水平目标为1%）为基本完成；" +
	"区间目标（如4.5%—5%）：实际不低于下限为完成；" +
	"上限目标（“以内”“不超过”“控制在”）：实际不高于目标为完成。" +
	"下一年报告缺失或未述及的，标为缺口，不作推算。"

// Point is one value of a series: a result or a target of one year.
type Point struct {
	Indicator string
	Year      int
	Kind      string // 实绩, 增速, 目标
	Value     Decimal
	Unit      string
	Quote     string
	Report    int // the year of the report that states it
}

// synonyms are names that mean the same indicator across reports.
var synonyms = map[string]string{
	"国内生产总值": "地区生产总值", "生产总值": "地区生产总值", "GDP": "地区生产总值", "gdp": "地区生产总值",
	"地区生产总值（GDP）": "地区生产总值", "全区生产总值": "地区生产总值",
	"一般公共财政预算收入": "一般公共预算收入", "公共财政预算收入": "一般公共预算收入", "地方一般公共预算收入": "一般公共预算收入",
	"全社会固定资产投资": "固定资产投资", "城镇固定资产投资": "固定资产投资",
	"社会消费品零售额": "社会消费品零售总额",
}

// CanonicalName is the name an indicator is matched by across years: 国内
// 生产总值, 全区地区生产总值 and GDP are all 地区生产总值.
func CanonicalName(name string) string {
	n := strings.Join(strings.Fields(name), "")
	for _, p := range []string{"全区", "全市", "全省", "全县", "全旗", "全国", "全年"} {
		n = strings.TrimPrefix(n, p)
	}
	if rest, ok := strings.CutPrefix(n, "规上"); ok {
		n = "规模以上" + rest // the usual short form
	}
	// A resident's disposable income is per person whether the name says
	// so or not (城镇居民可支配收入 = 城镇居民人均可支配收入).
	n = strings.Replace(n, "居民人均可支配收入", "居民可支配收入", 1)
	// 区本级全社会固定资产投资额 is 区本级固定资产投资: 全社会 says what
	// every investment statistic covers, 额 what every amount is.
	n = strings.Replace(n, "全社会", "", 1)
	if rest, ok := strings.CutSuffix(n, "投资额"); ok {
		n = rest + "投资"
	}
	if s, ok := synonyms[n]; ok {
		return s
	}
	return n
}

// SameIndicator tells whether two names are the same indicator (国内生产总值
// and 全区地区生产总值, 规上工业增加值 and 规模以上工业增加值), and whether that
// is a guess: one name holding the other (进出口总额, 货物进出口总额).
func SameIndicator(a, b string) (same, guess bool) {
	ca, cb := CanonicalName(a), CanonicalName(b)
	switch {
	case ca == cb:
		return true, false
	case strings.Contains(ca, "人均") != strings.Contains(cb, "人均"):
		return false, false // 人均地区生产总值 is no 地区生产总值
	case len(ca) >= 6 && len(cb) >= 6 && (strings.Contains(ca, cb) || strings.Contains(cb, ca)):
		return true, true
	}
	return false, false
}

// Tracks groups reports by region and lines each year's targets up with
// the next year's results. Reports of one region and year after the first
// are left out (the first in the order given wins).
func Tracks(reports []*Report) []Track {
	byRegion := map[string]map[int]*Report{}
	var regions []string
	for _, r := range reports {
		reg := r.Meta.Region
		if byRegion[reg] == nil {
			byRegion[reg] = map[int]*Report{}
			regions = append(regions, reg)
		}
		if _, dup := byRegion[reg][r.Meta.Year]; !dup {
			byRegion[reg][r.Meta.Year] = r
		}
	}
	sort.Strings(regions)
	var out []Track
	for _, reg := range regions {
		out = append(out, track(reg, byRegion[reg]))
	}
	return out
}

func track(region string, byYear map[int]*Report) Track {
	t := Track{Region: region}
	for y := range byYear {
		t.Years = append(t.Years, y)
	}
	sort.Ints(t.Years)
	for _, y := range t.Years {
		r := byYear[y]
		for _, s := range r.Results {
			for _, in := range s.Indicators {
				if in.Period != "" {
					continue // a span or a date, not the past year's
				}
				if in.Value != nil {
					t.Series = append(t.Series, Point{Indicator: CanonicalName(in.Name), Year: y - 1, Kind: "实绩", Value: *in.Value, Unit: in.Unit, Quote: in.Quote, Report: y})
				}
				if in.Change != nil && in.Change.Kind == ChangeYoY {
					t.Series = append(t.Series, Point{Indicator: CanonicalName(in.Name), Year: y - 1, Kind: "增速", Value: in.Change.Value, Unit: "%", Quote: in.Quote, Report: y})
				}
			}
		}
		for _, tg := range r.Targets {
			if tg.Value == nil || !r.ThisYear(tg) {
				continue
			}
			unit := tg.Unit
			if tg.Kind == TargetGrowth {
				unit = "%"
			}
			t.Series = append(t.Series, Point{Indicator: CanonicalName(tg.Name), Year: y, Kind: "目标", Value: *tg.Value, Unit: unit, Quote: tg.Quote, Report: y})
			t.Rows = append(t.Rows, attain(tg, y, byYear[y+1]))
		}
	}
	sort.SliceStable(t.Series, func(i, j int) bool {
		a, b := t.Series[i], t.Series[j]
		if a.Indicator != b.Indicator {
			return a.Indicator < b.Indicator
		}
		if a.Year != b.Year {
			return a.Year < b.Year
		}
		return a.Kind < b.Kind
	})
	return t
}

// attain lines one target up with the next report's result.
func attain(tg Target, year int, next *Report) Attainment {
	a := Attainment{Indicator: tg.Name, Year: year, Target: tg, TargetQuote: tg.Quote}
	if tg.Kind == TargetQualitative || tg.Value == nil {
		a.Status = StatusNotComparable
		return a
	}
	if next == nil {
		a.Status = StatusNoReport
		return a
	}
	var best *Indicator
	guess := true
	for si := range next.Results {
		for ii := range next.Results[si].Indicators {
			in := &next.Results[si].Indicators[ii]
			if in.Period != "" {
				continue
			}
			same, g := SameIndicator(tg.Name, in.Name)
			if !same {
				continue
			}
			usable := tg.Kind == TargetGrowth && in.Change != nil && in.Change.Kind == ChangeYoY || tg.Kind != TargetGrowth && in.Value != nil
			if usable && (best == nil || guess && !g) {
				best, guess = in, g
			}
		}
	}
	if best == nil {
		a.Status = StatusNoResult
		return a
	}
	a.ActualName, a.ActualQuote, a.Guess = best.Name, best.Quote, guess
	if tg.Kind == TargetGrowth {
		v := best.Change.Value
		a.Actual, a.ActualUnit = &v, "%"
	} else {
		conv, ok := Convert(best.Value.Dec(), best.Unit, tg.Unit)
		if !ok {
			if best.Unit != tg.Unit {
				a.Status = StatusNotComparable
				v := *best.Value
				a.Actual, a.ActualUnit = &v, best.Unit
				return a
			}
			conv = best.Value.Dec()
		}
		v := NewDecimal(conv, max(best.Value.Places(), tg.Value.Places()))
		if !conv.Equal(best.Value.Dec()) {
			v = NewDecimal(conv, best.Value.Places()+4)
		}
		a.Actual, a.ActualUnit = &v, tg.Unit
	}
	a.Status = judge(tg, a.Actual.Dec())
	return a
}

// judge applies AttainmentRule.
func judge(tg Target, actual decimal.Decimal) Status {
	target := tg.Value.Dec()
	q := tg.Qualifier
	capped := tg.Kind == TargetCap || strings.Contains(q, "以内") || strings.Contains(q, "不超过") || strings.Contains(q, "控制在")
	if capped {
		if actual.LessThanOrEqual(target) {
			return StatusMet
		}
		return StatusMissed
	}
	if actual.GreaterThanOrEqual(target) {
		return StatusMet
	}
	if strings.Contains(q, "左右") {
		tol := decimal.RequireFromString("0.5")
		if tg.Kind != TargetGrowth {
			tol = target.Abs().Div(decimal.NewFromInt(100))
		}
		if target.Sub(actual).LessThanOrEqual(tol) {
			return StatusNearly
		}
	}
	return StatusMissed
}

// ByIndicator is the attainment rows grouped by indicator (their
// canonical name), each group in year order: how the outputs list them.
func (t Track) ByIndicator() []Attainment {
	rows := append([]Attainment(nil), t.Rows...)
	sort.SliceStable(rows, func(i, j int) bool {
		a, b := CanonicalName(rows[i].Indicator), CanonicalName(rows[j].Indicator)
		if a != b {
			return a < b
		}
		return rows[i].Year < rows[j].Year
	})
	return rows
}

// Headlines are the indicators whose targets recur over at least two
// years with a stated result: the ones a chart is drawn for.
func (t Track) Headlines() []string {
	count := map[string]int{}
	var order []string
	for _, a := range t.Rows {
		if a.Actual == nil {
			continue
		}
		c := CanonicalName(a.Indicator)
		if count[c] == 0 {
			order = append(order, c)
		}
		count[c]++
	}
	var out []string
	for _, c := range order {
		if count[c] >= 2 {
			out = append(out, c)
		}
	}
	return out
}

// TargetPhrase is a target's value as its report states it: 增长8%左右,
// 控制在5%以内, 24万亩以上.
func (a Attainment) TargetPhrase() string {
	tg := a.Target
	if tg.Value == nil {
		return tg.Text
	}
	num := tg.Value.String()
	if tg.Upper != nil {
		num += "—" + tg.Upper.String()
	}
	var s string
	if tg.Kind == TargetGrowth {
		before, after := RateAround("增长", "%", tg.Qualifier)
		s = before + num + after
	} else {
		s = Phrase(num, tg.Unit, tg.Qualifier)
	}
	if tg.Reach != nil {
		s += "，达到" + tg.Reach.Value.String() + tg.Reach.Unit
	}
	return s
}
