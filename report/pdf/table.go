package pdf

import (
	"github.com/workreport/workreport/internal/typeset"
)

// column describes one column of a table.
type column struct {
	title string
	width float64 // mm
	align int     // alignLeft, alignRight, alignCenter
	face  face    // face of the body cells
}

// table is a ruled table with a header row. Light rules only: a strong rule
// above and below, a thin one under the header, hairlines between rows.
type table struct {
	cols []column
	rows [][]string // cleaned cell texts
	// groups, when set, holds each row's group (a sub-heading such as
	// 经济运行稳中有进); a label row spanning the table is set before the
	// first row of each group and kept on the same page as that row.
	groups []string
	// caption, when set, is repeated with "（续）" above the header on the
	// pages the table continues on.
	caption string
}

const (
	cellPadX = 1.6
	cellPadY = 1.3
)

// cellLines breaks a cell's text to its column.
// The font is selected on every call, as the recorded drawing depends on
// it; the lines are broken once per text, width, face and size. Callers
// only read them.
func (rd *renderer) cellLines(text string, c column, fc face, size float64) []typeset.Line {
	rd.d.setFont(fc, size)
	k := cellKey{text, c.width - 2*cellPadX, fc, size}
	if lines, ok := rd.cells[k]; ok {
		return lines
	}
	lines := typeset.Break(text, k.width, rd.measure())
	if rd.cells == nil {
		rd.cells = make(map[cellKey][]typeset.Line)
	}
	rd.cells[k] = lines
	return lines
}

// rowHeight is the height of a row whose cells broke into the given lines.
func rowHeight(cells [][]typeset.Line, lead float64) float64 {
	n := 1
	for _, ls := range cells {
		n = max(n, len(ls))
	}
	return float64(n)*lead + 2*cellPadY
}

// headerHeight is the height of the table's header row.
func (rd *renderer) headerCells(t *table) ([][]typeset.Line, float64) {
	cells := make([][]typeset.Line, len(t.cols))
	for i, c := range t.cols {
		cells[i] = rd.cellLines(c.title, c, sansBold, smallSize)
	}
	return cells, rowHeight(cells, smallLead)
}

// minTableStart is what must fit below a heading before a table: its
// header and first row.
func (rd *renderer) minTableStart(t *table) float64 {
	_, hh := rd.headerCells(t)
	if len(t.rows) == 0 {
		return hh
	}
	return hh + rd.rowLinesHeight(t, 0)
}

// shortTable is the height up to which a table is kept on one page: split,
// it would leave a row or two on either side.
const shortTable = 55.0

// keepStart is what must fit below a heading before the table: all of it
// when it is short, else its header and first row.
func (rd *renderer) keepStart(t *table) float64 {
	_, h := rd.headerCells(t)
	for i := range t.rows {
		h += rd.rowLinesHeight(t, i)
		if h > shortTable {
			return rd.minTableStart(t)
		}
	}
	return h
}

func (rd *renderer) rowLinesHeight(t *table, i int) float64 {
	cells := make([][]typeset.Line, len(t.cols))
	for j, c := range t.cols {
		cells[j] = rd.cellLines(t.rows[i][j], c, c.face, smallSize)
	}
	return t.groupHeight(i) + rowHeight(cells, smallLead)
}

// groupLabel is the group label set before row i, if one starts there.
func (t *table) groupLabel(i int) string {
	if i >= len(t.groups) || t.groups[i] == "" || i > 0 && t.groups[i] == t.groups[i-1] {
		return ""
	}
	return t.groups[i]
}

// groupHeight is the height of the group label before row i (0 for none).
func (t *table) groupHeight(i int) float64 {
	if t.groupLabel(i) == "" {
		return 0
	}
	return smallLead + 2*cellPadY
}

// drawGroupLabel sets a group's label across the table at rd.y.
func (rd *renderer) drawGroupLabel(label string, width float64) {
	d := rd.d
	h := smallLead + 2*cellPadY
	d.setFillColor(groupFill)
	d.fillRect(marginL, rd.y, width, h)
	d.setFont(sansBold, smallSize)
	d.setTextColor(ink)
	d.text(marginL+cellPadX, baseline(rd.y+cellPadY, smallLead, smallSize), label)
	rd.y += h
}

// drawTable sets the table in the flow. A row is never cut: when the next
// row does not fit, the table continues on a new page under a repeated
// header (and caption, marked 续).
func (rd *renderer) drawTable(t *table) {
	d := rd.d
	header, hh := rd.headerCells(t)
	totalW := 0.0
	for _, c := range t.cols {
		totalW += c.width
	}
	x0 := marginL
	drawHeader := func(cont bool) {
		if cont && t.caption != "" {
			d.setFont(sans, smallSize)
			d.setTextColor(grey)
			d.text(x0, baseline(rd.y, smallLead+1, smallSize), t.caption+"（续）")
			rd.y += smallLead + 1.5
		}
		d.setFillColor(headFill)
		d.fillRect(x0, rd.y, totalW, hh)
		d.setDrawColor(ink)
		d.setLineWidth(0.45)
		d.line(x0, rd.y, x0+totalW, rd.y)
		rd.drawRow(t, header, rd.y, hh, sansBold, true)
		d.setLineWidth(0.25)
		d.line(x0, rd.y+hh, x0+totalW, rd.y+hh)
		rd.y += hh
	}
	rd.ensure(hh + func() float64 {
		if len(t.rows) == 0 {
			return 0
		}
		return rd.rowLinesHeight(t, 0)
	}())
	cells := make([][][]typeset.Line, len(t.rows))
	heights := make([]float64, len(t.rows))
	for i, row := range t.rows {
		cells[i] = make([][]typeset.Line, len(t.cols))
		for j, c := range t.cols {
			cells[i][j] = rd.cellLines(row[j], c, c.face, smallSize)
		}
		heights[i] = t.groupHeight(i) + rowHeight(cells[i], smallLead)
	}
	// breakAt plans the page break from row i on: normally where the rows
	// stop fitting, but one row earlier when that would carry a single row
	// over to the next page.
	breakAt := func(i int) int {
		y, k := rd.y, 0
		for i+k < len(t.rows) && y+heights[i+k] <= bottom {
			y += heights[i+k]
			k++
		}
		if i+k < len(t.rows) && len(t.rows)-(i+k) == 1 && k >= 3 {
			k--
		}
		return i + k
	}
	drawHeader(false)
	next := breakAt(0)
	for i := range t.rows {
		h := heights[i]
		if i == next && i > 0 {
			// Close the table on this page and continue on the next.
			d.setDrawColor(ink)
			d.setLineWidth(0.45)
			d.line(x0, rd.y, x0+totalW, rd.y)
			rd.newPage()
			drawHeader(true)
			next = breakAt(i)
			if next == i {
				next = i + 1 // a row taller than a page: draw it anyway
			}
		}
		if label := t.groupLabel(i); label != "" {
			rd.drawGroupLabel(label, totalW)
			h -= t.groupHeight(i)
		}
		if h > bottom-top-hh-(smallLead+1.5) {
			// A row taller than a page (a long annex entry): its lines
			// go on over as many pages as they need, under the header.
			rd.drawSplitRow(t, cells[i], func() {
				d.setDrawColor(ink)
				d.setLineWidth(0.45)
				d.line(x0, rd.y, x0+totalW, rd.y)
				rd.newPage()
				drawHeader(true)
			})
			next = breakAt(i + 1)
		} else {
			rd.drawRow(t, cells[i], rd.y, h, -1, false)
			rd.y += h
		}
		if i < len(t.rows)-1 && i+1 != next {
			d.setDrawColor(lightRule)
			d.setLineWidth(0.15)
			d.line(x0, rd.y, x0+totalW, rd.y)
		}
	}
	d.setDrawColor(ink)
	d.setLineWidth(0.45)
	d.line(x0, rd.y, x0+totalW, rd.y)
	rd.y += 3
}

// drawSplitRow draws a row taller than a page from rd.y: as many of its
// lines as fit, then newPage and the next ones, never below the bottom.
func (rd *renderer) drawSplitRow(t *table, cells [][]typeset.Line, newPage func()) {
	n := 1
	for _, c := range cells {
		n = max(n, len(c))
	}
	for k := 0; k < n; {
		fit := int((bottom - rd.y - 2*cellPadY) / smallLead)
		if fit < 1 {
			newPage()
			fit = max(1, int((bottom-rd.y-2*cellPadY)/smallLead))
		}
		end := min(n, k+fit)
		part := make([][]typeset.Line, len(cells))
		for j, c := range cells {
			part[j] = c[min(k, len(c)):min(end, len(c))]
		}
		h := float64(end-k)*smallLead + 2*cellPadY
		rd.drawRow(t, part, rd.y, h, -1, false)
		rd.y += h
		if k = end; k < n {
			newPage()
		}
	}
}

// drawRow draws the cells of one row; fc < 0 uses each column's face.
func (rd *renderer) drawRow(t *table, cells [][]typeset.Line, y, h float64, fc face, header bool) {
	d := rd.d
	x := marginL
	for j, c := range t.cols {
		f := c.face
		if fc >= 0 {
			f = fc
		}
		d.setFont(f, smallSize)
		if header {
			d.setTextColor(ink)
		} else {
			d.setTextColor(black)
		}
		align := c.align
		ly := y + cellPadY
		for _, l := range cells[j] {
			rd.drawLine(l, x+cellPadX, c.width-2*cellPadX, baseline(ly, smallLead, smallSize), cellAlign(align, c.width, l))
			ly += smallLead
		}
		x += c.width
	}
}

// cellAlign justifies the non-final lines of a left-aligned cell that
// wrapped, so a wrapped cell has a straight right edge; narrow columns
// (units) stay ragged, where spreading three characters apart reads badly.
func cellAlign(align int, width float64, l typeset.Line) int {
	if align == alignLeft && !l.Last && width >= 30 {
		return alignJustifyTight
	}
	return align
}
