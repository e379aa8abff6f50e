package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
)

// review and plan put a paragraph in a report's review or in its work plan.
func review(p string) string { return "一、2025年工作回顾\n" + p + "\n" }
func plan(p string) string {
	return "一、2025年工作回顾\n地区生产总值完成100亿元。\n二、2026年重点工作\n" + p + "\n"
}

// brief is one fact of a draft in a line: where it is, name, value and
// unit, change, qualifier; the review's first fact of plan() is left out.
func brief(r *report.Report) []string {
	var out []string
	change := func(c *report.Change) string {
		if c == nil {
			return ""
		}
		s := " " + string(c.Kind) + " " + c.Value.String()
		if c.Label != "" {
			s += " " + c.Label
		}
		return s
	}
	dec := func(d *report.Decimal) string {
		if d == nil {
			return "-"
		}
		return d.String()
	}
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			if in.Quote == "地区生产总值完成100亿元" {
				continue
			}
			out = append(out, fmt.Sprintf("result %s %s%s%s q=%s", in.Name, dec(in.Value), in.Unit, change(in.Change), in.Qualifier))
		}
	}
	for _, t := range r.Targets {
		out = append(out, fmt.Sprintf("target %s %s %s%s q=%s", t.Name, t.Kind, dec(t.Value), t.Unit, t.Qualifier))
	}
	for _, t := range r.Tasks {
		for _, it := range t.Items {
			for _, f := range it.Figures {
				out = append(out, fmt.Sprintf("figure %s %s%s%s q=%s", f.Name, f.Value.String(), f.Unit, change(f.Change), f.Qualifier))
			}
		}
	}
	return out
}

// TestRules: each pattern that recurs across reports, in a sentence of
// its own, and the records it gives.
func TestRules(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, text string
		want       []string
	}{
		{"a count with 以上 is at least so many, not a class", plan("新建5个以上紧密型城市医疗集团。"),
			[]string{"figure 新建紧密型城市医疗集团 5个 q=以上"}},
		{"a measure with 以上 before a noun names a class", plan("实施2000万元以上项目30个。"),
			[]string{"figure 项目 30个 q="}},
		{"及以上 after a unit per hour names a class", plan("推进65蒸吨/小时及以上燃煤锅炉超低排放改造。"),
			nil},
		{"a unit per another", review("全员劳动生产率达58万元/人，事故死亡率控制在0.6人/百亿元以下。"),
			[]string{"result 全员劳动生产率 58万元/人 q=", "result 事故死亡率 0.6人/百亿元 q=控制在、以下"}},
		{"N期 counts sessions", review("组织教师参加各级各类培训44期。"),
			[]string{"result 教师参加各级各类培训 44期 q="}},
		{"a ratio of the level before it", review("完成投资37.56亿元,投资完成率达到101.8%。"),
			[]string{"result 完成投资 37.56亿元 rate 101.8 投资完成率 q="}},
		{"a rate of its own after a level", review("治理水土流失面积3.55万平方公里，水土保持率61.4%。"),
			[]string{"result 治理水土流失面积 3.55万平方公里 q=", "result 水土保持率 61.4% q="}},
		{"a rate in a plan after a figure is its change", plan("总投资214.24亿元,同比增长51.5%。"),
			[]string{"figure 总投资 214.24亿元 yoy 51.5 q="}},
		{"a growth rate alone in the plan is a target", plan("推动商品消费扩容提质升级。社会消费品零售总额增长5%左右。"),
			[]string{"target 社会消费品零售总额 growth 5% q=左右"}},
		{"涨幅 is a growth target", plan("今年发展的主要预期目标是：居民消费价格涨幅2%左右。"),
			[]string{"target 居民消费价格 growth 2% q=左右"}},
		{"降幅 is a fall", review("单位国内生产总值能耗降幅超过3%。"),
			[]string{"result 单位国内生产总值能耗 - yoy -3 q=超过"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := brief(&Extract(tt.text).Report)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%s\ngot:\n  %s\nwant:\n  %s", tt.text, strings.Join(got, "\n  "), strings.Join(tt.want, "\n  "))
			}
		})
	}
}
