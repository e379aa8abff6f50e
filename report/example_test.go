package report_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/workreport/workreport/report"
)

const district = `meta:
  title: 某区2025年政府工作报告
  region: 某区
  level: district
  year: 2025
  date: 2025-01-20
results:
  - id: economy
    title: 经济运行稳中有进
    indicators:
      - id: gdp
        name: 地区生产总值
        value: 231.52
        unit: 亿元
        qualifier: 预计
        change: {kind: yoy, value: 5.5}
        quote: 地区生产总值预计完成231.52亿元,同比增长5.5%
targets:
  - id: gdp-growth
    name: 地区生产总值
    kind: growth
    value: 5.8
    unit: "%"
    qualifier: 左右
    base: gdp
    quote: 地区生产总值增长5.8%左右
`

// A data file becomes a Report; a growth target implies this year's level
// from last year's, exactly.
func ExampleParse() {
	r, err := report.Parse("district.yaml", []byte(district))
	if err != nil {
		fmt.Println(err)
		return
	}
	gdp := r.Indicator("gdp")
	fmt.Println(gdp.Name, gdp.Value, gdp.Unit, "同比", gdp.Change.Value.String()+"%")
	t := r.Targets[0]
	implied, _ := r.Implied(t)
	fmt.Printf("target %s%%%s → about %s%s\n", t.Value, t.Qualifier, implied, gdp.Unit)
	// Output:
	// 地区生产总值 231.52 亿元 同比 5.5%
	// target 5.8%左右 → about 244.95亿元
}

// Every problem of a file comes back at once, each with its line and
// column and what was expected.
func ExampleErrors() {
	bad := strings.NewReplacer("level: district", "level: distrct", "base: gdp", "base: gdpp").Replace(district)
	_, err := report.Parse("bad.yaml", []byte(bad))
	var problems report.Errors
	if errors.As(err, &problems) {
		for _, p := range problems {
			fmt.Printf("line %d col %d: %s\n", p.Line, p.Col, p.Msg)
		}
	}
	// Output:
	// line 4 col 10: meta.level: "distrct" is not one of national, province, autonomous-region, municipality, city, county-city, district, county, banner, township (did you mean "district"?)
	// line 25 col 11: base "gdpp" names no indicator of the results (did you mean "gdp"?)
}
