package report_test

import (
	"errors"
	"testing"

	"github.com/workreport/workreport/report"
)

// fuzzSeed is a small report with every part of the model: the fuzzer
// mutates it (the samples, 20 to 70 KB, made each run spend its time
// minimising what it found).
const fuzzSeed = `meta: {title: 测试区2025年政府工作报告, region: 测试区, level: district, year: 2025, date: 2025-01-20, speaker: 区长 于民}
results:
  - id: jin
    number: （一）
    title: “进”的步伐更为稳健
    indicators:
      - {id: gdp, name: 地区生产总值, theme: 经济, value: "2,431.67", unit: 亿元, qualifier: 预计, change: {kind: yoy, value: 5.5}, quote: "地区生产总值2,431.67亿元"}
      - {id: avg, name: 投资, period: 2021-2025, measure: average, change: {kind: yoy, value: -1.5, against: 全国}, quote: 年均下降1.5%}
      - {id: std, name: 补贴, value: 1, upper: 2, unit: 万元, kind: standard, per: 人, quote: 每人1万元}
targets:
  - {id: g, name: 地区生产总值, kind: growth, value: 5.8, unit: "%", qualifier: 左右, base: gdp, reach: {value: 309, unit: 亿元}, quote: 增长5.8%左右}
  - {id: q, name: 居民收入, kind: qualitative, text: 基本同步, nature: binding, quote: 基本同步}
tasks:
  - id: t1
    title: 坚持大抓项目
    summary: 抓项目
    items:
      - title: 完善基础
        figures: [{id: f, name: 投资, value: 4000, unit: 万元, money: investment, purpose: 改造, quote: 计划投资4000万元}]
annexes:
  - {id: a, title: 民生实事, items: [{title: 托育, lead: 卫健委, figures: [{id: n, name: 托位, value: 1, unit: 万个, quote: 新增托位1万个}]}]}
glossary:
  - {term: 六个工程, definition: 是指……}
`

// FuzzParse: no input makes the loader panic, and every failure is a list
// of problems that each name the file.
//
//	go test ./report -run '^$' -fuzz '^FuzzParse$' -fuzztime 1000000x
func FuzzParse(f *testing.F) {
	f.Add([]byte(fuzzSeed))
	f.Add([]byte(`{"meta": {"title": "x", "region": "r", "level": "city", "year": 2025, "date": "2025-01-01"}, "results": [{"id": "s", "title": "t", "indicators": [{"id": "i", "name": "n", "value": 1, "unit": "个", "quote": "q"}]}]}`))
	f.Add([]byte("{\"meta\": {}}\n{\"meta\": {}} x"))
	f.Add([]byte("meta: {}\n...\n---\nresults: []\n"))
	f.Add([]byte("meta: &a [*a]\n"))
	f.Add([]byte("meta:\r\n  title: \"a\\u0007\"\x85\xef\xbf\xbf\x07"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.yaml", data)
		if err == nil {
			if r == nil {
				t.Fatal("no report and no error")
			}
			return
		}
		var problems report.Errors
		if !errors.As(err, &problems) || len(problems) == 0 {
			t.Fatalf("error is not a list of problems: %v", err)
		}
		for _, p := range problems {
			if p.File != "fuzz.yaml" || p.Msg == "" || p.Line < 0 || p.Col < 0 {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}

// TestFuzzSeedLoads: the seed is valid, so mutations start from a report.
func TestFuzzSeedLoads(t *testing.T) {
	if _, err := report.Parse("seed.yaml", []byte(fuzzSeed)); err != nil {
		t.Fatal(err)
	}
}
