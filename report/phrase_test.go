package report

import "testing"

func TestPhrase(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ num, unit, qualifier, want string }{
		{"840", "亿斤", "超过", "超过840亿斤"},
		{"231.52", "亿元", "预计", "预计231.52亿元"},
		{"3.2", "万亿美元", "超过", "超过3.2万亿美元"},
		{"120", "个", "余", "120余个"},
		{"1", "万亩", "余", "1万余亩"},
		{"2", "亿元", "多", "2亿多元"},
		{"1", "万", "余", "1万余"}, // the unit is only a magnitude: nothing to go inside
		{"24", "万亩", "确保、以上", "确保24万亩以上"},
		{"58", "万元/人", "达到、左右", "达到58万元/人左右"},
		{"5", "%", "以内", "5%以内"},
		{"1200", "万人", "以上", "1200万人以上"},
		{"9.5", "亿元", "", "9.5亿元"},
		{"10", "亿元", " 约 ", "约10亿元"},
		{"10", "万吨", "近、余", "近10万余吨"},
		{"100", "千瓦", "余", "100余千瓦"},
	} {
		if got := Phrase(tt.num, tt.unit, tt.qualifier); got != tt.want {
			t.Errorf("Phrase(%q, %q, %q) = %q, want %q", tt.num, tt.unit, tt.qualifier, got, tt.want)
		}
	}
}

func TestRateAround(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ verb, unit, qualifier, before, after string }{
		{"增长", "%", "按可比口径、左右", "按可比口径增长", "%左右"},
		{"增长", "%", "", "增长", "%"},
		{"下降", "%", "左右", "下降", "%左右"},
		{"年均增长", "%", "以上", "年均增长", "%以上"},
		{"增长", "%", "力争", "力争增长", "%"},
	} {
		b, a := RateAround(tt.verb, tt.unit, tt.qualifier)
		if b != tt.before || a != tt.after {
			t.Errorf("RateAround(%q, %q, %q) = %q, %q; want %q, %q", tt.verb, tt.unit, tt.qualifier, b, a, tt.before, tt.after)
		}
	}
}

func TestMagnitudePrefix(t *testing.T) {
	t.Parallel()
	for unit, want := range map[string]string{
		"万亩": "万", "亿元": "亿", "万亿斤": "万亿", "万": "万", "亿千瓦": "亿", "千瓦": "", "千克": "",
		"千人": "千", "万元/人": "万", "个": "", "%": "", "": "",
	} {
		if got := MagnitudePrefix(unit); got != want {
			t.Errorf("MagnitudePrefix(%q) = %q, want %q", unit, got, want)
		}
	}
}
