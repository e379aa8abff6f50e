package pdf

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/workreport/workreport/report"
)

// RenderTrack writes the PDF of one region's track: the attainment table
// (each year's targets beside the results stated a year later, and whether
// they were met, by report.AttainmentRule) and a chart per headline
// indicator, target against actual by year. Gaps are shown as gaps.
func RenderTrack(w io.Writer, t report.Track, opt Options) error {
	if len(t.Years) == 0 {
		return fmt.Errorf("pdf: a track of no reports")
	}
	first, last := t.Years[0], t.Years[len(t.Years)-1]
	title := fmt.Sprintf("%s政府工作报告目标完成情况（%d—%d年）", t.Region, first, last)
	created := opt.Created
	if created.IsZero() {
		created = time.Date(last, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	d, err := newDoc(created.UTC())
	if err != nil {
		return err
	}
	rd := &renderer{d: d, r: &report.Report{Meta: report.Meta{Title: title, Region: t.Region}}}
	rd.title = rd.text("title", title)
	d.setMeta(rd.title, "", "", t.Region+"; 政府工作报告; 目标完成情况", "workreport")
	rd.newPage()
	rd.y = top + 2
	rd.paragraph(rd.title, para{face: serifBold, size: 16, lead: 9, color: red, align: alignCenter})
	years := ""
	for i, y := range t.Years {
		if i > 0 {
			years += "、"
		}
		years += strconv.Itoa(y)
	}
	rd.paragraph("据"+years+"年政府工作报告整理", para{face: serif, size: 11, lead: 6.5, color: grey, align: alignCenter})
	rd.y += 4
	rd.note(report.AttainmentRule)

	rows := t.ByIndicator()
	tb := &table{caption: "目标完成情况", cols: []column{
		{title: "年度", width: 13, align: alignLeft, face: serif},
		{title: "指标", width: 40, align: alignLeft, face: serif},
		{title: "目标", width: 33, align: alignLeft, face: serif},
		{title: "实际（下年报告）", width: 30, align: alignRight, face: serif},
		{title: "结果", width: 20, align: alignLeft, face: serif},
		{title: "名称匹配", width: 24, align: alignLeft, face: serif},
	}}
	for i, a := range rows {
		f := fmt.Sprintf("rows[%d]", i)
		actual := "—"
		if a.Actual != nil {
			actual = a.Actual.String() + a.ActualUnit
			if a.Target.Kind == report.TargetGrowth {
				actual = "增长" + actual
			}
		}
		match := ""
		switch {
		case a.Actual == nil:
		case a.Guess:
			match = "推测"
		case a.ActualName != a.Indicator:
			match = "同义"
		}
		tb.rows = append(tb.rows, []string{strconv.Itoa(a.Year), rd.text(f+".indicator", a.Indicator), rd.text(f+".target", a.TargetPhrase()),
			actual, string(a.Status), orDash(match)})
	}
	rd.heading(h1, "一、目标完成情况", rd.minTableStart(tb), -1)
	rd.drawTable(tb)
	rd.note("注：“推测”表示两年报告中指标名称不完全一致、按名称包含关系匹配，请核对；“—”为缺口：下一年报告缺失或未述及，不作推算。每个数字均可在工作簿“目标完成情况”表的原文列中查到出处。")

	heads := t.Headlines()
	if len(heads) > 0 {
		rd.newPage()
		rd.heading(h1, "二、主要指标目标与实际", 80, -1)
	}
	for _, h := range heads {
		c := &barChart{title: rd.nextChart() + h + "：增速目标与实际", unit: "%"}
		goal := c.addSeries("当年目标", red)
		actual := c.addSeries("实际（下年报告所述）", ink)
		for _, a := range rows {
			if report.CanonicalName(a.Indicator) != h || a.Target.Kind != report.TargetGrowth || a.Target.Value == nil {
				continue
			}
			c.cats = append(c.cats, strconv.Itoa(a.Year)+"年")
			goal.add(true, a.Target.Value.Float64(), a.Target.Value.String()+"%")
			if a.Actual != nil {
				actual.add(true, a.Actual.Float64(), a.Actual.String()+"%")
			} else {
				actual.add(false, 0, "缺")
			}
		}
		if len(c.cats) < 2 {
			continue
		}
		rd.y += 2
		rd.drawBarChart(c)
	}
	rd.finish()
	return d.output(w)
}
