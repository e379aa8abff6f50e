package sheets

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// fontFamily is the body font: 等线 is the default of Chinese Excel and
// WPS maps it; every style names it, or LibreOffice falls back to a serif.
const (
	fontFamily = "等线"
	fontSize   = 11.0
)

// style is what a cell looks like; book turns each distinct one into one
// excelize style. (The strings first, the flags last: it packs in 80 bytes.)
type style struct {
	numFmt string
	align  string // left, center, right
	color  string
	fill   string
	size   float64
	bold   bool
	wrap   bool
	border bool
}

var (
	stText   = style{align: "left"}
	stWrap   = style{align: "left", wrap: true}
	stHeader = style{align: "center", bold: true, wrap: true, color: "FFFFFF", fill: "4472C4", border: true}
	stMuted  = style{align: "left", size: 9, color: "808080"}
	// stRepeat is a parent's title repeated on its children's rows (so
	// each row filters and sorts whole), in grey to let the tree show.
	stRepeat = style{align: "left", wrap: true, color: "8C8C8C"}
	stCenter = style{align: "center"}
	stTitle  = style{align: "center", bold: true, size: 16}
	stLabel  = style{align: "left", bold: true, color: "404040"}
	stHead2  = style{align: "left", bold: true, size: 12}
	stNote   = style{align: "left", wrap: true, size: 9, color: "595959"}
)

type cellKind uint8

const (
	cellEmpty cellKind = iota
	cellText
	cellNumber
	cellFormula
)

// cell is one cell before it is streamed. (Fields are ordered so the
// struct packs: a workbook holds thousands.)
type cell struct {
	text    string  // text cells
	formula string  // formula cells, without the leading =
	shown   string  // the text the cell shows, to size the column
	num     float64 // number cells, and the cached result of numeric formulas
	style   style
	span    int // columns merged into this cell, from it to the right (0 or 1: none)
	kind    cellKind
	blank   bool // a formula whose cached result is the empty string
}

func text(s string, st style) cell {
	if s == "" {
		return cell{style: st}
	}
	return cell{kind: cellText, text: s, shown: s, style: st}
}

// amount is a number cell showing d with its written decimals.
func amount(d report.Decimal) cell {
	return cell{kind: cellNumber, num: d.Float64(), shown: d.Grouped(),
		style: style{align: "right", numFmt: amountFormat(d.Places())}}
}

// percent is a percentage cell: the fraction, shown with the written decimals.
func percent(points report.Decimal) cell {
	return cell{kind: cellNumber, num: fraction(points), shown: percentText(points),
		style: style{align: "right", numFmt: percentFormat(points.Places())}}
}

// points is a percentage-point cell.
func points(d report.Decimal) cell {
	return cell{kind: cellNumber, num: d.Float64(), shown: d.String() + "个百分点",
		style: style{align: "right", numFmt: pointsFormat(d.Places())}}
}

// measure is the cell of a value in unit: a percentage when the unit is %.
func measure(d report.Decimal, unit string) cell {
	if isPercentUnit(unit) {
		return percent(d)
	}
	return amount(d)
}

// measureOf is measure for a value that may be absent (a rate-only fact):
// an empty cell then.
func measureOf(d *report.Decimal, unit string) cell {
	if d == nil {
		return cell{}
	}
	return measure(*d, unit)
}

func isPercentUnit(unit string) bool { return strings.TrimSpace(unit) == "%" }

// changeCell is the cell of a change rate: percent, or points for kind pp.
func changeCell(c *report.Change) cell {
	if c == nil {
		return cell{}
	}
	if c.Kind == report.ChangePP {
		return points(c.Value)
	}
	return percent(c.Value)
}

// formula is a formula cell with its cached result, so viewers that do not
// recalculate (and openpyxl's data_only) still see the number.
func formula(f string, cached float64, shown string, st style) cell {
	return cell{kind: cellFormula, formula: f, num: cached, shown: shown, style: st}
}

// book is one workbook being built.
type book struct {
	f      *excelize.File
	r      *report.Report
	styles map[style]int
	warns  []report.Warning
	// overviewAt is where 概览 put its headline rows.
	overviewAt overviewLayout
	// spillDir, when set, is where streamed grids keep their rows
	// (spill.go); spills has them by sheet part.
	spillDir string
	spills   map[string]*rowSpill
}

// spilledRows are the rows the grids spilled, by sheet part, for sortedZip.
func (b *book) spilledRows() map[string]io.Reader {
	rows := map[string]io.Reader{}
	for part, s := range b.spills {
		rows[part] = s.rows()
	}
	return rows
}

// closeSpills closes the files of spilled rows.
func (b *book) closeSpills() {
	for _, s := range b.spills {
		_ = s.close()
	}
}

// styleID gives the excelize style for st, creating it once.
func (b *book) styleID(st style) (int, error) {
	if id, ok := b.styles[st]; ok {
		return id, nil
	}
	size := st.size
	if size == 0 {
		size = fontSize
	}
	es := &excelize.Style{
		Font:      &excelize.Font{Family: fontFamily, Size: size, Bold: st.bold, Color: st.color},
		Alignment: &excelize.Alignment{Horizontal: st.align, Vertical: "center", WrapText: st.wrap},
	}
	if st.numFmt != "" {
		code := st.numFmt
		es.CustomNumFmt = &code
	}
	if st.fill != "" {
		es.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{st.fill}}
	}
	if st.border {
		for _, side := range []string{"left", "right", "top", "bottom"} {
			es.Border = append(es.Border, excelize.Border{Type: side, Color: "BFBFBF", Style: 1})
		}
	}
	id, err := b.f.NewStyle(es)
	if err != nil {
		return 0, fmt.Errorf("style %+v: %w", st, err)
	}
	b.styles[st] = id
	return id, nil
}

// warn records something Write worked around.
func (b *book) warn(field, format string, args ...any) {
	b.warns = append(b.warns, report.Warning{Field: field, Message: fmt.Sprintf(format, args...)})
}

// grid is one sheet's cells with its layout; writeGrid streams it.
type grid struct {
	name      string
	cols      []column
	rows      [][]cell
	heights   map[int]float64 // fixed heights by row index (0-based)
	landscape bool
	freeze    string // top-left cell of the scrolling pane, "" for none
	// list sheets draw thin borders: LibreOffice does not paint table
	// styles, and a printed list needs its grid.
	bordered bool
	// table names the Excel table over the whole grid, "" for none.
	table string
	// before runs on the sheet before its cells are streamed (page setup and
	// other sheet properties that precede the cells in the XML).
	// after runs before the stream is flushed (tables, conditional formats,
	// charts).
	after func(sw *excelize.StreamWriter) error
	// more, when set, yields moreRows rows after those in rows, built one at
	// a time and never held together: the comparison sheets of a run of
	// thousands of reports would otherwise keep every cell of every report
	// alive while the workbook is written. It is called twice, once to size
	// the columns and once to write the rows; a yielded row is used before
	// the next is asked for, so rows may share one backing array.
	more     func(yield func(row []cell) bool)
	moreRows int
	// sized holds the column widths once computed: pageSetup needs them
	// before the rows are written, and a streamed grid's rows cost a walk.
	sized []float64
}

// rowCount is the number of rows the sheet gets.
func (g *grid) rowCount() int { return len(g.rows) + g.moreRows }

// each calls fn with every row and its 0-based index, the held rows first,
// until fn returns false.
func (g *grid) each(fn func(ri int, row []cell) bool) {
	for ri, row := range g.rows {
		if !fn(ri, row) {
			return
		}
	}
	if g.more == nil {
		return
	}
	ri := len(g.rows)
	g.more(func(row []cell) bool {
		ok := fn(ri, row)
		ri++
		return ok
	})
}

// widths sizes each column to its longest line, within its bounds.
func (g *grid) widths() []float64 {
	if g.sized != nil {
		return g.sized
	}
	ws := make([]float64, len(g.cols))
	for i, c := range g.cols {
		ws[i] = c.min
	}
	g.each(func(_ int, row []cell) bool {
		for i, c := range row {
			if i >= len(ws) || c.span > 1 || c.shown == "" {
				continue
			}
			longest := longestLine(c.shown)
			if c.style.bold {
				longest *= 1.1
			}
			ws[i] = max(ws[i], min(longest+2, g.cols[i].max))
		}
		return true
	})
	g.sized = ws
	return ws
}

// printedCols is how many columns, from the first, the print area holds:
// up to the last a reader needs (identifiers are for the screen: muted).
func (g *grid) printedCols() int {
	last := 0
	for i, c := range g.cols {
		if !c.muted && !c.hidden {
			last = i + 1
		}
	}
	return last
}

// Printing: a sheet is fitted to the width of one A4 page when that keeps
// its text at onePageScale or larger; a wider one is spread over as many
// pages as print it at splitScale. The comparison of a run has 35 columns:
// fitted to one page, its 11 pt text printed at 3 pt. The report's own
// lists print at 55–65 % on one page, as they always have: split, a row
// would be read across two sheets of paper.
const (
	onePageScale = 0.5
	splitScale   = 0.7
	// printable*Pt: A4 less pageSetup's side margins of half an inch.
	printableLandscapePt = 842 - 72
	printablePortraitPt  = 595 - 72
)

// pagesWide is how many pages wide g prints: its printed columns' width in
// points (a width unit is a 7 px character, plus 5 px of padding, at
// 0.75 pt a pixel) at minPrintScale, over the printable width.
func (g *grid) pagesWide() int {
	total := 0.0
	ws := g.widths()
	for i := range g.printedCols() {
		if !g.cols[i].hidden {
			total += (7*ws[i] + 5) * 0.75
		}
	}
	avail := float64(printablePortraitPt)
	if g.landscape {
		avail = printableLandscapePt
	}
	if total*onePageScale <= avail {
		return 1
	}
	return int(math.Ceil(total * splitScale / avail))
}

// height is the height row ri needs so no wrapped cell is clipped.
func (g *grid) height(ri int, row []cell, ws []float64) float64 {
	if h, ok := g.heights[ri]; ok {
		return h
	}
	lines := 1
	for i, c := range row {
		if i >= len(ws) || c.shown == "" {
			continue
		}
		w := ws[i]
		for j := 1; j < c.span && i+j < len(ws); j++ {
			w += ws[i+j]
		}
		n := 1
		if c.style.wrap {
			n = linesIn(c.shown, w)
		} else {
			n = strings.Count(c.shown, "\n") + 1
		}
		if c.style.size > fontSize {
			n = int(float64(n)*c.style.size/fontSize + 0.5)
		}
		lines = max(lines, n)
	}
	return rowHeight(lines)
}

func (b *book) writeGrid(g *grid) error {
	ws := g.widths()
	sw, err := b.f.NewStreamWriter(g.name)
	if err != nil {
		return err
	}
	// One call per run of equal widths: each call re-flattens the columns.
	for i := 0; i < len(ws); {
		j := i + 1
		for j < len(ws) && ws[j] == ws[i] {
			j++
		}
		if err := sw.SetColWidth(i+1, j, ws[i]); err != nil {
			return err
		}
		i = j
	}
	for i := range ws {
		if g.cols[i].hidden {
			if err := sw.SetColVisible(i+1, i+1, false); err != nil {
				return err
			}
		}
	}
	if g.freeze != "" {
		col, row, err := excelize.CellNameToCoordinates(g.freeze)
		if err != nil {
			return err
		}
		if err := sw.SetPanes(&excelize.Panes{Freeze: true, XSplit: col - 1, YSplit: row - 1,
			TopLeftCell: g.freeze, ActivePane: "bottomRight",
			Selection: []excelize.Selection{{SQRef: g.freeze, ActiveCell: g.freeze, Pane: "bottomRight"}}}); err != nil {
			return err
		}
	}
	ids := make([]int, len(g.cols))
	// A column's cells mostly share a style: remember each column's last
	// one, so most cells compare two styles instead of hashing one.
	lastStyle := make([]style, len(g.cols))
	lastID := make([]int, len(g.cols))
	for i := range lastID {
		lastID[i] = -1
	}
	// One row's values, reused for every row: SetRow keeps none of them.
	rw := newRowWriter(len(g.cols))
	// A streamed grid's rows after the header go to disk when they may.
	var spill *rowSpill
	if g.more != nil && b.spillDir != "" {
		if spill, err = newRowSpill(b.spillDir); err != nil {
			return err
		}
		if b.spills == nil {
			b.spills = map[string]*rowSpill{}
		}
		b.spills[sheetPart(sw)] = spill
	}
	writeRow := func(ri int, row []cell) error {
		for i, c := range row {
			if i >= len(ids) {
				break
			}
			st := c.style
			if g.cols[i].muted && ri > 0 && st == stText {
				st = stMuted
			}
			if g.bordered {
				st.border = true
			}
			id := lastID[i]
			if id < 0 || st != lastStyle[i] {
				var err error
				if id, err = b.styleID(st); err != nil {
					return err
				}
				lastStyle[i], lastID[i] = st, id
			}
			ids[i] = id
			if c.span > 1 {
				from, _ := excelize.CoordinatesToCellName(i+1, ri+1)
				to, _ := excelize.CoordinatesToCellName(i+c.span, ri+1)
				if err := sw.MergeCell(from, to); err != nil {
					return err
				}
			}
		}
		h := g.height(ri, row, ws)
		if h > excelize.MaxRowHeight {
			return fmt.Errorf("row %d: %w", ri+1, excelize.ErrMaxRowHeight)
		}
		if spill != nil && ri > 0 {
			if err := spill.setRow(rw, ri+1, h, row, ids); err != nil {
				return err
			}
		} else if err := rw.setRow(sw, ri+1, h, row, ids); err != nil {
			return err
		}
		// excelize reads a table's column names back from the header row:
		// add the table while that is all the stream holds.
		if ri == 0 && g.table != "" && g.rowCount() > 1 {
			return addTable(sw, g.table, g)
		}
		return nil
	}
	g.each(func(ri int, row []cell) bool {
		err = writeRow(ri, row)
		return err == nil
	})
	if err != nil {
		return err
	}
	if spill != nil {
		if err := spill.flush(); err != nil {
			return err
		}
	}
	if g.after != nil {
		if err := g.after(sw); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// rowWriter hands rows to excelize's StreamWriter.SetRow, reusing one
// row's values: SetRow keeps none of them once it returns.
type rowWriter struct {
	cells  []excelize.Cell
	values []any
}

func newRowWriter(n int) *rowWriter {
	rw := &rowWriter{cells: make([]excelize.Cell, n), values: make([]any, n)}
	for i := range rw.cells {
		rw.values[i] = &rw.cells[i] // SetRow takes *Cell as it takes Cell
	}
	return rw
}

// setRow writes row r (1-based) of cells with the style IDs ids.
func (rw *rowWriter) setRow(sw *excelize.StreamWriter, r int, height float64, row []cell, ids []int) error {
	n := min(len(row), len(ids), len(rw.cells))
	for i := range n {
		c := row[i]
		ec := excelize.Cell{StyleID: ids[i]}
		switch c.kind {
		case cellText:
			ec.Value = c.text
		case cellNumber:
			ec.Value = c.num
		case cellFormula:
			ec.Formula, ec.Value = c.formula, c.num
			if c.blank {
				ec.Value = ""
			}
		}
		rw.cells[i] = ec
	}
	return sw.SetRow("A"+strconv.Itoa(r), rw.values[:n], excelize.RowOpts{Height: height})
}

// addTable adds an Excel table over A1 to the end of g, a streamed sheet
// whose header row is written. Grids with a table name get theirs while
// streaming, right after the header; this is also for sheets built by hand.
func addTable(sw *excelize.StreamWriter, name string, g *grid) error {
	end, _ := excelize.CoordinatesToCellName(len(g.cols), g.rowCount())
	stripes := true
	return sw.AddTable(&excelize.Table{Range: "A1:" + end, Name: name, StyleName: tableStyle,
		ShowRowStripes: &stripes})
}
