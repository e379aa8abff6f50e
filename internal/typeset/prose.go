package typeset

import (
	"strings"
	"unicode/utf8"
)

// Prose returns s with the ASCII punctuation , : ; ( ) turned into the
// fullwidth ，：；（） where it stands next to Chinese text, as Chinese prose
// is set. A comma between digits (2,431.67), a colon in 10:30 and Latin text
// stay as written, so every number keeps its digits. A ")" becomes "）" when
// it closes a "(" that became "（", so "(含开发区)" and "(1)" inside Chinese
// text both come out as a matched pair. Spaces next to a converted mark are
// dropped, because fullwidth marks carry their own space.
func Prose(s string) string {
	if !needsProse(s) {
		return s
	}
	rs := []rune(s)
	out := make([]rune, 0, len(rs))
	// neighbour finds the nearest non-space rune from i in direction d.
	neighbour := func(i, d int) rune {
		for j := i + d; j >= 0 && j < len(rs); j += d {
			if rs[j] != ' ' {
				return rs[j]
			}
		}
		return 0
	}
	var opened []bool // for each open "(", whether it was converted
	for i, r := range rs {
		prev, next := neighbour(i, -1), neighbour(i, +1)
		cjk := IsCJK(prev) || IsCJK(next)
		switch r {
		case ',':
			if cjk {
				r = '，'
			}
		case ';':
			if cjk {
				r = '；'
			}
		case ':':
			if cjk {
				r = '：'
			}
		case '(':
			conv := cjk
			opened = append(opened, conv)
			if conv {
				r = '（'
			}
		case ')':
			conv := cjk
			if len(opened) > 0 {
				conv = conv || opened[len(opened)-1]
				opened = opened[:len(opened)-1]
			}
			if conv {
				r = '）'
			}
		case ' ':
			// A space after a fullwidth mark is an artefact of the source
			// text (one before a mark is trimmed below).
			if isFullwidthMark(prevOut(out)) {
				continue
			}
		}
		if isFullwidthMark(r) {
			for len(out) > 0 && out[len(out)-1] == ' ' {
				out = out[:len(out)-1]
			}
		}
		out = append(out, r)
	}
	return string(out)
}

func prevOut(out []rune) rune {
	if len(out) == 0 {
		return 0
	}
	return out[len(out)-1]
}

func isFullwidthMark(r rune) bool {
	return r == '，' || r == '：' || r == '；' || r == '（' || r == '）' || r == '。' || r == '、'
}

// needsProse is the fast path: most strings have nothing to convert.
func needsProse(s string) bool {
	if !strings.ContainsAny(s, ",:;() ") {
		return false
	}
	return utf8.RuneCountInString(s) != len(s) // pure ASCII stays as it is
}
