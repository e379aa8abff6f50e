package sheets

import (
	"fmt"
	"io"
	"iter"
	"sort"
	"strconv"
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
// rows yields the reports in order. WriteIndex walks it five times (to
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
		column{min: 8, max: 16}, column{min: 6, max: 8}, column{min: 6, max: 6},
		column{min: 14, max: 30}, column{min: 10, max: 30})
	header := []cell{text("地区", stHeader), text("级别", stHeader), text("年份", stHeader), text("标题", stHeader), text("文件", stHeader)}
	for _, c := range cols {
		g.cols = append(g.cols, column{min: 10, max: 16}, column{min: 10, max: 14}, column{min: 10, max: 22})
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
			line = append(line[:0], text(r.Region, stText), text(r.Level.Label(), stCenter), yearCell(r.Year),
				text(r.Title, stText), text(r.Input, stMuted))
			for _, c := range cols {
				line = append(line, indexCells(r.Headlines, c)...)
			}
			if !yield(line) {
				return
			}
		}
	}
	chartCol := scan.chartCol
	g.after = func(sw *excelize.StreamWriter) error {
		if err := addTable(sw, tableIndex, g); err != nil {
			return err
		}
		if chartCol < 0 || scan.reports == 0 {
			return nil
		}
		// Charts go in before the stream is flushed: after it, excelize
		// no longer links the drawing from the sheet.
		return indexChart(f, cols[chartCol], chartCol, scan.reports)
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
	if chartCol >= 0 && scan.reports > 0 {
		// LibreOffice prints only the used cells unless told: include the
		// rows the chart covers (320 px ≈ 17 rows of 20 px, plus margin).
		last, _ := excelize.CoordinatesToCellName(len(g.cols), g.rowCount()+2+18, true)
		if err := f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:%s", sheetIndex, last), Scope: sheetIndex}); err != nil {
			return err
		}
	}
	end, _ := excelize.CoordinatesToCellName(len(g.cols), g.rowCount(), true)
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

// indexCells are one report's three cells for column c.
func indexCells(hs []report.Headline, c indexColumn) []cell {
	for _, h := range hs {
		if headlineName(h.Name) != c.name {
			continue
		}
		out := make([]cell, 3)
		if h.Value != nil {
			if conv, ok := report.Convert(h.Value.Dec(), h.Unit, c.unit); ok && h.Unit != c.unit {
				places := h.Value.Places() + digitsAfterPoint(conv) - digitsAfterPoint(h.Value.Dec())
				out[0] = measure(report.NewDecimal(conv, max(places, 0)), c.unit)
			} else if h.Unit == c.unit {
				out[0] = measure(*h.Value, c.unit)
			} else {
				out[0] = text(h.Value.Grouped()+h.Unit, style{align: "right"})
			}
		}
		if h.Growth != nil {
			out[1] = percent(*h.Growth)
		}
		if h.Target != nil {
			// The cell holds the number; its format says the unit (when not
			// a percentage) and the qualifier: 1,200"万人以上".
			t := measure(*h.Target, h.TargetUnit)
			suffix := h.TargetQualifier
			if !isPercentUnit(h.TargetUnit) {
				suffix = h.TargetUnit + suffix
			}
			if suffix != "" {
				t.style.numFmt += `"` + suffix + `"`
				t.shown += suffix
			}
			out[2] = t
		}
		return out
	}
	return []cell{{}, {}, {}}
}

func indexChart(f *excelize.File, c indexColumn, col, nRows int) error {
	growth, _ := excelize.ColumnNumberToName(indexFixedCols + col*indexColsPer + 2)
	target, _ := excelize.ColumnNumberToName(indexFixedCols + col*indexColsPer + 3)
	rng := func(letter string) string {
		return fmt.Sprintf("'%s'!$%s$2:$%s$%d", sheetIndex, letter, letter, nRows+1)
	}
	at, _ := excelize.CoordinatesToCellName(1, nRows+3)
	return addGrowthChart(f, sheetIndex, at, growthChart{
		title:      c.name + "：上年增速与今年目标",
		categories: rng("A"),
		growthName: fmt.Sprintf("'%s'!$%s$1", sheetIndex, growth), growth: rng(growth),
		targetName: fmt.Sprintf("'%s'!$%s$1", sheetIndex, target), target: rng(target),
		width: uint(min(max(nRows*70, 480), 1400)), height: 320,
	})
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
	headers := []string{"地区", "年份", "指标", "上年值", "单位", "上年增速", "目标类型", "今年目标", "目标单位", "修饰词", "隐含水平", "文件"}
	widths := [][2]float64{{8, 16}, {6, 6}, {12, 30}, {10, 16}, {6, 10}, {8, 10}, {8, 8}, {8, 12}, {6, 10}, {6, 10}, {10, 16}, {10, 30}}
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
					text(h.TargetQualifier, stCenter), cell{}, text(r.Input, stMuted))
				if h.Value != nil {
					line[3] = measure(*h.Value, h.Unit)
				}
				if h.Growth != nil {
					line[5] = percent(*h.Growth)
				}
				if h.Target != nil {
					line[7] = measure(*h.Target, h.TargetUnit)
				}
				if h.Implied != nil {
					line[10] = measure(*h.Implied, h.Unit)
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
