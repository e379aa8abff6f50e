package report

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestHeadlines: what each kind of target gives the comparison of reports.
func TestHeadlines(t *testing.T) {
	t.Parallel()
	const head = `meta: {title: 某省2026年政府工作报告, region: 某省, level: 省, year: 2026, date: 2026-01-25}
results:
  - id: y2025
    title: 2025年工作回顾
    indicators:
      - {id: gdp, name: 地区生产总值, value: 5.2, unit: 万亿元, change: {kind: yoy, value: 5.4}, quote: 地区生产总值5.2万亿元，增长5.4%}
      - {id: grain, name: 粮食产量, value: 840, unit: 亿斤, qualifier: 超过, quote: 粮食产量超过840亿斤}
      - {id: gdp-avg, name: 地区生产总值, period: 2021-2025, measure: average, change: {kind: yoy, value: 5.9}, quote: 年均增长5.9%}
      - {id: income, name: 居民人均可支配收入, change: {kind: yoy, value: 0.3, against: 全国}, quote: 高于全国0.3%}
targets:
`
	for _, tt := range []struct {
		name, targets string
		want          []string // each headline as JSON, in order
	}{
		{"growth with its base and the base's qualifier",
			`  - {id: g, name: 粮食产量, kind: growth, value: 1, qualifier: 左右, base: grain, quote: 增长1%左右}`,
			[]string{`{"name":"粮食产量","indicator":"grain","value":840,"unit":"亿斤","qualifier":"超过","target_kind":"growth","target":1,"target_unit":"%","target_qualifier":"左右","implied":848}`}},
		{"a range keeps its upper end",
			`  - {id: g, name: 地区生产总值, kind: growth, value: 4.5, upper: 5, unit: "%", base: gdp, quote: 增长4.5%—5%}`,
			[]string{`{"name":"地区生产总值","indicator":"gdp","value":5.2,"unit":"万亿元","growth":5.4,"target_kind":"growth","target":4.5,"target_upper":5,"target_unit":"%","implied":5.4}`}},
		{"a rate and a level are one target, both kept",
			`  - {id: r, name: 一般公共预算收入, kind: growth, value: 7.5, reach: {value: 309, unit: 亿元}, quote: 增长7.5%，达到309亿元}`,
			[]string{`{"name":"一般公共预算收入","target_kind":"growth","target":7.5,"target_unit":"%","target_reach":{"value":309,"unit":"亿元"}}`}},
		{"two targets of one name are both kept",
			`  - {id: a, name: 粮食产量, kind: level, value: 1.4, unit: 万亿斤, qualifier: 左右, base: grain, quote: 粮食产量1.4万亿斤左右}
  - {id: b, name: 粮食产量, kind: growth, value: 1, base: grain, quote: 增长1%}`,
			[]string{`{"name":"粮食产量","indicator":"grain","value":840,"unit":"亿斤","qualifier":"超过","target_kind":"level","target":1.4,"target_unit":"万亿斤","target_qualifier":"左右"}`,
				`{"name":"粮食产量","indicator":"grain","value":840,"unit":"亿斤","qualifier":"超过","target_kind":"growth","target":1,"target_unit":"%","implied":848}`}},
		{"a goal for a span is not this year's target",
			`  - {id: g, name: 地区生产总值, kind: growth, period: 2026-2030, measure: average, value: 5, qualifier: 左右, base: gdp, quote: 年均增长5%左右}`,
			nil},
		{"a goal for a later year is not this year's target",
			`  - {id: g, name: 粮食产量, kind: level, period: "2030", value: 900, unit: 亿斤, base: grain, quote: 到2030年粮食产量900亿斤}`,
			nil},
		{"a target for the report's own year, written out, is",
			`  - {id: g, name: 粮食产量, kind: level, period: "2026", value: 850, unit: 亿斤, base: grain, quote: 粮食产量850亿斤}`,
			[]string{`{"name":"粮食产量","indicator":"grain","value":840,"unit":"亿斤","qualifier":"超过","target_kind":"level","target":850,"target_unit":"亿斤"}`}},
		{"a 十四五 average is not last year's growth",
			`  - {id: g, name: 地区生产总值, kind: growth, value: 5, base: gdp-avg, quote: 增长5%}`,
			[]string{`{"name":"地区生产总值","target_kind":"growth","target":5,"target_unit":"%"}`}},
		{"a change against a benchmark is not growth",
			`  - {id: g, name: 居民人均可支配收入, kind: growth, value: 5, base: income, quote: 增长5%}`,
			[]string{`{"name":"居民人均可支配收入","indicator":"income","target_kind":"growth","target":5,"target_unit":"%"}`}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse("t.yaml", []byte(head+tt.targets+"\n"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, h := range r.Headlines() {
				b, _ := json.Marshal(h)
				got = append(got, string(b))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("headlines\n got: %s\nwant: %s", strings.Join(got, "\n      "), strings.Join(tt.want, "\n      "))
			}
		})
	}
}
