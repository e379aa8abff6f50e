package sheets

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Rows are encoded here, not through excelize's StreamWriter.SetRow, which
// builds an xlsxC, a cell name string and an interface value for every cell
// (a fifth of Write's time). appendRow writes the very bytes SetRow would
// write for the same cells (rowxml_test.go compares the two on every kind of
// cell), and hands back the few cells whose encoding it does not know to
// SetRow: text excelize cuts or rewrites (longer than a cell holds, or with
// "_x" escapes) and numbers excelize rounds or writes as text (more than 15
// significant digits, NaN, infinities).

// appendRow appends row r (1-based) of cells, with the style IDs ids and the
// column letters cols, as a <row> element to dst. ok is false, and dst is
// returned as it was, when some cell must go through SetRow.
func appendRow(dst []byte, r int, height float64, cells []cell, ids []int, cols []string) (out []byte, ok bool) {
	start := len(dst)
	dst = append(dst, `<row r="`...)
	dst = strconv.AppendInt(dst, int64(r), 10)
	dst = append(dst, '"')
	if height > 0 {
		dst = append(dst, ` ht="`...)
		dst = strconv.AppendFloat(dst, height, 'f', -1, 64)
		dst = append(dst, `" customHeight="1"`...)
	}
	dst = append(dst, '>')
	for i, c := range cells {
		if i >= len(cols) {
			break
		}
		dst = append(dst, `<c r="`...)
		dst = append(dst, cols[i]...)
		dst = strconv.AppendInt(dst, int64(r), 10)
		dst = append(dst, '"')
		if ids[i] != 0 {
			dst = append(dst, ` s="`...)
			dst = strconv.AppendInt(dst, int64(ids[i]), 10)
			dst = append(dst, '"')
		}
		switch c.kind {
		case cellEmpty:
			dst = append(dst, `></c>`...)
		case cellText:
			if !plainText(c.text) {
				return dst[:start], false
			}
			dst = append(dst, ` t="inlineStr"><is><t`...)
			if edgeSpace(c.text) {
				dst = append(dst, ` xml:space="preserve"`...)
			}
			dst = append(dst, '>')
			dst = appendEscaped(dst, c.text, false)
			dst = append(dst, `</t></is></c>`...)
		case cellNumber:
			if !exactNumber(c.num) {
				return dst[:start], false
			}
			dst = append(dst, `><v>`...)
			dst = strconv.AppendFloat(dst, c.num, 'f', -1, 64)
			dst = append(dst, `</v></c>`...)
		case cellFormula:
			if c.blank {
				dst = append(dst, ` t="str"><f>`...)
				dst = appendEscaped(dst, c.formula, true)
				dst = append(dst, `</f></c>`...)
				break
			}
			if !exactNumber(c.num) {
				return dst[:start], false
			}
			dst = append(dst, `><f>`...)
			dst = appendEscaped(dst, c.formula, true)
			dst = append(dst, `</f><v>`...)
			dst = strconv.AppendFloat(dst, c.num, 'f', -1, 64)
			dst = append(dst, `</v></c>`...)
		}
	}
	return append(dst, `</row>`...), true
}

// plainText is text excelize writes as it is, escaped: not longer than a
// cell holds (counted in bytes, which is never fewer than UTF-16 units), and
// without the "_x" that its bstrMarshal rewrites.
func plainText(s string) bool {
	return len(s) <= excelize.TotalCellChars && !strings.Contains(s, "_x")
}

// edgeSpace reports whether s starts or ends with a tab, line break or
// space, which excelize keeps with xml:space="preserve".
func edgeSpace(s string) bool {
	if s == "" {
		return false
	}
	isSpace := func(b byte) bool { return b == '\t' || b == '\n' || b == '\r' || b == ' ' }
	return isSpace(s[0]) || isSpace(s[len(s)-1])
}

// exactNumber is a number excelize writes as strconv's shortest 'f' form:
// finite, with at most the 15 significant digits Excel keeps (excelize
// rounds longer ones).
func exactNumber(v float64) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) == math.MaxFloat64 {
		return false
	}
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], v, 'f', -1, 64)
	significant := 0
	for _, b := range s {
		if b < '0' || b > '9' || significant == 0 && b == '0' {
			continue
		}
		significant++
	}
	return significant <= 15
}

// appendEscaped appends s escaped as encoding/xml's EscapeText escapes it;
// line breaks stay as they are unless newline is set (excelize escapes cell
// text and then turns "&#xA;" back into a line break, but writes formulas
// with EscapeText).
func appendEscaped(dst []byte, s string, newline bool) []byte {
	// Valid UTF-8 without U+FFFE and U+FFFF has nothing but ASCII to
	// escape: look at bytes, not runes.
	if utf8.ValidString(s) && !strings.Contains(s, "\uFFFE") && !strings.Contains(s, "\uFFFF") {
		last := 0
		for i := 0; i < len(s); i++ {
			b := s[i]
			if b >= 0x3F || b >= 0x20 && b != '"' && b != '\'' && b != '&' && b != '<' && b != '>' || b == '\n' && !newline {
				continue
			}
			dst = append(dst, s[last:i]...)
			dst = appendEscapedRune(dst, rune(b))
			last = i + 1
		}
		return append(dst, s[last:]...)
	}
	last := 0
	for i := 0; i < len(s); {
		r, width := utf8.DecodeRuneInString(s[i:])
		i += width
		var esc string
		switch r {
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '\t':
			esc = "&#x9;"
		case '\n':
			if !newline {
				continue
			}
			esc = "&#xA;"
		case '\r':
			esc = "&#xD;"
		default:
			if !inXMLRange(r) || (r == utf8.RuneError && width == 1) {
				esc = "\uFFFD"
				break
			}
			continue
		}
		dst = append(dst, s[last:i-width]...)
		dst = append(dst, esc...)
		last = i
	}
	return append(dst, s[last:]...)
}

// inXMLRange is XML 1.0's Char production, as encoding/xml tests it.
func inXMLRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD ||
		r >= 0x10000 && r <= 0x10FFFF
}

// appendEscapedRune appends the escape of an ASCII byte encoding/xml
// escapes: a markup character or a control character.
func appendEscapedRune(dst []byte, r rune) []byte {
	switch r {
	case '"':
		return append(dst, "&#34;"...)
	case '\'':
		return append(dst, "&#39;"...)
	case '&':
		return append(dst, "&amp;"...)
	case '<':
		return append(dst, "&lt;"...)
	case '>':
		return append(dst, "&gt;"...)
	case '\t':
		return append(dst, "&#x9;"...)
	case '\n':
		return append(dst, "&#xA;"...)
	case '\r':
		return append(dst, "&#xD;"...)
	}
	return append(dst, "\uFFFD"...)
}
