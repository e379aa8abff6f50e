package pdf

import (
	"strconv"
	"strings"

	"github.com/workreport/workreport/internal/typeset"
	"github.com/workreport/workreport/report"
)

// Page geometry in millimetres. A4 with margins after GB/T 9704 (top 37 mm,
// binding side 28 mm), tightened at the top and bottom because a summary of
// tables needs more lines per page than a 22-line official letter.
const (
	pageW     = 210.0
	pageH     = 297.0
	marginL   = 28.0 // binding side
	marginR   = 24.0
	contentW  = pageW - marginL - marginR // 158 mm
	top       = 30.0                      // first line of the type area
	bottom    = 273.0                     // nothing of the flow below this
	headerY   = 19.0                      // baseline of the running header
	headerRY  = 21.5                      // its rule
	footerY   = 284.0                     // baseline of the page number
	bodySize  = 10.5                      // pt: 五号
	bodyLead  = 6.2                       // mm between body baselines
	smallSize = 9.0                       // pt: tables
	smallLead = 4.6
)

// Colours: black text, one ink blue for structure, one red for the
// document's title rule and the target series, light greys for rules.
var (
	black     = rgb{0x1a, 0x1a, 0x1a}
	ink       = rgb{0x1f, 0x3a, 0x5f}
	red       = rgb{0xb0, 0x24, 0x1f}
	grey      = rgb{0x6b, 0x6b, 0x6b}
	ruleGrey  = rgb{0xbf, 0xbf, 0xbf}
	lightRule = rgb{0xdd, 0xdd, 0xdd}
	headFill  = rgb{0xee, 0xf2, 0xf7}
	groupFill = rgb{0xf6, 0xf8, 0xfb} // a group label row inside a table
)

// mmPerPt converts points to millimetres.
const mmPerPt = 25.4 / 72

// renderer lays the report out top to bottom, page by page.
type renderer struct {
	d   *doc
	r   *report.Report
	z   sanitizer
	y   float64 // top of the next block on the current page
	toc []tocEntry
	// title is the running header, cleaned once.
	title string
	// charts counts the charts drawn, for their numbers.
	charts int
	// tocLead is the line height of the contents block.
	tocLead float64
	// cells remembers table cells already broken: a table's rows are
	// broken to decide whether it is kept together, where it starts and
	// where its pages break, then again to draw them.
	cells map[cellKey][]typeset.Line
	// fills is how far down each finished page the flow reached, and
	// partPages the pages a part (a 一、 heading) starts on: the page
	// breaks are checked against them (a page less than a quarter full is
	// only allowed before a new part).
	fills     []float64
	partPages map[int]bool
}

// cellKey is what a table cell's lines depend on.
type cellKey struct {
	text  string
	width float64
	face  face
	size  float64
}

// tocEntry is one line of the contents block: written where the block is,
// completed with its page number once the heading it points to is placed.
type tocEntry struct {
	text            string
	level           int
	tocPage         int // where the contents line is
	tocY            float64
	page            int // where the heading is
	y               float64
	link            int
	placed, printed bool
}

// measure returns the current face's width function for the line breaker.
func (rd *renderer) measure() typeset.Measure { return rd.d.runeWidth }

// newPage ends the current page and starts the next at the top of the type area.
func (rd *renderer) newPage() {
	if rd.d.page() > 0 {
		rd.fills = append(rd.fills, rd.y)
	}
	rd.d.addPage()
	rd.y = top
}

// ensure starts a new page unless h mm fit below the cursor.
func (rd *renderer) ensure(h float64) {
	if rd.y+h > bottom {
		rd.newPage()
	}
}

// baseline is where to put the baseline of text of size pt in a line box
// of height lead starting at y: the em box centred in the line box, the
// baseline at 0.88 em, which is where Noto CJK puts it.
func baseline(y, lead, size float64) float64 {
	em := size * mmPerPt
	return y + (lead-em)/2 + 0.88*em
}

// para describes how to set a paragraph.
type para struct {
	face   face
	size   float64
	lead   float64
	indent float64 // first-line indent, mm
	left   float64 // left inset from the margin, mm
	width  float64 // 0 for the rest of the measure
	color  rgb
	align  int // alignJustify, alignLeft, alignCenter, alignRight
}

const (
	alignJustify      = iota
	alignJustifyTight // justified only when it needs little space: table cells
	alignLeft
	alignCenter
	alignRight
)

// body is the paragraph style of prose.
func body() para {
	return para{face: serif, size: bodySize, lead: bodyLead, indent: 2 * bodySize * mmPerPt, color: black}
}

// paragraph sets text (already cleaned) in the flow, breaking pages between
// lines; a paragraph of two or more lines never leaves a single line at the
// foot of a page.
func (rd *renderer) paragraph(text string, p para) {
	text = strings.TrimSpace(text)
	if text == "" {
		return
	}
	d := rd.d
	d.setFont(p.face, p.size)
	w := p.width
	if w == 0 {
		w = contentW - p.left
	}
	lines := typeset.BreakIndent(text, w-p.indent, w, rd.measure())
	if len(lines) >= 2 {
		rd.ensure(2 * p.lead)
	} else {
		rd.ensure(p.lead)
	}
	for i, l := range lines {
		if rd.y+p.lead > bottom {
			rd.newPage()
		}
		d.setFont(p.face, p.size)
		d.setTextColor(p.color)
		x := marginL + p.left
		lw := w
		if i == 0 {
			x += p.indent
			lw -= p.indent
		}
		rd.drawLine(l, x, lw, baseline(rd.y, p.lead, p.size), p.align)
		rd.y += p.lead
	}
}

// paragraphLines is the number of lines text takes when set as p.
func (rd *renderer) paragraphLines(text string, p para) int {
	text = strings.TrimSpace(text)
	if text == "" {
		return 0
	}
	rd.d.setFont(p.face, p.size)
	w := p.width
	if w == 0 {
		w = contentW - p.left
	}
	return len(typeset.BreakIndent(text, w-p.indent, w, rd.measure()))
}

// drawLine draws one broken line in a box of width w at x.
func (rd *renderer) drawLine(l typeset.Line, x, w, base float64, align int) {
	s := l.Visible()
	switch align {
	case alignJustify, alignJustifyTight:
		// A line that would need more than a quarter of an em between its
		// characters (it ends before a long unbreakable run such as a URL)
		// looks better ragged than torn apart; in a narrow table cell, more
		// than an eighth.
		sp, limit := l.Spacing(w), rd.d.size*mmPerPt/4
		if align == alignJustifyTight {
			limit /= 2
		}
		if sp > limit {
			sp = 0
		}
		rd.d.textSpaced(x, base, s, sp)
	case alignLeft:
		rd.d.text(x, base, s)
	case alignCenter:
		rd.d.text(x+(w-l.Width)/2, base, s)
	case alignRight:
		rd.d.text(x+w-l.Width, base, s)
	}
}

// heading levels.
const (
	h1 = iota // 一、 numbered part, bookmark level 0
	h2        // （一） section or task, bookmark level 1
	h3        // 1. item, no bookmark
)

// heading sets a heading, keeping it on the page with at least follow mm of
// what comes after it (no heading orphaned at the foot of a page), and
// bookmarks it. toc is the index of its contents entry, or -1.
func (rd *renderer) heading(level int, text string, follow float64, toc int) {
	p, before, after := headingStyle(level)
	d := rd.d
	lines := rd.headingLines(level, text)
	h := float64(len(lines))*p.lead + after
	if rd.y > top+0.01 {
		rd.y += before
	}
	if rd.y+h+follow > bottom {
		rd.newPage()
	}
	if level <= h2 {
		d.bookmark(text, level, rd.y)
	}
	if level == h1 {
		if rd.partPages == nil {
			rd.partPages = map[int]bool{}
		}
		rd.partPages[d.page()] = true
	}
	if toc >= 0 {
		e := &rd.toc[toc]
		e.page, e.y, e.placed = d.page(), rd.y, true
		d.setLink(e.link, e.page, rd.y)
	}
	for _, l := range lines {
		d.setFont(p.face, p.size)
		d.setTextColor(p.color)
		rd.drawLine(l, marginL, contentW, baseline(rd.y, p.lead, p.size), alignLeft)
		rd.y += p.lead
	}
	if level == h1 {
		d.setDrawColor(ink)
		d.setLineWidth(0.35)
		d.line(marginL, rd.y+0.6, marginL+contentW, rd.y+0.6)
		rd.y += 1.2
	}
	rd.y += after
}

// headingStyle is a heading level's type and the space before and after it.
func headingStyle(level int) (p para, before, after float64) {
	switch level {
	case h1:
		return para{face: sansBold, size: 15, lead: 8.5, color: ink, align: alignLeft}, 6, 3.5
	case h2:
		return para{face: sansBold, size: 12, lead: 6.8, color: ink, align: alignLeft}, 4, 1.5
	}
	return para{face: serifBold, size: bodySize, lead: bodyLead, color: black, align: alignLeft}, 2, 0.5
}

// headingLines breaks a heading's text in its type.
func (rd *renderer) headingLines(level int, text string) []typeset.Line {
	p, _, _ := headingStyle(level)
	rd.d.setFont(p.face, p.size)
	return typeset.Break(text, contentW, rd.measure())
}

// headingHeight is the room a heading takes, the space before it included.
func (rd *renderer) headingHeight(level int, text string) float64 {
	p, before, after := headingStyle(level)
	return before + float64(len(rd.headingLines(level, text)))*p.lead + after
}

// contents lays out the contents block with the entries' texts; their page
// numbers and dot leaders are drawn by finish, once the headings are placed.
// The lines close up (down to 5 mm) so that the block fits on the first page
// when it can.
func (rd *renderer) contents() {
	d := rd.d
	rd.ensure(12 + 2*5.0)
	d.setFont(sansBold, 14)
	d.setTextColor(ink)
	title := "目　　录"
	d.text(marginL+(contentW-d.width(title))/2, baseline(rd.y, 9, 14), title)
	rd.y += 12
	rd.tocLead = max(4.9, min(6.4, (bottom-rd.y)/float64(len(rd.toc))))
	for i := range rd.toc {
		e := &rd.toc[i]
		rd.ensure(rd.tocLead)
		e.tocPage, e.tocY = d.page(), rd.y
		fc, x := tocFace(e.level)
		d.setFont(fc, bodySize)
		d.setTextColor(black)
		d.text(x, baseline(rd.y, rd.tocLead, bodySize), tocText(rd, e))
		e.printed = true
		rd.y += rd.tocLead
	}
}

// tocFace is the face and indent of a contents line.
func tocFace(level int) (face, float64) {
	if level > 0 {
		return serif, marginL + 8
	}
	return sansBold, marginL
}

// tocText is the text of a contents line, shortened to leave room for the
// leaders and the page number.
func tocText(rd *renderer, e *tocEntry) string {
	_, x := tocFace(e.level)
	lines, _ := typeset.Fit(e.text, contentW-(x-marginL)-18, 1, rd.measure())
	return lines[0]
}

// finish draws what needs the page count or the final positions: the
// running header and the footer "第 N 页 / 共 M 页" of every page, and the
// page numbers, leaders and links of the contents. Each page's content
// stream is appended to after the fact, so the font is selected again and
// the colours set explicitly.
func (rd *renderer) finish() {
	d := rd.d
	total := d.pageCount()
	for p := 1; p <= total; p++ {
		d.goToPage(p)
		d.setFillColor(grey)
		d.setTextColor(grey)
		d.setDrawColor(ruleGrey)
		d.setLineWidth(0.2)
		if p > 1 {
			d.setFont(sans, 8)
			d.text(marginL+(contentW-d.width(rd.title))/2, headerY, rd.title)
			d.line(marginL, headerRY, marginL+contentW, headerRY)
		}
		// The footer is measured with the real total, so it is centred
		// exactly: fpdf's {nb} alias would be measured as four characters.
		d.setFont(serif, 9)
		foot := "第 " + strconv.Itoa(p) + " 页 / 共 " + strconv.Itoa(total) + " 页"
		d.text((pageW-d.width(foot))/2, footerY, foot)
	}
	for i := range rd.toc {
		e := &rd.toc[i]
		if !e.printed || !e.placed {
			continue
		}
		d.goToPage(e.tocPage)
		fc, x := tocFace(e.level)
		d.setFont(fc, bodySize)
		textEnd := x + d.width(tocText(rd, e))
		d.setFont(serif, bodySize)
		num := strconv.Itoa(e.page)
		base := baseline(e.tocY, rd.tocLead, bodySize)
		right := marginL + contentW
		d.setFillColor(black)
		d.setTextColor(black)
		d.text(right-d.width(num), base, num)
		// Dot leaders between the text and the number.
		d.setFillColor(grey)
		d.setTextColor(grey)
		dot := "·"
		dw := d.width(dot)
		from, to := textEnd+2, right-d.width(num)-2
		if n := int((to - from) / dw); n > 0 {
			d.text(to-float64(n)*dw, base, strings.Repeat(dot, n))
		}
		d.link(x, e.tocY, right-x, rd.tocLead, e.link)
	}
}
