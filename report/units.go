package report

import (
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// Units are kept as the report writes them (亿元, 万亩, 头(只)). Unit splits
// one into a base and a power-of-ten multiplier, so renderers can compare or
// add amounts written in different units: 1.07亿元 and 4,000万元 are both
// yuan.

// magnitudes are the Chinese multiplier prefixes, longest first so 万亿 wins
// over 万.
var magnitudes = []struct {
	prefix string
	factor decimal.Decimal
}{
	{"万亿", decimal.New(1, 12)},
	{"千亿", decimal.New(1, 11)}, // (突破3千亿元大关)
	{"亿", decimal.New(1, 8)},
	{"千万", decimal.New(1, 7)},
	{"百万", decimal.New(1, 6)},
	{"万", decimal.New(1, 4)},
	{"千", decimal.New(1, 3)},
}

// prefixedBases are the base units a multiplier may stand before. A unit
// that merely begins with 万 or 千 (千瓦, 千克) is not in this sense prefixed
// unless its rest is listed.
var prefixedBases = map[string]bool{
	"元": true, "美元": true, "人": true, "人次": true, "户": true, "亩": true, "公顷": true,
	"平方米": true, "平方公里": true, "吨": true, "斤": true, "头": true, "头(只)": true, "只": true,
	"千瓦": true, "辆": true, "个": true, "家": true, "件": true, "套": true, "间": true, "张": true,
	"条": true, "册": true, "次": true, "千瓦时": true, "标准箱": true, "吨标准煤": true, "立方米": true,
	"名": true, "项": true, "处": true, "所": true, "台": true, "盏": true, "架次": true,
}

// countBases are units of things counted; a negative count is an error.
var countBases = map[string]bool{
	"人": true, "人次": true, "户": true, "个": true, "家": true, "件": true, "项": true, "次": true,
	"所": true, "座": true, "架次": true, "条": true, "辆": true, "台": true, "盏": true, "套": true,
	"间": true, "张": true, "册": true, "头": true, "头(只)": true, "只": true, "名": true, "处": true,
	"批": true, "份": true, "场": true, "篇": true, "部": true, "支": true, "例": true, "款": true, "栋": true,
	"宗": true, "起": true, "艘": true, "幢": true, "株": true, "棵": true,
}

// Unit gives the base unit of u and the factor that converts an amount in u
// into the base: Unit("亿元") = ("元", 1e8, true). ok is false for a unit
// written without a known multiplier on a known base; it is then its own
// base with factor 1.
func Unit(u string) (base string, factor decimal.Decimal, ok bool) {
	u = strings.TrimSpace(u)
	for _, m := range magnitudes {
		if rest, found := strings.CutPrefix(u, m.prefix); found && prefixedBases[rest] {
			return rest, m.factor, true
		}
	}
	return u, decimal.NewFromInt(1), prefixedBases[u] || countBases[u]
}

// IsMoney reports whether u is an amount of yuan (元, 万元, 亿元, 万亿元).
func IsMoney(u string) bool {
	base, _, _ := Unit(u)
	return base == "元"
}

// IsCount reports whether u counts things (个, 家, 人次, 万户 …).
func IsCount(u string) bool {
	base, _, _ := Unit(u)
	return countBases[base]
}

// Convert expresses x, written in unit from, in unit to, when both share a
// base: Convert(1.07, "亿元", "万元") = 10700. ok is false otherwise.
func Convert(x decimal.Decimal, from, to string) (decimal.Decimal, bool) {
	b1, f1, _ := Unit(from)
	b2, f2, _ := Unit(to)
	if b1 != b2 {
		return decimal.Decimal{}, false
	}
	return x.Mul(f1).Div(f2), true
}

// UnitBases lists the base units the model knows (元, 人, 亩, 吨, 个 …),
// longest first, for a reader looking for a unit after a number.
func UnitBases() []string {
	seen := map[string]bool{}
	var out []string
	for _, m := range []map[string]bool{prefixedBases, countBases} {
		for u := range m {
			if !seen[u] {
				seen[u] = true
				out = append(out, u)
			}
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i] < out[j]
	})
	return out
}
