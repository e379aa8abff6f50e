package extract

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// Draft is a report drafted from a text, with what was left out.
type Draft struct {
	Report  report.Report
	Skipped []Skip
	// Checks are remarks for a person, by the model's field path.
	Checks map[string]string
}

// Skip is a number of the text that is not a fact, with why.
type Skip struct {
	Number, Reason, Clause string
	Line                   int
	seg                    int // the segment of the line it was read in (line.seg)
}

// partKind is what a part (一、二、…) of the report is.
type partKind int

const (
	partOther partKind = iota
	partReview
	partPlan // 十五五 goals and tasks of a plan period
	partTargets
	partTasks
)

// Extract drafts a report from its decoded text (UTF-8, LF line ends).
func Extract(text string) *Draft {
	// ReadText gives valid UTF-8; a caller that did not is not followed
	// into a draft that cannot load.
	text = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' && r != '\t' || r == 0x7f {
			return '\uFFFD' // no control character reaches a quote or a comment
		}
		return r
	}, strings.ToValidUTF8(text, "\uFFFD"))
	x := &extractor{text: text, d: &Draft{Checks: map[string]string{}}}
	x.run()
	return x.d
}

type extractor struct {
	text string
	d    *Draft
	r    *report.Report

	part             partKind
	partTitle        string
	section          int // index in r.Results, -1 none
	task             int // index in r.Tasks, -1 none
	annex            int // index in r.Annexes, -1 none
	glossary         bool
	targetsSet       bool            // the paragraph of 主要预期目标 was read
	targetsDashes    bool            // the targets are listed a line each, each on a dash (——本地生产总值…)
	gapsClosed       bool            // a paragraph was read with its gaps closed (closeGaps), its quotes to give back
	goalsSet         bool            // the plan part's paragraph of 主要目标 was read
	planTalk         bool            // a review part has turned to the next plan (“十五五”时期是…)
	productMeasure   string          // the measure of products a sentence's clause without a number named (产量)
	leads            map[string]bool // what paragraphs that each make a section open on
	numbered         bool            // the part has sections numbered by the report (（一）, 一是)
	headed           bool            // the paragraph read is the rest of a section's heading line
	forecastAll      bool            // the part said its figures are forecasts, once for all (预计(下同))
	readingPlan      bool            // the clauses read are the year's targets or tasks (a growth may be a range: 增长6—6.5%)
	unnumberedReview bool            // the part is a review its copy heads with no number (2018年工作回顾)
	lead             string          // the sentence's words just before the clause being read
	governs          []string        // 力争, 确保, 预计 said in a clause of their own earlier in the sentence
	forecastSentence bool            // the sentence opens on 预计 (预计,地区生产总值…;…): every figure of it is a forecast
	resolveSentence  []string        // the words of resolve the sentence opens on before its list (力争…，到2020年，…；…): every figure's
	spanTalk         bool            // a review part has turned to the five years past (过去的五年…)
	yearTurned       bool            // a part of the five years has turned to the past year (2017年是本届省政府的收官之年…)
	lastYearSaid     bool            // a clause of a sentence of the span opened on its last year (2020年新增上市企业9家)
	listVerbBefore   string          // the verb the clause before's list opened on, for one going on with 以及
	targetsNext      bool            // it announced them, and they follow in the next line
	// spanSection: the current section reviews the five-year plan period
	// (its heading speaks of 五年 or 十四五), so its facts are of the span.
	spanSection bool
	// endedPlan and nextPlan name the five-year plan that ended with the
	// past year and the one the report's year opens (十四五 and 十五五 in
	// 2026; 十三五 and 十四五 in 2021), earlierPlan the one before.
	earlierPlan, endedPlan, nextPlan string
	// spanYears is how many years the span talked of covers: five, or a
	// government's term of four or three (过去四年工作回顾).
	spanYears int
	// thisYear is set while a review sentence that speaks of the report's
	// own year (今年以来) is read: its facts are of that year.
	thisYear bool
	ids      map[string]int
}

// line is one line of the text with where it starts.
type line struct {
	text string // the line as written
	no   int    // 1-based
	seg  int    // which of the text's segments: a line pasted as a report's whole has many
}

func (x *extractor) run() {
	x.r = &x.d.Report
	x.r.Meta.Drafted = true
	x.d.Checks["meta.drafted"] = "remove this line once the data are reviewed"
	x.section, x.task, x.annex = -1, -1, -1
	x.ids = map[string]int{}
	var lines []line
	total := utf8.RuneCountInString(x.text)
	for i, l := range strings.Split(x.text, "\n") {
		for _, seg := range segments(l, total) {
			lines = append(lines, line{seg, i + 1, len(lines)})
		}
	}
	body := x.meta(lines)
	x.earlierPlan, x.endedPlan, x.nextPlan = plansAround(x.r.Meta.Year)
	x.leads = repeatedLeads(lines[body:])
	kinds := make([]string, len(lines)) // what each line was read as
	for i := range lines[:body] {
		kinds[i] = lineTitle
	}
	for i, l := range lines[body:] {
		t := trimSpace(l.text)
		if t == "" || furniture(t) {
			kinds[body+i] = lineFurniture
			continue
		}
		if x.heading(t, l) {
			kinds[body+i] = lineHeading
			continue
		}
		kinds[body+i] = lineParagraph
		if x.part == partReview && x.leads[lead(t)] {
			x.newSection(leadTitle(t), "")
		} else if title := leadSentence(t); x.part == partReview && title != "" && !x.numbered {
			x.newSection(title, "") // “稳”的态势巩固延续。主要表现在，…
		}
		// A paragraph is read with its gaps closed, so that 预 计 分别 增
		// 长 reads as the words it is; its quotes are the text's again
		// once read (literalQuotes).
		read := closeGaps(t)
		x.gapsClosed = x.gapsClosed || read != t
		x.paragraph(read, l)
	}
	x.tellApartByUnit()
	x.stagesOfOneSubject()
	x.links()
	x.checksByID()
	x.tidy()
	x.checksByPath()
	x.repair()
	x.literalQuotes()
	x.accountForAll(lines, kinds)
}

// literalQuotes gives back each quote read from a paragraph with its gaps
// closed the text's own spelling, gaps and all, so that it is found in the
// text word for word.
func (x *extractor) literalQuotes() {
	if !x.gapsClosed {
		return // (most texts: every quote is the text's as read)
	}
	restore := func(q *string) {
		if *q == "" || strings.Contains(x.text, *q) {
			return
		}
		if m := gapped(*q).FindString(x.text); m != "" {
			*q = m
		}
	}
	for i := range x.r.Results {
		for j := range x.r.Results[i].Indicators {
			restore(&x.r.Results[i].Indicators[j].Quote)
		}
	}
	for i := range x.r.Targets {
		restore(&x.r.Targets[i].Quote)
	}
	x.eachFigure(func(f *report.Figure) { restore(&f.Quote) })
	for i := range x.d.Skipped {
		restore(&x.d.Skipped[i].Clause)
	}
}

// eachFigure calls f with each figure of the report's tasks and annexes.
func (x *extractor) eachFigure(f func(*report.Figure)) {
	for _, t := range x.r.Tasks {
		for _, it := range t.Items {
			for i := range it.Figures {
				f(&it.Figures[i])
			}
		}
	}
	for _, a := range x.r.Annexes {
		for _, it := range a.Items {
			for i := range it.Figures {
				f(&it.Figures[i])
			}
		}
	}
}

// gapInWord reports whether a space between a and b is a gap inside
// words closeGaps closes: between Chinese characters, or one and a Latin
// letter.
func gapInWord(a, b rune) bool {
	han, latin := func(r rune) bool { return unicode.Is(unicode.Han, r) }, func(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }
	return han(a) && (han(b) || latin(b)) || latin(a) && han(b)
}

// gapped matches s as written with spaces in the gaps closeGaps closes.
func gapped(s string) *regexp.Regexp {
	var b strings.Builder
	rs := []rune(s)
	for i, r := range rs {
		if i > 0 && gapInWord(rs[i-1], r) {
			b.WriteString(`[ \t\x{3000}\x{a0}]*`)
		}
		b.WriteString(regexp.QuoteMeta(string(r)))
	}
	return regexp.MustCompile(b.String())
}

// repair drops what the model's rules refuse, so that the draft always
// loads: each record a problem names is removed and listed as skipped with
// the problem.
func (x *extractor) repair() {
	for pass := 0; pass < 4; pass++ {
		problems := report.Validate(x.r, nil)
		if len(problems) == 0 {
			return
		}
		drop := map[string]string{}
		for _, p := range problems {
			if rec := recordOf(p.Path); rec != "" {
				drop[rec] = p.Msg
			} else {
				x.fixMeta(p)
			}
		}
		x.checksByID()
		x.dropRecords(drop)
		x.checksByPath()
	}
}

// recordOf is the path of the record a field path belongs to:
// results[0].indicators[3] for results[0].indicators[3].unit.
func recordOf(path string) string {
	for _, prefix := range []string{".indicators[", ".figures[", "targets[", "glossary["} {
		i := strings.Index(path, prefix)
		if i < 0 {
			continue
		}
		j := strings.Index(path[i:], "]")
		return path[:i+j+1]
	}
	return ""
}

// fixMeta puts a placeholder where a meta field cannot stand, with a check.
func (x *extractor) fixMeta(p report.Problem) {
	m := &x.r.Meta
	switch {
	case strings.HasPrefix(p.Path, "meta.date"):
		m.SetDateUnknown()
	case strings.HasPrefix(p.Path, "meta.title"):
		m.Title = fmt.Sprintf("%s%d年政府工作报告", m.Region, m.Year)
	case strings.HasPrefix(p.Path, "meta.region"):
		m.Region = "（地区）"
	case strings.HasPrefix(p.Path, "meta."):
		field := strings.TrimPrefix(p.Path, "meta.")
		switch field {
		case "speaker":
			m.Speaker = ""
		case "occasion":
			m.Occasion = ""
		}
	default:
		return
	}
	x.d.Checks[p.Path] = p.Msg
}

// dropRecords removes the records by path, listing each as skipped.
func (x *extractor) dropRecords(drop map[string]string) {
	skip := func(quote, path string) {
		x.d.Skipped = append(x.d.Skipped, Skip{Number: "—", Reason: "dropped, the model refuses it: " + drop[path], Clause: quote})
	}
	for si := range x.r.Results {
		s := &x.r.Results[si]
		var keep []report.Indicator
		for ii, in := range s.Indicators {
			if p := fmt.Sprintf("results[%d].indicators[%d]", si, ii); drop[p] != "" {
				skip(in.Quote, p)
				continue
			}
			keep = append(keep, in)
		}
		s.Indicators = keep
	}
	var targets []report.Target
	for i, t := range x.r.Targets {
		if p := fmt.Sprintf("targets[%d]", i); drop[p] != "" {
			skip(t.Quote, p)
			continue
		}
		targets = append(targets, t)
	}
	x.r.Targets = targets
	var terms []report.Term
	for i, t := range x.r.Glossary {
		if p := fmt.Sprintf("glossary[%d]", i); drop[p] != "" {
			skip(t.Term+"："+t.Definition, p) // 名词解释 cut off after a term
			continue
		}
		terms = append(terms, t)
	}
	x.r.Glossary = terms
	figures := func(prefix string, fs []report.Figure) []report.Figure {
		var keep []report.Figure
		for k, f := range fs {
			if p := fmt.Sprintf("%s.figures[%d]", prefix, k); drop[p] != "" {
				skip(f.Quote, p)
				continue
			}
			keep = append(keep, f)
		}
		return keep
	}
	for ti := range x.r.Tasks {
		for ii := range x.r.Tasks[ti].Items {
			it := &x.r.Tasks[ti].Items[ii]
			it.Figures = figures(fmt.Sprintf("tasks[%d].items[%d]", ti, ii), it.Figures)
		}
	}
	for ai := range x.r.Annexes {
		for ii := range x.r.Annexes[ai].Items {
			it := &x.r.Annexes[ai].Items[ii]
			it.Figures = figures(fmt.Sprintf("annexes[%d].items[%d]", ai, ii), it.Figures)
		}
	}
	x.tidy()
}

func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff' })
}

// furnitureWords begin the lines a web page wraps a report in.
var furnitureWords = []string{"您现在所在的位置", "当前位置", "索引号", "发布机构", "名称:", "名称：", "成文日期", "发布日期", "发布时间", "来源:", "来源：",
	"浏览次数", "字体:", "字体：", "【字号", "下载", "打印", "全屏", "收藏", "分享到", "扫一扫", "责任编辑", "编辑:", "编辑：", "主题分类", "文号"}

func furniture(t string) bool {
	for _, w := range furnitureWords {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	return false
}

var (
	dateRe     = regexp.MustCompile(`(\d{4})年(\d{1,2})月(\d{1,2})日`)
	dateLine   = regexp.MustCompile(`^[（(]?\d{4}年\d{1,2}月\d{1,2}日[）)]?$`)
	yearRe     = regexp.MustCompile(`([0-9０-９]{4})年`)
	officeRe   = regexp.MustCompile(`(人民政府)?(?:代理|代)?(省长|市长|区长|县长|旗长|州长|盟长|主席|总理)`) // (代旗长, 代理县长: acting)
	partRe     = regexp.MustCompile(`^([一二三四五六七八九十]+)、`)
	sectionRe  = regexp.MustCompile(`^[（(]([一二三四五六七八九十]+)[）)]`)
	ordinalRe  = regexp.MustCompile(`^([一二三四五六七八九十]+)是`)
	glossaryRe = regexp.MustCompile(`^[［\[]?([0-9０-９]+)[］\]]?[.．、\s]*(.{1,40}?)[:：](.+)$`)
	// glossaryTermRe is a numbered term whose definition is on the next line.
	glossaryTermRe = regexp.MustCompile(`^[［\[]?([0-9０-９]+)[］\]]?[.．、\s]*(.{1,40}?)[:：]\s*$`)
	annexRe        = regexp.MustCompile(`^附件\s*[0-9０-９]*\s*[:：]?\s*(.*)$`)
)

// meta reads the title block: title, occasion and date, speaker, region,
// year and level. It returns the index of the first line of the body (the
// salutation 各位代表 or the first part heading).
func (x *extractor) meta(lines []line) int {
	m := &x.r.Meta
	body, found := 0, false
	metaEnd := 0 // past the title block's last line read
	for i, l := range lines {
		if found {
			break
		}
		t := trimSpace(l.text)
		if t == "" || furniture(t) {
			continue
		}
		squeezed := report.ASCIIDigits(strings.Join(strings.Fields(strings.ReplaceAll(t, "\u3000", " ")), ""))
		switch {
		case prose(t) && !strings.HasPrefix(t, "—") && !strings.HasPrefix(t, "-"):
			// A paragraph of sentences is the body: the title block, if
			// any, has ended, and the body begins after its last line
			// (an excerpt that opens on the review, 刚刚过去的2025年，…。,
			// or on an unnumbered part, “十四五”时期工作回顾).
			body, found = metaEnd, true
		case m.Title == "" && strings.Contains(squeezed, "政府工作报告") && !strings.ContainsAny(squeezed, "/\\_") && !strings.Contains(squeezed, "http"):
			title := squeezed[:strings.Index(squeezed, "政府工作报告")+len("政府工作报告")]
			if i := strings.LastIndexAny(title, ":："); i >= 0 {
				_, size := utf8.DecodeRuneInString(title[i:])
				title = title[i+size:] // title: …, 名称：… (past the whole mark: ：is three bytes)
			}
			m.Title, metaEnd = title, i+1
			if d := dateRe.FindStringSubmatch(squeezed); d != nil && m.Date == "" {
				m.Date = isoDate(d)
			}
			if strings.Contains(squeezed, "国务院") {
				m.Region, m.Level = "中华人民共和国", report.LevelNational
			}
		// ——2026年1月14日在…会议上; a web copy may drop the dash.
		case m.Occasion == "" && ((strings.HasPrefix(t, "—") || strings.HasPrefix(t, "-")) && (strings.Contains(t, "年") || strings.Contains(t, "会议")) ||
			dateRe.MatchString(report.ASCIIDigits(t)) && strings.Contains(t, "会议")):
			occ := report.ASCIIDigits(strings.TrimLeft(t, "—-－ "))
			if !strings.Contains(occ, "会议") && i+1 < len(lines) {
				occ += trimSpace(lines[i+1].text) // a line broken in the meeting's name
			}
			// …会议上 陕西省省长 赵刚: the speaker on the same line.
			if j := strings.Index(occ, "会议上"); j >= 0 {
				if rest := trimSpace(strings.TrimLeft(occ[j+len("会议上"):], "）)")); rest != "" && officeRe.MatchString(rest) && m.Speaker == "" {
					var region string
					m.Speaker, region = speakerOf(rest)
					if region != "" && m.Region == "" {
						m.Region = region
					}
					occ = occ[:j+len("会议上")]
				}
			}
			m.Occasion, metaEnd = occ, i+1
			if d := dateRe.FindStringSubmatch(occ); d != nil {
				m.Date = isoDate(d)
			} else if d := cnDateRe.FindStringSubmatch(occ); d != nil {
				m.Date = fmt.Sprintf("%s-%02d-%02d", cnYear(d[1]), cnNumber(d[2]), cnNumber(d[3])) // 二〇二六年一月二十七日
			}
		// (2022年1月5日) on a line of its own, under the speaker.
		case m.Date == "" && dateLine.MatchString(report.ASCIIDigits(squeezed)):
			m.Date, metaEnd = isoDate(dateRe.FindStringSubmatch(report.ASCIIDigits(squeezed))), i+1
		case m.Speaker == "" && officeRe.MatchString(t) && utf8.RuneCountInString(squeezed) <= 30 && !strings.Contains(squeezed, "作政府工作报告"):
			var region string
			m.Speaker, region = speakerOf(t)
			metaEnd = i + 1
			if region != "" {
				m.Region = region
			}
		case strings.HasPrefix(t, "各位代表") || partRe.MatchString(t):
			// The body begins here, also on the first line: a text pasted
			// from its outline on (一、2025年工作回顾) has no title block.
			// (A part heading with no number just before, 2019年工作回顾 /
			// 一、…, opens the body.)
			body, found = i, true
			for j := metaEnd; j < i; j++ {
				if unnumberedPart(trimSpace(lines[j].text)) {
					body = j
					break
				}
			}
		}
	}
	if strings.Contains(m.Speaker, "国务院") || m.Region == "" && strings.Contains(m.Speaker, "总理") {
		m.Region, m.Level = "中华人民共和国", report.LevelNational
	}
	if m.Region == "" {
		if t := strings.TrimSuffix(m.Title, "政府工作报告"); t != "" {
			// (酉阳土家族苗族自治县人民政府工作报告: the people's
			// government of the county.)
			m.Region = strings.TrimSuffix(yearRe.ReplaceAllString(t, ""), "人民")
		}
	}
	// 政府工作报告 / （2026年1月27日在贵州省第十四届人民代表大会…）: a title
	// without its region leaves the occasion to name the congress's.
	if g := congressOf.FindStringSubmatch(m.Occasion); m.Region == "" && g != nil {
		m.Region = g[1]
	}
	// 现在，我代表龙华区人民政府，向大会报告政府工作: with no title block,
	// the opening words name the government that speaks.
	if m.Region == "" {
		for _, l := range lines[body:min(body+8, len(lines))] {
			if g := speakingFor.FindStringSubmatch(l.text); g != nil {
				m.Region = g[1]
				x.d.Checks["meta.region"] = "no title block: the region is the government the opening words speak for, check it"
				break
			}
			if g := speakingForLevel.FindStringSubmatch(l.text); g != nil && m.Level == "" {
				m.Level = levelOf(g[1]) // 我代表区人民政府: a district's, whichever
			}
		}
	}
	// 国内生产总值增长3%, 中央预算内投资…: with no title block, a text that
	// counts the country's accounts and speaks of no province, city or
	// district of its own is the State Council's.
	if m.Region == "" && nationalText(lines[body:]) {
		m.Region, m.Level = "中华人民共和国", report.LevelNational
		x.d.Checks["meta.region"] = "no title block: the text counts the country's accounts (国内生产总值, 中央…) and names no region of its own; check it is the national report"
	}
	if m.Level == "" {
		m.Level = levelOf(m.Region)
	}
	if y := yearRe.FindStringSubmatch(m.Title); y != nil {
		m.Year, _ = strconv.Atoi(report.ASCIIDigits(y[1]))
	} else if len(m.Date) >= 7 {
		m.Year, _ = strconv.Atoi(m.Date[:4])
		if mo, _ := strconv.Atoi(m.Date[5:7]); mo >= 10 {
			m.Year++ // a report given late in the year plans for the next
		}
	}
	if m.Year < 1949 || m.Year > 2100 {
		if m.Year = yearOfParts(lines[body:]); m.Year != 0 {
			x.d.Checks["meta.year"] = "no title block: the year is told by the parts' titles or the year the review opens on, check it"
		}
	}
	if m.Year < 1949 || m.Year > 2100 {
		m.Year = 2000
		x.d.Checks["meta.year"] = "no year found in the title block: write the year the report plans for"
	}
	if y, err := strconv.Atoi(m.Date[:min(4, len(m.Date))]); err != nil || y != m.Year && y != m.Year-1 {
		m.SetDateUnknown()
		x.d.Checks["meta.date"] = "no date in the text: set the day the report was given (and remove date_unknown)"
	}
	if m.Region == "" {
		m.Region = "（地区）"
		x.d.Checks["meta.region"] = "no region found in the title block: write it"
	}
	if m.Title == "" || m.Title == "政府工作报告" || !strings.Contains(m.Title, strconv.Itoa(m.Year)) && !yearRe.MatchString(m.Title) {
		m.Title = fmt.Sprintf("%s%d年政府工作报告", m.Region, m.Year)
		if m.Level == report.LevelNational {
			m.Title = fmt.Sprintf("%d年政府工作报告", m.Year) // as the State Council's is printed
		}
	}
	return body
}

// isoDate writes a date dateRe matched (2026年1月26日) as YYYY-MM-DD.
func isoDate(d []string) string {
	mo, _ := strconv.Atoi(d[2])
	dd, _ := strconv.Atoi(d[3])
	return fmt.Sprintf("%s-%02d-%02d", d[1], mo, dd)
}

// speakingFor is the government a report's opening words speak for:
// 我代表龙华区人民政府, 我代表大鹏新区管理委员会.
var speakingFor = regexp.MustCompile(`我代表(\p{Han}{2,12}?)(?:人民政府|管理委员会|管委会)`)

// speakingForLevel is a government the opening words name by its level
// alone: 我代表区人民政府.
var speakingForLevel = regexp.MustCompile(`我代表([区县市省旗])(?:人民)?政府`)

// levelOf tells the level of government from the region's name.
func levelOf(region string) report.Level {
	switch {
	case region == "北京市" || region == "天津市" || region == "上海市" || region == "重庆市":
		return report.LevelMunicipality
	case strings.HasSuffix(region, "自治区"):
		return report.LevelAutonomous
	case strings.HasSuffix(region, "省"):
		return report.LevelProvince
	case strings.HasSuffix(region, "旗"):
		return report.LevelBanner
	case strings.HasSuffix(region, "县"):
		return report.LevelCounty
	case strings.HasSuffix(region, "区"):
		return report.LevelDistrict
	case strings.HasSuffix(region, "镇") || strings.HasSuffix(region, "乡"):
		return report.LevelTownship
	}
	return report.LevelCity
}

// heading handles a line of the outline; it reports whether the line was one.
func (x *extractor) heading(t string, l line) bool {
	if t == "名词解释" || t == "注释" || strings.HasPrefix(t, "名词解释") && utf8.RuneCountInString(t) < 12 {
		x.glossary, x.part, x.annex = true, partOther, -1
		return true
	}
	// ［1］“两重”：是指…: a footnote at the end, glossary without a heading.
	if !x.glossary && (strings.HasPrefix(t, "［") || strings.HasPrefix(t, "[")) && glossaryRe.MatchString(t) {
		x.glossary, x.part, x.annex = true, partOther, -1
	}
	if x.glossary {
		if g := glossaryRe.FindStringSubmatch(t); g != nil {
			x.r.Glossary = append(x.r.Glossary, report.Term{Term: trimSpace(g[2]), Definition: trimSpace(g[3])})
			return true
		}
		// 1.“四上”企业： / 现阶段统计工作实践中…: the definition on the
		// line after its term.
		if g := glossaryTermRe.FindStringSubmatch(t); g != nil {
			x.r.Glossary = append(x.r.Glossary, report.Term{Term: trimSpace(g[2])})
			return true
		}
		if n := len(x.r.Glossary); n > 0 && x.r.Glossary[n-1].Definition == "" {
			x.r.Glossary[n-1].Definition = t
		}
		return true // text between entries
	}
	if a := annexRe.FindStringSubmatch(t); a != nil && utf8.RuneCountInString(t) < 40 {
		x.part = partOther
		title := trimSpace(a[1])
		x.r.Annexes = append(x.r.Annexes, report.Annex{ID: x.id("annex"), Title: title})
		x.annex = len(x.r.Annexes) - 1
		if title == "" {
			x.d.Checks[fmt.Sprintf("annexes[%d].title", x.annex)] = "the annex's title is the line after 附件"
		}
		return true
	}
	if x.annex >= 0 {
		a := &x.r.Annexes[x.annex]
		if a.Title == "" {
			a.Title = t
			return true
		}
		if p := partRe.FindStringSubmatch(t); p != nil {
			title, rest := firstSentence(strings.TrimPrefix(t, p[0]))
			if title == "" {
				title = t // 一、 alone on its line: the number is all the title there is
				x.d.Checks[fmt.Sprintf("annexes[%d].items[%d].title", x.annex, len(a.Items))] = "the item has no title in the text: write one"
			}
			a.Items = append(a.Items, report.AnnexItem{Title: title, Number: p[0], Text: rest})
			if rest != "" {
				x.paragraph(rest, l)
			}
			return true
		}
		return false
	}
	p := partRe.FindStringSubmatch(t)
	if p == nil && unnumberedPart(t) {
		p = []string{""} // a part whose number the copy lost: “十四五”时期工作回顾
	}
	// 2018年工作回顾 / 一、质量引领，实体经济保持稳中向好: under a review
	// part its copy heads with no number, parts numbered 一、 that are no
	// part of a report (no review, targets, tasks, plan) are its sections.
	// (二、紧抓千载难逢历史机遇期，…科学城建设跑出加速度: a review's section
	// that speaks of building, not a part of tasks, which says the year's
	// work or aims.)
	numberedSection := false
	if p != nil && p[0] != "" && x.unnumberedReview && x.part == partReview {
		title := strings.TrimPrefix(t, p[0])
		k := x.classify(title)
		numberedSection = k == partOther || k == partTasks && !yearRe.MatchString(title) && !hasAnyWord(title, planTitleWords)
	}
	if p != nil && utf8.RuneCountInString(t) <= 40 && !strings.ContainsAny(t, "。；;") && !numberedSection {
		x.unnumberedReview = p[0] == "" && x.classify(strings.TrimPrefix(t, p[0])) == partReview
		x.partTitle = strings.TrimPrefix(t, p[0])
		x.part = x.classify(x.partTitle)
		x.planTalk, x.spanTalk, x.numbered, x.yearTurned = false, false, false, false
		// A part that reviews the plan period alone (“十四五”时期发展成就),
		// not the past year with it (2025年和“十四五”时期工作回顾, “十四五”
		// 时期和2025年工作回顾): there its sections tell.
		x.spanSection = x.part == partReview && x.spanWords(x.partTitle) && !yearRe.MatchString(x.partTitle)
		x.forecastAll = false
		x.noteSpan(x.partTitle)
		x.section, x.task = -1, -1
		return true
	}
	number, rest := "", ""
	if numberedSection {
		number, rest = p[0], strings.TrimPrefix(t, p[0])
	} else if s := sectionRe.FindStringSubmatch(t); s != nil {
		number, rest = s[0], strings.TrimPrefix(t, s[0])
	} else if o := ordinalRe.FindStringSubmatch(t); o != nil && x.part != partTargets {
		number, rest = o[0], strings.TrimPrefix(t, o[0])
	}
	if number == "" {
		// A short line of its own without a number in the review is a
		// heading too: 这是经济实力持续提升的五年。
		short := strings.TrimRight(t, "。")
		// (各位代表！ is the speaker turning to the hall, no heading.)
		if x.part != partReview || utf8.RuneCountInString(short) > 30 || numberRe.MatchString(short) || strings.ContainsAny(short, "，。；：,;:！!") {
			return false
		}
		rest = short
	}
	if number == "" {
		x.turn(t) // a short line of its own: 刚刚过去的2025年很不平凡。
	} else {
		x.numbered = true
	}
	title, body := firstSentence(rest)
	switch x.part {
	case partReview, partOther:
		if x.part == partOther && len(x.r.Results) == 0 && len(x.r.Tasks) > 0 {
			break
		}
		x.newSection(title, number)
	case partTasks, partPlan, partTargets:
		// （一）全面深化深层次改革… / 一是全面推动重点改革攻坚。…: under a
		// task the report numbers (（一）), a paragraph numbered 一是 is one
		// of its items, titled by its lead sentence.
		if x.task >= 0 && sectionRe.MatchString(x.r.Tasks[x.task].Number) && ordinalRe.MatchString(number) {
			x.taskFacts(rest, l)
			return true
		}
		x.r.Tasks = append(x.r.Tasks, report.Task{ID: x.id("task"), Title: title, Number: number, Part: x.partTitle})
		x.task = len(x.r.Tasks) - 1
	}
	if body != "" {
		x.headed = true
		x.paragraph(body, l)
		x.headed = false
	}
	return true
}

// planTitleWords say a part is of the coming year's work or aims.
var planTitleWords = []string{"安排", "重点工作", "主要工作", "今年", "明年", "下一步", "任务", "目标", "要求", "部署"}

// nationalText reports whether a body of text is the national report's:
// it names the country's accounts or its central government (国内生产总值,
// 中央预算内投资, 中央财政) and none of the words a province, a city or a
// county says its own region with (全省, 我市, 全区 …).
func nationalText(lines []line) bool {
	national := false
	for _, l := range lines {
		if hasAnyWord(l.text, scopeWords) || hasAnyWord(l.text, []string{"本省", "本市", "本区", "本县"}) {
			return false
		}
		national = national || hasAnyWord(l.text, []string{"国内生产总值", "中央预算内", "中央财政", "中央本级"})
	}
	return national
}

// yearOfParts is the year a report plans for, told by its parts' titles
// when there is no title block: 2025年工作回顾 in a report for 2026, 2026年
// 重点工作; or 0.
func yearOfParts(lines []line) int {
	for _, l := range lines {
		t := trimSpace(l.text)
		p := partRe.FindString(t)
		if p == "" && !unnumberedPart(t) {
			continue
		}
		y := yearRe.FindStringSubmatch(t)
		if y == nil {
			continue
		}
		year, _ := strconv.Atoi(report.ASCIIDigits(y[1]))
		if reviewTitle(t) || achievedTitle(t) {
			year++ // the review is of the year before (…2024年龙华现代化建设迈出新的坚实步伐 in the 2025 report)
		}
		return year
	}
	// 2017年是本届政府任期的第一年。…: an excerpt of a review that opens on
	// the year it reviews is of the next year's report.
	for _, l := range lines {
		if t := trimSpace(l.text); t != "" {
			if y := reviewedYear.FindStringSubmatch(t); y != nil {
				year, _ := strconv.Atoi(report.ASCIIDigits(y[1]))
				return year + 1
			}
			break
		}
	}
	return lastYearReviewed(lines)
}

// lastYearReviewed is the year after the last one a review headed with no
// year names (一、过去五年工作回顾 … 预计2022年全省地区生产总值达12.8万亿元:
// a report of 2023), or 0. A year a goal is set for (到2035年, 2035年远景
// 目标) is no year reviewed.
func lastYearReviewed(lines []line) int {
	last := 0
	inReview := false
	for _, l := range lines {
		t := trimSpace(l.text)
		if partRe.MatchString(t) || unnumberedPart(t) {
			if inReview {
				break // the part after the review
			}
			inReview = reviewTitle(t) && !yearRe.MatchString(t)
			continue
		}
		if !inReview {
			continue
		}
		for _, m := range namedYear.FindAllStringSubmatchIndex(t, -1) {
			// (到2035年: a goal; but 从2010年的4.60万亿元增加到2015年的7.28万亿元
			// is a level the review reached.)
			if hasAnySuffix(t[:m[0]], []string{"到", "至", "力争", "展望"}) && !hasAnySuffix(t[:m[0]], []string{"增加到", "提高到", "提升到", "增长到", "上升到", "下降到", "降低到", "增加至", "提高至", "提升至", "增长至", "增至", "降至"}) || strings.HasPrefix(t[m[1]:], "远景") {
				continue
			}
			if y, _ := strconv.Atoi(t[m[2]:m[3]]); y > last {
				last = y
			}
		}
	}
	if last == 0 {
		return 0
	}
	return last + 1
}

// namedYear is a year a text names: 2022年.
var namedYear = regexp.MustCompile(`(20[0-9]{2})年`)

// reviewTitle reports whether a part's title heads the review of past
// years: 工作回顾, 工作总结, 发展成就.
func reviewTitle(t string) bool {
	return strings.Contains(t, "回顾") || strings.Contains(t, "工作总结") || strings.Contains(t, "成就")
}

// reviewedYear opens a review's first paragraph on its year: 2017年是…,
// 刚刚过去的2025年，…, 过去的2025年.
var reviewedYear = regexp.MustCompile(`^(?:刚刚过去的|过去的|过去一年，)?(20[0-9]{2})年(?:是|，|,|在)`)

// speakerOf reads a speaker's words (陕西省省长 赵刚, 国务院总理 李强): the
// speaker as a draft writes them, and the region the office names, or ""
// (省长 李炳军: an office alone says no region; 省人民政府省长: a level).
func speakerOf(t string) (speaker, region string) {
	loc := officeRe.FindStringIndex(t)
	office := trimSpace(t[:loc[1]])
	speaker = strings.Join(strings.Fields(office), "") + " " + strings.Join(strings.Fields(t[loc[1]:]), "")
	r := office[:loc[0]]
	if r == "" || r == "国务院" {
		r = strings.TrimSuffix(strings.TrimSuffix(office, "总理"), "国务院")
	}
	if r = strings.TrimSpace(r); r != "" && !officeRe.MatchString(r) && !containsWord(levelWords, r) {
		region = r
	}
	return speaker, region
}

// levelWords name a level of government, no region: 省, 自治区.
var levelWords = []string{"省", "市", "自治区", "区", "县", "旗", "州", "盟"}

// congressOf is the region whose people's congress an occasion names:
// 在贵州省第十四届人民代表大会.
var congressOf = regexp.MustCompile(`在(\p{Han}{2,12}?)第[一二三四五六七八九十]{1,4}届人民代表大会`)

// prose tells a line of sentences, as no line of a title block is: forty
// characters or more with a full stop.
func prose(t string) bool {
	return utf8.RuneCountInString(t) >= 40 && strings.Contains(t, "。")
}

// cnDateRe is a date in Chinese numerals, as some reports print the day
// they were given: 二〇二六年一月二十七日.
var cnDateRe = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日`)

const cnDigits = "〇一二三四五六七八九"

// cnYear writes a year in Chinese digits (二〇二六) with ASCII ones.
func cnYear(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '○', '零':
			r = '〇'
		}
		b.WriteByte(byte('0' + strings.IndexRune(cnDigits, r)/len("〇")))
	}
	return b.String()
}

// cnNumber reads a month or a day in Chinese numerals: 一, 十, 十二, 二十七.
func cnNumber(s string) int {
	digit := func(r rune) int { return strings.IndexRune(cnDigits, r) / len("〇") }
	r := []rune(s)
	switch {
	case len(r) == 1 && r[0] == '十':
		return 10
	case len(r) == 1:
		return digit(r[0])
	case r[0] == '十':
		return 10 + digit(r[1])
	case len(r) == 2: // 二十
		return digit(r[0]) * 10
	default: // 二十七
		return digit(r[0])*10 + digit(r[2])
	}
}

// segments cuts a line that is not a paragraph but many — a report pasted
// or saved as one line — where the report's outline begins a new one: before
// 二、… and （三）… after the end of a sentence, before the ——date line and
// after 各位代表：. Such a line is far longer than a paragraph (the longest
// of the reports here has 1188 characters) or, in a shorter text (an
// excerpt), holds half of it. Any other line is its own one segment. Quotes
// stay verbatim: the cuts are only between characters.
func segments(l string, total int) []string {
	if n := utf8.RuneCountInString(l); n < 3000 && (n < 1000 || 2*n < total) {
		return []string{l}
	}
	var cuts []int
	for _, m := range outlineCut.FindAllStringSubmatchIndex(l, -1) {
		// 一是 opens a paragraph when a heading sentence follows it (一是首都
		// 功能持续优化提升。), not items within one (一是开展…，…；二是…).
		if strings.HasSuffix(l[m[2]:m[3]], "是") && !headingSentence(l[m[3]:]) {
			continue
		}
		cuts = append(cuts, m[2]) // where the marker begins, after the mark that ends what precedes it
	}
	// A web page's furniture ends where its buttons do (…【字号：加大还原
	// 减小】), its 来源：/时间： notes stand apart, and so do the occasion
	// (…会议上, after its dash ——2026年… or ----2013年…), the speaker and
	// the salutation (各位代表：); and a paragraph's indent after the end of
	// a sentence (。　　) is where it began.
	for _, m := range furnitureCut.FindAllStringSubmatchIndex(l, -1) {
		cuts = append(cuts, max(m[2], m[4])) // after 】, or before 来源
	}
	for _, m := range speakerCut.FindAllStringSubmatchIndex(l, -1) {
		cuts = append(cuts, m[2]) // 甘肃省省长 任振鹤2026年重点工作: after the name
		if h := unnumberedHeading.FindStringIndex(l[m[2]:]); h != nil {
			cuts = append(cuts, m[2]+h[1]) // and after the heading that follows it
		}
	}
	// A part's heading (一、2025年工作回顾) begins a line wherever it
	// stands — after the speaker's name in the title block too — and ends
	// one where its words end.
	for _, m := range partMarker.FindAllStringIndex(l, -1) {
		if strings.HasSuffix(l[:m[0]], "第") || strings.IndexAny(l[m[1]:], "一二三四五六七八九十") == 0 {
			continue // 第一、二季度工作安排, 一、二产业: ordinals, no heading
		}
		if end := partHeadingEnd(l[m[1]:]); end > 0 {
			cuts = append(cuts, m[0], m[1]+end)
		}
	}
	// Unnumbered (2026年重点工作, “十四五”时期工作回顾): after the end of a
	// sentence, a year or a plan and the heading's words, nothing between
	// (2025年各项目标任务的圆满完成 is a sentence) and no 的 after.
	for _, m := range unnumberedPartCut.FindAllStringSubmatchIndex(l, -1) {
		if !strings.HasPrefix(l[m[3]:], "的") {
			cuts = append(cuts, m[2], m[3])
		}
	}
	// The glossary at the end (名词解释) has a term a line: 12.“单一窗口”：
	// and its definition after it, or both on one.
	if k := strings.LastIndex(l, "名词解释"); k >= 0 {
		cuts = append(cuts, k, k+len("名词解释"))
		for _, m := range glossaryTermCut.FindAllStringSubmatchIndex(l[k:], -1) {
			cuts = append(cuts, k+m[2], k+m[3])
		}
	}
	slices.Sort(cuts)
	var out []string
	start := 0
	for _, cut := range slices.Compact(cuts) {
		if cut > start {
			out = append(out, l[start:cut])
			start = cut
		}
	}
	return append(out, l[start:])
}

// unnumberedHeadingWords are a part's heading without a number: a year or
// a plan and the heading's words, nothing between (2026年重点工作,
// “十五五”时期的主要目标任务).
const unnumberedHeadingWords = `(?:20[0-9]{2}年|“十[四五]五”时期|十[四五]五时期)(?:和20[0-9]{2}年)?的?(?:工作回顾|工作总结|工作安排|工作计划|重点工作安排|重点工作|主要目标任务|主要工作任务|工作任务|发展成就)`

var (
	glossaryTermCut   = regexp.MustCompile(`[。；;）)][ \t　]*([0-9０-９]{1,2}[.．、][^。：:，]{1,40}[：:])`)
	furnitureCut      = regexp.MustCompile(`(?:】|会议上|会上|[。！？：:][ \t　]{2,})()|()(?:来源[：:]|时间[：:]|各位代表[：:，,]|——|--+)`)
	speakerCut        = regexp.MustCompile(`(?:省长|市长|区长|县长|旗长|州长|主席|总理)[ 　]+\p{Han}{2,3}()[0-9０-９]`)
	partMarker        = regexp.MustCompile(`[一二三四五六七八九十]{1,2}、`)
	unnumberedPartCut = regexp.MustCompile(`[。！：:][ 　\t]*(` + unnumberedHeadingWords + `)`)
	unnumberedHeading = regexp.MustCompile(`^` + unnumberedHeadingWords)
)

// headingSentence reports whether s opens on a sentence that can be a
// heading: at most twenty characters to its 。, with no comma, no list and
// no number in it (六是免费实施1万名老年人白内障复明工程。 is an item).
func headingSentence(s string) bool {
	first, _, ok := strings.Cut(s, "。")
	return ok && utf8.RuneCountInString(first) <= 20 && !strings.ContainsAny(first, "，、；：,;:") && !numberRe.MatchString(first)
}

// partHeadingEnds are the words a part's heading ends on: 一、2025年工作回顾,
// 二、“十五五”时期主要目标任务, 三、2026年重点工作安排.
var partHeadingEnds = []string{"工作回顾", "工作总结", "工作安排", "工作计划", "重点工作", "目标任务", "工作任务", "主要工作", "发展成就", "主要考虑", "总体要求", "政府自身建设"}

// partHeadingEnd is where the heading of a part ends in a line that runs on
// into its first paragraph with no mark between (一、2025年工作回顾2025年是
// …): after the last of partHeadingEnds within forty characters and before
// any mark that ends a sentence or a clause; 0 when none is there.
func partHeadingEnd(s string) int {
	span := s
	if i := strings.IndexAny(span, "。，；：！？,;:"); i >= 0 {
		span = span[:i]
	}
	if r := []rune(span); len(r) > 40 {
		span = string(r[:40])
	}
	end := 0
	for _, w := range partHeadingEnds {
		if i := strings.LastIndex(span, w); i >= 0 && i+len(w) > end {
			end = i + len(w)
		}
	}
	if end == len(s) {
		return 0 // the heading is all there is
	}
	return end
}

// outlineCut finds where a one-line report's outline begins a new line.
// Besides the outline's markers, the words a paragraph opens on that turn
// a review to the five years, the past year or the next plan (spanOpeners,
// yearOpeners, planOpeners) and the numbered leads of sections (一是) begin
// one after a sentence's end: the reading of periods and sections goes by them.
var outlineCut = regexp.MustCompile(`(?:[。：:！]|各位代表[：:，,]|政府工作报告)[ 　\t]*((?:[一二三四五六七八九十]{1,3}、|（[一二三四五六七八九十]{1,3}）|——|—[0-9０-９二〇]|附件|[一二三四五六七八九十]{1,2}是|这五年|五年来|过去五年|过去的五年|“十[一二三四五六七八九]五”时期|刚刚过去的|过去一年|一年来|这一年|今后五年|未来五年))`)

// newSection starts a section of the review.
func (x *extractor) newSection(title, number string) {
	x.r.Results = append(x.r.Results, report.Section{ID: x.id("s"), Title: title, Number: number, Part: x.partTitle})
	x.section = len(x.r.Results) - 1
	// (一、过去五年工作回顾 … 2017年是本届省政府的收官之年 … （一）…: once the
	// part has turned to the year, its sections are the year's.)
	x.spanSection = x.spanWords(title) || !x.yearTurned && x.spanWords(x.partTitle) && !yearRe.MatchString(x.partTitle)
	x.noteSpan(title)
}

// leadSentence is a paragraph's first sentence when it is a heading of its
// own — short, without a number or a comma, and more text after it: “稳”
// 的态势巩固延续。主要表现在，… ; or "".
func leadSentence(t string) string {
	first, rest, ok := strings.Cut(t, "。")
	if !ok || trimSpace(rest) == "" || utf8.RuneCountInString(first) > 12 || utf8.RuneCountInString(first) < 4 ||
		numberRe.MatchString(first) || strings.ContainsAny(first, "，,；：:！") {
		return ""
	}
	return first
}

// lead is the words a paragraph opens on: a dash or 我们, or the words up
// to its first comma when short (过去的一年, 这五年); or "".
func lead(t string) string {
	for _, w := range []string{"——", "我们"} {
		if strings.HasPrefix(t, w) {
			return w // ——这是追赶进位…的五年。, 我们扭住高质量发展首要任务，…
		}
	}
	l, _, ok := strings.Cut(t, "，")
	if !ok || utf8.RuneCountInString(l) > 8 || numberRe.MatchString(l) || strings.HasPrefix(l, "各位代表") {
		return ""
	}
	return l
}

// repeatedLeads are the leads that open three paragraphs or more: a review
// told in paragraphs that each open the same way (过去的一年，面对…，我们…，
// 发展质效持续提高。) has a section in each, though no heading says so.
func repeatedLeads(lines []line) map[string]bool {
	n := map[string]int{}
	for _, l := range lines {
		if k := lead(trimSpace(l.text)); k != "" {
			n[k]++
		}
	}
	out := map[string]bool{}
	for k, c := range n {
		if c >= 3 {
			out[k] = true
		}
	}
	return out
}

// leadTitle titles such a paragraph by the last clause of its first
// sentence, where the reports put what the paragraph is about (这五年，我们
// 锐意改革、矢志创新，经济高质量发展取得显著成效。), or a dashed one by its
// first sentence (——这是追赶进位、综合实力快速跃升的五年。).
func leadTitle(t string) string {
	first, _, _ := strings.Cut(strings.TrimPrefix(t, "——"), "。")
	if strings.HasPrefix(t, "——") {
		return trimSpace(first)
	}
	cs := strings.Split(first, "，")
	return trimSpace(cs[len(cs)-1])
}

// unnumberedPart reports whether a line without a number is a part's title
// all the same: short, without punctuation, ending in the words parts end
// in (工作回顾, 主要目标任务, 重点工作). Reports copied from web pages lose
// the numbers of their parts (Gansu 2026).
func unnumberedPart(t string) bool {
	if utf8.RuneCountInString(t) > 24 || strings.ContainsAny(t, "，。；：,;:") {
		return false
	}
	for _, end := range []string{"工作回顾", "发展成就", "主要目标任务", "目标任务", "重点工作", "工作安排", "工作计划", "重点任务", "工作任务", "主要工作", "总体要求"} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	return false
}

// spanWords tells a heading about a five-year plan period: the one just
// ended, or the one before it.
func (x *extractor) spanWords(s string) bool {
	return strings.Contains(s, "五年") || termYears(s) > 0 || hasPlan(s, x.endedPlan) || hasPlan(s, x.earlierPlan)
}

// noteSpan sets the years of the span s talks of, when it does: a term's
// three or four (过去四年), else five.
func (x *extractor) noteSpan(s string) {
	if !x.spanWords(s) {
		return
	}
	x.spanYears = 5
	if n := termYears(s); n > 0 {
		x.spanYears = n
	}
}

// termYears is the length of a government's term of three or four years
// that s looks back on (过去四年, 四年来, 这三年), or 0.
func termYears(s string) int {
	for n, w := range map[int]string{3: "三年", 4: "四年"} {
		if hasAnyWord(s, []string{"过去" + w, "过去的" + w, w + "来", "这" + w}) {
			return n
		}
	}
	return 0
}

// hasPlan reports whether s names a plan; a plan not known is named by none.
func hasPlan(s, plan string) bool {
	return plan != "" && strings.Contains(s, plan)
}

// plansAround names the five-year plans around a report given in the
// first year of a plan: the one before the plan just ended, the one ended
// with the year before, and the one the year opens (2026: 十三五, 十四五,
// 十五五). Plans run 2006-2010 (十一五), 2011-2015 …; a report of no known
// year is read as one of today's. A report of a plan's later years has
// none: its “十四五” is the plan under way, neither the five years past
// (五年来, which a term's last report reviews, still is) nor the next goals.
func plansAround(year int) (earlier, ended, next string) {
	switch {
	case year < 2011 || year > 2050:
		year = 2026 // (no year found: meta says 2000 and asks for it)
	case (year-2006)%5 != 0:
		return "", "", ""
	}
	return planOf(year - 6), planOf(year - 1), planOf(year)
}

// planOf names the plan a year is in: 2025, 十四五.
func planOf(year int) string {
	return "十" + string([]rune("一二三四五六七八九")[(year-2006)/5]) + "五"
}

// classify tells a part by the words of its title.
func (x *extractor) classify(title string) partKind {
	switch {
	case strings.Contains(title, "回顾") || strings.Contains(title, "过去") || strings.Contains(title, "成就") || strings.Contains(title, "工作总结"):
		return partReview // also a part of 十四五 achievements and 十五五 goals: goals are told by their paragraphs
	case achievedTitle(title):
		return partReview // a review titled by what it says came of the year: 一年接着一年干，新福建建设持续取得新进展新成效
	case hasPlan(title, x.nextPlan) && strings.Contains(title, "开好局"):
		return partTasks // 全力推动“十五五”开好局、起好步: the plan's first year's work
	case hasPlan(title, x.nextPlan) || hasPlan(title, x.endedPlan) && strings.Contains(title, "目标"):
		return partPlan
	case strings.Contains(title, "总体要求") || strings.Contains(title, "预期目标") || strings.Contains(title, "主要目标"):
		return partTargets
	case strings.Contains(title, "工作") || strings.Contains(title, "任务") || strings.Contains(title, "安排") || strings.Contains(title, "建设"):
		return partTasks
	}
	return partOther
}

// achievedTitle reports whether a part's title says what came of the year
// (持续取得新进展新成效, 2024年龙华现代化建设迈出新的坚实步伐), as a review's
// does, and nothing of aims or tasks.
func achievedTitle(title string) bool {
	return hasAnyWord(title, []string{"取得", "成效", "成绩", "新进展", "迈出", "步伐"}) && !hasAnyWord(title, []string{"目标", "任务", "安排", "重点工作", "要求"})
}

// firstSentence splits a heading line into its title (to the first 。 or
// ：, when short) and the text after it.
func firstSentence(s string) (title, rest string) {
	s = trimSpace(s)
	if i := strings.IndexAny(s, "。:："); i > 0 && utf8.RuneCountInString(s[:i]) <= 50 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return trimSpace(s[:i]), trimSpace(s[i+size:])
	}
	// A heading line without a full stop is the heading whole, long as a
	// province's can be (（二）统筹新型城镇化和乡村全面振兴，推动“百县千镇
	// 万村高质量发展工程”建设加力提速，促进城乡融合和区域协调发展: 57).
	if n := utf8.RuneCountInString(s); n <= 50 || n <= 80 && !strings.ContainsAny(s, "。；;") {
		return s, ""
	}
	r := []rune(s)
	return string(r[:30]) + "…", s
}

// id gives the next identifier with a prefix: s1, s2 …
func (x *extractor) id(prefix string) string {
	x.ids[prefix]++
	return prefix + strconv.Itoa(x.ids[prefix])
}

// links sets each growth target's base: the past-year fact of the same
// name, preferring one with a year-on-year change.
func (x *extractor) links() {
	x.economyIsGDP()
	type cand struct {
		id, name string
		change   bool
	}
	var cands []cand
	for _, s := range x.r.Results {
		for _, in := range s.Indicators {
			if in.Period != "" {
				continue
			}
			cands = append(cands, cand{in.ID, in.Name, in.Change != nil && in.Change.Kind == report.ChangeYoY})
		}
	}
	for i := range x.r.Targets {
		t := &x.r.Targets[i]
		if t.Period != "" {
			continue // a goal over the next plan's years: no one year's level is its base
		}
		// The same indicator by name (规上 for 规模以上, 全年…), a level
		// with its growth first; else, when only one name of the review ends
		// with the target's or the target's with it, that one.
		for _, c := range cands {
			if same, guess := report.SameIndicator(t.Name, c.name); !same || guess {
				continue
			}
			if t.Base == "" || c.change {
				t.Base = c.id
			}
			if c.change {
				break
			}
		}
		if t.Base == "" {
			var guessed []cand
			names := map[string]bool{}
			for _, c := range cands {
				// …as the end of it: 货物进出口总额 for 进出口总额, not
				// 单位地区生产总值二氧化碳排放 for 地区生产总值.
				a, b := report.CanonicalName(t.Name), report.CanonicalName(c.name)
				if _, guess := report.SameIndicator(t.Name, c.name); guess && (strings.HasSuffix(a, b) || strings.HasSuffix(b, a)) {
					guessed = append(guessed, c)
					names[c.name] = true
				}
			}
			if len(names) == 1 {
				t.Base = guessed[0].id
				for _, c := range guessed {
					if c.change {
						t.Base = c.id
						break
					}
				}
			}
		}
		if t.Base != "" {
			x.d.Checks[fmt.Sprintf("targets[%d].base", i)] = "matched by name: check it is the same indicator"
		}
	}
}

// economyIsGDP names 经济 as a quantity (经济增长5%左右, 经济年均增长5%) by
// the report's own name for its GDP (生产总值, 地区生产总值…), or 地区生产总值.
func (x *extractor) economyIsGDP() {
	gdp := "地区生产总值"
	for _, s := range x.r.Results {
		for _, in := range s.Indicators {
			if report.CanonicalName(in.Name) == "地区生产总值" {
				gdp = strings.TrimPrefix(strings.TrimPrefix(in.Name, "全省"), "全市")
				goto found
			}
		}
	}
found:
	for i := range x.r.Targets {
		if x.r.Targets[i].Name == "经济" {
			x.r.Targets[i].Name = gdp
		}
	}
	for i := range x.r.Results {
		for j := range x.r.Results[i].Indicators {
			if in := &x.r.Results[i].Indicators[j]; in.Name == "经济" {
				in.Name = gdp
			}
		}
	}
}

// closeGaps drops the spaces between two Chinese characters of a name, or
// of a paragraph a PDF justified (预 计 分别 增 长5.8%: 预计分别增长5.8%),
// and between a Chinese character and a Latin letter (万元 GDP 建设用地).
func closeGaps(name string) string {
	if !strings.ContainsAny(name, " \t\u3000\u00a0") {
		return name
	}
	rs := []rune(name)
	out := rs[:0:0]
	for i, r := range rs {
		if unicode.IsSpace(r) || r == '\u3000' {
			j := i
			for j < len(rs) && (unicode.IsSpace(rs[j]) || rs[j] == '\u3000') {
				j++
			}
			if len(out) > 0 && j < len(rs) && gapInWord(out[len(out)-1], rs[j]) {
				continue
			}
		}
		out = append(out, r)
	}
	return string(out)
}

// tidy drops empty sections, tasks and annexes, names a default section,
// and sorts the skipped numbers by line.
func (x *extractor) tidy() {
	var results []report.Section
	for _, s := range x.r.Results {
		if len(s.Indicators) > 0 {
			results = append(results, s)
		}
	}
	x.r.Results = results
	var tasks []report.Task
	for _, t := range x.r.Tasks {
		var items []report.Item
		for _, it := range t.Items {
			if len(it.Figures) > 0 || it.Summary != "" {
				items = append(items, it)
			}
		}
		t.Items = items
		tasks = append(tasks, t)
	}
	x.r.Tasks = tasks
	var annexes []report.Annex
	for _, a := range x.r.Annexes {
		if len(a.Items) > 0 {
			annexes = append(annexes, a)
		}
	}
	x.r.Annexes = annexes
	// A PDF's justified lines space out words (新增制造 业单项冠军示范企
	// 业): the quote keeps the text as it is, the name reads as one word.
	national := x.r.Meta.Level == report.LevelNational
	x.recordGroups(func(_ recordKind, g []record) {
		for _, r := range g {
			*r.name = closeGaps(*r.name)
			// 全国居民人均可支配收入 in the national report: the country is
			// its own region, as 全省 is a province's (not 全国人大…, a body).
			if rest, ok := strings.CutPrefix(*r.name, "全国"); national && ok && (endsInMeasure(rest) || hasAnySuffix(rest, []string{"比例", "指数", "支出", "收入"}) || addedWords.MatchString(rest) && strings.Index(rest, addedWords.FindString(rest)) == 0) && utf8.RuneCountInString(rest) >= 3 { // (全国新注册企业增长27.6%: the things added, the country's)
				*r.name = rest
			}
		}
	})
	sort.SliceStable(x.d.Skipped, func(i, j int) bool { return x.d.Skipped[i].Line < x.d.Skipped[j].Line })
}
