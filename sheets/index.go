package sheets

import (
	"cmp"
	"fmt"
	"io"
	"iter"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// IndexRow is one report of a batch run, as the comparison workbook shows
// it: who, when, and its headline indicators with their targets.
type IndexRow struct {
	Input     string
	Title     string
	Region    string
	Level     report.Level
	Year      int
	Headlines []report.Headline
}

const (
	sheetIndex = "对比"
	tableIndex = "Comparison"
	indexTitle = "政府工作报告主要指标对比"
	// indexFixedCols are 地区, 级别, 年份, 标题, 文件 before the indicators.
	indexFixedCols = 5
	// indexColsPer: last year's value, last year's growth, this year's target.
	indexColsPer = 3
)

// indexSpillSize is about how much of a sheet's XML the comparison
// workbook holds in memory before it moves it to a file in
// Options.SpillDir (spill.go): its rows are about 7 KB a report.
const indexSpillSize = 1 << 20

// indexColumn is one headline indicator across the reports: its name and
// the unit its values are shown in (the first report's; the others are
// converted where the units share a base, 亿元 ↔ 万亿元).
type indexColumn struct {
	name, unit string
	targetPct  bool // every target of this name is a percentage
}

// WriteIndex writes the comparison workbook of a run: one row per report,
// the headline indicators side by side in columns aligned by indicator
// name, an Excel table with filters, and a chart of last year's growth
// against this year's target for the most common headline.
//
// rows yields the reports in the order they are shown, which callers sort
// by CompareIndexRows. WriteIndex walks it five times (to
// pick the columns, then to size and to write each of two sheets) and
// holds no more than one report at a time, so a run of any size can be
// compared in the memory of one; each walk must yield the same rows.
func WriteIndex(w io.Writer, rows iter.Seq[IndexRow], opt Options) error {
	when := opt.Created
	if when.IsZero() {
		when = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, r: &report.Report{Meta: report.Meta{Title: indexTitle}}, styles: map[style]int{}, spillDir: opt.SpillDir}
	defer b.closeSpills()
	if err := f.SetSheetName("Sheet1", sheetIndex); err != nil {
		return err
	}
	scan := scanIndex(rows)
	cols := scan.cols
	g := &grid{name: sheetIndex, landscape: true, freeze: "B2", bordered: true}
	g.cols = append(g.cols,
		column{min: 8, max: 20}, column{min: 6, max: 8}, column{min: 6, max: 6},
		column{min: 14, max: 30}, column{min: 10, max: 30})
	header := []cell{text("报告", stHeader), text("级别", stHeader), text("年份", stHeader), text("标题", stHeader), text("文件", stHeader)}
	for _, c := range cols {
		// A number cell wider than its column shows ###: the widths leave
		// room for a converted figure with the report's own beside it.
		g.cols = append(g.cols, column{min: 10, max: indexValueWidth}, column{min: 10, max: 14}, column{min: 10, max: indexTargetWidth})
		header = append(header,
			text(fmt.Sprintf("%s\n上年（%s）", c.name, c.unit), stHeader),
			text(c.name+"\n上年增速", stHeader),
			text(c.name+"\n今年目标", stHeader))
	}
	g.rows = append(g.rows, header)
	g.moreRows = scan.reports
	g.more = func(yield func([]cell) bool) {
		var line []cell
		for r := range rows {
			line = append(line[:0], text(rowLabel(r), stText), text(r.Level.Label(), stCenter), yearCell(r.Year),
				text(r.Title, stText), text(r.Input, stMuted))
			for _, c := range cols {
				line = append(line, indexCells(r.Headlines, c)...)
			}
			if !yield(line) {
				return
			}
		}
	}
	g.after = func(sw *excelize.StreamWriter) error {
		return addTable(sw, tableIndex, g)
	}
	if err := b.pageSetup(g); err != nil {
		return err
	}
	if err := b.writeGrid(g); err != nil {
		return err
	}
	if err := writeIndexDetails(b, rows, scan.headlines); err != nil {
		return err
	}
	if scan.chartCol >= 0 && scan.reports > 0 {
		if err := writeIndexChart(b, cols[scan.chartCol], scan.chartCol, scan.reports); err != nil {
			return err
		}
	}
	end, _ := excelize.CoordinatesToCellName(len(g.cols), g.rowCount(), true)
	// The comparison prints its table and nothing else: the chart, on a
	// sheet of its own, prints whole once (it used to sit under the table,
	// and LibreOffice printed it again in clipped pieces on every page the
	// table's columns spread over).
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:%s", sheetIndex, end), Scope: sheetIndex}); err != nil {
		return err
	}
	titles := fmt.Sprintf("'%s'!$1:$1", sheetIndex)
	if g.pagesWide() > 1 {
		titles = fmt.Sprintf("'%s'!$A:$A,", sheetIndex) + titles // the region on every page
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: titles, Scope: sheetIndex}); err != nil {
		return err
	}
	if err := f.SetDefinedName(&excelize.DefinedName{Name: "对比数据", RefersTo: fmt.Sprintf("'%s'!$A$1:%s", sheetIndex, end)}); err != nil {
		return err
	}
	stamp := when.UTC().Format(time.RFC3339)
	if err := f.SetDocProps(&excelize.DocProperties{
		Title: indexTitle, Subject: fmt.Sprintf("%d份政府工作报告的主要指标与预期目标", scan.reports),
		Creator: "workreport", LastModifiedBy: "workreport", Keywords: "政府工作报告; 主要指标; 预期目标; 对比",
		Category: "政府工作报告", Language: "zh-CN", Created: stamp, Modified: stamp,
	}); err != nil {
		return err
	}
	f.SetZipWriter(func(out io.Writer) excelize.ZipWriter {
		z := newSortedZip(out, documentTime(b.r, Options{Created: when}))
		z.insert = b.spilledRows()
		return z
	})
	return f.Write(w)
}

// yearCell is a report's year, a number shown without grouping.
func yearCell(y int) cell {
	return cell{kind: cellNumber, num: float64(y), shown: strconv.Itoa(y), style: style{align: "center", numFmt: "0"}}
}

// headlineAliases name one indicator the way the reports do at different
// levels, so they share a column: the national report's 国内生产总值 is the
// 地区生产总值 of a region.
var headlineAliases = map[string]string{
	"国内生产总值": "地区生产总值",
}

func headlineName(n string) string {
	if a, ok := headlineAliases[n]; ok {
		return a
	}
	return n
}

// maxIndexColumns bounds the wide sheet so it prints legibly on A4
// landscape; the long sheet 明细 has every headline.
const maxIndexColumns = 10

// indexScan is what one walk over a run's reports learns before any cell
// is written.
type indexScan struct {
	reports, headlines int // rows of the two sheets, headers aside
	cols               []indexColumn
	chartCol           int // index into cols of the charted headline, -1 for none
}

// scanIndex counts the reports and their headlines and picks the headline
// names the wide sheet shows: those most reports share (at least two when
// the run has two or more reports), most shared first, then in the order
// they first appear. The chart is of the shown headline most reports have
// a growth and a percentage target for (地区生产总值, typically).
func scanIndex(rows iter.Seq[IndexRow]) indexScan {
	var scan indexScan
	var all []indexColumn
	at := map[string]int{}
	count := map[string]int{}   // reports with the name
	charted := map[string]int{} // headlines with the name and a growth and a target
	for r := range rows {
		scan.reports++
		scan.headlines += len(r.Headlines)
		seenHere := map[string]bool{}
		for _, h := range r.Headlines {
			name := headlineName(h.Name)
			if !seenHere[name] {
				seenHere[name] = true
				count[name]++
			}
			if h.Growth != nil && h.Target != nil {
				charted[name]++
			}
			i, seen := at[name]
			if !seen {
				i = len(all)
				at[name] = i
				all = append(all, indexColumn{name: name, unit: h.Unit, targetPct: true})
			}
			all[i].unit = smallerUnit(all[i].unit, h.Unit)
			if h.TargetUnit != "%" {
				all[i].targetPct = false
				// A target's level converts to the column's unit too:
				// 1.4万亿斤 beside 840亿斤 is shown in 亿斤.
				all[i].unit = smallerUnit(all[i].unit, h.TargetUnit)
			}
			if h.TargetReach != nil {
				all[i].unit = smallerUnit(all[i].unit, h.TargetReach.Unit)
			}
		}
	}
	need := 1
	if scan.reports > 1 {
		need = 2
	}
	for _, c := range all {
		if count[c.name] >= need {
			if c.unit == "" {
				c.unit = "—"
			}
			scan.cols = append(scan.cols, c)
		}
	}
	sort.SliceStable(scan.cols, func(i, j int) bool { return count[scan.cols[i].name] > count[scan.cols[j].name] })
	if len(scan.cols) > maxIndexColumns {
		scan.cols = scan.cols[:maxIndexColumns]
	}
	scan.chartCol = -1
	bestN := 0
	for i, c := range scan.cols {
		if c.targetPct && charted[c.name] > bestN {
			scan.chartCol, bestN = i, charted[c.name]
		}
	}
	return scan
}

// indexCells are one report's three cells for column c: last year's
// value, its growth and this year's targets, every target of the name
// (a second target of one name, the level a growth target also names).
// Qualifiers stand where Chinese puts them (超过840亿斤, 按可比口径增长6%左右:
// report.Phrase, the PDF's rule), and amounts are in the column's unit,
// with the report's own figure beside where it was converted.
func indexCells(hs []report.Headline, c indexColumn) []cell {
	out := make([]cell, 3)
	var targets []report.Headline
	for _, h := range hs {
		if headlineName(h.Name) != c.name {
			continue
		}
		if out[0].kind == cellEmpty && h.Value != nil {
			out[0] = indexValue(h, c.unit)
		}
		if out[1].kind == cellEmpty && h.Growth != nil {
			out[1] = percent(*h.Growth)
		}
		if h.Target != nil {
			targets = append(targets, h)
		}
	}
	if len(targets) > 0 {
		out[2] = indexTargets(targets, c.unit)
	}
	return out
}

// indexValue is last year's value in unit, the column's: the number, its
// qualifier around it (预计231.52, 120余) and, when converted, the report's
// own figure: 14,000（1.4万亿斤）.
func indexValue(h report.Headline, unit string) cell {
	d, note, ok := inUnit(*h.Value, h.Unit, unit)
	if !ok {
		return text(report.Phrase(h.Value.Grouped(), h.Unit, h.Qualifier), style{align: "right"})
	}
	pre, inner, post := report.SplitQualifier(h.Qualifier)
	c := measure(d, unit)
	return fitNumber(around(c, pre, inner+post+note), indexValueWidth)
}

// inUnit is v, written in from, in the column's unit to, with the report's
// own figure in brackets when it was converted: 14000 and （1.4万亿斤）(the
// qualifier stands once, by the converted figure). ok is false when the
// units do not convert.
func inUnit(v report.Decimal, from, to string) (d report.Decimal, note string, ok bool) {
	if from == to || to == "" || to == "—" {
		return v, "", from == to
	}
	conv, ok := report.Convert(v.Dec(), from, to)
	if !ok {
		return v, "", false
	}
	places := v.Places() + digitsAfterPoint(conv) - digitsAfterPoint(v.Dec())
	return report.NewDecimal(conv, max(places, 0)), "（" + v.String() + from + "）", true
}

// around puts literal text before and after a number cell's digits, in its
// number format (so the cell stays a number that sorts, filters and is
// charted) and in the text it shows.
func around(c cell, before, after string) cell {
	if before != "" {
		c.style.numFmt = quoted(before) + c.style.numFmt
		c.shown = before + c.shown
	}
	if after != "" {
		c.style.numFmt += quoted(after)
		c.shown += after
	}
	return c
}

// quoted is s as a literal of a number format; nothing for "".
func quoted(s string) string {
	if s == "" {
		return ""
	}
	return `"` + s + `"`
}

// maxNumFmt is the longest number format Excel accepts (255 characters);
// a target that needs more is written as text.
const maxNumFmt = 255

// indexTargets is the cell of one report's targets of one indicator: the
// first is the cell's number, in the column's unit where it converts
// (the chart draws it); its upper end, its reach and the other targets of
// the name follow in words.
func indexTargets(ts []report.Headline, unit string) cell {
	c := indexTarget(ts[0], unit)
	var more []string
	seen := map[string]bool{c.shown: true}
	for _, t := range ts[1:] {
		if p := indexTarget(t, unit).shown; !seen[p] {
			seen[p] = true
			more = append(more, p)
		}
	}
	if len(more) > 0 {
		rest := "；" + strings.Join(more, "；")
		sections := strings.Split(c.style.numFmt, ";")
		for i := range sections {
			sections[i] += quoted(rest)
		}
		c.style.numFmt = strings.Join(sections, ";")
		c.shown += rest
	}
	return fitNumber(c, indexTargetWidth)
}

// The widest a value and a target column of the comparison grow.
const (
	indexValueWidth  = 28
	indexTargetWidth = 30
)

// fitNumber is c, or c's text in a wrapped text cell when its number
// could not show whole: a number wider than its column shows as ### in
// Excel and LibreOffice, and a number format has at most 255 characters.
func fitNumber(c cell, width float64) cell {
	if c.kind == cellNumber && (longestLine(c.shown)+2 > width || len(c.style.numFmt) > maxNumFmt || strings.Count(c.style.numFmt, `"`)%2 != 0) {
		return text(c.shown, style{align: "right", wrap: true})
	}
	return c
}

// indexTarget is one target as a cell: 按可比口径增长6%左右 (a number with
// two sections, 增长 and 下降, so a fall shows as 下降3%), 5%以内,
// 14,000亿斤左右（1.4万亿斤）, 增长7.5%，达到309亿元.
func indexTarget(h report.Headline, unit string) cell {
	t := *h.Target
	var c cell
	var after string
	switch {
	case h.TargetKind == report.TargetGrowth && isPercentUnit(h.TargetUnit):
		abs := report.NewDecimal(t.Dec().Abs(), t.Places())
		c = percent(t)
		upper := ""
		if h.TargetUpper != nil {
			upper = "—" + strings.TrimPrefix(h.TargetUpper.String(), "-") + "%"
		}
		up, tail := report.RateAround("增长", upper, h.TargetQualifier)
		down, _ := report.RateAround("下降", upper, h.TargetQualifier)
		tail += reachPhrase(h.TargetReach, unit)
		code := c.style.numFmt
		c.style.numFmt = quoted(up) + code + quoted(tail) + ";" + quoted(down) + code + quoted(tail)
		verb := up
		if t.Sign() < 0 {
			verb = down
		}
		c.shown = verb + percentText(abs) + tail
		return c
	case isPercentUnit(h.TargetUnit):
		c = percent(t)
		if h.TargetUpper != nil {
			after = "—" + h.TargetUpper.String() + "%"
		}
		pre, inner, post := report.SplitQualifier(h.TargetQualifier)
		c = around(c, pre, after+inner+post)
	default:
		d, note, ok := inUnit(t, h.TargetUnit, unit)
		shownUnit := unit
		if !ok {
			d, note, shownUnit = t, "", h.TargetUnit
		}
		c = amount(d)
		if h.TargetUpper != nil {
			hi := *h.TargetUpper
			if conv, _, ok := inUnit(hi, h.TargetUnit, shownUnit); ok {
				hi = conv
			}
			after = "—" + hi.Grouped()
		}
		before, rest := report.PhraseAround(shownUnit, h.TargetQualifier)
		c = around(c, before, after+rest+note)
	}
	if r := reachPhrase(h.TargetReach, unit); r != "" {
		c.style.numFmt += quoted(r)
		c.shown += r
	}
	return c
}

// reachPhrase is the level a growth target also names, after its rate:
// ，达到309亿元, in the column's unit when it converts.
func reachPhrase(r *report.Amount, unit string) string {
	if r == nil {
		return ""
	}
	verb := "达到"
	if strings.HasPrefix(r.Qualifier, "达到") {
		verb = ""
	}
	if d, note, ok := inUnit(r.Value, r.Unit, unit); ok && note != "" {
		return "，" + verb + report.Phrase(d.Grouped(), unit, r.Qualifier) + note
	}
	return "，" + verb + report.Phrase(r.Value.Grouped(), r.Unit, r.Qualifier)
}

const (
	sheetIndexChart = "图表"
	// chartColWidth is the width of the chart sheet's columns: 10
	// characters, 75 px.
	chartColWidth = 10
)

// writeIndexChart puts the chart of last year's growth against this year's
// target for column c on a sheet of its own, the whole chart in its print
// area, fitted to one landscape page.
func writeIndexChart(b *book, c indexColumn, col, nRows int) error {
	f := b.f
	if _, err := f.NewSheet(sheetIndexChart); err != nil {
		return err
	}
	growth, _ := excelize.ColumnNumberToName(indexFixedCols + col*indexColsPer + 2)
	target, _ := excelize.ColumnNumberToName(indexFixedCols + col*indexColsPer + 3)
	rng := func(letter string) string {
		return fmt.Sprintf("'%s'!$%s$2:$%s$%d", sheetIndex, letter, letter, nRows+1)
	}
	width, height := min(max(nRows*70, 480), 1400), 320
	g := &grid{name: sheetIndexChart, landscape: true}
	wide := (width+8)/(7*chartColWidth+5) + 1
	for range wide {
		g.cols = append(g.cols, column{min: chartColWidth, max: chartColWidth})
	}
	g.rows = append(g.rows, []cell{text("数据见“"+sheetIndex+"”表。", style{align: "left", size: 9, color: "595959"})})
	g.after = func(*excelize.StreamWriter) error {
		// Charts go in before the stream is flushed: after it, excelize
		// no longer links the drawing from the sheet.
		return addGrowthChart(f, sheetIndexChart, "A2", growthChart{
			title:      c.name + "：上年增速与今年目标",
			categories: rng("A"),
			growthName: fmt.Sprintf("'%s'!$%s$1", sheetIndex, growth), growth: rng(growth),
			targetName: fmt.Sprintf("'%s'!$%s$1", sheetIndex, target), target: rng(target),
			width: uint(width), height: uint(height),
		})
	}
	if err := b.pageSetup(g); err != nil {
		return err
	}
	if err := b.writeGrid(g); err != nil {
		return err
	}
	// LibreOffice prints only the used cells unless told: the print area
	// holds the rows the chart covers (320 px ≈ 16 rows of 20 px, and one
	// of margin) under its note.
	last, _ := excelize.CoordinatesToCellName(wide, 2+height/20+1, true)
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:%s", sheetIndexChart, last), Scope: sheetIndexChart})
}

// rowLabel names a report's row, in the table and on the chart: its region
// and year, 海拉尔区2025年, so two reports of one region are told apart.
func rowLabel(r IndexRow) string {
	if r.Year == 0 {
		return r.Region
	}
	return r.Region + strconv.Itoa(r.Year) + "年"
}

// CompareIndexRows orders the reports of a comparison: by level from the
// top (report.Level.Rank: national, province …), then region, then year,
// then input. WriteIndex shows its rows in the order it is given them;
// callers sort them with this.
func CompareIndexRows(a, b IndexRow) int {
	return cmp.Or(
		cmp.Compare(a.Level.Rank(), b.Level.Rank()),
		cmp.Compare(a.Region, b.Region),
		cmp.Compare(a.Year, b.Year),
		cmp.Compare(a.Input, b.Input),
	)
}

const (
	sheetIndexDetails = "明细"
	tableIndexDetails = "Details"
)

// writeIndexDetails is the long form of the comparison: one row per report
// and headline, every headline of every report, for filters and pivots.
func writeIndexDetails(b *book, rows iter.Seq[IndexRow], headlines int) error {
	if _, err := b.f.NewSheet(sheetIndexDetails); err != nil {
		return err
	}
	g := &grid{name: sheetIndexDetails, landscape: true, freeze: "D2", bordered: true}
	headers := []string{"地区", "年份", "指标", "上年值", "单位", "上年增速", "目标类型", "今年目标", "目标单位", "修饰词", "目标表述", "隐含水平", "文件"}
	widths := [][2]float64{{8, 16}, {6, 6}, {12, 30}, {10, 16}, {6, 10}, {8, 10}, {8, 8}, {8, 12}, {6, 10}, {6, 10}, {10, 30}, {10, 16}, {10, 30}}
	var header []cell
	for i, h := range headers {
		g.cols = append(g.cols, column{min: widths[i][0], max: widths[i][1]})
		header = append(header, text(h, stHeader))
	}
	g.rows = append(g.rows, header)
	g.moreRows = headlines
	g.more = func(yield func([]cell) bool) {
		var line []cell
		for r := range rows {
			for _, h := range r.Headlines {
				line = append(line[:0], text(r.Region, stText), yearCell(r.Year),
					text(h.Name, stText), cell{}, text(h.Unit, stCenter), cell{}, text(h.TargetKind.Label(), stCenter), cell{}, text(h.TargetUnit, stCenter),
					text(h.TargetQualifier, stCenter), cell{}, cell{}, text(r.Input, stMuted))
				if h.Value != nil {
					line[3] = measure(*h.Value, h.Unit)
				}
				if h.Growth != nil {
					line[5] = percent(*h.Growth)
				}
				if h.Target != nil {
					line[7] = measure(*h.Target, h.TargetUnit)
					// The whole target in words, its range and reach too:
					// 增长7.5%，达到309亿元.
					line[10] = text(indexTarget(h, h.TargetUnit).shown, stText)
				}
				if h.Implied != nil {
					line[11] = measure(*h.Implied, h.Unit)
				}
				if !yield(line) {
					return
				}
			}
		}
	}
	if g.rowCount() > 1 {
		g.after = func(sw *excelize.StreamWriter) error {
			return addTable(sw, tableIndexDetails, g)
		}
	}
	if err := b.pageSetup(g); err != nil {
		return err
	}
	if err := b.writeGrid(g); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", sheetIndexDetails), Scope: sheetIndexDetails})
}

// smallerUnit picks, of two units of one indicator, the one to show all
// reports' values in: the smaller of two convertible units (亿元 rather
// than 万亿元), so a district's 231.52亿元 does not shrink to 0.023152万亿元
// next to a country's 134.9万亿元.
func smallerUnit(have, next string) string {
	if have == "" {
		return next
	}
	if next == "" {
		return have
	}
	_, f1, _ := report.Unit(have)
	b1, _, _ := report.Unit(have)
	b2, f2, _ := report.Unit(next)
	if b1 == b2 && f2.LessThan(f1) {
		return next
	}
	return have
}
