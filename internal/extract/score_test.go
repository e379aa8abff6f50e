package extract

import (
	"strings"
	"testing"

	"github.com/workreport/workreport/report"
)

// TestMatch: a number recorded twice by hand is one number of the text, and
// a number quoted the same way in both is paired before a looser neighbour.
func TestMatch(t *testing.T) {
	t.Parallel()
	target := fact{kind: "target", value: "24", unit: "万亩", name: "粮食播种面积", quote: "确保粮食播种面积稳定在24万亩以上"}
	figure := target
	figure.kind = "figure"
	if got := distinct([]fact{target, figure}); len(got) != 1 {
		t.Errorf("the same number twice counts %d times", len(got))
	}
	two := fact{value: "100", unit: "%", name: "残疾儿童义务教育率", quote: "适龄儿童入学和残疾儿童义务教育率达到100%"}
	one := two
	one.name = "适龄儿童入学率"
	if got := distinct([]fact{one, two}); len(got) != 2 {
		t.Errorf("two rates of one clause count %d times", len(got))
	}

	goal := fact{value: "5", unit: "%", period: "2026-2030", quote: "社会消费品零售总额年均增长5%"}
	year := fact{value: "5", unit: "%", quote: "社会消费品零售总额增长5%左右"}
	pairs, draftOnly, sampleOnly := match([]fact{goal, year}, []fact{year, goal})
	if len(pairs) != 2 || len(draftOnly) != 0 || len(sampleOnly) != 0 {
		t.Fatalf("pairs %v, left %v %v", pairs, draftOnly, sampleOnly)
	}
	for _, p := range pairs {
		if p[0].quote != p[1].quote {
			t.Errorf("%q paired with %q", p[0].quote, p[1].quote)
		}
	}

	// The same words stated twice: the record of the same period pairs.
	goalCap := fact{value: "5", unit: "%", period: "2026-2030", quote: "城镇调查失业率控制在5%以内"}
	yearCap := fact{value: "5", unit: "%", quote: "城镇调查失业率控制在5%以内"}
	pairs, _, _ = match([]fact{goalCap, yearCap}, []fact{yearCap, goalCap})
	for _, p := range pairs {
		if p[0].period != p[1].period {
			t.Errorf("period %q paired with %q", p[0].period, p[1].period)
		}
	}
}

// TestReviewCounts: the draft's marks are counted against the facts with a
// field wrong: a marked wrong fact is caught, a marked right one is not.
func TestReviewCounts(t *testing.T) {
	t.Parallel()
	dec := func(s string) *report.Decimal { d := report.MustDecimal(s); return &d }
	sample := &report.Report{Results: []report.Section{{Title: "a", Indicators: []report.Indicator{
		{ID: "a", Name: "固定资产投资", Value: dec("5"), Unit: "亿元", Quote: "全年投资5亿元"},
		{ID: "b", Name: "粮食产量", Value: dec("12"), Unit: "万吨", Quote: "粮食产量12万吨"},
		{ID: "c", Name: "新建道路", Value: dec("3"), Unit: "条", Quote: "新建道路3条"},
	}}}}
	draft := &Draft{Report: *sample, Checks: map[string]string{
		"results[0].indicators[0].name": "check the name",
		"results[0].indicators[1].name": "check the name",
	}}
	draft.Report.Results = []report.Section{{Title: "a", Indicators: append([]report.Indicator(nil), sample.Results[0].Indicators...)}}
	draft.Report.Results[0].Indicators[0].Name = "投资"   // wrong, marked
	draft.Report.Results[0].Indicators[2].Name = "道路新建" // wrong, not marked
	sc := CompareDraft(draft, sample)
	if got, want := sc.Review, (struct{ Wrong, Marked, WrongMarked int }{2, 2, 1}); got != want {
		t.Errorf("review %+v, want %+v", got, want)
	}
	var b strings.Builder
	sc.Write(&b)
	if !strings.Contains(b.String(), "all four fields right once the marked facts are reviewed: 66.7 %") {
		t.Errorf("score:\n%s", b.String())
	}
}

// TestGrouping: sections are scored by the facts they hold as well as by
// their titles: titles worded otherwise group alike, and a drafted section
// that merges two labelled ones is right for the larger only.
func TestGrouping(t *testing.T) {
	pair := func(s, d string) [2]fact { return [2]fact{{section: s}, {section: d}} }
	for _, tt := range []struct {
		name  string
		pairs [][2]fact
		agree int
	}{
		{"titles worded otherwise", [][2]fact{pair("五年来，我们纵深推进改革开放，发展动力持续增强", "发展动力持续增强"), pair("五年来，我们纵深推进改革开放，发展动力持续增强", "发展动力持续增强"), pair("一是稳增长", "稳增长")}, 3},
		{"two labelled sections merged in one drafted", [][2]fact{pair("A", "X"), pair("A", "X"), pair("B", "X")}, 2},
		{"one labelled section split in two drafted", [][2]fact{pair("A", "X"), pair("A", "Y"), pair("A", "X")}, 2},
	} {
		if got := grouping(tt.pairs).Agree; got != tt.agree {
			t.Errorf("%s: %d facts grouped right, want %d", tt.name, got, tt.agree)
		}
	}
}

// TestPeriodOf: a period that says only the year a record has anyway is
// the same as none (a labeller who writes period: 2021 in a report for
// 2022 and a draft that leaves it out agree); any other stays, with its
// measure.
func TestPeriodOf(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		p       report.Period
		m       report.Measure
		implied int
		want    string
	}{
		{"", "", 2021, ""},
		{"2021", "", 2021, ""},
		{"2020", "", 2021, "2020 "},
		{"2021-2025", report.MeasureAverage, 2025, "2021-2025 average"},
		{"2025", report.MeasureEnd, 2025, "2025 end"},
	} {
		if got := periodOf(c.p, c.m, c.implied); got != c.want {
			t.Errorf("periodOf(%q, %q, %d) = %q, want %q", c.p, c.m, c.implied, got, c.want)
		}
	}
}
