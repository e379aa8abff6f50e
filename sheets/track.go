package sheets

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/workreport/workreport/report"
)

// The sheets of a track workbook.
const (
	sheetAttainment = "目标完成情况"
	sheetSeries     = "序列"
	sheetRule       = "说明"
	tableAttainment = "Attainment"
	tableSeries     = "Series"
)

var attainmentColumns = []column{
	{header: "年度", min: 6, max: 6},
	{header: "指标", min: 10, max: 22, wrap: true},
	{header: "目标", min: 12, max: 20, wrap: true},
	{header: "目标值", min: 8, max: 10},
	{header: "实际", min: 8, max: 12},
	{header: "单位", min: 6, max: 8},
	{header: "结果", min: 8, max: 10},
	{header: "名称匹配", min: 9, max: 10},
	{header: "目标原文", min: 16, max: 36, wrap: true},
	{header: "结果原文", min: 16, max: 36, wrap: true},
}

var seriesColumns = []column{
	{header: "指标", min: 10, max: 22, wrap: true},
	{header: "年份", min: 6, max: 6},
	{header: "类别", min: 6, max: 6},
	{header: "数值", min: 8, max: 14},
	{header: "单位", min: 6, max: 8},
	{header: "报告年份", min: 9, max: 9},
	{header: "原文", min: 20, max: 50, wrap: true},
}

// WriteTrack writes the track workbook of one region: 目标完成情况 (each
// year's targets beside the results stated a year later, whether met, by
// the rule in 说明), 序列 (every value of every recurring indicator and
// target, with filters), and a chart per headline growth indicator, target
// against actual by year. Gaps stay empty.
func WriteTrack(w io.Writer, t report.Track, opt Options) error {
	if len(t.Years) == 0 {
		return errors.New("sheets: a track of no reports")
	}
	when := opt.Created
	if when.IsZero() {
		when = time.Date(t.Years[len(t.Years)-1], 1, 1, 0, 0, 0, 0, time.UTC)
	}
	f := excelize.NewFile()
	defer f.Close()
	title := fmt.Sprintf("%s政府工作报告目标完成情况（%d—%d年）", t.Region, t.Years[0], t.Years[len(t.Years)-1])
	b := &book{f: f, r: &report.Report{Meta: report.Meta{Title: title, Region: t.Region}}, styles: map[style]int{}}
	if err := b.f.SetDefaultFont(fontFamily); err != nil {
		return err
	}
	if err := b.f.SetSheetName("Sheet1", sheetAttainment); err != nil {
		return err
	}
	for _, n := range []string{sheetSeries, sheetRule} {
		if _, err := b.f.NewSheet(n); err != nil {
			return err
		}
	}
	rows := t.ByIndicator()
	att := &grid{name: sheetAttainment, cols: attainmentColumns, landscape: true, freeze: "C2", bordered: true, table: tableAttainment}
	att.rows = append(att.rows, header(att.cols))
	spans := map[string][2]int{} // growth indicator → first and last row (1-based)
	for _, a := range rows {
		row := make([]cell, len(att.cols))
		row[0] = yearCell(a.Year)
		row[1] = text(a.Indicator, stWrap)
		row[2] = text(a.TargetPhrase(), stWrap)
		growth := a.Target.Kind == report.TargetGrowth
		if a.Target.Value != nil {
			if growth || isPercentUnit(a.Target.Unit) {
				row[3] = percent(*a.Target.Value)
			} else {
				row[3] = amount(*a.Target.Value)
			}
		}
		if a.Actual != nil {
			if growth || isPercentUnit(a.ActualUnit) {
				row[4] = percent(*a.Actual)
			} else {
				row[4] = amount(*a.Actual)
			}
		}
		row[5] = text(a.ActualUnit, stText)
		row[6] = text(string(a.Status), stCenter)
		match := "相同"
		switch {
		case a.Actual == nil:
			match = ""
		case a.Guess:
			match = "推测：" + a.ActualName
		case a.ActualName != a.Indicator:
			match = "同义：" + a.ActualName
		}
		row[7] = text(match, stWrap)
		row[8] = text(a.TargetQuote, stWrap)
		row[9] = text(a.ActualQuote, stWrap)
		att.rows = append(att.rows, row)
		if growth {
			k := report.CanonicalName(a.Indicator)
			s, ok := spans[k]
			if !ok {
				s[0] = len(att.rows)
			}
			s[1] = len(att.rows)
			spans[k] = s
		}
	}
	ser := &grid{name: sheetSeries, cols: seriesColumns, landscape: true, freeze: "B2", bordered: true, table: tableSeries}
	ser.rows = append(ser.rows, header(ser.cols))
	for _, p := range t.Series {
		row := make([]cell, len(ser.cols))
		row[0] = text(p.Indicator, stWrap)
		row[1] = yearCell(p.Year)
		row[2] = text(p.Kind, stCenter)
		row[3] = measure(p.Value, p.Unit)
		row[4] = text(p.Unit, stText)
		row[5] = yearCell(p.Report)
		row[6] = text(p.Quote, stWrap)
		ser.rows = append(ser.rows, row)
	}
	rule := &grid{name: sheetRule, cols: []column{{header: "说明", min: 60, max: 100, wrap: true}}}
	rule.rows = append(rule.rows, []cell{text(title, stTitle)}, []cell{text(report.AttainmentRule, stWrap)},
		[]cell{text("“名称匹配”列：相同＝名称一致；同义＝已知同义名称（如国内生产总值与地区生产总值）；推测＝名称相互包含，请核对。", stWrap)})
	headlines := t.Headlines()
	att.after = func(sw *excelize.StreamWriter) error {
		at := len(att.rows) + 3
		for _, h := range headlines {
			s, ok := spans[h]
			if !ok {
				continue
			}
			q := func(col string) string {
				return fmt.Sprintf("'%s'!$%s$%d:$%s$%d", sheetAttainment, col, s[0], col, s[1])
			}
			err := addGrowthChart(b.f, sheetAttainment, fmt.Sprintf("B%d", at), growthChart{
				title:      h + "：增速目标与实际",
				categories: q("A"),
				growthName: fmt.Sprintf("'%s'!$E$1", sheetAttainment), growth: q("E"),
				targetName: fmt.Sprintf("'%s'!$D$1", sheetAttainment), target: q("D"),
				width: 640, height: 300,
			})
			if err != nil {
				return err
			}
			at += 17
		}
		return nil
	}
	grids := []*grid{att, ser, rule}
	for _, g := range grids {
		if err := b.pageSetup(g); err != nil {
			return fmt.Errorf("%s: page setup: %w", g.name, err)
		}
		if err := b.writeGrid(g); err != nil {
			return fmt.Errorf("%s: %w", g.name, err)
		}
	}
	stamp := when.Format(time.RFC3339)
	if err := b.f.SetDocProps(&excelize.DocProperties{Title: title, Creator: "workreport", Created: stamp, Modified: stamp, Language: "zh-CN"}); err != nil {
		return err
	}
	f.SetZipWriter(func(out io.Writer) excelize.ZipWriter { return newSortedZip(out, when) })
	return f.Write(w)
}
