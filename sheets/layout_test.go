package sheets

import (
	"testing"

	"golang.org/x/text/width"
)

// TestTextWidthFastPath wants textWidth's byte-level path for the CJK
// ideographs to give what the rune-by-rune count gives, for every rune and
// for cut and invalid sequences.
func TestTextWidthFastPath(t *testing.T) {
	t.Parallel()
	slow := func(s string) float64 {
		n := 0.0
		for _, r := range s {
			switch width.LookupRune(r).Kind() {
			case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
				n += 2
			default:
				if r >= 0x20 {
					n++
				}
			}
		}
		return n
	}
	var inputs []string
	for r := rune(0); r <= 0x10FFFF; r += 7 {
		inputs = append(inputs, "a"+string(r)+"，")
	}
	for _, r := range []rune{0x4DFF, 0x4E00, 0x9FFF, 0xA000, 0x3000, 0xFF0C} {
		inputs = append(inputs, string(r))
	}
	inputs = append(inputs, "\xe4\xb8", "\xe5", "\xe6\xb5x", "\xe4\xb7\xbf", "\xe9\xbf\xbf\xe9", "汉字，“引号”abc\x01")
	for _, s := range inputs {
		if got, want := textWidth(s), slow(s); got != want {
			t.Errorf("textWidth(%q) = %v, want %v", s, got, want)
		}
	}
}
