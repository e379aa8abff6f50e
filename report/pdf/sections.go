package pdf

import (
	"fmt"
	"strconv"

	"github.com/workreport/workreport/report"
)

// dashRow is one headline indicator on the dashboard.
type dashRow struct {
	ind    *report.Indicator
	field  string // where ind is in the report
	target *report.Target
	tfield string
}

// headline picks the dashboard's indicators: first every indicator a target
// of this year grows from (in the targets' order), then the first results
// of the first section, up to max rows.
func (rd *renderer) headline(max int) []dashRow {
	r := rd.r
	var rows []dashRow
	seen := map[string]bool{}
	for ti := range r.Targets {
		t := &r.Targets[ti]
		if t.Base == "" || t.Value == nil || !r.ThisYear(*t) {
			continue
		}
		si, ii := findIndicator(r, t.Base)
		if si < 0 {
			continue
		}
		rows = append(rows, dashRow{
			ind: &r.Results[si].Indicators[ii], field: fmt.Sprintf("results[%d].indicators[%d]", si, ii),
			target: t, tfield: fmt.Sprintf("targets[%d]", ti),
		})
		seen[t.Base] = true
		if len(rows) == max {
			return rows
		}
	}
	if len(r.Results) > 0 {
		for ii := range r.Results[0].Indicators {
			ind := &r.Results[0].Indicators[ii]
			if seen[ind.ID] || !rd.pastYear(ind) || !ind.Kind.Amount() {
				continue
			}
			if len(rows) == max {
				break
			}
			rows = append(rows, dashRow{ind: ind, field: fmt.Sprintf("results[0].indicators[%d]", ii)})
			seen[ind.ID] = true
		}
	}
	// A short first section leaves room: fill it with the results of the
	// other sections that state a year-on-year change, in the report's order.
	for si := 1; si < len(r.Results) && len(rows) < max; si++ {
		for ii := range r.Results[si].Indicators {
			ind := &r.Results[si].Indicators[ii]
			if seen[ind.ID] || ind.Change == nil || ind.Change.Kind != report.ChangeYoY || !rd.pastYear(ind) {
				continue
			}
			if len(rows) == max {
				break
			}
			rows = append(rows, dashRow{ind: ind, field: fmt.Sprintf("results[%d].indicators[%d]", si, ii)})
			seen[ind.ID] = true
		}
	}
	return rows
}

func findIndicator(r *report.Report, id string) (int, int) {
	for si, s := range r.Results {
		for ii, ind := range s.Indicators {
			if ind.ID == id {
				return si, ii
			}
		}
	}
	return -1, -1
}

// dashboard is the one-page overview: the headline indicators with last
// year's result, its change, this year's target and the level it implies,
// and the chart of last year's growth against this year's target.
func (rd *renderer) dashboard(p *part) {
	r := rd.r
	// After the contents: a new page, unless the contents ran over onto a
	// page they barely use.
	if rd.d.page() == 1 || rd.y > top+60 {
		rd.newPage()
	}
	resYear, year := strconv.Itoa(r.Meta.ResultsYear()), strconv.Itoa(r.Meta.Year)
	t := &table{caption: p.title, cols: []column{
		{title: "指标", width: 35, align: alignLeft, face: serif},
		{title: resYear + "年实绩", width: 29, align: alignRight, face: serif},
		{title: resYear + "年变化", width: 33, align: alignLeft, face: serif},
		{title: year + "年目标", width: 32, align: alignLeft, face: serif},
		{title: "隐含水平", width: 29, align: alignRight, face: serif},
	}}
	for _, row := range rd.headline(14) {
		ind := row.ind
		cells := []string{
			rd.text(row.field+".name", ind.Name),
			valuePhrase(*ind, rd.unit(row.field+".unit", ind.Unit), rd.text(row.field+".qualifier", ind.Qualifier)),
			rd.text(row.field+".change.label", changeOrRate(*ind, rd.text(row.field+".qualifier", ind.Qualifier))),
			"—", "—",
		}
		if row.target != nil {
			cells[3] = rd.text(row.tfield+".qualifier", targetPhrase(*row.target))
			if imp := impliedPhrase(r, *row.target); imp != "" {
				cells[4] = imp
			}
		}
		if cells[2] == "" {
			cells[2] = "—"
		}
		t.rows = append(t.rows, cells)
	}
	if len(t.rows) == 0 {
		// No past-year result and no target: say so rather than print an
		// empty table.
		rd.heading(h1, p.title, 20, p.toc)
		rd.note("本报告的数据中没有上年实绩或今年的数值目标，故无主要指标一览；各年度及多年期数字见后文各部分。")
		rd.growthChart()
		return
	}
	rd.heading(h1, p.title, rd.minTableStart(t), p.toc)
	rd.drawTable(t)
	rd.note("注：实绩、变化和目标均按报告原文列示；隐含水平 = 上年实绩 ×（1 + 增速目标），按上年数值的小数位四舍五入，仅供参考。")
	rd.growthChart()
}

// note sets a small grey remark under a table or chart.
func (rd *renderer) note(s string) {
	rd.paragraph(s, para{face: serif, size: 8.5, lead: 4.6, color: grey, align: alignJustify})
	rd.y += 2
}

// pastYear reports whether a fact is of the past year, the review's own
// year, rather than of a span (十四五) or another year or date.
func (rd *renderer) pastYear(ind *report.Indicator) bool {
	from, to := ind.Period.Years(rd.r.Meta.ResultsYear())
	shape, _, _ := ind.Period.Shape()
	return from == to && from == rd.r.Meta.ResultsYear() && shape != report.PeriodDate
}

// sectionFacts are the indices of a section's facts that a part shows:
// the past year's, or the others.
func (rd *renderer) sectionFacts(si int, past bool) []int {
	var out []int
	for ii := range rd.r.Results[si].Indicators {
		if rd.pastYear(&rd.r.Results[si].Indicators[ii]) == past {
			out = append(out, ii)
		}
	}
	return out
}

// results sets one table per section of the report's results: the past
// year's facts; the multi-year ones have their own part.
func (rd *renderer) results(p *part) {
	r := rd.r
	rd.newPage()
	first := true
	for si, s := range r.Results {
		facts := rd.sectionFacts(si, true)
		if len(facts) == 0 {
			continue
		}
		t := rd.resultsTable(si, facts)
		if first {
			rd.heading(h1, p.title, 10+rd.minTableStart(t), p.toc)
			rd.overviewChart()
			first = false
		}
		title := sectionTitle(rd, si, s, true)
		rd.heading(h2, title, rd.keepStart(t), rd.tocIndex(title, 1))
		rd.drawTable(t)
	}
}

func (rd *renderer) resultsTable(si int, facts []int) *table {
	s := rd.r.Results[si]
	t := &table{caption: sectionTitle(rd, si, s, true), cols: []column{
		{title: "指标", width: 50, align: alignLeft, face: serif},
		{title: "数值", width: 22, align: alignRight, face: serif},
		{title: "单位", width: 26, align: alignLeft, face: serif},
		{title: "变化", width: 38, align: alignLeft, face: serif},
		{title: "限定", width: 22, align: alignLeft, face: serif},
	}}
	for _, ii := range facts {
		ind := s.Indicators[ii]
		f := fmt.Sprintf("results[%d].indicators[%d]", si, ii)
		t.groups = append(t.groups, rd.text(f+".theme", ind.Theme))
		change, qualifier := rd.text(f+".change.label", changePhrase(ind.Change)), rd.text(f+".qualifier", ind.Qualifier)
		if ind.Value == nil { // a rate-only fact: its qualifier is the rate's
			change, qualifier = rd.text(f+".change.label", rateOnly(ind, ind.Qualifier)), ""
		}
		t.rows = append(t.rows, []string{
			rd.text(f+".name", ind.Name),
			factNumber(ind),
			rd.unit(f+".unit", factUnit(ind)),
			orDash(change),
			qualifier,
		})
	}
	return t
}

// changeOrRate is a fact's change, with its qualifier when the fact is
// rate-only.
func changeOrRate(in report.Indicator, qualifier string) string {
	if in.Value == nil {
		return rateOnly(in, qualifier)
	}
	return changePhrase(in.Change)
}

// factNumber is a fact's number column: its digits, a range, from→to, or
// — for a rate-only fact.
func factNumber(ind report.Indicator) string {
	switch {
	case ind.Value == nil && ind.Fraction != "":
		return ind.Fraction
	case ind.Value == nil:
		return "—"
	case ind.From != nil:
		return digits(*ind.From, ind.Quote) + "→" + digits(*ind.Value, ind.Quote)
	}
	return ordinal(ind, span(*ind.Value, ind.Upper, ind.Quote))
}

// factUnit is a fact's unit column: 万元/人 for a standard per person.
func factUnit(ind report.Indicator) string {
	if ind.Per != "" {
		return ind.Unit + "/" + ind.Per
	}
	return ind.Unit
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// multiYearTitle names the part of multi-year facts after the span most
// of them cover: “十四五”时期（2021—2025年）主要成就.
func multiYearTitle(r *report.Report, goals bool) string {
	count := map[report.Period]int{}
	var best report.Period
	add := func(p report.Period) {
		if p.Multi() {
			count[p]++
			if count[p] > count[best] || count[p] == count[best] && p < best {
				best = p
			}
		}
	}
	if goals {
		for _, t := range r.Targets {
			add(t.Period)
		}
		if best == "" {
			return "远期目标"
		}
		return best.Label() + "主要目标"
	}
	for _, s := range r.Results {
		for _, in := range s.Indicators {
			add(in.Period)
		}
	}
	if best == "" {
		return "多年期成绩"
	}
	return best.Label() + "主要成就"
}

// multiYear sets the facts of other periods than the past year: five-year
// plan totals, averages and end levels, changes since a base year, stocks
// at a date — each section's in one table, with its period and measure.
func (rd *renderer) multiYear(p *part) {
	r := rd.r
	rd.newPage()
	first := true
	for si, s := range r.Results {
		facts := rd.sectionFacts(si, false)
		if len(facts) == 0 {
			continue
		}
		t := &table{caption: sectionTitle(rd, si, s, false), cols: []column{
			{title: "指标", width: 48, align: alignLeft, face: serif},
			{title: "时期", width: 30, align: alignLeft, face: serif},
			{title: "数值", width: 24, align: alignRight, face: serif},
			{title: "单位", width: 20, align: alignLeft, face: serif},
			{title: "变化", width: 36, align: alignLeft, face: serif},
		}}
		for _, ii := range facts {
			ind := s.Indicators[ii]
			f := fmt.Sprintf("results[%d].indicators[%d]", si, ii)
			period := ind.Period.Short()
			if ind.Measure != "" {
				period += " " + ind.Measure.Label()
			}
			q := rd.text(f+".qualifier", ind.Qualifier)
			pre, inner, post := report.SplitQualifier(q)
			number, change := pre+factNumber(ind)+inner+post, rd.text(f+".change.label", changePhrase(ind.Change))
			switch {
			case ind.Value == nil:
				number, change = "—", rd.text(f+".change.label", rateOnly(ind, q))
			case ind.From != nil:
				number = fromTo(ind, q)
			}
			t.rows = append(t.rows, []string{
				rd.text(f+".name", ind.Name),
				period,
				number,
				rd.unit(f+".unit", factUnit(ind)),
				orDash(change),
			})
		}
		if first {
			rd.heading(h1, p.title, 10+rd.minTableStart(t), p.toc)
			first = false
		}
		rd.heading(h2, t.caption, rd.keepStart(t), -1)
		rd.drawTable(t)
	}
}

// targets sets this year's targets, expected ones first, then binding ones.
func (rd *renderer) targets(p *part) {
	r := rd.r
	first := true
	for _, nature := range []report.Nature{report.NatureExpected, report.NatureBinding} {
		t := &table{cols: []column{
			{title: "目标", width: 42, align: alignLeft, face: serif},
			{title: "目标值", width: 50, align: alignLeft, face: serif},
			{title: "类型", width: 14, align: alignLeft, face: serif},
			{title: "上年基数", width: 26, align: alignRight, face: serif},
			{title: "隐含水平", width: 26, align: alignRight, face: serif},
		}}
		for ti, tg := range r.Targets {
			n := tg.Nature
			if n == "" {
				n = report.NatureExpected
			}
			if n != nature || !r.ThisYear(tg) {
				continue
			}
			f := fmt.Sprintf("targets[%d]", ti)
			base, implied := "—", "—"
			if si, ii := findIndicator(r, tg.Base); si >= 0 {
				ind := r.Results[si].Indicators[ii]
				if ind.Value != nil {
					base = amount(*ind.Value, rd.unit(fmt.Sprintf("results[%d].indicators[%d].unit", si, ii), ind.Unit), "", ind.Quote)
				} else if c := changePhrase(ind.Change); c != "" {
					base = c
				}
			}
			if s := impliedPhrase(r, tg); s != "" {
				implied = s
			}
			t.rows = append(t.rows, []string{
				rd.text(f+".name", tg.Name),
				rd.text(f+".text", targetPhrase(tg)),
				tg.Kind.Label(),
				base, implied,
			})
		}
		if len(t.rows) == 0 {
			continue
		}
		label := nature.Label() + "目标"
		t.caption = p.title + " · " + label
		if first {
			rd.newPage()
			rd.heading(h1, p.title, 8+rd.minTableStart(t), p.toc)
			first = false
		}
		rd.heading(h3, label+"（"+strconv.Itoa(len(t.rows))+"项）", rd.minTableStart(t), -1)
		rd.drawTable(t)
	}
	rd.note("注：预期性目标是期望的发展方向和努力程度，约束性目标是必须完成的刚性任务；隐含水平为上年基数按增速目标推算的参考值。")
}

// goals sets the targets for a later year or a span (the 十五五 period).
func (rd *renderer) goals(p *part) {
	r := rd.r
	t := &table{caption: p.title, cols: []column{
		{title: "目标", width: 46, align: alignLeft, face: serif},
		{title: "时期", width: 34, align: alignLeft, face: serif},
		{title: "目标值", width: 56, align: alignLeft, face: serif},
		{title: "类型", width: 20, align: alignLeft, face: serif},
	}}
	for ti, tg := range r.Targets {
		if r.ThisYear(tg) {
			continue
		}
		f := fmt.Sprintf("targets[%d]", ti)
		t.rows = append(t.rows, []string{
			rd.text(f+".name", tg.Name),
			tg.Period.Short(),
			rd.text(f+".text", targetPhrase(tg)),
			tg.Nature.Label(),
		})
	}
	rd.newPage()
	rd.heading(h1, p.title, 8+rd.minTableStart(t), p.toc)
	rd.drawTable(t)
}

// annexes sets each annex (附件) as a table: its items, their figures and
// the units that lead them.
func (rd *renderer) annexes(p *part) {
	r := rd.r
	rd.newPage()
	for ai, a := range r.Annexes {
		fa := fmt.Sprintf("annexes[%d]", ai)
		t := &table{caption: rd.text(fa+".title", a.Title), cols: []column{
			{title: "事项", width: 44, align: alignLeft, face: serif},
			{title: "内容与数量", width: 76, align: alignLeft, face: serif},
			{title: "牵头单位", width: 36, align: alignLeft, face: serif},
		}}
		for ii, it := range a.Items {
			f := fmt.Sprintf("%s.items[%d]", fa, ii)
			title := rd.text(f+".title", it.Title)
			if it.Number != "" {
				title = rd.text(f+".number", it.Number) + " " + title
			}
			content := rd.text(f+".text", it.Text)
			for k, fg := range it.Figures {
				ff := fmt.Sprintf("%s.figures[%d]", f, k)
				phrase := rd.text(ff+".name", fg.Name)
				if fg.Per != "" {
					phrase += "每" + rd.text(ff+".per", fg.Per)
				}
				phrase += amount(fg.Value, rd.unit(ff+".unit", fg.Unit), rd.text(ff+".qualifier", fg.Qualifier), fg.Quote)
				if content != "" {
					content += "；"
				}
				content += phrase
			}
			t.rows = append(t.rows, []string{title, orDash(content), orDash(rd.text(f+".lead", it.Lead))})
		}
		if ai == 0 {
			rd.heading(h1, p.title, 8+rd.minTableStart(t), p.toc)
		}
		rd.heading(h2, t.caption, rd.keepStart(t), rd.tocIndex(t.caption, 1))
		rd.drawTable(t)
	}
}

// tasks sets the planned tasks: summary, items and their planned figures.
func (rd *renderer) tasks(p *part) {
	r := rd.r
	rd.newPage()
	rd.heading(h1, p.title, 40, p.toc)
	rd.investmentChart()
	lastPart := ""
	parts := map[string]bool{}
	for _, task := range r.Tasks {
		parts[task.Part] = true
	}
	for ti, task := range r.Tasks {
		f := fmt.Sprintf("tasks[%d]", ti)
		// The report's parts above its tasks, when there are several: one
		// part over every task would only repeat the heading above.
		// A task the report did not title (the part's opening paragraph)
		// is titled by its part: the part is not said twice.
		if task.Part != "" && task.Part != lastPart && len(parts) > 1 && task.Title != task.Part {
			if ti > 0 {
				rd.y += bodyLead / 2 // apart from the task above, which may have no items
			}
			rd.paragraph(rd.text(f+".part", task.Part), para{face: sansBold, size: bodySize + 1, lead: 7.4, color: ink, align: alignLeft})
		}
		lastPart = task.Part
		title := taskTitle(rd, ti, task)
		// Keep the task's heading with what follows it: its summary's first
		// lines, or else its first item's heading and the start of its table
		// (a heading alone at a page's foot, its items overleaf, was seen on
		// a drafted Henan report).
		tables, follows, titles := make([]*table, len(task.Items)), make([]float64, len(task.Items)), make([]string, len(task.Items))
		for ii, it := range task.Items {
			fi := fmt.Sprintf("%s.items[%d]", f, ii)
			tables[ii], follows[ii] = rd.itemKeep(fi, it)
			number := strconv.Itoa(ii+1) + ". "
			if it.Number != "" {
				number = rd.text(fi+".number", it.Number) + " "
			}
			titles[ii] = number + rd.text(fi+".title", it.Title)
		}
		follow := 2 * bodyLead
		if task.Summary == "" && len(task.Items) > 0 {
			follow = rd.headingHeight(h3, titles[0]) + follows[0]
		}
		rd.heading(h2, title, follow, rd.tocIndex(title, 1))
		if task.Summary != "" {
			rd.paragraph(rd.text(f+".summary", task.Summary), body())
		}
		for ii, it := range task.Items {
			fi := fmt.Sprintf("%s.items[%d]", f, ii)
			t := tables[ii]
			summary := rd.text(fi+".summary", it.Summary)
			rd.heading(h3, titles[ii], follows[ii], -1)
			rd.paragraph(summary, body())
			if t != nil {
				rd.y += 1
				rd.drawTable(t)
			}
		}
	}
}

// itemKeep gives an item's table of figures (nil without figures) and what
// must fit below its heading on the same page: its summary's first lines
// and, when the two are short, its table too.
func (rd *renderer) itemKeep(fi string, it report.Item) (*table, float64) {
	var t *table
	if len(it.Figures) > 0 {
		t = rd.figuresTable(fi, it.Figures)
	}
	summary := rd.text(fi+".summary", it.Summary)
	follow := float64(min(2, rd.paragraphLines(summary, body()))) * bodyLead
	if t != nil {
		whole := float64(rd.paragraphLines(summary, body()))*bodyLead + 1 + rd.keepStart(t)
		if whole <= 80 {
			follow = whole
		} else if summary == "" {
			follow = rd.minTableStart(t)
		}
	}
	return t, follow
}

func (rd *renderer) figuresTable(fi string, figs []report.Figure) *table {
	t := &table{cols: []column{
		// The qualifier column holds up to six characters on a line
		// (控制在、以内), the name more; the note is mostly a dash.
		{title: "计划指标", width: 50, align: alignLeft, face: serif},
		{title: "数值", width: 20, align: alignRight, face: serif},
		{title: "单位", width: 18, align: alignLeft, face: serif},
		{title: "限定", width: 24, align: alignLeft, face: serif},
		{title: "说明", width: 46, align: alignLeft, face: serif},
	}}
	for k, fg := range figs {
		f := fmt.Sprintf("%s.figures[%d]", fi, k)
		note := rd.text(f+".purpose", fg.Purpose)
		if c := changePhrase(fg.Change); c != "" {
			c = rd.text(f+".change.label", c)
			if note != "" {
				note += "；"
			}
			note += c
		}
		if note == "" {
			note = "—"
		}
		unit := fg.Unit
		if fg.Per != "" {
			unit += "/" + fg.Per
		}
		t.rows = append(t.rows, []string{
			rd.text(f+".name", fg.Name),
			span(fg.Value, fg.Upper, fg.Quote),
			rd.unit(f+".unit", unit),
			rd.text(f+".qualifier", fg.Qualifier),
			note,
		})
	}
	return t
}

// glossary sets the terms, each with its definition.
func (rd *renderer) glossary(p *part) {
	rd.newPage()
	rd.heading(h1, p.title, 3*bodyLead, p.toc)
	for i, g := range rd.r.Glossary {
		f := fmt.Sprintf("glossary[%d]", i)
		rd.y += 1.5
		rd.ensure(7 + 2*bodyLead)
		rd.paragraph(strconv.Itoa(i+1)+". "+rd.text(f+".term", g.Term), para{face: sansBold, size: bodySize, lead: 6.6, color: ink, align: alignLeft})
		rd.paragraph(rd.text(f+".definition", g.Definition), body())
	}
}
