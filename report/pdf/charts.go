package pdf

import (
	"math"
	"sort"
	"strconv"

	"github.com/shopspring/decimal"

	"github.com/workreport/workreport/internal/typeset"
	"github.com/workreport/workreport/report"
)

// Charts are horizontal bar charts drawn with lines and rectangles: the
// Chinese category labels sit on the left where they have room to wrap
// (two lines at most, shortened with … beyond), every bar starts at zero,
// the series of one chart share one scale, and every bar carries its value
// as the report wrote it.

// barSeries is one series of a bar chart.
type barSeries struct {
	name   string
	color  rgb
	vals   []float64 // geometry only; the labels carry the digits
	has    []bool    // whether the category has a value in this series
	labels []string
}

// barChart is a horizontal bar chart.
type barChart struct {
	title  string
	unit   string // of the value axis
	cats   []string
	series []*barSeries
}

func (c *barChart) addSeries(name string, color rgb) *barSeries {
	s := &barSeries{name: name, color: color}
	c.series = append(c.series, s)
	return s
}

// add appends a value for the last category to s.
func (s *barSeries) add(ok bool, v float64, label string) {
	s.vals = append(s.vals, v)
	s.has = append(s.has, ok)
	s.labels = append(s.labels, label)
}

const (
	chartLabelW  = 42.0 // category labels
	chartValueW  = 20.0 // room right of the longest bar for its value
	chartLabelPt = 8.0
	chartValuePt = 7.5
)

// niceStep rounds a raw tick step up to 1, 2, 2.5 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if raw <= m*mag+1e-12 {
			return m * mag
		}
	}
	return 10 * mag
}

// chartHeight is the height the chart will take.
func (rd *renderer) chartGeometry(c *barChart) (groupH []float64, labels [][]string, total float64) {
	d := rd.d
	d.setFont(sans, chartLabelPt)
	barH := 4.2
	if len(c.series) == 1 {
		barH = 5
	}
	lineH := chartLabelPt * mmPerPt * 1.25
	for _, cat := range c.cats {
		ls, _ := typeset.Fit(cat, chartLabelW-2, 2, rd.measure())
		labels = append(labels, ls)
		h := math.Max(float64(len(c.series))*barH, float64(len(ls))*lineH) + 3.2
		groupH = append(groupH, h)
		total += h
	}
	total += 7 + 6 + 9 // title, legend, axis labels
	return groupH, labels, total
}

// drawBarChart draws the chart in the flow, whole on one page.
func (rd *renderer) drawBarChart(c *barChart) {
	if len(c.cats) == 0 {
		return
	}
	d := rd.d
	groupH, labels, total := rd.chartGeometry(c)
	rd.ensure(total)
	// Title.
	d.setFont(sansBold, 10)
	d.setTextColor(ink)
	d.text(marginL, baseline(rd.y, 6, 10), c.title)
	rd.y += 7
	// Legend.
	d.setFont(sans, chartLabelPt)
	x := marginL + chartLabelW
	for _, s := range c.series {
		d.setFillColor(s.color)
		d.fillRect(x, rd.y+1.2, 3.2, 3.2)
		d.setTextColor(black)
		d.text(x+4.4, baseline(rd.y, 5.6, chartLabelPt), s.name)
		x += 4.4 + d.width(s.name) + 8
	}
	unitText := "单位：" + c.unit
	d.setTextColor(grey)
	d.text(marginL+contentW-d.width(unitText), baseline(rd.y, 5.6, chartLabelPt), unitText)
	rd.y += 6

	// Scale: from zero, common to all series.
	lo, hi := 0.0, 0.0
	for _, s := range c.series {
		for i, v := range s.vals {
			if s.has[i] {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	if hi == lo {
		hi = lo + 1
	}
	step := niceStep((hi - lo) / 5)
	lo, hi = math.Floor(lo/step+1e-9)*step, math.Ceil(hi/step-1e-9)*step
	leftRoom := 0.0
	if lo < 0 {
		leftRoom = chartValueW / 2
	}
	plotX := marginL + chartLabelW + leftRoom
	plotW := contentW - chartLabelW - chartValueW - leftRoom
	xOf := func(v float64) float64 { return plotX + (v-lo)/(hi-lo)*plotW }
	plotTop := rd.y
	plotH := 0.0
	for _, h := range groupH {
		plotH += h
	}
	// Grid and tick labels.
	d.setFont(sans, chartValuePt)
	d.setLineWidth(0.15)
	for v := lo; v <= hi+step/2; v += step {
		gx := xOf(v)
		d.setDrawColor(lightRule)
		d.dashed(0.8, 0.8)
		d.line(gx, plotTop, gx, plotTop+plotH)
		d.dashed()
		lbl := strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
		d.setTextColor(grey)
		d.text(gx-d.width(lbl)/2, plotTop+plotH+4, lbl)
	}
	// Bars.
	barH := 4.2
	if len(c.series) == 1 {
		barH = 5
	}
	y := plotTop
	lineH := chartLabelPt * mmPerPt * 1.25
	for i := range c.cats {
		gh := groupH[i]
		// Category label, vertically centred on the group.
		d.setFont(sans, chartLabelPt)
		d.setTextColor(black)
		ly := y + (gh-float64(len(labels[i]))*lineH)/2
		for _, l := range labels[i] {
			d.text(marginL, baseline(ly, lineH, chartLabelPt), l)
			ly += lineH
		}
		by := y + (gh-float64(len(c.series))*barH)/2
		for _, s := range c.series {
			if s.has[i] {
				x0, x1 := xOf(0), xOf(s.vals[i])
				if x1 < x0 {
					x0, x1 = x1, x0
				}
				d.setFillColor(s.color)
				d.fillRect(x0, by+0.3, math.Max(x1-x0, 0.3), barH-0.6)
				d.setFont(sans, chartValuePt)
				d.setTextColor(black)
				lw := d.width(s.labels[i])
				lx := x1 + 1
				if s.vals[i] < 0 {
					lx = x0 - 1 - lw
				}
				d.text(lx, baseline(by, barH, chartValuePt), s.labels[i])
			}
			by += barH
		}
		y += gh
	}
	// Axes: the zero line and the baseline.
	d.setDrawColor(black)
	d.setLineWidth(0.3)
	d.line(xOf(0), plotTop, xOf(0), plotTop+plotH)
	d.setLineWidth(0.2)
	d.line(plotX, plotTop+plotH, plotX+plotW, plotTop+plotH)
	rd.y = plotTop + plotH + 9
}

// chartNo numbers the charts in order.
func (rd *renderer) nextChart() string {
	rd.charts++
	return "图" + strconv.Itoa(rd.charts) + "　"
}

// growthChart compares last year's growth with this year's growth target
// for every indicator that has both.
func (rd *renderer) growthChart() {
	r := rd.r
	resYear, year := strconv.Itoa(r.Meta.ResultsYear()), strconv.Itoa(r.Meta.Year)
	c := &barChart{title: rd.nextChart() + resYear + "年增速与" + year + "年增速目标", unit: "%"}
	last := c.addSeries(resYear+"年实际增长", ink)
	goal := c.addSeries(year+"年预期目标", red)
	for ti, t := range r.Targets {
		if t.Kind != report.TargetGrowth || t.Value == nil || !r.ThisYear(t) {
			continue
		}
		ind := r.Indicator(t.Base)
		if ind == nil || ind.Change == nil || ind.Change.Kind != report.ChangeYoY || ind.Change.Against != "" {
			continue
		}
		c.cats = append(c.cats, rd.text("targets["+strconv.Itoa(ti)+"].name", t.Name))
		last.add(true, ind.Change.Value.Float64(), ind.Change.Value.String()+"%")
		_, inner, post := report.SplitQualifier(t.Qualifier)
		label := t.Value.String() + "%"
		if t.Upper != nil { // a range is drawn at its lower end, labelled whole
			label += "—" + t.Upper.String() + "%"
		}
		goal.add(true, t.Value.Float64(), label+inner+post)
	}
	if len(c.cats) == 0 {
		rd.note(c.title + "：本报告没有同时给出上年增速和今年增速目标的指标，故不作图。")
		return
	}
	rd.y += 3
	rd.drawBarChart(c)
}

// overviewChart shows last year's year-on-year growth of the indicators
// that state one, largest first.
func (rd *renderer) overviewChart() {
	r := rd.r
	type item struct {
		name string
		v    report.Decimal
	}
	var items []item
	for si, s := range r.Results {
		for ii, ind := range s.Indicators {
			if ind.Change == nil || ind.Change.Kind != report.ChangeYoY || ind.Change.Against != "" || !rd.pastYear(&ind) {
				continue
			}
			items = append(items, item{
				name: rd.text("results["+strconv.Itoa(si)+"].indicators["+strconv.Itoa(ii)+"].name", ind.Name),
				v:    ind.Change.Value,
			})
		}
	}
	if len(items) < 2 {
		return
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].v.Dec().GreaterThan(items[j].v.Dec()) })
	const max = 12
	title := rd.nextChart() + strconv.Itoa(r.Meta.ResultsYear()) + "年主要指标同比增速"
	if len(items) > max {
		title += "（前" + strconv.Itoa(max) + "位）"
		items = items[:max]
	}
	c := &barChart{title: title, unit: "%"}
	s := c.addSeries("同比增速", ink)
	for _, it := range items {
		c.cats = append(c.cats, it.name)
		s.add(true, it.v.Float64(), it.v.String()+"%")
	}
	rd.drawBarChart(c)
}

// investmentChart shows the largest planned amounts of money among the
// tasks' figures, converted to one unit.
func (rd *renderer) investmentChart() {
	r := rd.r
	type item struct {
		name string
		yuan decimal.Decimal
	}
	var items []item
	for ti, t := range r.Tasks {
		for ii, it := range t.Items {
			for fi, fg := range it.Figures {
				// Totals only: amounts in 万元 or 亿元. Plain 元 are per-head
				// standards (补助标准提高30元), not comparable with totals.
				_, factor, _ := report.Unit(fg.Unit)
				if !report.IsMoney(fg.Unit) || fg.Value.Sign() <= 0 || factor.LessThan(decimal.New(1, 4)) || !fg.Summable() {
					continue
				}
				yuan, ok := report.Convert(fg.Value.Dec(), fg.Unit, "元")
				if !ok {
					continue
				}
				f := "tasks[" + strconv.Itoa(ti) + "].items[" + strconv.Itoa(ii) + "].figures[" + strconv.Itoa(fi) + "]"
				items = append(items, item{name: rd.text(f+".name", fg.Name), yuan: yuan})
			}
		}
	}
	if len(items) < 3 {
		return
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].yuan.GreaterThan(items[j].yuan) })
	const max = 10
	if len(items) > max {
		items = items[:max]
	}
	unit := "亿元"
	if items[0].yuan.LessThan(decimal.New(1, 8)) {
		unit = "万元"
	}
	c := &barChart{title: rd.nextChart() + "计划投资与资金规模（前" + strconv.Itoa(len(items)) + "项，折算为" + unit + "）", unit: unit}
	s := c.addSeries("计划金额", ink)
	for _, it := range items {
		v, _ := report.Convert(it.yuan, "元", unit)
		places := int32(2)
		for v.Round(places).IsZero() && places < 6 {
			places++
		}
		shown := v.Round(places)
		label := shown.String()
		if !shown.Equal(v) {
			label = "约" + label
		}
		f, _ := v.Float64()
		c.cats = append(c.cats, it.name)
		s.add(true, f, label)
	}
	rd.drawBarChart(c)
	rd.note("注：金额按报告原文数字折算为同一单位，原文数字见下文各项任务。")
}
