package typeset

// Fit breaks text into at most maxLines lines of width and, when it needs
// more, shortens the last line with an ellipsis "…" so that it fits. It is
// for labels (chart axes, table headers) where space is fixed; prose uses
// Break and never loses a character. The bool reports whether text was
// shortened.
func Fit(text string, width float64, maxLines int, m Measure) ([]string, bool) {
	lines := Break(text, width, m)
	out := make([]string, 0, min(len(lines), maxLines))
	for i, l := range lines {
		if i == maxLines {
			break
		}
		out = append(out, l.Visible())
	}
	if len(lines) <= maxLines {
		return out, false
	}
	// Shorten the last kept line until it fits with the ellipsis.
	last := []rune(out[len(out)-1])
	ell := m('…')
	w := 0.0
	for _, r := range last {
		w += m(r)
	}
	for len(last) > 0 && (w+ell > width || NoEnd(last[len(last)-1])) {
		w -= m(last[len(last)-1])
		last = last[:len(last)-1]
	}
	out[len(out)-1] = string(last) + "…"
	return out, true
}

// Width is the width of s measured with m.
func Width(s string, m Measure) float64 {
	w := 0.0
	for _, r := range s {
		w += m(r)
	}
	return w
}
