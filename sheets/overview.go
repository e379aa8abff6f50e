package sheets

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// The 概览 sheet: the title, a label/value block with the report's meta (Read
// takes the meta from here, finding each label in column A), and the
// headline growth targets with last year's value and growth, the implied
// level as a live formula, and a chart of growth against target.

// Meta labels in column A of 概览.
const (
	labelRegion   = "地区"
	labelLevel    = "层级"
	labelYear     = "年度"
	labelDate     = "报告日期"
	labelSpeaker  = "报告人"
	labelOccasion = "会议"
	labelIssuer   = "发布机构"
	labelSource   = "来源"
	// labelStatus is written only for data drafted by extract and not yet
	// reviewed; deleting the row marks the data reviewed.
	labelStatus   = "数据状态"
	statusDrafted = "自动提取，未经核对"
	// dateUnknown stands for the date when the report's text gave none:
	// the model's stand-in (1 January) is no date to print or to type over.
	dateUnknown   = "不详"
	labelHeadline = "主要预期目标"
)

// overviewColumns lay out 概览; the headline block decides the widths.
var overviewColumns = []column{
	{header: "指标", min: 12, max: 26, wrap: true},
	{min: 11, max: 14},
	{min: 7, max: 10},
	{min: 11, max: 12},
	{min: 11, max: 12},
	{min: 8, max: 14, wrap: true},
	{min: 13, max: 15},
	{min: 8, max: 8},
}

// headline is one growth target of the overview.
type headline struct {
	t    report.Target
	base *report.Indicator
}

func (b *book) headlines() []headline {
	byID := b.indicatorByID()
	var hs []headline
	for _, t := range b.r.Targets {
		// The year's growth targets; a goal over the next plan's years
		// (地区生产总值年均增长5%以上, 2026-2030) is no target of the year,
		// as the PDF sets it apart too, and stays on 目标.
		if t.Kind == report.TargetGrowth && t.Value != nil && b.r.ThisYear(t) {
			hs = append(hs, headline{t: t, base: byID[t.Base]})
		}
	}
	return hs
}

// overviewLayout says where the parts of 概览 are, for the defined names.
type overviewLayout struct {
	firstHeadline, lastHeadline int // 1-based rows; last < first when none
}

func (b *book) overview() *grid {
	m := b.r.Meta
	span := len(overviewColumns) - 1
	g := &grid{name: sheetOverview, cols: overviewColumns, heights: map[int]float64{0: 36}}
	title := text(m.Title, stTitle)
	title.span = len(overviewColumns)
	g.rows = append(g.rows, []cell{title})
	metaRow := func(label, value string) {
		v := text(value, stWrap)
		v.span = span
		g.rows = append(g.rows, []cell{text(label, stLabel), v})
	}
	metaRow(labelRegion, m.Region)
	metaRow(labelLevel, m.Level.Label())
	year := amount(report.MustDecimal(strconv.Itoa(m.Year)))
	year.style = style{align: "left", numFmt: "0"}
	year.span = span
	g.rows = append(g.rows, []cell{text(labelYear, stLabel), year})
	if m.DateUnknown {
		metaRow(labelDate, dateUnknown)
	} else {
		metaRow(labelDate, m.Date)
	}
	metaRow(labelSpeaker, m.Speaker)
	metaRow(labelOccasion, m.Occasion)
	metaRow(labelIssuer, m.Issuer)
	metaRow(labelSource, m.Source)
	if m.Drafted {
		metaRow(labelStatus, statusDrafted)
	}
	g.rows = append(g.rows, nil)

	ry, y := m.ResultsYear(), m.Year
	head := text(labelHeadline, stHead2)
	head.span = len(overviewColumns)
	g.rows = append(g.rows, []cell{head})
	g.rows = append(g.rows, []cell{
		text("指标", stHeader), text(fmt.Sprintf("%d年数值", ry), stHeader), text("单位", stHeader),
		text(fmt.Sprintf("%d年增速", ry), stHeader), text(fmt.Sprintf("%d年目标增速", y), stHeader),
		text("限定词", stHeader), text(fmt.Sprintf("%d年预期水平", y), stHeader), text("性质", stHeader),
	})
	hs := b.headlines()
	first := len(g.rows) + 1
	for _, h := range hs {
		rowNo := len(g.rows) + 1
		row := make([]cell, len(overviewColumns))
		row[0] = text(h.t.Name, stWrap)
		row[4] = percent(*h.t.Value)
		row[5] = text(h.t.Qualifier, stWrap)
		row[7] = text(h.t.Nature.Label(), stCenter)
		if h.base != nil {
			row[1] = measureOf(h.base.Value, h.base.Unit)
			row[2] = text(h.base.Unit, stText)
			if c := h.base.Change; c != nil && c.Kind == report.ChangeYoY {
				row[3] = percent(c.Value)
			}
			if v, ok := b.r.Implied(h.t); ok {
				c := measure(v, h.base.Unit)
				places := v.Places()
				if isPercentUnit(h.base.Unit) {
					places += 2
				}
				row[6] = formula(impliedFormula("B", "E", rowNo, places), c.num, c.shown, c.style)
			}
		}
		for i := range row {
			row[i].style.border = true
		}
		g.rows = append(g.rows, row)
	}
	last := len(g.rows)
	g.rows = append(g.rows, nil)
	note := text(fmt.Sprintf("注：%d年预期水平 = %d年数值 × (1 + %d年目标增速)，保留上年数值的小数位，为公式，随数据更新。"+
		"“目标”表中绿色表示%d年实际达到%d年目标，黄色表示%d年目标增速高于%d年实际增速。",
		y, ry, y, ry, ry, y, ry), stNote)
	note.span = len(overviewColumns)
	g.rows = append(g.rows, []cell{note})
	chartRow := len(g.rows) + 2

	if len(hs) == 0 {
		b.warn("targets", "no growth target with a value: the overview has no headline table and no chart")
	}
	b.overviewAt = overviewLayout{firstHeadline: first, lastHeadline: last}
	g.after = func(sw *excelize.StreamWriter) error {
		if len(hs) == 0 {
			return nil
		}
		return b.chart(first, last, chartRow)
	}
	return g
}

// chart adds a clustered column chart of last year's growth against this
// year's target for the headline rows.
func (b *book) chart(first, last, at int) error {
	m := b.r.Meta
	q := func(col string) string {
		return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetOverview, col, first, col, last)
	}
	return addGrowthChart(b.f, sheetOverview, fmt.Sprintf("A%d", at), growthChart{
		title:      fmt.Sprintf("%d年增速与%d年目标增速", m.ResultsYear(), m.Year),
		categories: q("A"),
		growthName: fmt.Sprintf("'%s'!$D$%d", sheetOverview, first-1), growth: q("D"),
		targetName: fmt.Sprintf("'%s'!$E$%d", sheetOverview, first-1), target: q("E"),
		width: 720, height: 340,
	})
}

// growthChart is a clustered column chart of last year's growth (blue)
// against this year's target (red), both percentages; the fields are
// sheet references.
type growthChart struct {
	title, categories  string
	growthName, growth string
	targetName, target string
	width, height      uint
}

// addGrowthChart draws c on sheet at cell, in the workbook's font with
// readable (not pale) axis labels and values on the bars. The overview and
// the comparison workbook share it.
func addGrowthChart(f *excelize.File, sheet, cell string, c growthChart) error {
	axisFont := excelize.Font{Family: fontFamily, Size: 10, Color: "262626"}
	label := excelize.ChartDataLabel{Font: excelize.Font{Family: fontFamily, Size: 9, Color: "262626"}}
	gap := uint(80)
	return f.AddChart(sheet, cell, &excelize.Chart{
		Type: excelize.Col,
		Series: []excelize.ChartSeries{
			{Name: c.growthName, Categories: c.categories, Values: c.growth,
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"8EA9C1"}}, DataLabel: label},
			{Name: c.targetName, Categories: c.categories, Values: c.target,
				Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"C0504D"}}, DataLabel: label},
		},
		Format:    excelize.GraphicOptions{OffsetX: 4, OffsetY: 4, AltText: c.title},
		Dimension: excelize.ChartDimension{Width: c.width, Height: c.height},
		Title: excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{
			Text: c.title, Font: &excelize.Font{Family: fontFamily, Size: 13, Bold: true, Color: "262626"}}}},
		Legend:   excelize.ChartLegend{Position: "bottom", Font: &axisFont},
		XAxis:    excelize.ChartAxis{Font: axisFont},
		YAxis:    excelize.ChartAxis{Font: axisFont, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: "0%"}},
		PlotArea: excelize.ChartPlotArea{ShowVal: true},
		GapWidth: &gap,
	})
}

// pageSetup prints every sheet on A4, fitted to the width of one page or,
// for a sheet too wide to stay legible on one, of a few (pagesWide),
// landscape for the wide lists, with the title in the header and the page number in
// the footer. It runs before the cells are streamed: the fit-to-page flag
// sits in the sheet properties at the top of the sheet's XML.
func (b *book) pageSetup(g *grid) error {
	f := b.f
	a4 := 9
	orientation := "portrait"
	if g.landscape {
		orientation = "landscape"
	}
	wide, zero := g.pagesWide(), 0
	fit := true
	if err := f.SetSheetProps(g.name, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
		return err
	}
	layout := &excelize.PageLayoutOptions{Size: &a4, Orientation: &orientation, FitToWidth: &wide, FitToHeight: &zero}
	if wide > 1 {
		// Each band of rows across its pages before the next band, so a
		// report's row is read on consecutive pages.
		order := "overThenDown"
		layout.PageOrder = &order
	}
	if err := f.SetPageLayout(g.name, layout); err != nil {
		return err
	}
	side, top, hf := 0.5, 0.75, 0.3
	centre := true
	if err := f.SetPageMargins(g.name, &excelize.PageLayoutMarginsOptions{
		Left: &side, Right: &side, Top: &top, Bottom: &top, Header: &hf, Footer: &hf, Horizontally: &centre,
	}); err != nil {
		return err
	}
	// &9 sets 9 pt; the colour code &K595959 after it ends the size, so a
	// title that starts with digits (2025年…) is not read as a size.
	header := func(title string) string {
		return fmt.Sprintf(`&L&"%s,Regular"&9&K595959%s&R&"%s,Regular"&9&K595959%s`, fontFamily, title, fontFamily, g.name)
	}
	title := headerText(b.r.Meta.Title, excelize.MaxFieldLength-utf16Len(header("")))
	if err := f.SetHeaderFooter(g.name, &excelize.HeaderFooterOptions{
		OddHeader: header(title),
		OddFooter: fmt.Sprintf(`&C&"%s,Regular"&9&K595959第 &P 页，共 &N 页`, fontFamily),
	}); err != nil {
		return err
	}
	if g.rowCount() > 0 {
		end, _ := excelize.CoordinatesToCellName(len(g.cols), g.rowCount())
		if err := f.SetSheetDimension(g.name, "A1:"+end); err != nil {
			return err
		}
	}
	return nil
}

// definedNames names the key ranges, and the header row each list sheet
// repeats on every printed page.
func (b *book) definedNames(grids []*grid) error {
	rows := map[string]int{}
	for _, g := range grids {
		rows[g.name] = g.rowCount()
		if g.name == sheetOverview {
			continue
		}
		// Print the columns a reader needs; the identifiers stay on screen.
		lastCol, _ := excelize.ColumnNumberToName(g.printedCols())
		if err := b.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Area", RefersTo: fmt.Sprintf("'%s'!$A$1:$%s$%d", g.name, lastCol, max(g.rowCount(), 1)), Scope: g.name,
		}); err != nil {
			return err
		}
		if err := b.f.SetDefinedName(&excelize.DefinedName{
			Name: "_xlnm.Print_Titles", RefersTo: fmt.Sprintf("'%s'!$1:$1", g.name), Scope: g.name,
		}); err != nil {
			return err
		}
	}
	type name struct {
		name, sheet, col string
		comment          string
	}
	names := []name{
		{"指标数值", sheetIndicators, colLetter(indValue), "上年各项指标的数值"},
		{"指标变化率", sheetIndicators, colLetter(indChange), "上年各项指标的变化率"},
		{"目标值", sheetTargets, "C", "今年各项目标的数值"},
		{"预期今年水平", sheetTargets, "M", "增速目标推算的今年水平（公式）"},
		{"折合万元", sheetTasks, "H", "任务中各项资金折合万元（公式）"},
		{"任务合计万元", sheetTasks, "I", "每项任务的资金合计，万元（公式）"},
	}
	for _, n := range names {
		last := rows[n.sheet]
		if last < 2 {
			continue
		}
		if err := b.f.SetDefinedName(&excelize.DefinedName{
			Name: n.name, Comment: n.comment, RefersTo: fmt.Sprintf("'%s'!$%s$2:$%s$%d", n.sheet, n.col, n.col, last),
		}); err != nil {
			return fmt.Errorf("defined name %s: %w", n.name, err)
		}
	}
	if o := b.overviewAt; o.lastHeadline >= o.firstHeadline {
		if err := b.f.SetDefinedName(&excelize.DefinedName{
			Name: "主要预期目标", Comment: "概览中的主要增速目标",
			RefersTo: fmt.Sprintf("'%s'!$A$%d:$H$%d", sheetOverview, o.firstHeadline-1, o.lastHeadline),
		}); err != nil {
			return err
		}
	}
	return nil
}

// headerText is s for a page header or footer: & written &&, and, when that
// passes budget UTF-16 units (the header's limit is 255, formatting
// included), shortened with … between characters, never inside an &&.
// report.Validate keeps a title short enough for its Chinese characters;
// characters outside the Basic Multilingual Plane, two units each, and &
// may still need it.
func headerText(s string, budget int) string {
	esc := strings.ReplaceAll(s, "&", "&&")
	if utf16Len(esc) <= budget {
		return esc
	}
	var b strings.Builder
	used := 1 // the …
	for _, r := range s {
		n := utf16.RuneLen(r)
		if r == '&' {
			n = 2
		}
		if n < 1 {
			n = 1
		}
		if used+n > budget {
			break
		}
		used += n
		if r == '&' {
			b.WriteString("&&")
		} else {
			b.WriteRune(r)
		}
	}
	return b.String() + "…"
}

// utf16Len is the length of s in UTF-16 units, as Excel counts.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}
