package typeset

import "unicode"

// noStart lists the characters that must not begin a line: closing
// brackets and quotes, the pause, stop and separator marks, the percent
// signs, and the dashes and ellipsis that must not be split from what they
// follow.
const noStart = "，。、；：？！）」』】》〉〕］｝’”%％‰℃,.;:?!)]}…—～·・"

// noEnd lists the characters that must not end a line: opening brackets and
// quotes.
const noEnd = "（「『【《〈〔［｛“‘([{"

// The sets a character can be in, as bits of class.
const (
	classNoStart = 1 << iota
	classNoEnd
	classUnit
)

// class holds the sets of every character of the Basic Multilingual Plane,
// where all of noStart, noEnd and unitRunes lie: the line breaker asks for
// every character of every paragraph, and a map lookup each time was a
// third of its time.
var class = func() *[0x10000]uint8 {
	var c [0x10000]uint8
	for bit, set := range map[uint8]string{classNoStart: noStart, classNoEnd: noEnd, classUnit: unitRunes} {
		for _, r := range set {
			c[r] |= bit
		}
	}
	return &c
}()

func inClass(r rune, bit uint8) bool { return r >= 0 && r < 0x10000 && class[r]&bit != 0 }

// NoStart reports whether r must not begin a line.
func NoStart(r rune) bool { return inClass(r, classNoStart) }

// NoEnd reports whether r must not end a line.
func NoEnd(r rune) bool { return inClass(r, classNoEnd) }

// isUnit reports whether r is one of unitRunes.
func isUnit(r rune) bool { return inClass(r, classUnit) }

// isWord reports whether r belongs to an unbreakable run of digits and Latin
// letters: 231.52, 2,431.67, 5G, GDP, 3.5%.
func isWord(r rune) bool {
	switch {
	case r >= '0' && r <= '9', r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		return true
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ':
		return true
	}
	switch r {
	case '.', ',', '%', '％', '‰', '+', '-', '/', '_', '&', '\'', '#', '@', '~', '°', '℃', '×', '‐', '–':
		return true
	}
	return r > 0x7f && r < 0x250 && unicode.Is(unicode.Latin, r)
}

// isDigit reports whether r is an ASCII or fullwidth digit.
func isDigit(r rune) bool { return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') }

// unitRunes are the characters of the measure words and units that follow a
// number in the reports (亿元, 万亩, 公里, 个, 项, 户, 2025年). A number keeps
// up to maxUnit of them on its line.
const unitRunes = "亿万千百十元角个项家人户亩公里米吨台套座所张条次倍辆头只件名克斤年月日天时分秒位册篇余多座间处批场栋幢辆架艘株棵平方立升度倍款类支届期批宗笔份所"

const maxUnit = 3

// isSpace reports whether r is a space a line may end with.
func isSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' }

// IsCJK reports whether r is a Han character, CJK punctuation or a
// fullwidth form: the context in which ASCII punctuation becomes fullwidth.
func IsCJK(r rune) bool {
	switch {
	case r >= 0x2E80 && r <= 0x9FFF: // radicals, CJK symbols and punctuation, kana, Han
		return true
	case r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F, r >= 0xFF01 && r <= 0xFF60:
		return true
	case r >= 0x20000 && r <= 0x3FFFF:
		return true
	case r == '“' || r == '”' || r == '‘' || r == '’' || r == '—' || r == '…' || r == '·':
		return true
	}
	return false
}
