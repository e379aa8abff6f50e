package pdf

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/workreport/workreport/internal/typeset"
	"github.com/workreport/workreport/report"
)

// Options controls rendering.
type Options struct {
	// Created is the document date written into the PDF. The CLI passes
	// SOURCE_DATE_EPOCH when set, else the report's date; zero means the
	// report's date. The clock is never read, so the same input gives the
	// same bytes.
	Created time.Time
}

// Render writes the PDF summary of r to w. The warnings name the fields of
// the report whose text had to be changed to be drawn (characters the
// embedded fonts lack are shown as □); they are not errors.
func Render(w io.Writer, r *report.Report, opt Options) ([]report.Warning, error) {
	if r == nil {
		return nil, errors.New("pdf: no report to render")
	}
	created := opt.Created
	if created.IsZero() {
		created = r.Meta.DateTime()
	}
	if created.IsZero() {
		created = time.Unix(0, 0)
	}
	rd, err := laidOut(r, created)
	if err != nil {
		return nil, err
	}
	if err := rd.d.output(w); err != nil {
		return rd.z.warnings, fmt.Errorf("pdf: writing %q: %w", r.Meta.Title, err)
	}
	return rd.z.warnings, nil
}

// laidOut is the renderer of r with every page placed, before the PDF is
// written.
func laidOut(r *report.Report, created time.Time) (*renderer, error) {
	d, err := newDoc(created.UTC())
	if err != nil {
		return nil, err
	}
	rd := &renderer{d: d, r: r}
	rd.layout()
	return rd, nil
}

// text cleans a field of the report for drawing and sets it as Chinese prose.
func (rd *renderer) text(field, s string) string {
	return typeset.Prose(rd.z.clean(field, s))
}

// unit cleans a unit for drawing; like prose, 头(只) is set as 头（只）.
func (rd *renderer) unit(field, s string) string {
	return typeset.Prose(rd.z.clean(field, s))
}

// parts of the document, in order; each is a numbered first-level heading.
type part struct {
	title string
	toc   int
	draw  func(p *part)
}

// layout places everything, then finish draws headers, footers and the
// contents' page numbers.
func (rd *renderer) layout() {
	r := rd.r
	m := r.Meta
	rd.title = rd.text("meta.title", m.Title)
	rd.d.setMeta(rd.title, rd.text("meta.speaker", m.Speaker), rd.text("meta.occasion", m.Occasion),
		keywords(rd, r), "workreport")

	resYear, year := strconv.Itoa(m.ResultsYear()), strconv.Itoa(m.Year)
	var parts []*part
	add := func(title string, draw func(p *part)) *part {
		p := &part{title: hanNumber(len(parts)+1) + "、" + title, draw: draw}
		parts = append(parts, p)
		return p
	}
	add("主要指标一览", rd.dashboard)
	var results, tasks, annexes *part
	var pastFacts, otherFacts bool
	for si := range r.Results {
		pastFacts = pastFacts || len(rd.sectionFacts(si, true)) > 0
		otherFacts = otherFacts || len(rd.sectionFacts(si, false)) > 0
	}
	if pastFacts {
		results = add(resYear+"年主要成绩", rd.results)
	}
	if otherFacts {
		add(multiYearTitle(r, false), rd.multiYear)
	}
	var thisYear, later bool
	for _, t := range r.Targets {
		thisYear = thisYear || r.ThisYear(t)
		later = later || !r.ThisYear(t)
	}
	if thisYear {
		add(year+"年主要预期目标", rd.targets)
	}
	if later {
		add(multiYearTitle(r, true), rd.goals)
	}
	if len(r.Tasks) > 0 {
		tasks = add(year+"年重点任务", rd.tasks)
	}
	if len(r.Annexes) > 0 {
		annexes = add("附件", rd.annexes)
	}
	if len(r.Glossary) > 0 {
		add("名词解释", rd.glossary)
	}

	// The contents: every part, with the sections and tasks under theirs.
	for _, p := range parts {
		p.toc = rd.addToc(p.title, 0)
		switch p {
		case results:
			for i, s := range r.Results {
				if len(rd.sectionFacts(i, true)) > 0 {
					rd.addToc(sectionTitle(rd, i, s, true), 1)
				}
			}
		case annexes:
			for i, a := range r.Annexes {
				rd.addToc(rd.text(fmt.Sprintf("annexes[%d].title", i), a.Title), 1)
			}
		case tasks:
			for i, t := range r.Tasks {
				rd.addToc(taskTitle(rd, i, t), 1)
			}
		}
	}

	rd.newPage()
	rd.titleBlock()
	rd.contents()
	for _, p := range parts {
		p.draw(p)
	}
	rd.finish()
}

// addToc adds a contents entry and returns its index.
func (rd *renderer) addToc(text string, level int) int {
	rd.toc = append(rd.toc, tocEntry{text: text, level: level, link: rd.d.newLink()})
	return len(rd.toc) - 1
}

// tocIndex finds the contents entry with the given text and level.
func (rd *renderer) tocIndex(text string, level int) int {
	for i, e := range rd.toc {
		if e.text == text && e.level == level && !e.placed {
			return i
		}
	}
	return -1
}

// sectionTitle is a section's heading with the report's own numbering, or
// （一）（二）… when the data gives none.
// sectionTitle is section i's heading in the part of the past year's
// results (past) or of the other periods': a number of our own counts the
// sections printed in that part, so that the past year's first is （一）
// however many five-year sections precede it in the report.
func sectionTitle(rd *renderer, i int, s report.Section, past bool) string {
	numbered := false
	for _, o := range rd.r.Results {
		numbered = numbered || o.Number != ""
	}
	k := 0
	for j := range i {
		if len(rd.sectionFacts(j, past)) > 0 {
			k++
		}
	}
	return outlineNumber(rd, fmt.Sprintf("results[%d]", i), k, s.Number, numbered) + rd.text(fmt.Sprintf("results[%d].title", i), s.Title)
}

func taskTitle(rd *renderer, i int, t report.Task) string {
	numbered := false
	for _, o := range rd.r.Tasks {
		numbered = numbered || o.Number != ""
	}
	return outlineNumber(rd, fmt.Sprintf("tasks[%d]", i), i, t.Number, numbered) + rd.text(fmt.Sprintf("tasks[%d].title", i), t.Title)
}

// outlineNumber is the number a heading is printed with: the report's own;
// none when the report numbers some headings and not this one (a count of
// our own would clash with its); else （一）（二）….
func outlineNumber(rd *renderer, field string, i int, number string, reportNumbers bool) string {
	if number == "" && reportNumbers {
		return ""
	}
	if number != "" {
		n := rd.text(field+".number", number)
		if strings.HasSuffix(n, "、") || strings.HasSuffix(n, "）") || strings.HasSuffix(n, ")") {
			return n
		}
		return n + " "
	}
	return "（" + hanNumber(i+1) + "）"
}

// readableURL shows a percent-encoded source address with its Chinese
// characters (https://zh.wikisource.org/wiki/2025年…): the same address,
// readable on paper. Anything else is returned as is.
func readableURL(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	u, err := url.PathUnescape(s)
	if err != nil || !utf8.ValidString(u) {
		return s
	}
	return u
}

// keywords for the document information: region, year, the document type.
func keywords(rd *renderer, r *report.Report) string {
	return rd.text("meta.region", r.Meta.Region) + "；" + strconv.Itoa(r.Meta.Year) + "年；政府工作报告；主要指标；预期目标；重点任务"
}

// titleBlock sets the title, the meeting line, the speaker and the date at
// the top of the first page, closed by a red rule.
func (rd *renderer) titleBlock() {
	m := rd.r.Meta
	d := rd.d
	rd.y = top + 2
	rd.paragraph(rd.title, para{face: serifBold, size: 22, lead: 12, color: red, align: alignCenter})
	rd.y += 3
	if m.Occasion != "" {
		occ := rd.text("meta.occasion", m.Occasion)
		rd.paragraph("——"+occ, para{face: serif, size: 12, lead: 7, color: black, align: alignCenter, left: 8, width: contentW - 16})
	}
	if m.Speaker != "" {
		rd.y += 2
		rd.paragraph(rd.text("meta.speaker", m.Speaker), para{face: sans, size: 12, lead: 7, color: black, align: alignCenter})
	}
	rd.y += 1
	when := date(m.Date)
	if m.DateUnknown {
		when = "报告日期不详" // the date is a stand-in the model needs, not the meeting's
	}
	rd.paragraph(when, para{face: serif, size: 10.5, lead: 6, color: grey, align: alignCenter})
	rd.y += 3
	d.setDrawColor(red)
	d.setLineWidth(0.8)
	d.line(marginL, rd.y, marginL+contentW, rd.y)
	d.setLineWidth(0.25)
	d.line(marginL, rd.y+1.2, marginL+contentW, rd.y+1.2)
	rd.y += 4
	small := para{face: serif, size: 9, lead: 5, color: grey, align: alignJustify}
	if m.Issuer != "" {
		rd.paragraph("发布机构："+rd.text("meta.issuer", m.Issuer), small)
	}
	if m.Source != "" {
		// Mostly an address: ragged, since letter-spaced Latin reads badly.
		src := small
		src.align = alignLeft
		rd.paragraph("来源："+rd.text("meta.source", readableURL(m.Source)), src)
	}
	if rd.r.Meta.Drafted {
		rd.paragraph("注意：本摘要的数据由程序从报告文本自动提取，未经人工核对，可能有误。", para{face: sansBold, size: small.size, lead: small.lead, color: red, align: alignLeft})
	}
	rd.paragraph("本摘要由报告数据生成，数字均按报告原文所载列示；“隐含水平”为上年基数按今年增速目标推算的参考值，非报告原文数字。", small)
	rd.y += 4
}
