package pdf

import (
	"workreport/report/pdf/typeset"
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
	// caption, when set, is repeated with "（续）" above the header on the
	// pages the table continues on.
	caption string
}

const (
	cellPadX = 1.6
	cellPadY = 1.3
)

// cellLines breaks a cell's text to its column.
func (rd *renderer) cellLines(text string, c column, fc face, size float64) []typeset.Line {
	rd.d.setFont(fc, size)
	return typeset.Break(text, c.width-2*cellPadX, rd.measure())
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

func (rd *renderer) rowLinesHeight(t *table, i int) float64 {
	cells := make([][]typeset.Line, len(t.cols))
	for j, c := range t.cols {
		cells[j] = rd.cellLines(t.rows[i][j], c, c.face, smallSize)
	}
	return rowHeight(cells, smallLead)
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
	first := 0
	if len(t.rows) > 0 {
		first = 1
	}
	_ = first
	rd.ensure(hh + func() float64 {
		if len(t.rows) == 0 {
			return 0
		}
		return rd.rowLinesHeight(t, 0)
	}())
	drawHeader(false)
	for i, row := range t.rows {
		cells := make([][]typeset.Line, len(t.cols))
		for j, c := range t.cols {
			cells[j] = rd.cellLines(row[j], c, c.face, smallSize)
		}
		h := rowHeight(cells, smallLead)
		if rd.y+h > bottom {
			// Close the table on this page and continue on the next.
			d.setDrawColor(ink)
			d.setLineWidth(0.45)
			d.line(x0, rd.y, x0+totalW, rd.y)
			rd.newPage()
			drawHeader(true)
		}
		rd.drawRow(t, cells, rd.y, h, -1, false)
		rd.y += h
		if i < len(t.rows)-1 {
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
		if header && align == alignRight {
			align = alignRight
		}
		ly := y + cellPadY
		for _, l := range cells[j] {
			rd.drawLine(l, x+cellPadX, c.width-2*cellPadX, baseline(ly, smallLead, smallSize), cellAlign(align, l))
			ly += smallLead
		}
		x += c.width
	}
}

// cellAlign justifies the non-final lines of a left-aligned cell that
// wrapped, so a wrapped cell has a straight right edge.
func cellAlign(align int, l typeset.Line) int {
	if align == alignLeft && !l.Last {
		return alignJustify
	}
	return align
}
