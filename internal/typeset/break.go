package typeset

import "unicode/utf8"

// Measure gives the advance width of one character in the caller's units.
// It must be additive: the width of a string is the sum of its characters'
// widths, which holds for fpdf (it applies no kerning).
type Measure func(r rune) float64

// Line is one line of a broken paragraph.
type Line struct {
	// Text is the line as it stands in the paragraph, trailing spaces
	// included: the lines of a paragraph joined give the paragraph back.
	Text string
	// Width is the natural width of Text without its trailing spaces.
	Width float64
	// Last is true for the paragraph's last line, which is set flush left
	// instead of justified.
	Last bool
	// Forced is true when a run that cannot be broken (a number, a Latin
	// word, characters glued by 禁则) was wider than the measure and had to
	// be cut.
	Forced bool
	// glyphs is the number of characters without the trailing spaces.
	glyphs int
}

// Visible is the text of the line without its trailing spaces: what is drawn.
func (l Line) Visible() string {
	s := l.Text
	for len(s) > 0 {
		r, size := utf8.DecodeLastRuneInString(s)
		if !isSpace(r) {
			break
		}
		s = s[:len(s)-size]
	}
	return s
}

// Spacing is the extra space to put after each character but the last so
// that the line fills width: zero for the last line of a paragraph, for a
// line of one character and for a line already as wide as the measure.
func (l Line) Spacing(width float64) float64 {
	if l.Last || l.glyphs < 2 || l.Width >= width {
		return 0
	}
	return (width - l.Width) / float64(l.glyphs-1)
}

// Break breaks one paragraph into lines no wider than width, measured with
// m. It never drops a character: the Text of the lines joined is text. Line
// breaks fall only where Chinese typesetting allows them: never before a
// closing mark (，。）」…), never after an opening mark (（「“…), never
// inside a number or a Latin word, never between a number and the unit
// characters right after it (亿元, 万亩, 个), and never before a space.
// A run that admits no break and is wider than width on its own is cut
// where it must be (Line.Forced), still losing nothing. Newlines are not
// interpreted: split the text into paragraphs first.
func Break(text string, width float64, m Measure) []Line {
	return BreakIndent(text, width, width, m)
}

// BreakIndent is Break with a different width for the first line, for a
// paragraph whose first line is indented (or outdented).
func BreakIndent(text string, first, rest float64, m Measure) []Line {
	lines, _ := breakIndent(text, first, rest, m)
	return lines
}

// breakIndent is BreakIndent that also counts its steps: the characters
// its loops visit, which grow linearly with the text (tests check it, as
// the audit of issue 12 found an unbroken run of digits quadratic: each
// line scanned the rest of the run for a break opportunity).
func breakIndent(text string, first, rest float64, m Measure) (lines []Line, steps int) {
	// rs are the characters of text, off[i] the byte offset of rs[i]: the
	// lines are cut out of text itself, not rebuilt from runes.
	n := utf8.RuneCountInString(text)
	if n == 0 {
		return nil, 0
	}
	rs := make([]rune, 0, n)
	off := make([]int, 0, n+1)
	for i, r := range text {
		rs = append(rs, r)
		off = append(off, i)
	}
	off = append(off, len(text))
	// cum[i] is the width of rs[:i].
	cum := make([]float64, n+1)
	for i, r := range rs {
		cum[i+1] = cum[i] + m(r)
	}
	ok := breakOpportunities(rs, cum, min(first, rest))

	steps = 3 * n // the passes above
	// visibleEnd trims trailing spaces off [a, b).
	visibleEnd := func(a, b int) int {
		for b > a && isSpace(rs[b-1]) {
			b--
			steps++
		}
		return b
	}
	const eps = 1e-9
	emit := func(a, b int, forced bool) {
		v := visibleEnd(a, b)
		lines = append(lines, Line{Text: text[off[a]:off[b]], Width: cum[v] - cum[a], Forced: forced, glyphs: v - a})
	}

	a := 0
	for a < n {
		width := rest
		if len(lines) == 0 {
			width = first
		}
		// Find the farthest break opportunity b in (a, n] with the visible
		// part of [a, b) fitting the width. The visible width only grows
		// with b, so the search stops at the first b, break opportunity or
		// not, that no longer fits: a line costs its own characters and
		// the next line's first ones, never the rest of an unbroken run.
		best, vis := -1, a
		for b := a + 1; b <= n; b++ {
			steps++
			if !isSpace(rs[b-1]) {
				vis = b
			}
			if cum[vis]-cum[a] > width+eps {
				break
			}
			if b == n || ok[b] {
				best = b
			}
		}
		if best > 0 {
			emit(a, best, false)
			a = best
			continue
		}
		// Not even the first unbreakable run fits: cut it.
		b, k := forcedCut(rs, cum, a, width+eps)
		steps += k
		emit(a, b, true)
		a = b
	}
	// No lone character on the last line (孤字): when the last line holds a
	// single character, possibly with its closing marks, end the line
	// before it one break opportunity earlier, if the last line then still
	// fits and the line before keeps at least two characters.
	if k := len(lines); k >= 2 && lines[k-1].glyphs >= 1 && loneChar(lines[k-1].Text) {
		end := n - utf8.RuneCountInString(lines[k-1].Text) // where the last line starts
		start := end - utf8.RuneCountInString(lines[k-2].Text)
		for p := end - 1; p > start+1; p-- {
			steps++
			if !ok[p] {
				continue
			}
			if cum[visibleEnd(p, n)]-cum[p] <= rest+eps {
				lines = lines[:k-2]
				emit(start, p, false)
				emit(p, n, false)
			}
			break
		}
	}
	lines[len(lines)-1].Last = true
	return lines, steps
}

// loneChar reports whether a last line is one character and its closing marks.
func loneChar(s string) bool {
	n := 0
	for _, r := range s {
		if !NoStart(r) && !isSpace(r) {
			n++
		}
	}
	return n == 1
}

// maxTerm is the longest quoted term, in characters, kept on one line.
const maxTerm = 8

// breakOpportunities marks ok[i] when a line may break between rs[i-1] and rs[i].
// A short quoted term is kept whole only when it fits in width (with the
// marks 禁则 glue to it), so that keeping it never forces a cut of prose.
func breakOpportunities(rs []rune, cum []float64, width float64) []bool {
	n := len(rs)
	ok := make([]bool, n+1)
	unitLeft := 0 // unit characters a preceding number may still take
	// A short quoted term (“十四五”, “一带一路”) is one word: no break
	// inside its marks. A run wider than the line is still cut by forcedCut.
	inTerm := make([]bool, n+1)
	for i := 0; i < n; i++ {
		if rs[i] != '“' {
			continue
		}
		for j := i + 1; j < n && j <= i+maxTerm+1; j++ {
			if rs[j] == '”' {
				end := j + 1
				for end < n && NoStart(rs[end]) {
					end++
				}
				if cum[end]-cum[i] <= width {
					for k := i + 1; k <= j; k++ {
						inTerm[k] = true
					}
				}
				break
			}
			if NoStart(rs[j]) || NoEnd(rs[j]) || isSpace(rs[j]) {
				break
			}
		}
	}
	for i := 1; i < n; i++ {
		prev, cur := rs[i-1], rs[i]
		allowed := true
		switch {
		case isSpace(cur):
			allowed = false // break after the spaces, never before them
		case NoStart(cur), NoEnd(prev):
			allowed = false
		case isWord(prev) && isWord(cur):
			allowed = false
		case prev == '第' && isDigit(cur):
			allowed = false
		case prev == ':' && cur == '/': // https://
			allowed = false
		case inTerm[i]:
			allowed = false
		}
		// A number keeps up to maxUnit unit characters that follow it.
		if isDigit(prev) || prev == '%' {
			unitLeft = maxUnit
		}
		if isUnit(cur) && unitLeft > 0 && (isDigit(prev) || isUnit(prev) || prev == '.' || prev == '%') {
			allowed = false
			unitLeft--
		} else if !isWord(cur) {
			unitLeft = 0
		}
		if isSpace(prev) && !isSpace(cur) {
			// After spaces: a break unless 禁则 forbids it, looking through
			// the spaces for an opening mark.
			j := i - 1
			for j > 0 && isSpace(rs[j]) {
				j--
			}
			allowed = !NoStart(cur) && !NoEnd(rs[j])
		}
		ok[i] = allowed
	}
	// A short last word after a space (2021—2025年 期间变化: the period and
	// its measure) is one word when it fits: the line breaks at the space,
	// not inside the word.
	if last := lastSpace(rs); last > 0 && n-last-1 >= 2 && n-last-1 <= maxTerm && cum[n]-cum[last+1] <= width {
		for i := last + 2; i < n; i++ {
			ok[i] = false
		}
	}
	return ok
}

// lastSpace is the index of the last space in rs, or -1.
func lastSpace(rs []rune) int {
	for i := len(rs) - 1; i >= 0; i-- {
		if isSpace(rs[i]) {
			return i
		}
	}
	return -1
}

// forcedCut finds where to cut the run starting at a that is wider than
// width on its own: as many characters as fit (at least one), moved back to
// avoid breaking right before a closing mark or after an opening one when
// that is possible.
// It also returns the characters it visited: those of the line it cuts.
func forcedCut(rs []rune, cum []float64, a int, width float64) (cut, steps int) {
	n := len(rs)
	b := a + 1
	for b < n && cum[b+1]-cum[a] <= width {
		b++
		steps++
	}
	for c := b; c > a+1; c-- {
		steps++
		if c < n && !NoStart(rs[c]) && !NoEnd(rs[c-1]) {
			return c, steps
		}
	}
	return b, steps
}
