package sourcetext

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unwrap joins the lines of a hard-wrapped text into its paragraphs. A
// report converted from a PDF (pdftotext, with or without -layout) or
// copied from a page of fixed width breaks every paragraph into lines of
// one width, mid-sentence and even mid-number (建成小微企业园109\n个),
// and puts page numbers (— 3 —) between them. Read line by line, such a
// text loses a tenth of its numbers and most of their names, so a text
// that looks hard-wrapped is joined again: a line that fills the width and
// does not end a sentence goes on in the next line, across a page break
// and its page number. A text written a paragraph per line, as reports
// copied from the web or a Word file are, is returned as it is.
func Unwrap(text string) string {
	lines := strings.Split(text, "\n")
	width, ok := wrapWidth(lines)
	if !ok {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(lines); i++ {
		line := strings.TrimRight(strings.TrimPrefix(lines[i], "\f"), " \t")
		b.WriteString(line)
		for i+1 < len(lines) {
			next := i + 1
			for next < len(lines) && pageNumber(lines[next]) {
				next++ // the page number between the halves of a paragraph
			}
			if next == len(lines) || !goesOn(line, lines[next], width) {
				break
			}
			cont := strings.TrimLeft(strings.TrimPrefix(lines[next], "\f"), " \t\u3000")
			cont = strings.TrimRight(cont, " \t")
			if asciiWord(lastRune(line)) && asciiWord(firstRune(cont)) && !digit(lastRune(line)) {
				b.WriteByte(' ') // a word of Latin letters cut at the line's end
			}
			b.WriteString(cont)
			line, i = cont, next
		}
		if i+1 < len(lines) {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// wrapWidth tells whether lines are hard-wrapped, and at what width: at
// least five lines of some length end mid-sentence, they are a third or
// more of such lines, and most of them come within a tenth of the longest
// usual width (a paragraph per line varies in length without bound).
func wrapWidth(lines []string) (int, bool) {
	var widths []int
	open := 0 // lines of some length that end mid-sentence
	for _, l := range lines {
		t := strings.TrimSpace(strings.TrimPrefix(l, "\f"))
		if utf8.RuneCountInString(t) < 12 {
			continue
		}
		widths = append(widths, displayWidth(strings.TrimRight(l, " \t")))
		if !endsSentence(t) {
			open++
		}
	}
	if open < 5 || open*3 < len(widths) {
		return 0, false
	}
	sort.Ints(widths)
	width := widths[len(widths)*9/10] // the longest usual line, past outliers
	full := 0
	for _, w := range widths {
		if w*10 >= width*9 && w*10 <= width*11 {
			full++
		}
	}
	return width, full*2 >= len(widths)
}

// goesOn reports whether a paragraph goes on from a line to the next: the
// line fills the width and does not end a sentence, and the next one is
// text that does not open an outline's item.
func goesOn(line, next string, width int) bool {
	t := strings.TrimSpace(next)
	if t == "" || endsSentence(strings.TrimSpace(line)) || displayWidth(line)*10 < width*8 {
		return false
	}
	return !outlineItem.MatchString(t)
}

// outlineItem opens a heading or an item of a report's outline: 一、
// （一） 第一章, 附件.
var outlineItem = regexp.MustCompile(`^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节部分]|附件)`)

// pageNumber tells a line that is only a page's number: 3, - 3 -, — 3 —,
// 第3页, with the form feed that begins a page.
var pageNumberRe = regexp.MustCompile(`^[\f\s]*(?:[-—–－]\s*)?(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?(?:\s*[-—–－])?\s*$`)

func pageNumber(l string) bool { return pageNumberRe.MatchString(l) }

// endsSentence reports whether a line ends a sentence (or a heading
// ends in a colon): 。！？；： and the quotes and brackets closing after them.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, "”’）)」』")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？；：!?;:", r)
}

// displayWidth counts a wide (CJK) character as two columns, as a page
// lays them out.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r == '\t':
			w += 4
		case r >= 0x1100 && (unicode.Is(unicode.Han, r) || r >= 0x3000 && r <= 0x30ff || r >= 0xff00 && r <= 0xffef):
			w += 2
		default:
			w++
		}
	}
	return w
}

func lastRune(s string) rune  { r, _ := utf8.DecodeLastRuneInString(s); return r }
func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }
func asciiWord(r rune) bool   { return r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)) }
func digit(r rune) bool       { return r >= '0' && r <= '9' }
