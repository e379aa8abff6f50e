package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/workreport/workreport/report"
)

// testReport is a small report built in Go, with the characters fpdf cannot
// draw: 𠮷 (U+20BB7, outside the Basic Multilingual Plane, which makes fpdf
// panic) and ก (U+0E01, Thai, which the fonts lack).
func testReport() *report.Report {
	d := report.MustDecimal
	v := d("5.8")
	return &report.Report{
		Meta: report.Meta{Title: "测试区2025年政府工作报告", Region: "测试区", Level: report.LevelDistrict, Year: 2025, Date: "2025-01-20",
			Speaker: "测试区人民政府区长 吉𠮷", Occasion: "2025年1月20日在测试区第一届人民代表大会第一次会议上"},
		Results: []report.Section{{ID: "a", Title: "经济运行稳中有进", Indicators: []report.Indicator{
			{ID: "gdp", Name: "地区生产总值", Value: ptr(d("231.52")), Unit: "亿元", Qualifier: "预计", Change: &report.Change{Kind: report.ChangeYoY, Value: d("5.5")}, Quote: "地区生产总值预计完成231.52亿元"},
			{ID: "fall", Name: "事故起数", Value: ptr(d("3")), Unit: "起", Change: &report.Change{Kind: report.ChangeYoY, Value: d("-75")}, Quote: "下降75%"},
			{ID: "x", Name: "𠮷野家门店", Value: ptr(d("2431.67")), Unit: "万元", Quote: "2,431.67万元"},
			{ID: "y", Name: "泰文ก项目", Value: ptr(d("12")), Unit: "个", Qualifier: "余", Quote: "12余个"},
		}}},
		Targets: []report.Target{{ID: "g", Name: "地区生产总值", Kind: report.TargetGrowth, Value: &v, Unit: "%", Qualifier: "左右", Base: "gdp", Quote: "增长5.8%左右"}},
		Tasks: []report.Task{{ID: "t", Title: "坚持大抓项目,在夯实发展基础上实现更大突破", Summary: "坚持“项目为王”理念。", Items: []report.Item{
			{Title: "谋划项目", Summary: "谋划项目35个,总投资214.24亿元。", Figures: []report.Figure{
				{ID: "f", Name: "总投资", Value: d("214.24"), Unit: "亿元", Quote: "总投资214.24亿元"},
			}},
		}}},
		Glossary: []report.Term{{Term: "六个工程", Definition: "是指一项重大部署𠮷。"}},
	}
}

// TestUndrawableCharacters renders characters fpdf would panic on or the
// fonts lack: no panic, a □ in their place, one warning per field naming it.
func TestUndrawableCharacters(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	warnings, err := Render(&b, testReport(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for _, w := range warnings {
		if _, dup := fields[w.Field]; dup {
			t.Errorf("two warnings for %s", w.Field)
		}
		fields[w.Field] = w.Message
	}
	for field, char := range map[string]string{
		"meta.speaker":                  "U+20BB7",
		"results[0].indicators[2].name": "U+20BB7",
		"results[0].indicators[3].name": "U+0E01",
		"glossary[0].definition":        "U+20BB7",
	} {
		msg, ok := fields[field]
		if !ok {
			t.Errorf("no warning for %s; got %v", field, warnings)
			continue
		}
		if !strings.Contains(msg, char) || !strings.Contains(msg, "□") {
			t.Errorf("warning for %s = %q, want it to name %s and □", field, msg, char)
		}
	}
	if len(warnings) != 4 {
		t.Errorf("got %d warnings, want 4: %v", len(warnings), warnings)
	}
	file := writeTemp(t, "undrawable", b.Bytes())
	text := pdftotext(t, file)
	for _, want := range []string{"□野家门店", "泰文□项目", "吉□", "231.52", "2,431.67", "约244.95亿元", "下降75%", "12余个"} {
		if !strings.Contains(strings.Join(strings.Fields(text), ""), want) {
			t.Errorf("%q not in the text", want)
		}
	}
	if strings.ContainsRune(text, 0x20BB7) {
		t.Error("𠮷 reached the PDF")
	}
}

// TestNoReport: a nil report is an error, not a panic.
func TestNoReport(t *testing.T) {
	t.Parallel()
	if _, err := Render(&bytes.Buffer{}, nil, Options{}); err == nil {
		t.Error("Render(nil) succeeded")
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	d := report.MustDecimal
	second, thousand := d("2"), d("1000")
	rank := report.Indicator{Name: "地区生产总值增速", Value: &second, Unit: "位", Kind: report.KindRank, Quote: "增速居全国第2位"}
	count := report.Indicator{Name: "村", Value: &thousand, Unit: "个", Quote: "1000个"}
	tests := []struct{ got, want string }{
		{factNumber(rank), "第2"}, // a position, not a count of two
		{valuePhrase(rank, "位", ""), "第2位"},
		{factNumber(count), "1000"},
		{valuePhrase(count, "个", ""), "1000个"},
		{amount(d("231.52"), "亿元", "预计", ""), "预计231.52亿元"},
		{amount(d("1"), "万亩", "余", ""), "1万余亩"},
		{amount(d("120"), "个", "余", ""), "120余个"},
		{amount(d("24"), "万亩", "确保、以上", ""), "确保24万亩以上"},
		{amount(d("2431.67"), "万元", "累计", "累计2,431.67万元"), "累计2,431.67万元"},
		{amount(d("1100"), "万元", "", "投资1100万元"), "1100万元"},
		{changePhrase(&report.Change{Kind: report.ChangePP, Value: d("0.3"), Against: "全国"}), "高于全国0.3个百分点"},
		{changePhrase(&report.Change{Kind: report.ChangeYoY, Value: d("5.5")}), "增长5.5%"},
		{changePhrase(&report.Change{Kind: report.ChangeYoY, Value: d("-1.20")}), "下降1.20%"},
		{changePhrase(&report.Change{Kind: report.ChangeYoY, Value: d("11.04"), Label: "按可比口径"}), "按可比口径增长11.04%"},
		{changePhrase(&report.Change{Kind: report.ChangeShare, Value: d("52.99"), Label: "占一般公共预算支出"}), "占一般公共预算支出52.99%"},
		{changePhrase(&report.Change{Kind: report.ChangePP, Value: d("0.5")}), "提高0.5个百分点"},
		{date("2025-01-20"), "2025年1月20日"},
		{hanNumber(14), "十四"},
		{hanNumber(20), "二十"},
		{hanNumber(23), "二十三"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	v := d("5.8")
	lo, hi, reach := d("4.5"), d("5"), d("7.5")
	for _, tt := range []struct {
		t    report.Target
		want string
	}{
		{report.Target{Kind: report.TargetGrowth, Value: &v, Qualifier: "按可比口径、左右"}, "按可比口径增长5.8%左右"},
		{report.Target{Kind: report.TargetGrowth, Value: &lo, Upper: &hi}, "增长4.5%—5%"},
		{report.Target{Kind: report.TargetGrowth, Value: &reach, Reach: &report.Amount{Value: d("309"), Unit: "亿元"}}, "增长7.5%，达到309亿元"},
		{report.Target{Kind: report.TargetGrowth, Value: &v, Period: "2026-2030", Measure: report.MeasureAverage, Qualifier: "左右"}, "年均增长5.8%左右"},
	} {
		if got := targetPhrase(tt.t); got != tt.want {
			t.Errorf("targetPhrase = %q, want %q", got, tt.want)
		}
	}
}

var testTime = time.Date(2025, 1, 20, 0, 0, 0, 0, time.UTC)

// TestLongContents: a report with many sections and tasks has contents
// longer than the first page; every heading is still in the outline and the
// contents lines carry their page numbers.
func TestLongContents(t *testing.T) {
	t.Parallel()
	r := testReport()
	sec := r.Results[0]
	task := r.Tasks[0]
	for i := 0; i < 30; i++ {
		s := sec
		s.ID = "s" + strconv.Itoa(i)
		s.Title = "第" + strconv.Itoa(i+1) + "组成绩"
		r.Results = append(r.Results, s)
		tk := task
		tk.Title = "第" + strconv.Itoa(i+1) + "项任务"
		r.Tasks = append(r.Tasks, tk)
	}
	var b bytes.Buffer
	if _, err := Render(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	file := writeTemp(t, "long", b.Bytes())
	text := pdftotext(t, file, "-layout")
	if !regexp.MustCompile(`第30项任务 ·+ \d+`).MatchString(text) {
		t.Error("the last contents line has no page number")
	}
	outline := string(run(t, "mupdf-tools", "mutool", "show", file, "outline"))
	for _, want := range []string{"第30组成绩", "第30项任务", "主要指标一览"} {
		if !strings.Contains(outline, want) {
			t.Errorf("outline lacks %q", want)
		}
	}
}

func ptr(d report.Decimal) *report.Decimal { return &d }

// TestPartTitlesATaskOnce: a task the report left untitled is titled by its
// part (extract does so for a part's opening paragraph); the part heading is
// then not printed again above it, while another part's heading is.
func TestPartTitlesATaskOnce(t *testing.T) {
	t.Parallel()
	r := testReport()
	first := r.Tasks[0]
	first.ID, first.Part, first.Title, first.Number = "goals", "“十五五”时期主要目标任务", "“十五五”时期主要目标任务", ""
	second := r.Tasks[0]
	second.ID, second.Part = "work", "2026年工作安排"
	r.Tasks = []report.Task{first, second}
	var b bytes.Buffer
	if _, err := Render(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	text := pdftotext(t, writeTemp(t, "parts", b.Bytes()))
	body := text[strings.LastIndex(text, "重点任务"):] // after the contents
	for part, want := range map[string]int{first.Part: 1, second.Part: 1} {
		if got := strings.Count(body, part); got != want {
			t.Errorf("%q printed %d times after the contents, want %d", part, got, want)
		}
	}
}

// TestSectionNumbersCountWithinTheirPart: the numbers the PDF gives sections
// the report did not number count the sections of the part they are printed
// in, so the past year's first is （一） though five-year sections come first
// in the report (a drafted Gansu report printed （十三）刚刚过去的2025年).
func TestSectionNumbersCountWithinTheirPart(t *testing.T) {
	t.Parallel()
	r := testReport()
	d := report.MustDecimal
	var span []report.Section
	for i, title := range []string{"这是追赶进位的五年", "这是扬优聚势的五年"} {
		span = append(span, report.Section{ID: fmt.Sprintf("p%d", i), Title: title, Indicators: []report.Indicator{
			{ID: fmt.Sprintf("p%d-gdp", i), Name: "地区生产总值", Period: "2021-2025", Measure: report.MeasureEnd, Value: ptr(d("13697.5")), Unit: "亿元", Quote: "地区生产总值达到13697.5亿元"},
		}})
	}
	r.Results = append(span, r.Results...)
	var b bytes.Buffer
	if _, err := Render(&b, r, Options{}); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdftotext(t, writeTemp(t, "numbers", b.Bytes()))), "")
	for _, want := range []string{"（一）经济运行稳中有进", "（一）这是追赶进位的五年", "（二）这是扬优聚势的五年"} {
		if !strings.Contains(text, want) {
			t.Errorf("the PDF does not print %s", want)
		}
	}
}
