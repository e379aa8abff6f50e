package sheets

import (
	"testing"

	"github.com/workreport/workreport/report"
)

// edgeReport is a report built in Go with the shapes the samples may lack:
// trailing zeros, negative and zero rates, percentage points, values in %,
// big numbers, every kind and nature (set and left out), money in 元 and
// 万亿元, a task without items, an item without figures, multi-line text and
// text that looks like a formula.
func edgeReport() *report.Report {
	d := report.MustDecimal
	p := func(s string) *report.Decimal { x := d(s); return &x }
	return &report.Report{
		Meta: report.Meta{Title: "测试区2026年政府工作报告", Region: "测试区", Level: report.LevelCounty, Year: 2026, Date: "2026-01-15"},
		Results: []report.Section{{
			ID: "a", Title: "（一）经济运行",
			Indicators: []report.Indicator{
				{ID: "gdp", Name: "地区生产总值", Value: p("1,234.50"), Unit: "亿元", Qualifier: "预计", Kind: report.KindFlow,
					Change: &report.Change{Kind: report.ChangeYoY, Value: d("5.0")}, Target: p("5.5"), Quote: "地区生产总值1,234.50亿元、增长5.0%"},
				{ID: "cpi", Name: "居民消费价格涨幅", Value: p("0.2"), Unit: "%", Quote: "居民消费价格上涨0.2%"},
				{ID: "exports", Name: "出口", Value: p("9.50"), Unit: "亿元", Change: &report.Change{Kind: report.ChangeYoY, Value: d("-3.25")}, Quote: "出口9.50亿元，下降3.25%"},
				{ID: "share", Name: "民生支出", Value: p("80"), Unit: "亿元", Kind: report.KindStock,
					Change: &report.Change{Kind: report.ChangeShare, Value: d("75.00"), Label: "占一般公共预算支出"}, Quote: "民生支出80亿元，占75.00%"},
			},
		}, {
			ID: "b", Title: "=SUM(A1:A2)",
			Indicators: []report.Indicator{
				{ID: "rate", Name: "城镇化率", Value: p("70.1"), Unit: "%", Change: &report.Change{Kind: report.ChangePP, Value: d("0.0")}, Target: p("70"), Quote: "城镇化率70.1%，与上年持平"},
				{ID: "people", Name: "+常住人口", Value: p("1000000"), Unit: "人", Quote: "常住人口1000000人\n第二行"},
			},
		}},
		Targets: []report.Target{
			{ID: "gdp-t", Name: "地区生产总值", Kind: report.TargetGrowth, Value: p("6"), Unit: "%", Qualifier: "左右", Base: "gdp", Quote: "增长6%左右"},
			{ID: "cpi-t", Name: "居民消费价格涨幅", Kind: report.TargetLevel, Value: p("2"), Unit: "%", Nature: report.NatureExpected, Base: "cpi", Quote: "2%左右"},
			{ID: "energy", Name: "能耗", Kind: report.TargetCap, Value: p("1.25"), Unit: "万吨标准煤", Qualifier: "以内", Nature: report.NatureBinding, Quote: "控制在1.25万吨标准煤以内"},
			{ID: "jobs", Name: "城镇新增就业", Kind: report.TargetFloor, Value: p("12000"), Unit: "人", Qualifier: "不低于", Quote: "不低于12000人"},
			{ID: "income", Name: "居民收入", Kind: report.TargetQualitative, Text: "@居民收入增幅与经济增长基本同步", Quote: "居民收入增幅与经济增长基本同步"},
		},
		Tasks: []report.Task{
			{ID: "t1", Title: "坚持项目建设", Summary: "抓项目。", Items: []report.Item{
				{Title: "谋划项目", Summary: "谋划项目。", Figures: []report.Figure{
					{ID: "f1", Name: "总投资", Value: d("214.24"), Unit: "亿元", Change: &report.Change{Kind: report.ChangeYoY, Value: d("51.5")}, Quote: "总投资214.24亿元"},
					{ID: "f2", Name: "补助", Value: d("4,000"), Unit: "万元", Qualifier: "约", Purpose: "用于改造", Quote: "约4,000万元"},
					{ID: "f3", Name: "奖励", Value: d("500000.5"), Unit: "元", Quote: "500000.5元"},
					{ID: "f4", Name: "国债", Value: d("1.3"), Unit: "万亿元", Quote: "1.3万亿元"},
					{ID: "f5", Name: "小区", Value: d("21"), Unit: "个", Quote: "改造21个小区"},
				}},
				{Title: "没有数字的事项"},
			}},
			{ID: "t2", Title: "坚持改革"},
		},
		Glossary: []report.Term{{Term: "-负号开头", Definition: "第一行\n第二行"}},
	}
}

func TestRoundTripEdgeReport(t *testing.T) {
	t.Parallel()
	want := edgeReport()
	got, err := Read("edge.xlsx", writeBook(t, want))
	if err != nil {
		t.Fatal(err)
	}
	sameReport(t, got, want)
}

func TestTaskTotalsInWan(t *testing.T) {
	t.Parallel()
	f := openBook(t, writeBook(t, edgeReport()))
	// 214.24亿元 + 4,000万元 + 500000.5元 + 1.3万亿元 = 2142400 + 4000 + 50.00005 + 130000000 万元.
	got, _ := f.GetCellValue("任务", "I2")
	if got != "132146450.00005" {
		t.Errorf("任务!I2 (task total) = %s, want 132146450.00005", got)
	}
	fm, _ := f.GetCellFormula("任务", "I2")
	if fm != `SUMIFS($H:$H,$O:$O,$O2,$C:$C,"数字")` {
		t.Errorf("任务!I2 formula = %q", fm)
	}
	for ref, want := range map[string]string{"H4": "F4*10000", "H5": "F5", "H6": "F6/10000", "H7": "F7*100000000", "H8": ""} {
		if fm, _ := f.GetCellFormula("任务", ref); fm != want {
			t.Errorf("任务!%s formula = %q, want %q", ref, fm, want)
		}
	}
}
