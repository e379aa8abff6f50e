package sheets

import (
	"errors"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/shopspring/decimal"
	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// Options tune Write.
type Options struct {
	// Created is the document date, stamped into the properties and the zip
	// entries. The CLI passes SOURCE_DATE_EPOCH when set, else the report's
	// date; when zero, Write uses the report's date. Write never reads the
	// clock, so the same input gives the same bytes.
	Created time.Time
	// SpillDir, when set, is where WriteIndex keeps the rows of a sheet past
	// indexSpillSize while it writes them, in a file unlinked as soon as it
	// is made, rather than in memory: batch passes the output folder, which
	// is writable where the root file system of a container is not.
	SpillDir string
}

// Sheet names.
const (
	sheetOverview   = "概览"
	sheetIndicators = "指标"
	sheetTargets    = "目标"
	sheetTasks      = "任务"
	sheetGlossary   = "名词解释"
	sheetAnnexes    = "附件"
)

// Table names (ASCII: every client accepts them).
const (
	tableIndicators = "Indicators"
	tableTargets    = "Targets"
	tableTasks      = "Tasks"
	tableGlossary   = "Glossary"
	tableAnnexes    = "Annexes"
	tableStyle      = "TableStyleMedium2"
)

// Write renders r as an xlsx workbook to w. The warnings name what it worked
// around (text cut to a cell's limit, a chart left out for want of data).
func Write(w io.Writer, r *report.Report, opt Options) ([]report.Warning, error) {
	if r == nil {
		return nil, errors.New("sheets: no report to write")
	}
	when := documentTime(r, opt)
	f := excelize.NewFile()
	defer f.Close()
	b := &book{f: f, r: r, styles: map[style]int{}}
	if err := b.build(when); err != nil {
		return b.warns, fmt.Errorf("sheets: %w", err)
	}
	f.SetZipWriter(func(out io.Writer) excelize.ZipWriter { return newSortedZip(out, when) })
	if err := f.Write(w); err != nil {
		return b.warns, fmt.Errorf("sheets: writing the workbook: %w", err)
	}
	return b.warns, nil
}

// documentTime is opt.Created, else the report's date; never before 1980,
// which a zip entry cannot record.
func documentTime(r *report.Report, opt Options) time.Time {
	t := opt.Created
	if t.IsZero() {
		t, _ = time.Parse("2006-01-02", r.Meta.Date)
	}
	floor := time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	if t.Before(floor) {
		t = floor
	}
	return t.UTC().Truncate(time.Second)
}

func (b *book) build(when time.Time) error {
	r := b.r
	b.checkText()
	names := []string{sheetOverview, sheetIndicators, sheetTargets, sheetTasks, sheetGlossary}
	if len(r.Annexes) > 0 {
		names = append(names, sheetAnnexes) // only then: a report without annexes keeps its five sheets
	}
	if err := b.f.SetDefaultFont(fontFamily); err != nil {
		return err
	}
	if err := b.f.SetSheetName("Sheet1", names[0]); err != nil {
		return err
	}
	for _, n := range names[1:] {
		if _, err := b.f.NewSheet(n); err != nil {
			return err
		}
	}
	grids := []*grid{b.overview(), b.indicators(), b.targets(), b.tasks(), b.glossary()}
	if len(r.Annexes) > 0 {
		grids = append(grids, b.annexes())
	}
	for _, g := range grids {
		if g.name != sheetOverview {
			g.hideUnused()
		}
		if err := b.pageSetup(g); err != nil {
			return fmt.Errorf("%s: page setup: %w", g.name, err)
		}
		if err := b.writeGrid(g); err != nil {
			return fmt.Errorf("%s: %w", g.name, err)
		}
	}
	if err := b.definedNames(grids); err != nil {
		return err
	}
	// 概览 is the first sheet and so the active one; SetActiveSheet would
	// parse every streamed sheet back (a third of Write's time).
	stamp := when.Format(time.RFC3339)
	keywords := []string{"政府工作报告", r.Meta.Region, strconv.Itoa(r.Meta.Year), "主要指标", "预期目标"}
	creator := r.Meta.Issuer
	if creator == "" {
		creator = r.Meta.Region
	}
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:          r.Meta.Title,
		Subject:        fmt.Sprintf("%s%d年主要指标与预期目标", r.Meta.Region, r.Meta.Year),
		Creator:        creator,
		LastModifiedBy: creator,
		Keywords:       strings.Join(keywords, "; "),
		Description:    fmt.Sprintf("%s：%d年主要指标、%d年预期目标、重点任务和名词解释。", r.Meta.Title, r.Meta.ResultsYear(), r.Meta.Year),
		Category:       "政府工作报告",
		Language:       "zh-CN",
		Created:        stamp,
		Modified:       stamp,
	})
}

// checkText warns about text a cell cannot hold as it is: more than
// Excel's 32,767 characters (excelize cuts the rest), or control characters
// XML cannot carry (they become U+FFFD). It walks every string of the model,
// so a field added later is checked too.
func (b *book) checkText() {
	bad := func(s string) bool {
		if len(s) > excelize.TotalCellChars && utf8.RuneCountInString(s) > excelize.TotalCellChars {
			return true
		}
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return true
			}
		}
		return false
	}
	// A cheap pass first; the paths are built only when some text is bad.
	found := false
	walkStrings(reflect.ValueOf(b.r).Elem(), "", false, func(_, s string) { found = found || bad(s) })
	if !found {
		return
	}
	walkStrings(reflect.ValueOf(b.r).Elem(), "", true, func(field, s string) {
		if n := utf8.RuneCountInString(s); n > excelize.TotalCellChars {
			b.warn(field, "text of %d characters is cut to %d, the most a cell holds", n, excelize.TotalCellChars)
		}
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				b.warn(field, "control character %U cannot be stored in a workbook; it is written as U+FFFD", rune(c))
				break
			}
		}
	})
}

// walkStrings calls fn with every string in v; with paths, also with its
// path as the data file names it (results[0].indicators[1].quote).
func walkStrings(v reflect.Value, path string, paths bool, fn func(field, s string)) {
	switch v.Kind() {
	case reflect.String:
		fn(path, v.String())
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, paths, fn)
		}
	case reflect.Slice:
		for i := range v.Len() {
			p := path
			if paths {
				p = fmt.Sprintf("%s[%d]", path, i)
			}
			walkStrings(v.Index(i), p, paths, fn)
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			p := path
			if paths {
				name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				if name == "" {
					name = f.Name
				}
				if p != "" {
					name = p + "." + name
				}
				p = name
			}
			walkStrings(v.Field(i), p, paths, fn)
		}
	}
}

// indicatorByID indexes the past-year results.
func (b *book) indicatorByID() map[string]*report.Indicator {
	m := map[string]*report.Indicator{}
	for i := range b.r.Results {
		for j := range b.r.Results[i].Indicators {
			in := &b.r.Results[i].Indicators[j]
			m[in.ID] = in
		}
	}
	return m
}

// header is the header row of a list sheet.
func header(cols []column) []cell {
	row := make([]cell, len(cols))
	for i, c := range cols {
		row[i] = text(c.header, stHeader)
	}
	return row
}

// indicatorTarget is the cell of an indicator's last-year target: a growth
// rate when the indicator has a year-on-year change, else in its unit.
func indicatorTarget(in *report.Indicator) cell {
	if in.Target == nil {
		return cell{}
	}
	if in.Change != nil && in.Change.Kind == report.ChangeYoY {
		return percent(*in.Target)
	}
	return measure(*in.Target, in.Unit)
}

func (b *book) indicators() *grid {
	g := &grid{name: sheetIndicators, cols: indicatorColumns, landscape: true, freeze: colLetter(indName+1) + "2", bordered: true, table: tableIndicators}
	g.rows = append(g.rows, header(g.cols))
	for _, s := range b.r.Results {
		for i := range s.Indicators {
			in := &s.Indicators[i]
			row := make([]cell, len(g.cols))
			row[indSection] = text(s.Title, stWrap)
			row[indTheme] = text(in.Theme, stWrap)
			row[indName] = text(in.Name, stWrap)
			row[indQualifier] = text(in.Qualifier, stText)
			row[indValue] = measureOf(in.Value, in.Unit)
			row[indUnit] = text(in.Unit, stText)
			if in.Change != nil {
				row[indChange] = changeCell(in.Change)
				row[indChangeKind] = text(in.Change.Kind.Label(), stCenter)
				row[indChangeLabel] = text(in.Change.Label, stWrap)
			}
			row[indTarget] = indicatorTarget(in)
			row[indKind] = text(in.Kind.Label(), stCenter)
			row[indQuote] = text(in.Quote, stWrap)
			row[indSectionID] = text(s.ID, stText)
			row[indID] = text(in.ID, stText)
			row[indKindRaw] = text(string(in.Kind), stText)
			row[indPeriod] = text(string(in.Period), stText)
			row[indMeasure] = text(in.Measure.Label(), stCenter)
			row[indUpper] = measureOf(in.Upper, in.Unit)
			row[indFrom] = measureOf(in.From, in.Unit)
			row[indPer] = text(in.Per, stText)
			if in.Change != nil {
				row[indAgainst] = text(in.Change.Against, stText)
			}
			row[indSectionNo] = text(s.Number, stText)
			row[indPart] = text(s.Part, stWrap)
			row[indFraction] = text(in.Fraction, stText)
			g.rows = append(g.rows, row)
		}
	}
	n := len(g.rows)
	g.after = func(sw *excelize.StreamWriter) error {
		if n < 2 {
			return nil
		}
		// Last year's target met: the growth when the target is a growth
		// rate, else the value.
		target, kind, change, value := colLetter(indTarget), colLetter(indChangeKind), colLetter(indChange), colLetter(indValue)
		return b.conditional(sheetIndicators, fmt.Sprintf("%s2:%s%d", target, target, n),
			fmt.Sprintf(`AND(ISNUMBER($%[1]s2),IF($%[2]s2="同比",$%[3]s2,$%[4]s2)>=$%[1]s2)`, target, kind, change, value), metFill)
	}
	return g
}

// Conditional-format fills.
const (
	metFill   = "C6EFCE" // green: last year's target met
	aboveFill = "FFEB9C" // amber: this year's target above last year's growth
)

func (b *book) conditional(sheet, ref, criteria, fill string) error {
	id, err := b.f.NewConditionalStyle(&excelize.Style{
		Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{fill}},
		Font: &excelize.Font{Family: fontFamily, Size: fontSize, Bold: true},
	})
	if err != nil {
		return err
	}
	return b.f.SetConditionalFormat(sheet, ref, []excelize.ConditionalFormatOptions{
		{Type: "formula", Criteria: criteria, Format: &id},
	})
}

// impliedFormula is the live formula of the implied level in row, from the
// base value in column baseCol and the growth in growthCol.
func impliedFormula(baseCol, growthCol string, row int, places int32) string {
	b := fmt.Sprintf("%s%d", baseCol, row)
	g := fmt.Sprintf("%s%d", growthCol, row)
	return fmt.Sprintf(`IF(OR(%s="",%s=""),"",ROUND(%s*(1+%s),%d))`, b, g, b, g, places)
}

func (b *book) targets() *grid {
	g := &grid{name: sheetTargets, cols: targetColumns, landscape: true, freeze: "B2", bordered: true, table: tableTargets}
	g.rows = append(g.rows, header(g.cols))
	byID := b.indicatorByID()
	for i, t := range b.r.Targets {
		rowNo := i + 2
		row := make([]cell, len(g.cols))
		row[tgtName] = text(t.Name, stWrap)
		row[tgtKind] = text(t.Kind.Label(), stCenter)
		if t.Value != nil {
			row[tgtValue] = targetNumber(t, *t.Value)
		}
		row[tgtUnit] = text(t.Unit, stText)
		row[tgtQualifier] = text(t.Qualifier, stWrap)
		row[tgtNature] = text(t.Nature.Label(), stCenter)
		row[tgtText] = text(t.Text, stWrap)
		row[tgtQuote] = text(t.Quote, stWrap)
		row[tgtID] = text(t.ID, stText)
		row[tgtBaseID] = text(t.Base, stText)
		row[tgtNatureRaw] = text(string(t.Nature), stText)
		row[tgtPeriod] = text(string(t.Period), stText)
		row[tgtMeasure] = text(t.Measure.Label(), stCenter)
		if t.Upper != nil {
			row[tgtUpper] = targetNumber(t, *t.Upper)
		}
		if t.Reach != nil {
			row[tgtReach] = measure(t.Reach.Value, t.Reach.Unit)
			row[tgtReachUnit] = text(t.Reach.Unit, stText)
			row[tgtReachQualifier] = text(t.Reach.Qualifier, stText)
		}
		if base := byID[t.Base]; base != nil {
			row[tgtBaseName] = text(base.Name, stWrap)
			row[tgtBaseValue] = measureOf(base.Value, base.Unit)
			row[tgtBaseUnit] = text(base.Unit, stText)
			if base.Change != nil && base.Change.Kind == report.ChangeYoY {
				row[tgtBaseChange] = percent(base.Change.Value)
			}
			row[tgtBaseTarget] = indicatorTarget(base)
			if v, ok := b.r.Implied(t); ok {
				c := measure(v, base.Unit)
				places := v.Places()
				if isPercentUnit(base.Unit) {
					places += 2 // the cell holds a fraction
				}
				row[tgtImplied] = formula(impliedFormula("I", "C", rowNo, places), c.num, c.shown, c.style)
			}
		}
		g.rows = append(g.rows, row)
	}
	n := len(g.rows)
	g.after = func(sw *excelize.StreamWriter) error {
		if n < 2 {
			return nil
		}
		if err := b.conditional(sheetTargets, fmt.Sprintf("L2:L%d", n),
			`AND(ISNUMBER($L2),IF(ISNUMBER($K2),$K2,$I2)>=$L2)`, metFill); err != nil {
			return err
		}
		return b.conditional(sheetTargets, fmt.Sprintf("C2:C%d", n),
			`AND($B2="增速",ISNUMBER($C2),ISNUMBER($K2),$C2>$K2)`, aboveFill)
	}
	return g
}

// targetNumber is the cell of a target's value or upper end: a percentage
// for a growth target or a rate, else an amount.
func targetNumber(t report.Target, v report.Decimal) cell {
	if t.Kind == report.TargetGrowth || isPercentUnit(t.Unit) {
		return percent(v)
	}
	return amount(v)
}

// wanFactor converts an amount in unit to 万元: 10000 for 亿元, 1 for 万元.
// ok is false for units that are not yuan.
func wanFactor(unit string) (decimal.Decimal, bool) {
	if !report.IsMoney(unit) {
		return decimal.Decimal{}, false
	}
	return report.Convert(decimal.NewFromInt(1), unit, "万元")
}

// powerOfTen is k for a factor 10^k.
func powerOfTen(factor decimal.Decimal) int32 {
	f, _ := factor.Float64()
	return int32(math.Round(math.Log10(f)))
}

// wanFormula is the formula converting the amount in ref to 万元.
func wanFormula(ref string, factor decimal.Decimal) string {
	switch {
	case factor.Equal(decimal.NewFromInt(1)):
		return ref
	case factor.GreaterThan(decimal.NewFromInt(1)):
		return ref + "*" + factor.String()
	default:
		return ref + "/" + decimal.NewFromInt(1).Div(factor).String()
	}
}

func (b *book) tasks() *grid {
	g := &grid{name: sheetTasks, cols: taskColumns, landscape: true, freeze: "C2", bordered: true, table: tableTasks}
	g.rows = append(g.rows, header(g.cols))
	for _, t := range b.r.Tasks {
		taskRow := len(g.rows) + 1
		row := make([]cell, len(g.cols))
		row[tskTask] = text(t.Title, style{align: "left", wrap: true, bold: true})
		row[tskLevel] = text(levelTask, stCenter)
		row[tskContent] = text(t.Summary, stWrap)
		row[tskTaskID] = text(t.ID, stText)
		row[tskNumber] = text(t.Number, stText)
		row[tskPart] = text(t.Part, stWrap)
		g.rows = append(g.rows, row)
		total := decimal.Zero
		totalPlaces := int32(0)
		for k, it := range t.Items {
			itemNo := strconv.Itoa(k + 1)
			row := make([]cell, len(g.cols))
			row[tskTask] = text(t.Title, stRepeat)
			row[tskItem] = text(it.Title, style{align: "left", wrap: true, bold: true})
			row[tskLevel] = text(levelItem, stCenter)
			row[tskContent] = text(it.Summary, stWrap)
			row[tskTaskID] = text(t.ID, stText)
			row[tskItemNo] = amount(report.MustDecimal(itemNo))
			row[tskNumber] = text(it.Number, stText)
			g.rows = append(g.rows, row)
			for _, fg := range it.Figures {
				rowNo := len(g.rows) + 1
				row := make([]cell, len(g.cols))
				row[tskTask] = text(t.Title, stRepeat)
				row[tskItem] = text(it.Title, stRepeat)
				row[tskLevel] = text(levelFigure, stCenter)
				row[tskContent] = text(fg.Name, stWrap)
				row[tskQualifier] = text(fg.Qualifier, stText)
				row[tskValue] = measure(fg.Value, fg.Unit)
				row[tskUnit] = text(fg.Unit, stText)
				if factor, ok := wanFactor(fg.Unit); ok && fg.Summable() {
					wan := fg.Value.Dec().Mul(factor)
					places := max(0, fg.Value.Places()-powerOfTen(factor))
					d := report.NewDecimal(wan.Round(places), places)
					c := amount(d)
					row[tskWan] = formula(wanFormula(fmt.Sprintf("F%d", rowNo), factor), c.num, c.shown, c.style)
					total = total.Add(wan)
					totalPlaces = max(totalPlaces, places)
				}
				row[tskPurpose] = text(fg.Purpose, stWrap)
				if fg.Change != nil {
					row[tskChange] = changeCell(fg.Change)
					row[tskChangeKind] = text(fg.Change.Kind.Label(), stCenter)
					row[tskChangeLabel] = text(fg.Change.Label, stWrap)
				}
				row[tskQuote] = text(fg.Quote, stWrap)
				row[tskTaskID] = text(t.ID, stText)
				row[tskItemNo] = amount(report.MustDecimal(itemNo))
				row[tskFigureID] = text(fg.ID, stText)
				row[tskMoney] = text(fg.Money.Label(), stCenter)
				row[tskPer] = text(fg.Per, stText)
				row[tskUpper] = measureOf(fg.Upper, fg.Unit)
				g.rows = append(g.rows, row)
			}
		}
		sum := amount(report.NewDecimal(total, totalPlaces))
		sum.style.bold = true
		// A task without money shows a dash, not a zero.
		sum.style.numFmt += ";-" + sum.style.numFmt + `;"—"`
		g.rows[taskRow-1][tskTotal] = formula(
			fmt.Sprintf(`SUMIFS($H:$H,$O:$O,$O%d,$C:$C,"%s")`, taskRow, levelFigure),
			sum.num, sum.shown, sum.style)
	}
	return g
}

// annexes is the 附件 sheet: for each annex, a row per item and a row per
// figure of the item.
func (b *book) annexes() *grid {
	g := &grid{name: sheetAnnexes, cols: annexColumns, landscape: true, freeze: "C2", bordered: true, table: tableAnnexes}
	g.rows = append(g.rows, header(g.cols))
	for _, a := range b.r.Annexes {
		for k, it := range a.Items {
			itemNo := amount(report.MustDecimal(strconv.Itoa(k + 1)))
			row := make([]cell, len(g.cols))
			row[anxAnnex] = text(a.Title, stWrap)
			row[anxItem] = text(it.Title, style{align: "left", wrap: true, bold: true})
			row[anxLevel] = text(levelItem, stCenter)
			row[anxContent] = text(it.Text, stWrap)
			row[anxLead] = text(it.Lead, stWrap)
			row[anxAnnexID] = text(a.ID, stText)
			row[anxNumber] = text(it.Number, stText)
			row[anxItemNo] = itemNo
			g.rows = append(g.rows, row)
			for _, fg := range it.Figures {
				row := make([]cell, len(g.cols))
				row[anxAnnex] = text(a.Title, stRepeat)
				row[anxItem] = text(it.Title, stRepeat)
				row[anxLevel] = text(levelFigure, stCenter)
				row[anxContent] = text(fg.Name, stWrap)
				row[anxQualifier] = text(fg.Qualifier, stText)
				row[anxValue] = measure(fg.Value, fg.Unit)
				row[anxUnit] = text(fg.Unit, stText)
				row[anxMoney] = text(fg.Money.Label(), stCenter)
				row[anxPer] = text(fg.Per, stText)
				row[anxUpper] = measureOf(fg.Upper, fg.Unit)
				row[anxQuote] = text(fg.Quote, stWrap)
				row[anxAnnexID] = text(a.ID, stText)
				row[anxItemNo] = itemNo
				row[anxFigureID] = text(fg.ID, stText)
				g.rows = append(g.rows, row)
			}
		}
	}
	return g
}

// hideUnused hides the optional columns that no row fills.
func (g *grid) hideUnused() {
	cols := append([]column(nil), g.cols...)
	for i := range cols {
		if !cols[i].optional {
			continue
		}
		used := false
		for _, row := range g.rows[1:] {
			used = used || row[i].kind != cellEmpty
		}
		cols[i].hidden = !used
	}
	g.cols = cols
}

func (b *book) glossary() *grid {
	g := &grid{name: sheetGlossary, cols: glossaryColumns, freeze: "A2", bordered: true, table: tableGlossary}
	g.rows = append(g.rows, header(g.cols))
	for _, t := range b.r.Glossary {
		g.rows = append(g.rows, []cell{text(t.Term, style{align: "left", wrap: true, bold: true}), text(t.Definition, stWrap)})
	}
	return g
}

// colLetter is the column letter of the 0-based column index i.
func colLetter(i int) string {
	name, _ := excelize.ColumnNumberToName(i + 1)
	return name
}
