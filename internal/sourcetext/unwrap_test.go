package sourcetext

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// wrapped is a review laid out as pdftotext gives a PDF: lines of one
// width, a number cut from its unit at a line's end, a page break with
// its number inside a paragraph, and a heading between paragraphs.
const wrapped = `一、2017年工作回顾
　　全年地区生产总值增长8.1%，财政总收入增长12.5%，一般公共预算收入增
长11.1%，城乡居民人均可支配收入分别增长8.9%和9.5%。规上工业增加值增长
11.6%，居全省第一。新增小微企业2.6万家，建成小微企业园109个，入驻企业46
12家，新增上云企业7800家，新增国家级产品质量提升示范区3个、标准17项。

— 3 —
` + "\f" + `新增股份制企业600家、上市企业11家，上市企业总数52家，减免各类税费122亿
元。
（一）着力深化供给侧结构性改革，产业转型升级迈出新步伐。积极实施先进制
造业行动，建成粮食生产功能区7.3万亩、省级现代农业园区2个。
`

func TestUnwrap(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name, text, want string
	}{
		{"hard-wrapped: lines that fill the width and end mid-sentence go on, across a page's number",
			wrapped,
			"一、2017年工作回顾\n" +
				"　　全年地区生产总值增长8.1%，财政总收入增长12.5%，一般公共预算收入增长11.1%，城乡居民人均可支配收入分别增长8.9%和9.5%。规上工业增加值增长11.6%，居全省第一。新增小微企业2.6万家，建成小微企业园109个，入驻企业4612家，新增上云企业7800家，新增国家级产品质量提升示范区3个、标准17项。\n" +
				"\n" +
				"— 3 —\n" +
				"新增股份制企业600家、上市企业11家，上市企业总数52家，减免各类税费122亿元。\n" +
				"（一）着力深化供给侧结构性改革，产业转型升级迈出新步伐。积极实施先进制造业行动，建成粮食生产功能区7.3万亩、省级现代农业园区2个。\n"},
		{"a paragraph per line is left as it is, headings and all",
			"一、2025年工作回顾\n地区生产总值231.52亿元，同比增长5.5%。\n（一）经济\n规模以上工业增加值增长7.2%，\n",
			"一、2025年工作回顾\n地区生产总值231.52亿元，同比增长5.5%。\n（一）经济\n规模以上工业增加值增长7.2%，\n"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := Unwrap(tt.text); got != tt.want {
				t.Errorf("Unwrap:\n%s\nwant:\n%s", got, tt.want)
			}
		})
	}
}

// FuzzUnwrap: any text unwraps to valid UTF-8 that keeps every
// character but line breaks, spaces and the page numbers it dropped.
func FuzzUnwrap(f *testing.F) {
	f.Add(wrapped)
	f.Add("一、\n\f— 3 —\n\f")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		got := Unwrap(text)
		if !utf8.ValidString(got) || len(got) > len(text) {
			t.Fatalf("Unwrap(%q) = %q", text, got)
		}
		if strings.Count(got, "\n") > strings.Count(text, "\n") {
			t.Fatalf("Unwrap(%q) = %q: more lines", text, got)
		}
	})
}
