package report

import (
	"slices"
	"strings"
	"testing"
)

func TestCheckSource(t *testing.T) {
	t.Parallel()
	const text = "规模工业增加值,预 计 增 长5%。地区生产总值预计完成231.52亿元,同比增长5.5%。城乡居民收入由5元提高到10元。全年新增就业2,431人以上。粮食产量２４．５万吨。" +
		"预计完成地区生产总值90.82亿元,增长8%;固定资产投资34亿元,增长28.3%;规模以上工业增加值2.69亿元,增长31.92%;社会消费品零售总额5.88亿元,增长3%。税收收入12亿元。日均新设企业由5千多户增加到1万6千多户，新增装机5千瓦。" +
		"主要指标预计（下同）：出口增长5%。我们坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。进口9亿元。"
	d := func(s string) *Decimal { x := MustDecimal(s); return &x }
	fact := func(quote, qualifier string, value *Decimal, change *Change) *Report {
		return &Report{Results: []Section{{ID: "s", Indicators: []Indicator{{ID: "a", Quote: quote, Qualifier: qualifier, Value: value, Change: change}}}}}
	}
	for _, tt := range []struct {
		name string
		r    *Report
		want string // "" for no problem
	}{
		{"verbatim", fact("地区生产总值预计完成231.52亿元,同比增长5.5%", "预计", d("231.52"), &Change{Kind: ChangeYoY, Value: MustDecimal("5.5")}), ""},
		{"quote not in the text", fact("地区生产总值完成231.52亿元", "", d("231.52"), nil), "quote is not in the source text word for word"},
		{"value not as written", fact("地区生产总值预计完成231.52亿元", "", d("231.5"), nil), `does not hold 231.5 as written`},
		{"change not in the quote", fact("地区生产总值预计完成231.52亿元", "", d("231.52"), &Change{Kind: ChangeYoY, Value: MustDecimal("5.5")}), "does not hold 5.5"},
		{"grouped digits", fact("全年新增就业2,431人以上", "以上", d("2431"), nil), ""},
		{"qualifier the text lacks", fact("全年新增就业2,431人以上", "约", d("2431"), nil), `qualifier "约" is not printed`},
		{"qualifier just before", fact("完成231.52亿元", "预计", d("231.52"), nil), ""},
		{"full-width digits", fact("粮食产量２４．５万吨", "", d("24.5"), nil), ""},
		{"full-width digits, another value", fact("粮食产量２４．５万吨", "", d("24"), nil), "does not hold 24 as written"},
		{"verb as normalised", fact("由5元提高到10元", "提高至", d("10"), nil), ""},
		{"a word opening the sentence, past 40 characters", fact("社会消费品零售总额5.88亿元", "预计", d("5.88"), nil), ""},
		{"a word of the sentence before", fact("税收收入12亿元", "预计", d("12"), nil), `qualifier "预计" is not printed`},
		{"a count written with 千, multiplied out", &Report{Results: []Section{{ID: "s", Indicators: []Indicator{{ID: "a", Quote: "日均新设企业由5千多户增加到1万6千多户", Value: d("16000"), From: d("5000")}}}}}, ""},
		{"千瓦 is a unit, not a magnitude", fact("新增装机5千瓦", "", d("5000"), nil), "does not hold 5000 as written"},
		{"预计（下同） said once before, for every figure after it", fact("进口9亿元", "预计", d("9"), nil), ""},
		{"a word a PDF's justification spaced out (预 计)", fact("规模工业增加值,预 计 增 长5%", "预计", nil, &Change{Kind: ChangeYoY, Value: MustDecimal("5")}), ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := CheckSource(tt.r, text, nil)
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("unexpected problems: %v", got)
			case tt.want != "" && (len(got) == 0 || !strings.Contains(got.Error(), tt.want)):
				t.Errorf("problems %q, want one saying %q", got.Error(), tt.want)
			}
		})
	}
}

// TestThousandsIn: a count written with 千 is traced to the numbers written
// in it; 千瓦 is a unit.
func TestThousandsIn(t *testing.T) {
	t.Parallel()
	got := ThousandsIn("日均新设企业由5千多户增加到1万6千多户，新增装机5千瓦，1.5千人")
	want := map[string][]string{"5000": {"5"}, "16000": {"1", "6"}, "1500": {"1.5"}}
	if len(got) != len(want) {
		t.Fatalf("ThousandsIn = %v, want %v", got, want)
	}
	for k, v := range want {
		if !slices.Equal(got[k], v) {
			t.Errorf("ThousandsIn[%s] = %v, want %v", k, got[k], v)
		}
	}
}
