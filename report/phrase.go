package report

import "strings"

// Qualifiers go where Chinese puts them: 预计231.52亿元, 超过840亿斤,
// 120余个, 1万余亩, 24万亩以上. Every renderer writes an amount with its
// qualifier through these functions, so the PDF and the workbooks agree.

// postQualifiers follow the amount; 余 and 多 go inside it, after its 万 or
// 亿; every other qualifier precedes it.
var postQualifiers = map[string]bool{"余": true, "多": true, "以上": true, "以下": true, "以内": true, "左右": true}

// SplitQualifier splits a qualifier field (several words joined by 、) into
// the words before the amount, the 余/多 that go inside it and the words
// after it: 按可比口径、左右 is ("按可比口径", "", "左右").
func SplitQualifier(q string) (pre, inner, post string) {
	if q == "" {
		return "", "", ""
	}
	for _, w := range strings.Split(q, "、") {
		w = strings.TrimSpace(w)
		switch {
		case w == "余" || w == "多":
			inner += w
		case postQualifiers[w]:
			post += w
		default:
			pre += w
		}
	}
	return pre, inner, post
}

// MagnitudePrefix is the 万/亿 a unit starts with, which 余 and 多 follow:
// 万 in 万亩 (1万余亩), 万 for the unit 万 itself (1万余); "" for a unit
// without one. 千 is a magnitude only before a base it multiplies (千人),
// not in 千瓦 or 千克.
func MagnitudePrefix(unit string) string {
	for _, m := range magnitudes {
		rest, found := strings.CutPrefix(unit, m.prefix)
		if !found {
			continue
		}
		if prefixedBases[rest] || rest == "" || m.prefix == "万" || m.prefix == "亿" || m.prefix == "万亿" {
			return m.prefix
		}
	}
	return ""
}

// PhraseAround is the text that goes before and after the digits of an
// amount in unit with qualifier: ("超过", "亿斤") for 超过840亿斤, ("",
// "万余亩") for 1万余亩, ("", "万亩以上") for 24万亩以上.
func PhraseAround(unit, qualifier string) (before, after string) {
	pre, inner, post := SplitQualifier(qualifier)
	if inner == "" {
		return pre, unit + post
	}
	mag := MagnitudePrefix(unit)
	return pre, mag + inner + strings.TrimPrefix(unit, mag) + post
}

// Phrase is an amount as Chinese writes it, num being its digits as the
// report printed them: Phrase("840", "亿斤", "超过") is 超过840亿斤,
// Phrase("1", "万亩", "余") 1万余亩, Phrase("24", "万亩", "确保、以上")
// 确保24万亩以上.
func Phrase(num, unit, qualifier string) string {
	before, after := PhraseAround(unit, qualifier)
	return before + num + after
}

// RateAround is the text around the digits of a rate said with its verb,
// the qualifier's words before the verb or after the rate:
// RateAround("增长", "%", "按可比口径、左右") is ("按可比口径增长", "%左右").
func RateAround(verb, unit, qualifier string) (before, after string) {
	pre, inner, post := SplitQualifier(qualifier)
	return pre + verb, unit + inner + post
}
