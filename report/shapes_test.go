package report

import (
	"strings"
	"testing"
)

// shapesDoc has one of each shape real reports take that a single past-year
// level does not: a 十四五 total and average, a rate-only fact, a comparison
// with a benchmark, a range, a from→to, a per-person standard, a rank, a
// target with both a rate and a level, a 十五五 goal, an annex, the report's
// own numbering and a level written in Chinese.
const shapesDoc = `meta:
  title: 某省2026年政府工作报告
  region: 某省
  level: 省
  year: 2026
  date: 2026-01-25
results:
  - id: plan14
    number: 一、
    title: “十四五”时期主要成就
    indicators:
      - {id: gdp-avg, name: 地区生产总值, period: 2021-2025, measure: average, change: {kind: yoy, value: 5.4}, quote: 年均增长5.4%}
      - {id: invest-total, name: 固定资产投资, period: 2021-2025, measure: total, value: 20, unit: 万亿元, qualifier: 超过, quote: 累计超过20万亿元}
      - {id: energy, name: 单位地区生产总值能耗, period: 2021-2025, measure: change, change: {kind: yoy, value: -14}, quote: 比2020年下降14%}
  - id: y2025
    number: （一）
    title: 2025年工作回顾
    indicators:
      - {id: gdp, name: 地区生产总值, change: {kind: yoy, value: 4.7}, quote: 地区生产总值增长4.7%}
      - {id: income, name: 居民人均可支配收入, value: 5.1, unit: "%", change: {kind: pp, value: 0.3, against: 全国}, quote: 增长5.1%，高于全国0.3个百分点}
      - {id: pension, name: 城乡居民基础养老金, from: 5, value: 10, unit: 元, qualifier: 提高到, quote: 由5元提高到10元}
      - {id: subsidy, name: 育儿补贴, value: 1, unit: 万元, kind: standard, per: 人, quote: 每人1万元}
      - {id: rank, name: 营商环境评价, value: 5, unit: 位, kind: rank, quote: 居全国第5位}
      - {id: jobs-share, name: 城镇新增就业占全国, fraction: 1/10, qualifier: 约, quote: 约占全国1/10}
      - {id: cpi-range, name: 居民消费价格涨幅, value: 0.5, upper: 1, unit: "%", quote: 0.5%—1%}
targets:
  - {id: gdp-growth, name: 地区生产总值, kind: growth, value: 4.5, upper: 5, unit: "%", base: gdp, quote: 增长4.5%—5%}
  - {id: revenue, name: 一般公共预算收入, kind: growth, value: 7.5, reach: {value: 309, unit: 亿元}, quote: 增长7.5%，达到309亿元}
  - {id: gdp-2030, name: 地区生产总值, kind: growth, period: 2026-2030, measure: average, value: 5, qualifier: 左右, quote: 年均增长5%左右}
annexes:
  - id: livelihood
    title: 2026年民生实事
    items:
      - {title: 托育服务, number: "1.", lead: 省卫生健康委, figures: [{id: nursery, name: 新增托位, value: 1, unit: 万个, quote: 新增托位1万个}]}
`

func TestRealReportShapesLoad(t *testing.T) {
	t.Parallel()
	r, err := Parse("shapes.yaml", []byte(shapesDoc))
	if err != nil {
		t.Fatal(err)
	}
	if r.Meta.Level != LevelProvince {
		t.Errorf("level 省 loaded as %q", r.Meta.Level)
	}
	if in := r.Indicator("pension"); in.Qualifier != "提高至" || in.From == nil {
		t.Errorf("from→to: %+v (the verb normalised to 提高至)", in)
	}
	if in := r.Indicator("gdp"); in.Value != nil || in.Change == nil {
		t.Errorf("rate-only fact: %+v", in)
	}
	if p := r.Indicator("gdp-avg").Period; !p.Multi() || p.Plan() != "十四五" || p.Label() != "“十四五”时期（2021—2025年）" {
		t.Errorf("period %q: multi %v, plan %q, label %q", p, p.Multi(), p.Plan(), p.Label())
	}
	hs := r.Headlines()
	if len(hs) != 2 || hs[0].Growth == nil || hs[0].Growth.String() != "4.7" || hs[0].Value != nil {
		t.Errorf("headlines: a rate-only base gives its growth and no level: %+v", hs)
	}
	if _, ok := r.Implied(r.Targets[0]); ok {
		t.Error("a rate-only base implies no level")
	}
}

func TestRealReportShapesProblems(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, old, new, want string }{
		{"period not a period", "period: 2021-2025, measure: total", "period: 十四五, measure: total",
			`period "十四五" is not a period (expected a year 2024, a span 2021-2025 or a date 2025-12-31)`},
		{"span without measure", "period: 2021-2025, measure: total,", "period: 2021-2025,",
			"needs a measure: total (累计), average (年均), end (at the end) or change (since 2020)"},
		{"measure without span", "{id: gdp, name: 地区生产总值, change", "{id: gdp, name: 地区生产总值, measure: total, change",
			"measure total is for a span of years"},
		{"neither value nor change", "{id: gdp, name: 地区生产总值, change: {kind: yoy, value: 4.7}, quote", "{id: gdp, name: 地区生产总值, quote",
			`indicator "gdp" has neither a value nor a change`},
		{"value without unit", "value: 5, unit: 位,", "value: 5,", `indicator "rank" has a value but no unit`},
		{"per without standard", "kind: standard, per: 人", "per: 人", "a value per 人 is a standard, not an amount (expected kind: standard)"},
		{"standard without per", "kind: standard, per: 人", "kind: standard", "a standard needs per"},
		{"upper below value", "value: 0.5, upper: 1,", "value: 0.5, upper: 0.4,", "upper 0.4 is not above value 0.5"},
		{"value with its unit", "value: 10, unit: 元", "value: 10元, unit: 元", `the unit goes in its own key: write value: 10 and unit: "元"`},
		{"percent in the value", "value: 5.1, unit", `value: "5.1%", unit`, `the unit goes in its own key: write value: 5.1 and unit: "%"`},
		{"full-width digits", "value: 10, unit: 元", "value: １０, unit: 元", "it has full-width characters; write 10"},
		{"chinese id", "{id: rank,", "{id: 营商环境,", "an id is a short ASCII key such as gdp or retail-sales; the Chinese name goes in name:"},
		{"empty name", "name: 育儿补贴", `name: ""`, "name is empty (expected text)"},
		{"empty quote", "quote: 每人1万元", `quote: " "`, "quote is empty (expected text)"},
		{"level unknown", "level: 省", "level: 村", `meta.level: "村" is not one of`},
		{"money on a count", "quote: 新增托位1万个}", "money: investment, quote: 新增托位1万个}", `money "investment" on a figure in "万个"`},
		{"reach without unit", "reach: {value: 309, unit: 亿元}", "reach: {value: 309}", `missing required key "unit"`},
		{"fraction not a fraction", "fraction: 1/10", "fraction: 一成", `fraction "一成" is not a fraction`},
		{"annex without items", "    items:\n      - {title: 托育服务", "    items: []\n    x:\n      - {title: 托育服务", `annex "livelihood" has no items`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(shapesDoc, tt.old) {
				t.Fatalf("shapesDoc has no %q", tt.old)
			}
			_, err := Parse("shapes.yaml", []byte(strings.Replace(shapesDoc, tt.old, tt.new, 1)))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
}
