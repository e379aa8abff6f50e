package extract

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// number is one number of a clause with what stands around it.
type number struct {
	raw       string // as written: 2,431.67, ５.５
	value     report.Decimal
	unit      string
	before    string // the clause's text before the number (and its qualifier)
	qualifier []string
	start     int    // byte offsets of raw in the clause
	end       int    // after the unit and trailing qualifiers
	after     string // the clause after that
	threshold bool   // 2000万元以上项目: a class of things, not a quantity
	fromOf    bool   // 从A提高到B: this is A, the next number's earlier level
	listVerb  string // 累计创建42个示范村、22个示范片区: the verb the 22 shares
}

// sharedUnit is the unit a bare magnitude takes from the number after it
// (分别达1409万、1305万人次: 万人次 both), or from the people its name
// counts (职工医保参保人数突破5100万: 万人); and the magnitude as written.
func sharedUnit(rest, before string) (unit, mag string) {
	for _, m := range []string{"万亿", "亿", "万"} {
		if strings.HasPrefix(rest, m) {
			mag = m
			break
		}
	}
	if mag == "" {
		return "", ""
	}
	next := rest[len(mag):]
	if sep, _ := utf8.DecodeRuneInString(next); sep == '、' || sep == '和' || sep == '至' || sep == '—' {
		if loc := numberRe.FindStringIndex(next); loc != nil && loc[0] <= len("、") {
			for _, u := range units {
				if strings.HasPrefix(u, mag) && len(u) > len(mag) && strings.HasPrefix(next[loc[1]:], u) {
					return u, mag
				}
			}
		}
	}
	if trimSpace(next) == "" && (strings.Contains(before, "人数") || strings.Contains(before, "人口")) || hasAnyPrefix(next, peopleNouns) {
		return mag + "人", mag // 40.8万青年留渝来渝
	}
	return "", ""
}

// peopleNouns are people a bare 万 counts: 33万农民工就近就业.
var peopleNouns = []string{"人", "青年", "农民工", "学生", "群众", "居民", "职工", "人才", "毕业生", "劳动者", "老人", "儿童", "妇女", "游客", "旅客"}

// perUnit is the unit at the start of s, with a magnitude (百亿元), or "".
func perUnit(s string) string {
	mag := ""
	for _, m := range []string{"百亿", "千亿", "万亿", "百万", "千万", "亿", "万", "千", "百"} {
		if strings.HasPrefix(s, m) {
			mag = m
			break
		}
	}
	for _, u := range units {
		if strings.HasPrefix(s[len(mag):], u) {
			return mag + u
		}
	}
	if mag != "" {
		for _, u := range units {
			if strings.HasPrefix(s, u) {
				return u
			}
		}
	}
	return ""
}

// parenUnit is an alternative unit in brackets after a unit: （个）, (只),
// （艘、架、列）次.
var parenUnit = regexp.MustCompile(`^(?:（[\p{Han}、]{1,6}）|\([\p{Han}、]{1,6}\))次?`)

// perClass follows a unit in a threshold that names a class: 65蒸吨/小时
// 及以上燃煤锅炉, 1000千伏安及以下配变.
var perClass = regexp.MustCompile(`^(?:/[^\p{Han}0-9]{0,4}|/\p{Han}{1,2})?及以[上下]\p{Han}`)

func hasAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// toVerbs follow the earlier level of a from→to statement.
var toVerbs = []string{"跃升至", "跃升到", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "扩大到", "扩大至", "下降到", "下降至", "降至", "降到", "缩小到", "缩小至", "缩减到", "缩减至", "增长到", "增长至"}

func startsWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x4e00 && r <= 0x9fff
}

// setOfStatement follows a count that says which things a rate is of: 17个
// 重点传统制造业增加值增长5.3%, 57个县（市）生产总值近3年年均增速快于全省.
var setOfStatement = regexp.MustCompile(`^\p{Han}[\p{Han}（）()、]{0,19}?(?:增加值|产值|营收|营业收入|生产总值|总量|增速)[\p{Han}0-9]{0,8}?(?:增长|下降|提高|快于|高于|低于)`)

// structureRe follows the count of a plan's own parts: 23个主要指标,
// 6个维度, 13项任务举措.
var structureRe = regexp.MustCompile(`^(?:主要|约束性|预期性)?(?:指标|维度|任务举措)`)

// notAQuantity says why a number with its unit counts nothing the report
// reports, or "".
func notAQuantity(unit, before, rest string) string {
	hasAny := func(s string, words []string, suffix bool) bool {
		for _, w := range words {
			if suffix && strings.HasSuffix(s, w) || !suffix && strings.HasPrefix(s, w) {
				return true
			}
		}
		return false
	}
	switch {
	case unit == "年" && (hasAny(before, []string{"近", "用", "未来", "今后", "最近"}, true) ||
		hasAny(rest, []string{"年均", "时间", "来", "间", "内", "以来"}, false)):
		return "a span of years (近3年, 用13年), not a quantity"
	case strings.HasPrefix(rest, "方面") || strings.HasPrefix(rest, "个方面") || structureRe.MatchString(rest):
		return "a count of the report's own structure (14个方面, 29项主要指标, 6个维度)"
	case report.IsCount(unit) && setOfStatement.MatchString(rest):
		return "the set a statement is about (17个重点传统制造业增加值增长5.3%)"
	case unit == "岁" && !hasAnyPrefix(rest, toVerbs) && !hasAnyPrefix(rest, changeVerbs) && (strings.HasPrefix(rest, "及以上") || startsWithHan(strings.TrimPrefix(strings.TrimPrefix(rest, "以上"), "以下"))):
		return "an age that names a group (65岁以上老年人, 0—6岁儿童)"
	}
	return ""
}

var numberRe = regexp.MustCompile(`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?`)

// leadBefore is what a sentence says in the 40 characters before the clause
// at start: where a word governing the clause may stand (力争年内，…).
func leadBefore(s string, start int) string {
	if start <= 0 || start > len(s) {
		return ""
	}
	r := []rune(s[:start])
	lead := string(r[max(0, len(r)-40):])
	if i := strings.LastIndexAny(lead, "；;"); i >= 0 {
		lead = lead[i:] // a semicolon ends what governs
	}
	return lead
}

// numberMatches finds the numbers of a clause. A comma followed by three
// digits groups thousands only when no digit follows the group: in 约占全国
// 1/10，4386万名异地务工人员 the 4386 is a number of its own.
func numberMatches(clause string) [][]int {
	var out [][]int
	for start := 0; start < len(clause); {
		m := numberRe.FindStringIndex(clause[start:])
		if m == nil {
			break
		}
		m[0], m[1] = m[0]+start, m[1]+start
		for {
			next, _ := utf8.DecodeRuneInString(clause[m[1]:])
			i := strings.LastIndexAny(clause[m[0]:m[1]], ",，")
			if i < 0 || !isDigit(next) {
				break
			}
			m[1] = m[0] + i // the comma ends this number
		}
		out = append(out, m)
		start = m[1]
	}
	return out
}

// preQualifiers stand before a number, longest first; postQualifiers after
// its unit; innerQualifiers between the number and a unit.
var (
	preQualifiers   = []string{"按可比口径", "不低于", "不少于", "不超过", "控制在", "稳定在", "保持在", "提高到", "提高至", "提升到", "提升至", "下降到", "降到", "降至", "增加到", "增至", "突破", "超过", "预计", "累计", "力争", "确保", "平均", "约", "近", "超"}
	postQualifiers  = []string{"以上", "以下", "以内", "左右"}
	innerQualifiers = []string{"余", "多"}
)

// units are the units a number may carry, longest first: the model's base
// units with their 万/亿 multipliers, percent and points, and a few more.
var units = func() []string {
	var out []string
	for _, base := range append(report.UnitBases(), "年", "位", "倍", "个百分点", "千米", "公里", "座", "对", "只", "株", "台(套)", "台套", "人次", "万千瓦", "千瓦时", "分钟", "小时", "天", "蒸吨", "兆瓦", "吉瓦", "平方千米", "标方", "床", "张床", "个点", "家次", "项次",
		"延长米", "场次", "批次", "笔", "成", "标箱", "标准箱", "轮", "种", "岁", "辆次", "艘", "套（间）", "套(间)", "期", "班", "趟", "列", "节", "级", "星", "人/万人", "微克/立方米", "吨/日", "吨/年", "元/吨", "类") {
		out = append(out, base)
		for _, m := range []string{"万亿", "亿", "千万", "百万", "万", "千"} {
			out = append(out, m+base)
		}
	}
	out = append(out, "%", "％", "‰")
	seen := map[string]bool{}
	var uniq []string
	for _, u := range out {
		if !seen[u] {
			seen[u] = true
			uniq = append(uniq, u)
		}
	}
	sortByLen(uniq)
	return uniq
}()

func sortByLen(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && len(s[j]) > len(s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// clauses splits a sentence at its commas, semicolons and colons, keeping
// a comma between digits (2,431.67).
func clauses(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	pos := 0 // byte offset of rs[i]
	for i, r := range rs {
		size := utf8.RuneLen(r)
		split := false
		switch r {
		case '，', '；', '：', ';', ':':
			split = true
		case ',':
			split = !(i > 0 && i+1 < len(rs) && isDigit(rs[i-1]) && isDigit(rs[i+1]))
		}
		if split {
			out = append(out, s[start:pos])
			start = pos + size
		}
		pos += size
	}
	return append(out, s[start:])
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// sentences splits a paragraph at 。！？ (and ASCII ones), keeping quotes
// whole.
func sentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' || r == '!' || r == '?' {
			out = append(out, p[start:i])
			start = i + utf8.RuneLen(r)
		}
	}
	if trimSpace(p[start:]) != "" {
		out = append(out, p[start:])
	}
	return out
}

// numbers finds the numbers of a clause with their units and qualifiers;
// the others are skipped, with the reason.
func (x *extractor) numbers(clause string, l line) []number {
	var out []number
	defer func() {
		// A clause of its own with no number (力争年内，) governs the
		// sentence's clauses after it; one with a number only itself.
		if len(out) == 0 {
			for _, w := range []string{"力争", "确保", "预计"} {
				if strings.Contains(clause, w) && !containsWord(x.governs, w) {
					x.governs = append(x.governs, w)
				}
			}
		}
		x.lead = ""
	}()
	prevEnd := 0     // where the previous number's unit and qualifiers end
	clauseVerb := "" // the verb of making the clause opens on, for a list after it
	for _, m := range numberMatches(clause) {
		raw := clause[m[0]:m[1]]
		after := clause[m[1]:]
		before := clause[:m[0]]
		if m[0] < prevEnd {
			continue
		}
		if reason := notAFact(before, raw, after); reason != "" {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: reason, Clause: trimSpace(clause), Line: l.no})
			continue
		}
		n := number{raw: raw, start: m[0]}
		v, err := report.ParseDecimal(report.HalfWidth(raw))
		if err != nil {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: "not a decimal number as written", Clause: trimSpace(clause), Line: l.no})
			continue
		}
		n.value = v
		rest := strings.TrimLeft(after, " \u00a0") // 1.15 亿元
		for _, q := range innerQualifiers {
			if strings.HasPrefix(rest, q) {
				n.qualifier = append(n.qualifier, q)
				rest = rest[len(q):]
				break
			}
		}
		// 1万余亩: the magnitude, then 余/多, then the base.
		mag := ""
		for _, m := range []string{"万亿", "亿", "万", "千"} {
			if strings.HasPrefix(rest, m) {
				for _, q := range innerQualifiers {
					if strings.HasPrefix(rest[len(m):], q) {
						mag = m
						n.qualifier = append(n.qualifier, q)
						rest = rest[len(m)+len(q):]
					}
				}
				break
			}
		}
		for _, u := range units {
			if strings.HasPrefix(rest, strings.TrimPrefix(u, mag)) && (mag == "" || strings.HasPrefix(u, mag)) {
				n.unit = u
				rest = rest[len(strings.TrimPrefix(u, mag)):]
				break
			}
		}
		// 58万元/人, 0.6人/百亿元, 65蒸吨/小时: a unit per another.
		if n.unit != "" && strings.HasPrefix(rest, "/") {
			if per := perUnit(rest[1:]); per != "" {
				n.unit += "/" + per
				rest = rest[1+len(per):]
			}
		}
		// 100条（个）, 2813.8万辆（艘、架、列）次: the other units counted
		// with it.
		if n.unit != "" {
			if m := parenUnit.FindString(rest); m != "" {
				n.unit += m
				rest = rest[len(m):]
			}
		}
		if n.unit == "" {
			if u, mag := sharedUnit(rest, before); u != "" {
				n.unit, rest = u, rest[len(mag):]
			}
		}
		if n.unit == "" {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: "no unit after it: not a quantity the model holds", Clause: trimSpace(clause), Line: l.no})
			continue
		}
		if n.unit == "％" {
			n.unit = "%"
		}
		for _, q := range postQualifiers {
			if strings.HasPrefix(rest, q) {
				n.qualifier = append(n.qualifier, q)
				rest = rest[len(q):]
				break
			}
		}
		// Numbers that count no quantity the report reports: a span of years
		// (近3年, 用13年), the report's own structure (14个方面), an age as
		// a criterion (65岁以上老年人).
		if reason := notAQuantity(n.unit, before, rest); reason != "" {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: reason, Clause: trimSpace(clause), Line: l.no})
			if n.unit != "岁" && !strings.HasPrefix(reason, "the set") {
				prevEnd = len(clause) - len(rest) // an age, a set, stays in the name it qualifies
			}
			continue
		}
		// 从A提高到B: A is B's earlier level; so are all the numbers
		// between 从 and the verb (分别从每人每月209元、280元提高到217元、
		// 290元; 从15个县（市）扩大到57个县（市）).
		if i := strings.LastIndex(before, "从"); i >= 0 && !hasAnyWord(before[i:], toVerbs) && hasAnyWord(rest, toVerbs) {
			n.fromOf = true
		}
		for _, v := range toVerbs {
			if strings.HasPrefix(rest, v) {
				n.fromOf = true
				break
			}
		}
		// 2000万元以上项目, 10蒸吨以下锅炉: a threshold that names a class
		// of things, not a quantity of them.
		// A count or a share is not a class: 新建5个以上紧密型城市医疗集团 is
		// at least five of them, 投放50%以上号源 at least half. 65蒸吨/小时及以上燃煤锅炉 is a class too.
		if tail, _ := utf8.DecodeRuneInString(rest); (strings.HasSuffix(after[:len(after)-len(rest)], "以上") || strings.HasSuffix(after[:len(after)-len(rest)], "以下")) &&
			tail >= 0x4e00 && tail <= 0x9fff && !strings.HasPrefix(rest, "的") && !report.IsCount(n.unit) && n.unit != "%" {
			n.threshold = true
		}
		// 占比超过10%的有44种: the share selects the 44; 25兆瓦级风电主轴
		// 轴承: a grade names a kind of thing.
		if perClass.MatchString(rest) || strings.HasPrefix(rest, "的有") || n.unit != "级" && strings.HasPrefix(rest, "级") && startsWithHan(strings.TrimPrefix(rest, "级")) {
			n.threshold = true
		}
		n.end = len(clause) - len(rest)
		n.after = rest
		// Qualifiers just before the number: 预计, 超过, 约 …
		b := before
		for {
			found := false
			for _, q := range preQualifiers {
				if strings.HasSuffix(b, q) {
					n.qualifier = append([]string{q}, n.qualifier...)
					b = b[:len(b)-len(q)]
					found = true
					break
				}
			}
			if !found {
				break
			}
		}
		if prevEnd == 0 {
			clauseVerb = listVerb(b)
		}
		if prevEnd <= len(b) {
			b = b[prevEnd:] // the name is after the previous number
			// …1.4万亿斤新台阶、亩产提升10.1斤: what stands before 、 is
			// the previous number's.
			if _, after, ok := strings.Cut(b, "、"); ok && prevEnd > 0 {
				b = after
				n.listVerb = clauseVerb
			} else if i := strings.LastIndexAny(b, "和及与"); i >= 0 && prevEnd > 0 && !numberRe.MatchString(b) && utf8.RuneCountInString(b) <= 8 {
				b = b[i+len("和"):] // 3个万亿级和7个千亿级产业集群
				n.listVerb = clauseVerb
			}
		}
		// Words that govern the whole clause, wherever they stand before
		// the number: 预计完成231.52亿元, 全年累计争取1,498万元.
		// 累计创建42个示范村、22个示范片区: also the numbers after the first.
		for _, w := range governing {
			if strings.Contains(before, w) && !containsWord(n.qualifier, w) {
				n.qualifier = append([]string{w}, n.qualifier...)
			}
		}
		// 力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元: resolve
		// and forecast said in a clause shortly before govern this one too
		// (the data guide's 40 characters, which validate --source allows).
		for _, w := range x.governs {
			if strings.Contains(x.lead, w) && !containsWord(n.qualifier, w) {
				n.qualifier = append([]string{w}, n.qualifier...)
			}
		}
		n.before = strings.TrimLeft(b, "、和及与")
		prevEnd = n.end
		out = append(out, n)
	}
	return out
}

// governing are the qualifier words that bear on every number after them
// in a clause.
var governing = []string{"预计", "累计", "力争", "确保", "按可比口径"}

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// notAFact says why a number is not a fact, or "".
func notAFact(before, raw, after string) string {
	digits := report.HalfWidth(raw)
	switch {
	case strings.HasSuffix(before, "第") || strings.HasPrefix(after, "号") || strings.HasPrefix(after, "届") || strings.HasPrefix(after, "期工程") || strings.HasPrefix(after, "期项目"):
		if strings.HasPrefix(after, "位") || strings.HasPrefix(after, "名") {
			return "" // a rank: 第5位
		}
		return "an ordinal or a numbered name (第…, …号, …届)"
	case len(digits) == 4 && !strings.ContainsAny(digits, ".,") && strings.HasPrefix(after, "年") && !strings.HasSuffix(before, "连续") && digits >= "1949" && digits <= "2100":
		return "a year"
	case strings.HasPrefix(after, "月") || strings.HasPrefix(after, "日") && !strings.HasPrefix(after, "日均"):
		return "a date"
	case strings.HasPrefix(after, "周年") || strings.HasPrefix(after, "版") || strings.HasPrefix(after, "时代"):
		return "an anniversary, a version or an era"
	case endsWithLatin(before) || startsWithLatin(after):
		return "part of a name or code (5G, 12345热线, A股)"
	case strings.HasSuffix(before, "“") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "+") || strings.HasSuffix(before, "+"):
		return "part of a name or slogan in quotes"
	case strings.HasPrefix(after, "条") && strings.HasSuffix(before, "“"):
		return "part of a slogan"
	}
	return ""
}

func endsWithLatin(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_' || r == '.')
}

func startsWithLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// modifier are the words before a rate that make it the previous level's
// change, not a fact of its own: 按可比口径增长13%, 同比增长5.5%.
var modifier = map[string]bool{"按可比口径": true, "同比": true, "比上年": true, "分别": true, "年均": false}

func joinWords(a, b string) string {
	if a == "" {
		return b
	}
	return a + "、" + b
}

// changeVerbs end the text before a rate that changes a level.
var changeVerbs = []string{"增长", "下降", "上涨", "上升", "提高", "降低", "回落", "增加", "减少", "提升", "增速为", "增速", "增幅", "涨幅", "降幅", "压缩", "压减"}

// nameTrim is what is cut from the end of the text before a number to get
// the fact's name: verbs of completion and the like.
var nameTrim = []string{"预计", "累计", "实际", "首次", "共计", "分别", "分别完成", "分别达到", "分别增长", "同比增长", "同比下降", "比上年增长", "比上年下降", "比上年", "同比", "增幅", "涨幅", "降幅", "增速", "增速达到", "压缩", "压减", "完成", "实现", "达到", "增长", "下降", "上涨", "提高", "降低", "增加", "减少", "提升", "为", "达", "是", "有", "共", "总计", "合计", "全年", "年末", "其中", "已", "了", "的",
	"年均", "平均", "平均值", "五年", "接连", "连续", "再", "扩容至", "扩容到", "扩大至", "扩大到", "增加到", "提高到", "提升到", "拟安排", "拟按", "按可比口径", "首次跃上", "跃上", "上升至", "上升到", "延长至", "延长到", "缩减到", "缩减至", "突破"}

// cleanName makes a name of the text before a number.
func cleanName(s string) string {
	s = trimSpace(s)
	for {
		cut := false
		for _, w := range nameTrim {
			if strings.HasSuffix(s, w) {
				s = trimSpace(strings.TrimSuffix(s, w))
				cut = true
			}
		}
		if !cut {
			break
		}
	}
	// 区域创新能力稳居全国第4位: the rank is of the quantity before it.
	// (Each pattern is tried only where its last or first word can be:
	// cleanName runs for every number.)
	if strings.HasSuffix(s, "第") || strings.HasSuffix(s, "居") || strings.HasSuffix(s, "排") || strings.HasSuffix(s, "名") || strings.HasSuffix(s, "至") || strings.HasSuffix(s, "到") || strings.HasSuffix(s, "列") {
		s = trimSpace(rankTail.ReplaceAllString(s, ""))
	}
	if r, _ := utf8.DecodeRuneInString(s); isDigit(r) {
		s = leadingYear.ReplaceAllString(s, "")
	}
	for again := true; again; {
		again = false
		for _, p := range append([]string{"其中", "全年", "五年来", "五年", "年末", "同时", "并且", "以及", "预计", "累计", "今年", "去年", "和", "及", "、", "“", "（", "("}, scopeWords...) {
			// An opening mark whose closing one follows is the name's own:
			// “港车北上”、“澳车北上”.
			if closing := map[string]string{"“": "”", "（": "）", "(": ")"}[p]; closing != "" && strings.Contains(s, closing) {
				continue
			}
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				s, again = strings.TrimPrefix(s, p), true
			}
		}
	}
	s = strings.Trim(s, "，、；：,;: ")
	// Words of resolve or manner before it are not either (确保粮食播种面积,
	// 力争实现到位资金, 计划实施草畜平衡面积, 拟发行超长期特别国债), nor a
	// leading verb of doing (实施招商引资项目 → 招商引资项目, 成功争取超长期特别
	// 国债资金 → 超长期特别国债资金). Verbs of making stay (新建惠民餐厅, 建成
	// 老年助餐点): the reports count what was made.
	for again := true; again; {
		again = false
		for _, v := range leadingVerbs {
			if rest := strings.TrimPrefix(strings.TrimPrefix(s, v), "了"); rest != s && utf8.RuneCountInString(rest) >= 3 {
				s, again = rest, true // 完成了主要街道…
				break
			}
		}
		for _, w := range leadingAdverbs {
			if rest := strings.TrimPrefix(s, w); rest != s && utf8.RuneCountInString(rest) >= 3 {
				s, again = rest, true
			}
		}
	}
	for _, w := range []string{"各级各类", "各类"} { // 举办各类线上线下招聘活动
		if rest := strings.TrimPrefix(s, w); rest != s && utf8.RuneCountInString(rest) >= 3 {
			s = rest
		}
	}
	// 一般公共预算收入剔除虚增空转因素后: how it was counted is not its name.
	if strings.HasSuffix(s, "后") || strings.HasSuffix(s, "外") {
		s = countedAs.ReplaceAllString(s, "")
	}
	// A year inside a name dates it, it does not name it: 发放2017年义务兵
	// 优待金 is 发放义务兵优待金. (累计 inside a name stays: 高标准农田累计
	// 完成投资 is how the labels name it.)
	if strings.Contains(s, "年") {
		s = innerYear.ReplaceAllString(s, "$1$2")
	}
	// 在药店零售和医疗机构使用环节抽检: where it was done is said with 在,
	// not named.
	if rest, ok := strings.CutPrefix(s, "在"); ok && utf8.RuneCountInString(rest) >= 4 && !strings.Contains(rest, "的") && !strings.HasPrefix(rest, "校") && !strings.HasPrefix(rest, "建") && !strings.HasPrefix(rest, "岗") {
		s = rest
	}
	// 先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率: the examples
	// before 等 are not the name.
	if i := strings.LastIndex(s, "等"); i > 0 && strings.Contains(s[:i], "、") && utf8.RuneCountInString(s[i+len("等"):]) >= 3 && startsWithCount(s[i+len("等"):]) {
		s = s[i+len("等"):]
	}
	if utf8.RuneCountInString(s) > 24 {
		r := []rune(s)
		s = strings.TrimLeft(string(r[len(r)-24:]), "、，,；")
	}
	return s
}

// countedAs is how an amount was counted, at the end of its name:
// 剔除虚增空转因素后, 扣除一次性因素后.
var countedAs = regexp.MustCompile(`(?:剔除|扣除|不含|除去)\p{Han}{1,12}(?:后|外)$`)

// startsWithCount reports whether s opens on a count: 7大, 三项.
func startsWithCount(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDigit(r) || strings.ContainsRune("一二三四五六七八九十两", r)
}

// rankTail is the words between a ranked quantity and its rank: 稳居全国第,
// 跃居全国第, 居各省区第, 跃升至第.
var rankTail = regexp.MustCompile(`(?:稳居|跃居|位居|位列|居于|居|跃升至|跃升到|升至|上升至|排名|排)(?:全国|全省|全市|全区|全球|世界|各省区|各省|中部|西部|东部)?第?$`)

// scopeWords say where, not what: 全区, 全省 …
var scopeWords = []string{"全市", "全区", "全省", "全县", "全旗", "全国"}

// innerYear is a year inside a name, before more of it.
var innerYear = regexp.MustCompile(`(\p{Han})[0-9０-９]{4}年(?:度)?(\p{Han})`)

// leadingVerbs begin a clause with what was done to the thing counted.
var leadingVerbs = []string{"成功争取", "成功打造", "成功创建", "成功引进", "累计实施", "制定实施", "培育形成", "实施", "围绕", "建立", "执行", "组织", "举办", "开展", "完成", "推动", "推进", "推出", "打造", "创建", "发行", "安排", "谋划"}

// leadingAdverbs come before the verb of a clause: resolve (确保, 力争),
// plan (计划, 拟), manner (有序, 稳妥, 精准, 继续), sums (合计).
var leadingAdverbs = []string{"年内", "成功", "再", "共", "努力", "确保", "力争", "实现", "计划", "拟", "合计", "继续", "持续", "有序", "稳妥", "精准", "全面", "扎实", "加快", "大力", "积极", "深入", "着力", "切实", "进一步", "全力", "因地制宜", "各级各类", "各类"}

var leadingYear = regexp.MustCompile(`^[0-9０-９]{4}年(底|末|初)?`)

// countName names a counted thing whose noun follows its number: 开通3条
// 国际旅游航线 is 开通国际旅游航线, 落地35支国家级大基金 落地国家级大基金.
func countName(n number) (string, bool) {
	if unit, _, _ := strings.Cut(strings.Split(n.unit, "(")[0], "（"); !report.IsCount(unit) {
		return "", false
	}
	tail := upToSeparator(n.after)
	// 温暖工程9个项目全部完工, 7个教育重点项目有序推进: the noun ends where
	// the words of how things went begin.
	for _, a := range []string{"全部", "有序", "顺利", "如期", "基本", "均已", "已"} {
		if i := strings.Index(tail, a); i >= len("两字") {
			tail = tail[:i]
		}
	}
	// 2519个典型村和25个典型村片区: the noun ends where the next number's
	// list begins; 3个万亿级和7个千亿级产业集群: a shorter one takes what
	// the next one carries past it (万亿级产业集群).
	if loc := numberRe.FindStringIndex(tail); loc != nil {
		next := upToSeparator(tail[loc[1]:])
		tail = strings.TrimRight(tail[:loc[0]], "和及与")
		for _, u := range units {
			if strings.HasPrefix(next, u) {
				next = next[len(u):]
				break
			}
		}
		if nr, tr := []rune(next), []rune(tail); len(tr) >= 2 && len(nr) > len(tr)+1 && !numberRe.MatchString(next) && !strings.HasPrefix(next, tail) && string(nr[len(tr)-1:len(tr)]) == string(tr[len(tr)-1:]) {
			tail += string(nr[len(tr):])
		}
	}
	if utf8.RuneCountInString(tail) < 2 {
		return "", false
	}
	// 沿河体育公园等4个文旅重点项目: the examples before 等 are not the
	// category counted.
	if strings.HasSuffix(trimSpace(n.before), "等") {
		if name := relative(tail, relativeVerbs); name != "" {
			return name, true
		}
		return tail, true
	}
	// 明确了需要政府党组研究的23项议事内容: a clause before 的 says which
	// things (明确需要政府党组研究的议事内容).
	if b := trimSpace(n.before); strings.HasSuffix(b, "的") && !strings.HasSuffix(b, "等的") {
		if rel := cleanName(strings.TrimSuffix(b, "的")); rel != "" {
			return strings.ReplaceAll(rel, "了", "") + "的" + tail, true
		}
	}
	head := cleanName(n.before)
	// 职业伤害保障试点覆盖696万名新业态劳动者: what reaches the people
	// counted names them with its verb, however long.
	for _, v := range []string{"惠及", "覆盖", "吸纳", "带动", "服务", "新引入", "引入", "引进", "设立"} {
		if h := strings.TrimRight(head, "、，"); strings.HasSuffix(h, v) && utf8.RuneCountInString(h) > len([]rune(v)) {
			return strings.ReplaceAll(h, "、", "") + tail, true
		}
	}
	// 绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单:
	// listed examples before the count are not the category either.
	if strings.Contains(head, "、") && utf8.RuneCountInString(head) > 6 && relative(tail, relativeVerbs) != "" {
		return relative(tail, relativeVerbs), true
	}
	if utf8.RuneCountInString(head) > 6 {
		return "", false // the noun is before the number: 实施招商引资项目65个
	}
	if containsWord(leadingAdverbs, head) || containsWord(scopeWords, head) {
		head = "" // 努力完成4000户的改造任务, 全区96户
	}
	// 11家企业入选全球人形机器人上市公司百强: what the things did names
	// them (入选全球人形机器人上市公司百强的企业); so for whom something was
	// done (为超300万名婴幼儿发放育儿补贴: 发放育儿补贴的婴幼儿).
	if head == "为" || head == "在" {
		head = "" // 为380个老旧小区引入物业服务, 在3000个小区设置智能回收机
	}
	if head == "" {
		verbs := relativeVerbs
		if b := strings.TrimSuffix(trimSpace(n.before), "超"); strings.HasSuffix(b, "为") || strings.HasSuffix(b, "在") {
			verbs = append(verbs[:len(verbs):len(verbs)], servedVerbs...)
		}
		if name := relative(tail, verbs); name != "" {
			return name, true
		}
	}
	// A verb of process alone is not part of the name (推进32个城中村改造
	// 项目, 累计推出119个…重点事项); one of making or doing is (开通3条国际
	// 旅游航线, 应对15个台风).
	for _, v := range []string{"实施", "推进", "推出", "推动", "组织", "制定实施", "培育形成", "谋划", "安排", "围绕", "建立"} {
		if head == v {
			head = ""
		}
	}
	return head + tail, true
}

// listVerb is the verb of making a clause opens on (累计创建, 新建, 全年办理),
// which the things listed after its first number share; or "".
func listVerb(b string) string {
	b = trimSpace(b)
	for again := true; again; {
		again = false
		for _, w := range []string{"累计", "全年", "其中", "预计", "今年", "年内", "共"} {
			if rest := strings.TrimPrefix(b, w); rest != b {
				b, again = rest, true
			}
		}
	}
	for _, v := range leadingVerbs {
		if strings.HasPrefix(b, v) && !containsWord(sharedVerbs, v) {
			return "" // a verb of process: 培育形成3个万亿级和7个千亿级产业集群
		}
	}
	for _, v := range sharedVerbs {
		if strings.HasPrefix(b, v) {
			return v
		}
	}
	return ""
}

// sharedVerbs are the verbs of making or doing a name keeps, and shares
// with the things listed after it: 新建低空起降设施2500个、汽车充电设施50万个.
var sharedVerbs = []string{"布局建设", "新认定", "认定", "新建", "建成", "新增", "创建", "新培育", "培育", "处置", "办理", "建设", "开通", "引进"}

// withListVerb gives a listed thing's name the verb its list opens on.
func withListVerb(name string, n number) string {
	if n.listVerb == "" || name == "" || n.unit == "%" || hasAnyPrefix(name, sharedVerbs) || strings.Contains(name, "的") || bareMeasure(name) {
		return name // 新建5个…医疗集团、区级覆盖率达80%: a rate is no list's
	}
	return n.listVerb + name
}

// relativeVerbs open what counted things did, after their noun.
var relativeVerbs = []string{"入选", "入围", "实现", "新获评", "获评", "获得", "增选为", "被命名为", "被评为", "纳入", "亮相", "达到", "在"}

// servedVerbs say what was done for things counted after 为 or 在: 为380个
// 老旧小区引入物业服务.
var servedVerbs = []string{"免费提供", "提供", "发放", "开展", "引入", "设置", "配备", "安装", "建设", "改造"}

// relative names things by what they did, or what was done for them: 区均被
// 评为全国双拥模范城 is 被评为全国双拥模范城的区; or "".
func relative(tail string, verbs []string) string {
	i := firstVerb(tail, verbs)
	if i <= 0 {
		return ""
	}
	noun, vp := strings.TrimSuffix(tail[:i], "均"), tail[i:]
	if noun == "" {
		return ""
	}
	for _, v := range verbs {
		if rest, ok := strings.CutPrefix(vp, v+"了"); ok {
			vp = v + rest // 实现了“两不愁、三保障” is 实现“两不愁、三保障”
			break
		}
	}
	// 在国家绩效监测中获评A级以上: the 在 phrase says where, the verb after
	// it what (国家绩效监测中获评A级以上的…).
	if rest, ok := strings.CutPrefix(vp, "在"); ok && firstVerb(rest, verbs) > 0 {
		vp = rest
	}
	return vp + "的" + noun
}

// firstVerb is where the first of verbs stands in s after a noun, or -1.
func firstVerb(s string, verbs []string) int {
	best := -1
	for _, v := range verbs {
		if i := strings.Index(s, v); i >= len("字") && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// upToSeparator is the start of s up to the first mark between clauses or
// list items.
func upToSeparator(s string) string {
	return upTo(s, "、，,；;。")
}

// upTo is the start of s up to the first of marks; a comma between digits
// (6,900) is not one.
func upTo(s, marks string) string {
	quoted := false // 实现了“两不愁、三保障”: a mark inside quotes is the name's
	for i, r := range s {
		switch r {
		case '“':
			quoted = true
		case '”':
			quoted = false
		}
		if quoted || !strings.ContainsRune(marks, r) {
			continue
		}
		if r == ',' && i > 0 && isDigit(rune(s[i-1])) && i+1 < len(s) && isDigit(rune(s[i+1])) {
			continue
		}
		return trimSpace(s[:i])
	}
	return trimSpace(s)
}

// isChange reports whether a percent number is a change of a level: it
// follows one of changeVerbs.
func isChange(n number) (report.ChangeKind, bool) {
	b := strings.TrimSuffix(trimSpace(n.before), "了")
	if t := strings.TrimSuffix(strings.TrimSuffix(b, "达到"), "达"); strings.HasSuffix(t, "增速") {
		b = t // 规模以上工业增加值增速达到12%
	}
	for _, v := range changeVerbs {
		if strings.HasSuffix(b, v) {
			if n.unit == "个百分点" {
				return report.ChangePP, true
			}
			if n.unit == "%" {
				return report.ChangeYoY, true
			}
		}
	}
	return "", false
}

// falling reports whether the verb before a change says it fell.
func falling(n number) bool {
	b := trimSpace(n.before)
	for _, v := range []string{"下降", "降低", "回落", "减少", "降幅", "压缩", "压减"} {
		if strings.HasSuffix(strings.TrimSuffix(b, "了"), v) {
			return true
		}
	}
	return false
}

// signed is a rate's value, negative when the verb before it says it fell.
func signed(n number) report.Decimal {
	if falling(n) {
		return report.NewDecimal(n.value.Dec().Neg(), n.value.Places())
	}
	return n.value
}

// paragraph reads the facts of one paragraph, by the part it is in.
func (x *extractor) paragraph(p string, l line) {
	if x.annex >= 0 {
		x.annexFacts(p, l)
		return
	}
	// The plan part's main goals are the next five years' (…主要目标是：
	// 到2030年…), not this year's: they leave the year's targets to come.
	if x.part == partPlan && !x.goalsSet && (strings.Contains(p, "主要目标") || strings.Contains(p, "预期目标")) {
		before := len(x.r.Targets)
		x.goals(p, l)
		if x.goalsSet = len(x.r.Targets) > before; x.goalsSet {
			return
		}
	}
	if x.part != partReview && x.part != partPlan && !x.targetsSet && (x.targetsNext || strings.Contains(p, "预期目标是") || strings.Contains(p, "主要预期目标") || strings.Contains(p, "主要目标是")) {
		// A text broken mid-sentence (…主要预期目标 / 是：地区生产总值增长…)
		// has the targets in the next line.
		before := len(x.r.Targets)
		x.targets(p, l)
		x.targetsSet = len(x.r.Targets) > before
		x.targetsNext = !x.targetsSet && !x.targetsNext
		if x.targetsSet {
			return
		}
	}
	x.turn(p)
	switch x.part {
	case partTargets:
		x.taskFacts(p, l)
	case partTasks, partPlan:
		x.taskFacts(p, l)
	case partReview:
		if x.planTalk || strings.Contains(p, "十五五") || strings.Contains(p, "今后五年") || strings.Contains(p, "未来五年") {
			x.goals(p, l) // the next plan's goals, in a part that also reviews the last
			return
		}
		x.results(p, l)
	default:
		if len(x.r.Tasks) > 0 || len(x.r.Results) > 0 && x.section < 0 {
			x.taskFacts(p, l)
		} else {
			x.results(p, l)
		}
	}
}

// turn follows a review as it turns from the past year to the five years
// of the plan just ended and back, and on to the next plan, by the words a
// paragraph or a heading line opens on. A paragraph that opens on the five
// years (过去的五年极不寻常。) makes those after it, headed by their own words
// (综合实力稳步提升。, ——发展质效不断提高), about the five years too, until
// one opens on the year (刚刚过去的2025年很不平凡). A part of 十四五
// achievements and 十五五 goals turns to the plan at a paragraph that opens
// on it, and what follows is about the plan (围绕上述目标，《纲要草案》…设置
// 了29项主要指标).
func (x *extractor) turn(p string) {
	if x.part != partReview && x.part != partOther {
		return
	}
	switch {
	case hasAnyPrefix(p, spanOpeners):
		x.spanTalk = true
	case hasAnyPrefix(p, yearOpeners) || yearOpenerRe.MatchString(p):
		if (x.spanTalk || x.spanSection) && x.part == partReview && x.section >= 0 {
			// The year's facts are not the last five-year section's:
			// 刚刚过去的2025年，全省上下… after 我们…不断加强政府自身建设。
			x.newSection(upTo(p, "，,。"), "")
		}
		x.spanTalk, x.spanSection = false, false
	}
	if x.part == partReview && hasAnyPrefix(p, planOpeners) {
		x.planTalk = true
	}
}

// spanOpeners open a paragraph about the five years of the plan just
// ended, yearOpeners one about the past year, planOpeners one about the
// next plan.
var (
	planOpeners  = []string{"“十五五”", "十五五", "今后五年", "未来五年"}
	spanOpeners  = []string{"这五年", "五年来", "过去五年", "过去的五年", "“十四五”", "十四五时期"}
	yearOpeners  = []string{"刚刚过去的", "过去一年", "一年来", "这一年"}
	yearOpenerRe = regexp.MustCompile(`^(?:20[0-9]{2}|２０[０-９]{2}|二〇[二三]\S)年`)
)

func hasAnyPrefix(s string, ps []string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// planSpan is the five-year plan period ending with the past year, when
// the report is given in the first year of a new plan (2026: 2021-2025).
func (x *extractor) planSpan() report.Period {
	y := x.r.Meta.Year - 1
	return report.Period(fmt.Sprintf("%d-%d", y-4, y))
}

// results reads the facts of a review paragraph into the current section.
func (x *extractor) results(p string, l line) {
	if x.section < 0 {
		x.r.Results = append(x.r.Results, report.Section{ID: x.id("s"), Title: "总体情况", Part: x.partTitle})
		x.section = len(x.r.Results) - 1
	}
	paraSpan := x.spanTalk

	for _, s := range sentences(p) {
		multi := x.spanSection || paraSpan
		var last *report.Indicator
		lastClauseStart := 0
		sentenceFirst := len(x.r.Results[x.section].Indicators)
		x.governs = nil
		topic := "" // the sentence's last name not made of another's
		scene := "" // what the clause before, without a number, did
		offset := 0
		for _, c := range clauses(s) {
			cStart := strings.Index(s[offset:], c) + offset
			offset = cStart + len(c)
			x.lead = leadBefore(s, cStart)
			nums := x.numbers(c, l)
			if len(nums) == 0 {
				scene = clauseSubject(c)
				continue
			}
			clauseScene := scene // the clause just before only
			scene = ""
			if x.respectively(c, nums, multi, s, l) {
				last = x.lastIndicator()
				lastClauseStart = cStart
				continue
			}
			var from *report.Decimal
			for _, n := range nums {
				quote := trimSpace(c)
				scene := clauseScene // the clause's first number only
				clauseScene = ""
				if n.threshold {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "a threshold that names a class of things (…以上项目)", Clause: quote, Line: l.no})
					continue
				}
				// 新增就业6435人，失业人员再就业1755人，分别完成目标任务的
				// 117%: one rate of each level of the sentence.
				if b := trimSpace(n.before); n.unit == "%" && len(nums) == 1 && strings.HasPrefix(b, "分别") && x.rateOfEach(sentenceFirst, n, strings.TrimSuffix(strings.TrimPrefix(b, "分别"), "的"), s, c) {
					continue
				}
				if n.fromOf {
					v := n.value
					from = &v
					continue
				}
				if kind, ok := isChange(n); ok {
					ch := &report.Change{Kind: kind, Value: signed(n)}
					name := cleanName(n.before)
					if modifier[name] && last != nil && last.Change == nil {
						if name == "按可比口径" {
							last.Qualifier = joinWords(last.Qualifier, name)
						}
						name = ""
					}
					if last != nil && last.Change == nil && (name == "" || strings.HasPrefix(trimSpace(n.before), "同比") || strings.HasPrefix(trimSpace(n.before), "比上年") || strings.Contains(n.before, "增长") && name == last.Name) {
						last.Change = ch
						last.Quote = trimSpace(s[lastClauseStart:offset])
						continue
					}
					if name == "" && last != nil {
						name = last.Name
					}
					for _, name := range listNames(name, n) {
						in := report.Indicator{Name: name, Change: ch, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						x.addIndicator(&in, multi, s, l)
					}
					topic = name
					last = x.lastIndicator()
					lastClauseStart = cStart
					continue
				}
				v := n.value
				// 完成投资37.56亿元,投资完成率达到101.8%: a ratio of the
				// level before it, named with that level's words.
				if name := cleanName(n.before); n.unit == "%" && last != nil && last.Change == nil && last.Value != nil && last.Unit != "%" && ratioOf(name, last.Name) {
					last.Change = &report.Change{Kind: report.ChangeRate, Value: v, Label: name}
					last.Quote = trimSpace(s[lastClauseStart:offset])
					continue
				}
				// 核电装机规模占全国25.8%, 民生支出占一般公共预算支出的73.6%:
				// a share of a whole, the fact's rate.
				// 绿色电力占比达到…% is a rate named 占比, no share of a whole.
				if i := strings.LastIndex(n.before, "占"); n.unit == "%" && i >= 0 && !strings.HasPrefix(n.before[i:], "占比") {
					name, whole := cleanName(n.before[:i]), strings.TrimSuffix(strings.TrimSuffix(trimSpace(n.before[i:]), "达"), "的")
					if name == "" && last != nil {
						name = last.Name
					}
					if name != "" {
						ch := &report.Change{Kind: report.ChangeShare, Value: v, Label: strings.TrimSuffix(whole, "比重")}
						if last != nil && last.Change == nil && last.Name == name {
							last.Change = ch
							last.Quote = trimSpace(s[lastClauseStart:offset])
							continue
						}
						in := report.Indicator{Name: name, Change: ch, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						x.addIndicator(&in, multi, s, l)
						last = x.lastIndicator()
						lastClauseStart = cStart
						continue
					}
				}
				in := report.Indicator{Name: changedBy(cleanName(n.before), n), Value: &v, Unit: n.unit, Quote: quote, Qualifier: strings.Join(n.qualifier, "、"), From: from}
				// 70%村卫生室实现与乡镇卫生院一体化管理: a share of the things
				// after it, named by what they did.
				if tail := strings.TrimPrefix(upToSeparator(n.after), "的"); in.Name == "" && n.unit == "%" && startsWithHan(tail) {
					if in.Name = relative(tail, relativeVerbs); in.Name == "" {
						in.Name = tail
					}
				}
				if from != nil {
					if i := strings.Index(c, "从"); i > 0 {
						in.Name = cleanName(c[:i]) // the name stands before 从
					}
					from = nil
				}
				if name, ok := countName(n); ok && in.From == nil {
					in.Name = name
				}
				in.Name = ofWhat(withListVerb(firmKind(in.Name, n.unit), n), n)
				// A bare measure after another fact of the sentence is that
				// thing's: 实施招商引资项目65个，总投资达到86.24亿元.
				// What a bare measure is of: what the clause says the money is
				// spent on or the thing after 的, else what the clause before
				// did, else the sentence's thing — a thing, not another
				// measure (旅客年吞吐量…，出入境人数 is no 吞吐量's).
				if thing := spentOn(in.Name, n); thing != "" && in.From == nil && topic == "" {
					in.Name = thing + in.Name
				} else if of := ofWhat(in.Name, n); of != in.Name && in.From == nil {
					in.Name = of
				} else if scene != "" && in.From == nil && bareMeasure(in.Name) {
					in.Name = merge(scene, in.Name) // 组织开展家电以旧换新活动,销售额达到…
				} else if topic != "" && in.From == nil && bareMeasure(in.Name) && !strings.HasPrefix(in.Name, topic) && !twoMeasures(topic, in.Name) {
					in.Name = subject(topic) + in.Name
				} else if in.Name != "" {
					topic = in.Name
				}
				if in.Name == "" && last != nil {
					in.Name = last.Name + absoluteChange(n.before)
					if last.Kind == report.KindStreak && topic != "" {
						in.Name = topic // not the streak's name with its words after
					}
				}
				switch {
				case strings.HasSuffix(n.before, "连续"):
					// 区域创新能力连续9年全国第一: the streak is of what
					// follows the number (区域创新能力全国第一).
					in.Kind = report.KindStreak
					if in.Name != "" {
						topic = in.Name // what streaks, for a number after it: 粮食总产量连续9年稳定在1300亿斤以上
					}
					if tail := upToSeparator(n.after); tail != "" && !strings.HasSuffix(in.Name, tail) {
						in.Name += tail
					}
				case strings.HasSuffix(n.before, "第"):
					in.Kind = report.KindRank
				}
				for _, name := range listNames(in.Name, n) {
					in := in
					in.Name = name
					x.addIndicator(&in, multi, s, l)
				}
				last = x.lastIndicator()
				lastClauseStart = cStart
			}
		}
	}
}

// firmKind names a kind of firm counted in 家 as firms: 专精特新“小巨人”
// 450家 are 专精特新“小巨人”企业, 制造业单项冠军59家 制造业单项冠军企业.
func firmKind(name, unit string) string {
	if !strings.HasSuffix(unit, "家") || strings.HasSuffix(name, "企业") {
		return name
	}
	for _, k := range []string{"小巨人”", "小巨人", "单项冠军", "独角兽", "瞪羚", "龙头"} {
		if strings.HasSuffix(name, k) {
			return name + "企业"
		}
	}
	return name
}

// ofWhat is the thing a bare measure is of when it follows the number:
// 首期规模500亿元的浙江社保科创基金 (浙江社保科创基金首期规模), 组建总规模
// 1000亿元的省战略性新兴产业投资引导基金; or the name as it is.
func ofWhat(name string, n number) string {
	rest, ok := strings.CutPrefix(n.after, "的")
	measure := func(s string) bool { return bareMeasure(s) || s == "首期规模" || s == "总规模" || s == "规模" }
	if r := []rune(name); ok && !measure(name) && len(r) > 2 && measure(string(r[2:])) {
		name = string(r[2:]) // 组建总规模1000亿元的…基金: the verb is not the measure's
	}
	if !ok || !measure(name) {
		return name
	}
	noun := upTo(rest, "，,；;。、")
	for _, v := range []string{"签约", "落地", "设立", "成立", "启动", "投入", "运营", "正式", "已", "建成", "主体", "整体", "全部", "完工", "竣工", "投产"} {
		if i := strings.Index(noun, v); i >= len("两字") {
			noun = noun[:i]
		}
	}
	if k := utf8.RuneCountInString(noun); k < 2 || k > 20 || numberRe.MatchString(noun) {
		return name
	}
	return noun + name
}

// twoMeasures reports whether a bare measure is another measure than the
// topic, not one of it: 出入境人数 after 旅客年吞吐量 is no 吞吐量's, while
// 总量 and 占全国 after 地区生产总值, 无人机产量 are theirs.
func twoMeasures(topic, measure string) bool {
	return endsInMeasure(topic) && endsInMeasure(measure) && utf8.RuneCountInString(measure) >= 3 &&
		!strings.HasPrefix(measure, "总") && !strings.HasPrefix(measure, "占")
}

// bareMeasure reports whether a name is a measure that needs the thing it
// measures: 总投资, 完成投资, 销售额, 受益居民, 建设里程.
func bareMeasure(name string) bool {
	name = strings.TrimPrefix(name, "年度") // 年度完成投资
	n := utf8.RuneCountInString(name)
	if n == 0 || n > 5 {
		return false
	}
	if n <= 3 && (endsInMeasure(name) || strings.HasSuffix(name, "资") || strings.HasPrefix(name, "占") || strings.HasPrefix(name, "总")) {
		return true // 总投资, 增加值, 占全国; not 碧带, 企业
	}
	for _, w := range []string{"完成", "计划", "累计", "惠及", "受益", "建设", "带动", "总"} {
		if strings.HasPrefix(name, w) {
			return true
		}
	}
	for _, w := range []string{"投资", "金额", "销售额", "交易额", "出口额", "营业额", "里程", "人数", "面积"} {
		if strings.HasSuffix(name, w) {
			return true
		}
	}
	return false
}

// clauseSubject is what a clause without a number is about, for the
// measure in the clause after it: 成功举办第二十届中俄蒙展洽会 (中俄蒙展洽会),
// 组织开展家电以旧换新活动 (家电以旧换新), 二手车出口实现“零的突破”
// (二手车出口); or "".
func clauseSubject(c string) string {
	s := trimSpace(c)
	for again := true; again; {
		again = false
		for _, w := range sceneVerbs {
			if rest, ok := strings.CutPrefix(s, w); ok && rest != "" {
				s, again = rest, true
			}
		}
	}
	s = ordinalPrefix.ReplaceAllString(s, "")
	for _, w := range []string{"实现", "建成", "取得", "顺利", "全面", "达到", "不断", "持续", "稳步", "进一步", "明显", "显著", "大幅"} {
		if i := strings.Index(s, w); i >= len("两字") {
			s = s[:i]
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "活动"), "工作")
	if n := utf8.RuneCountInString(s); n < 2 || n > 16 || numberRe.MatchString(s) || strings.ContainsAny(s, "，、；：“”") {
		return ""
	}
	return s
}

// sceneVerbs open a clause that says what was done.
var sceneVerbs = append(append([]string{"组织开展", "举办", "开展", "建设", "全力推进"}, leadingVerbs...), leadingAdverbs...)

// ordinalPrefix is an edition before a name: 第二十届.
var ordinalPrefix = regexp.MustCompile(`^第[一二三四五六七八九十百0-9０-９]+[届次期]`)

// merge joins a subject and a measure of it, once where they overlap:
// 二手车出口 and 出口额 make 二手车出口额.
func merge(subject, measure string) string {
	sr, mr := []rune(subject), []rune(measure)
	for k := min(len(sr), len(mr)-1); k > 0; k-- {
		if string(sr[len(sr)-k:]) == string(mr[:k]) {
			return subject + string(mr[k:])
		}
	}
	return subject + measure
}

// spentOn is what an amount of money named by a bare measure is spent on,
// when the clause says so after it: 投资4890万元实施10蒸吨以下燃煤锅炉改造
// (10蒸吨以下燃煤锅炉改造), 计划投资1.32亿元改造一二级供水管网 (一二级供水
// 管网改造: the work on a thing is named thing first); or "".
func spentOn(name string, n number) string {
	if !report.IsMoney(n.unit) || !strings.HasSuffix(name, "投资") || !bareMeasure(name) {
		return ""
	}
	thing := upTo(n.after, "，,；;。")
	for _, w := range []string{"用于", "对", "实施了", "实施", "完成了", "完成"} {
		thing = strings.TrimPrefix(thing, w)
	}
	// Counts inside it are not part of its name: 改造21个老旧小区,
	// 生态环境类重点项目7个.
	thing = countInName.ReplaceAllString(thing, "")
	for _, v := range []string{"升级改造", "节能改造", "改造"} {
		if rest := strings.TrimPrefix(thing, v); rest != thing && rest != "" {
			thing = rest + v
			break
		}
	}
	if utf8.RuneCountInString(thing) < 2 || utf8.RuneCountInString(thing) > 30 {
		return ""
	}
	return thing
}

// countInName is a count written inside a phrase: 21个, 6,900余盏.
var countInName = regexp.MustCompile(`[0-9０-９][0-9０-９,.]*(?:余|多)?(?:个|家|座|条|项|所|盏|处|栋|户|套)`)

// subject is the thing a fact's name counts, for a measure of it that
// follows: 新登记经营主体 → 经营主体 (总量达到5.75万户).
func subject(name string) string {
	for _, w := range []string{"新登记", "新增", "新培育"} {
		if rest := strings.TrimPrefix(name, w); rest != name && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// reachQualifier is a planned number's qualifiers with 达到 when the plan
// names a level to reach (护理员持证人数达到4500人以上: 达到、以上); the
// past year's results leave plain 达到 out, as the data guide says.
func reachQualifier(n number) []string {
	b := trimSpace(n.before)
	for _, q := range n.qualifier {
		b = strings.TrimSuffix(b, q)
	}
	if (strings.HasSuffix(b, "达到") || strings.HasSuffix(b, "达")) && !strings.HasSuffix(strings.TrimSuffix(b, "到"), "分别达") && !containsWord(n.qualifier, "达到") {
		i := 0 // after the words that govern the clause: 确保、达到、以上
		for i < len(n.qualifier) && containsWord(governing, n.qualifier[i]) {
			i++
		}
		return append(append(append([]string{}, n.qualifier[:i]...), "达到"), n.qualifier[i:]...)
	}
	return n.qualifier
}

// changedBy keeps the verb of a change by an amount in the name (居民存量
// 房贷利息年支出减少约1500亿元 → …年支出减少, 基础教育公办学位增加326万个,
// 城乡居民基础养老金最低标准再提高20元): the model has no change by an
// amount, so the fact is the change itself. A rate after such a verb is a
// change of its own kind and keeps the plain name.
func changedBy(name string, n number) string {
	if name == "" || n.unit == "%" || n.unit == "个百分点" || n.fromOf {
		return name
	}
	b := trimSpace(n.before)
	for _, q := range n.qualifier {
		b = trimSpace(strings.TrimSuffix(b, q))
	}
	for _, v := range []string{"增加", "减少", "提高", "增长", "下降", "降低"} {
		if strings.HasSuffix(b, v) && !strings.HasSuffix(name, v) {
			if strings.HasSuffix(strings.TrimSuffix(b, v), "再") {
				v = "再" + v
			}
			return name + v
		}
	}
	return name
}

// absoluteChange is the words of a change by an amount standing alone
// before its number (比上年增加), which the model keeps as a fact of its
// own named after the level it changes; or "".
func absoluteChange(before string) string {
	b := strings.Trim(trimSpace(before), "、，,")
	for _, w := range []string{"比上年增加", "比上年减少", "比上年提高", "比上年下降", "比上年多", "比上年少", "同比增加", "同比减少"} {
		if strings.HasSuffix(b, w) {
			return w
		}
	}
	return ""
}

// rateOfEach gives the levels of the sentence from indicator first on,
// two or more with no change, the rate n, labelled; it reports whether there
// were such levels.
func (x *extractor) rateOfEach(first int, n number, label, sentence, c string) bool {
	ins := x.r.Results[x.section].Indicators[first:]
	var each []*report.Indicator
	for i := range ins {
		if ins[i].Change == nil && ins[i].Value != nil {
			each = append(each, &ins[i])
		}
	}
	if len(each) < 2 {
		return false
	}
	for _, in := range each {
		in.Change = &report.Change{Kind: report.ChangeRate, Value: n.value, Label: label}
		if kind, ok := isChange(n); ok { // 分别同比增长7.8%
			in.Change = &report.Change{Kind: kind, Value: signed(n)}
		}
		in.Quote = spanQuote(sentence, in.Quote, c)
	}
	return true
}

// ratioOf reports whether a rate's name (投资完成率, 签章率) is a ratio of
// the level named before it (完成投资, 电子签章): it ends in 率 and its
// words, two characters at a time, all stand in the level's name. 水土保持
// 率 after 治理水土流失面积 is a rate of its own.
func ratioOf(rate, level string) bool {
	r := []rune(rate)
	if len(r) < 2 || len(r) > 6 || r[len(r)-1] != '率' {
		return false
	}
	stem := r[:len(r)-1]
	for i := 0; i < len(stem); i += 2 {
		if !strings.Contains(level, string(stem[i:min(i+2, len(stem))])) {
			return false
		}
	}
	return true
}

// respectively reads a clause of several things and as many numbers, in
// order: 城镇和农村居民人均可支配收入分别达35512元、25689元; 刑事治安、涉诈、
// 涉毒警情分别下降17.7%、17.4%、68%. It reports whether it did.
func (x *extractor) respectively(c string, nums []number, multi bool, s string, l line) bool {
	names, ok := respectivelyNames(c, nums)
	if !ok {
		return false
	}
	// The first number tells what they all are: 分别下降17.7%、17.4%、68%
	// are three falls; …占规模以上工业增加值比重分别达56.2%、34.7% two
	// shares of that whole.
	kind, change := isChange(nums[0])
	fall := falling(nums[0])
	whole := ""
	if i := strings.Index(c, "分别"); !change && nums[0].unit == "%" {
		if j := strings.LastIndex(c[:i], "占"); j >= 0 {
			whole = strings.TrimSuffix(strings.TrimSuffix(trimSpace(c[j+len("占"):i]), "的比重"), "比重")
		}
	}
	// 分别超98.5%和99%: what stands before the first number is each one's.
	var lead []string
	for _, q := range nums[0].qualifier {
		if containsWord(preQualifiers, q) {
			lead = append(lead, q)
		}
	}
	for k, n := range nums {
		qs := n.qualifier
		if k > 0 {
			qs = nil
			for _, q := range lead {
				if !containsWord(n.qualifier, q) {
					qs = append(qs, q)
				}
			}
			qs = append(qs, n.qualifier...)
		}
		in := report.Indicator{Name: names[k], Quote: trimSpace(c), Qualifier: strings.Join(qs, "、")}
		if change && n.unit == nums[0].unit {
			v := n.value
			if fall {
				v = report.NewDecimal(v.Dec().Neg(), v.Places())
			}
			in.Change = &report.Change{Kind: kind, Value: v}
		} else if whole != "" && n.unit == "%" {
			in.Change = &report.Change{Kind: report.ChangeShare, Value: n.value, Label: whole}
		} else {
			v := n.value
			in.Value, in.Unit = &v, n.unit
		}
		x.addIndicator(&in, multi, s, l)
	}
	return true
}

// respectivelyNames names the things of a clause with 分别, one for each of
// its numbers, or reports that the clause is not of that shape.
func respectivelyNames(c string, nums []number) ([]string, bool) {
	i := strings.Index(c, "分别")
	if i < 0 || len(nums) < 2 || nums[0].start < i {
		return nil, false // no 分别, or a number before it
	}
	// Split at 、 first: 信息传输软件和信息技术服务业、租赁和商务服务业 are two.
	subject := trimSpace(c[:i])
	if j := strings.LastIndex(subject, "占"); j > 0 {
		subject = subject[:j] // 先进制造业、高技术制造业增加值占…比重分别达
	}
	items := strings.Split(subject, "、")
	if len(items) != len(nums) {
		items = strings.FieldsFunc(subject, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
	}
	if pair := townAndCountry(cleanName(subject)); len(items) == 1 && len(nums) == 2 && pair != nil {
		return pair, true // 城乡居民人均可支配收入分别增长4.4%、5.6%
	}
	if len(items) != len(nums) {
		return nil, false
	}
	return shareTail(items), true
}

// measureHeads are nouns of measure a list of things shares at its end:
// 高技术制造业、装备制造业增加值 are two 增加值, 水果、蔬菜、茶叶产量 three 产量.
var measureHeads = func() []string {
	h := []string{"增加值", "产量", "出栏量", "存栏量", "余额", "比重", "收入", "支出", "产值", "营收", "总额", "销售额", "营业额", "交易额", "投资", "人数", "面积", "价格", "标准", "利润", "规模", "数量", "覆盖率", "警情", "案件", "客运量", "吞吐量"}
	sortByLen(h)
	return h
}()

// shareTail names the items of a list, giving each the tail the last one
// carries. An item of two characters parallels as many at the
// start of the last one and takes the rest (广州、深圳地铁线网单日最高客运量:
// 广州地铁线网单日最高客运量; 涉诈、涉毒警情: 涉诈警情); a longer one takes the
// last one's noun of measure (高技术制造业、装备制造业增加值: 高技术制造业增加
// 值) unless it ends in one of its own (生产安全事故起数、死亡人数).
func shareTail(items []string) []string {
	last := items[len(items)-1]
	head := ""
	for _, h := range measureHeads {
		if rest := strings.TrimSuffix(last, h); rest != last && rest != "" {
			head = h
			if strings.HasSuffix(rest, "年") {
				head = "年" + h
			}
			break
		}
	}
	lastRunes := []rune(last)
	out := make([]string, len(items))
	for k, it := range items {
		name := cleanName(it)
		n := utf8.RuneCountInString(name)
		first := []rune(cleanName(items[0]))
		switch {
		case k > 0 && (n <= 3 || countWord(name)) && len(first) > n+1 && sameLastRune(name, string(first)):
			// 网上信访满意率、办结率: the first one's subject is the
			// others' too (网上信访办结率); 生产安全事故起数、死亡人数:
			// counts of two characters parallel each other
			// (生产安全事故死亡人数).
			cut := n
			if countWord(name) && countWord(string(first)) {
				cut = 2
			}
			name = string(first[:len(first)-cut]) + name
		case k == len(items)-1:
		case n <= 2 && n+1 < len(lastRunes):
			if tail := string(lastRunes[n:]); !strings.HasSuffix(name, tail) {
				name += tail
			}
		case head != "" && !strings.HasSuffix(name, head) && !endsInMeasure(name):
			name += head
		}
		out[k] = name
	}
	return out
}

// countWord reports whether a name ends in a count of two characters:
// 人数, 起数, 件数 …
func countWord(name string) bool {
	r := []rune(name)
	return len(r) >= 2 && r[len(r)-1] == '数' && strings.ContainsRune("人起件次户个总", r[len(r)-2])
}

func sameLastRune(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeLastRuneInString(b)
	return ra == rb
}

// endsInMeasure reports whether a name ends in a word of measure of its
// own: 起数, 满意率, 总额, 产量, 增加值, 比重 …
func endsInMeasure(name string) bool {
	r, _ := utf8.DecodeLastRuneInString(name)
	return strings.ContainsRune("数率额量值重入模积格准润", r)
}

// townAndCountry splits a name for town and country together (城乡居民人均
// 可支配收入) into the town's and the country's; nil for any other name.
func townAndCountry(name string) []string {
	rest, ok := strings.CutPrefix(name, "城乡")
	if !ok || utf8.RuneCountInString(rest) < 2 {
		return nil
	}
	return []string{"城镇" + rest, "农村" + rest}
}

// listNames splits a name that lists things sharing one number: 生产安全
// 事故起数、死亡人数均下降75%, 网上信访满意率、办结率和好评率达到95%以上. A
// list with 等 is a category's examples, one thing (老旧小区改造、供热管网
// 更新等4个项目), and without 均 only a rate is shared; 和 splits only things of the same kind (办结率和好评率, not
// 租赁和商务服务业).
func listNames(name string, n number) []string {
	if pair := townAndCountry(name); pair != nil && strings.Contains(n.before, "分别") {
		return pair // 城乡居民人均可支配收入分别增长7.5%: each of the two
	}
	jun := strings.HasSuffix(name, "均") && !strings.HasSuffix(name, "年均") && !strings.HasSuffix(name, "人均") && !strings.HasSuffix(name, "平均")
	if jun {
		name = strings.TrimSuffix(name, "均")
	}
	// Without 均 only a level in percent is each thing's: 东山、西山绿化修复
	// 1080亩 is one total, and A、B增长5% may be the growth of both together.
	// 本科高校、高职院校、技师学院均实现21个地级以上市全覆盖: a count of
	// what follows it is no list's.
	_, change := isChange(n)
	rate := n.unit == "%" && !change
	if strings.Contains(name, "“") && !jun {
		return []string{name} // 新能源汽车、光伏产品、锂电池“新三样”: one group
	}
	if strings.Contains(name, "等") || !jun && (!rate || !strings.Contains(name, "、")) || report.IsCount(n.unit) && startsWithHan(n.after) {
		return []string{name}
	}
	var items []string
	for _, it := range strings.Split(name, "、") {
		for _, sep := range []string{"和", "及"} {
			if a, b, ok := strings.Cut(it, sep); ok && a != "" && b != "" {
				ra, rb := []rune(a), []rune(b)
				if ra[len(ra)-1] == rb[len(rb)-1] {
					items = append(items, a)
					it = b
				}
			}
		}
		items = append(items, it)
	}
	if len(items) < 2 || len(items) > 6 {
		return []string{name}
	}
	for _, it := range items {
		if utf8.RuneCountInString(it) < 2 {
			return []string{name}
		}
	}
	return shareTail(items)
}

func (x *extractor) lastIndicator() *report.Indicator {
	s := &x.r.Results[x.section]
	return &s.Indicators[len(s.Indicators)-1]
}

// addIndicator files a fact in the current section, with its period.
func (x *extractor) addIndicator(in *report.Indicator, multi bool, sentence string, l line) {
	in.ID = x.id("i")
	if multi {
		in.Period = x.planSpan()
		switch {
		case strings.Contains(sentence, "年均"):
			in.Measure = report.MeasureAverage
		case strings.Contains(in.Qualifier, "累计") || strings.Contains(sentence, "累计"):
			in.Measure = report.MeasureTotal
		case strings.Contains(sentence, "比") && strings.Contains(sentence, "年") && in.Change != nil:
			in.Measure = report.MeasureChange
		default:
			in.Measure = report.MeasureEnd
		}
	}
	qualifierOK(&in.Qualifier)
	s := &x.r.Results[x.section]
	if in.Name == "" {
		in.Name = "（待命名）"
	}
	path := fmt.Sprintf("results[%d].indicators[%d]", x.section, len(s.Indicators))
	x.check(path, in.Name, in.Quote)
	if multi {
		x.d.Checks[path+".period"] = "a figure of the five years: check the period and measure"
	}
	s.Indicators = append(s.Indicators, *in)
}

// check marks a fact whose name was not found for a person to name.
func (x *extractor) check(path, name, quote string) {
	if name == "（待命名）" || !strings.Contains(quote, name) {
		x.d.Checks[path+".name"] = "name it: the clause does not name the quantity"
	}
}

// qualifierOK keeps only the words the model knows.
func qualifierOK(q *string) {
	if *q == "" {
		return
	}
	var keep []string
	for _, w := range strings.Split(*q, "、") {
		if c, ok := report.VerbVariants[w]; ok {
			w = c
		}
		for _, k := range report.Qualifiers {
			if k == w {
				keep = append(keep, w)
				break
			}
		}
	}
	*q = strings.Join(keep, "、")
}

// targets reads the paragraph of this year's main targets.
func (x *extractor) targets(p string, l line) {
	for _, s := range sentences(p) {
		var last *report.Target // the sentence's previous target
		for _, c := range clauses(s) {
			for _, n := range x.numbers(c, l) {
				v := n.value
				// 增长4.5%—5%: the second number is the range's upper end.
				if b := trimSpace(n.before); (b == "—" || b == "-" || b == "～" || b == "~" || b == "至" || b == "–") && last != nil && last.Upper == nil {
					last.Upper = &v
					continue
				}
				// 增长7.5%，达到309亿元: the level a growth target names is
				// the same target's reach.
				if name := cleanName(n.before); (name == "" || name == "达到") && last != nil && last.Kind == report.TargetGrowth && last.Reach == nil && n.unit != "%" {
					last.Reach = &report.Amount{Value: v, Unit: n.unit}
					last.Quote = trimSpace(s[strings.Index(s, last.Quote) : strings.Index(s, c)+len(c)])
					continue
				}
				t := report.Target{ID: x.id("t"), Value: &v, Quote: trimSpace(c), Qualifier: strings.Join(reachQualifier(n), "、")}
				before := trimSpace(n.before)
				switch {
				case n.unit == "%" && (strings.HasSuffix(before, "增长") || strings.HasSuffix(before, "增速") || strings.HasSuffix(before, "涨幅") || strings.HasSuffix(before, "降幅")):
					t.Kind, t.Unit = report.TargetGrowth, "%"
				case strings.Contains(t.Qualifier, "控制在") || strings.Contains(t.Qualifier, "以内") || strings.Contains(t.Qualifier, "不超过"):
					t.Kind, t.Unit = report.TargetCap, n.unit
				case strings.Contains(t.Qualifier, "不低于") || strings.Contains(t.Qualifier, "不少于"):
					t.Kind, t.Unit = report.TargetFloor, n.unit
				default:
					t.Kind, t.Unit = report.TargetLevel, n.unit
				}
				if t.Kind == report.TargetGrowth {
					neg := signed(n) // 下降3%: a fall
					t.Value = &neg
				}
				t.Name = cleanName(before)
				if t.Name == "" && last != nil {
					t.Name = last.Name + absoluteChange(before) // 赤字规模5.66万亿元、比上年增加1.6万亿元
				}
				if t.Name == "" {
					t.Name = "（待命名）"
				}
				qualifierOK(&t.Qualifier)
				for k, name := range listNames(t.Name, n) {
					if k > 0 {
						t.ID = x.id("t")
					}
					t.Name = name
					x.check(fmt.Sprintf("targets[%d]", len(x.r.Targets)), t.Name, t.Quote)
					x.r.Targets = append(x.r.Targets, t)
				}
				last = &x.r.Targets[len(x.r.Targets)-1]
			}
		}
	}
}

// goals reads the next five-year plan's goals: targets over its span.
func (x *extractor) goals(p string, l line) {
	from := len(x.r.Targets)
	x.targets(p, l)
	for i := from; i < len(x.r.Targets); i++ {
		x.planGoal(i, p)
	}
}

// planGoal makes target i a goal over the next five-year plan's span.
func (x *extractor) planGoal(i int, p string) {
	t := &x.r.Targets[i]
	t.Period, t.Measure = report.Period(fmt.Sprintf("%d-%d", x.r.Meta.Year, x.r.Meta.Year+4)), report.MeasureEnd
	if strings.Contains(t.Quote, "年均") || strings.Contains(p, "年均"+t.Name) {
		t.Measure = report.MeasureAverage
	}
	x.d.Checks[fmt.Sprintf("targets[%d].period", i)] = "a goal of the next five-year plan: check its period and measure"
}

// taskFacts reads a paragraph of planned work as an item of the current
// task, titled by its first sentence.
func (x *extractor) taskFacts(p string, l line) {
	if x.task < 0 {
		x.r.Tasks = append(x.r.Tasks, report.Task{ID: x.id("task"), Title: orPart(x.partTitle), Part: x.partTitle})
		x.task = len(x.r.Tasks) - 1
	}
	t := &x.r.Tasks[x.task]
	title, _ := firstSentence(p)
	item := report.Item{Title: title}
	item.Figures = x.figures(p, l)
	if len(item.Figures) > 0 {
		t.Items = append(t.Items, item)
	}
}

func orPart(s string) string {
	if s == "" {
		return "重点工作"
	}
	return s
}

// figures reads the planned quantities of a paragraph. A rate in a plan is
// the change of the figure before it (总投资214.24亿元,同比增长51.5%), a
// target when it stands alone in the work plan (社会消费品零售总额增长5%
// 左右), and in an annex, which has no targets, a figure in percent (项目数
// 增加20%以上).
func (x *extractor) figures(p string, l line) []report.Figure {
	var out []report.Figure
	for _, s := range sentences(p) {
		sentenceStart := len(out)
		x.governs = nil
		topic := "" // the sentence's last name not made of another's
		offset := 0
		for _, c := range clauses(s) {
			cStart := strings.Index(s[offset:], c) + offset
			offset = cStart + len(c)
			x.lead = leadBefore(s, cStart)
			nums := x.numbers(c, l)
			var levels []number // the numbers that are not earlier levels
			for _, n := range nums {
				if !n.fromOf {
					levels = append(levels, n)
				}
			}
			names, each := respectivelyNames(c, levels)
			for _, n := range nums {
				if n.threshold {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "a threshold that names a class of things (…以上项目)", Clause: trimSpace(c), Line: l.no})
					continue
				}
				if n.fromOf {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "the earlier level of a from→to plan (a figure keeps only the level to reach)", Clause: trimSpace(c), Line: l.no})
					continue
				}
				if kind, ok := isChange(n); ok {
					name := cleanName(n.before)
					if last := len(out) - 1; last >= sentenceStart && out[last].Change == nil && (name == "" || modifier[name]) {
						out[last].Change = &report.Change{Kind: kind, Value: signed(n)}
						out[last].Quote = spanQuote(s, out[last].Quote, c)
						continue
					}
					if x.annex < 0 && name != "" && kind == report.ChangeYoY {
						if !x.restated(n, c, l) {
							x.planTarget(n, name, c)
						}
						continue
					}
				}
				if n.unit == "%" && x.restated(n, c, l) {
					continue
				}
				fg := report.Figure{ID: x.id("f"), Name: changedBy(cleanName(n.before), n), Value: n.value, Unit: n.unit, Quote: trimSpace(c), Qualifier: strings.Join(reachQualifier(n), "、")}
				if name, ok := countName(n); ok {
					fg.Name = name
				}
				fg.Name = ofWhat(withListVerb(fg.Name, n), n)
				if i := strings.Index(c, "从"); i > 0 && len(levels) < len(nums) {
					fg.Name = cleanName(c[:i]) // 从A提高到B: the name stands before 从
				}
				if each {
					for k := range levels {
						if levels[k].start == n.start {
							fg.Name = names[k]
						}
					}
				}
				if topic != "" && bareMeasure(fg.Name) && !strings.HasPrefix(fg.Name, topic) {
					fg.Name = subject(topic) + fg.Name // 改造老旧小区58个,完成投资2.2亿元
				} else if thing := spentOn(fg.Name, n); topic == "" && thing != "" {
					fg.Name = thing + fg.Name
				} else if fg.Name != "" {
					topic = fg.Name
				}
				if last := len(out) - 1; fg.Name == "" && last >= sentenceStart {
					fg.Name = out[last].Name + absoluteChange(n.before) // 1.3万亿元、比上年增加3000亿元
				}
				if fg.Name == "" {
					fg.Name = "（待命名）"
				}
				if report.IsMoney(fg.Unit) {
					fg.Money = moneyOf(c)
				}
				if strings.HasPrefix(trimSpace(n.before), "每") || strings.Contains(n.before, "每人") {
					fg.Per = "人"
				}
				qualifierOK(&fg.Qualifier)
				for k, name := range listNames(fg.Name, n) {
					if k > 0 {
						fg.ID = x.id("f")
					}
					fg.Name = name
					out = append(out, fg)
				}
			}
		}
		// 计划投资1.07亿元,实施…等4个技改项目: a measure that opens the
		// sentence is of the things counted after it.
		if len(out) > sentenceStart+1 && bareMeasure(out[sentenceStart].Name) && report.IsCount(out[sentenceStart+1].Unit) {
			out[sentenceStart].Name = out[sentenceStart+1].Name + out[sentenceStart].Name
		}
	}
	return out
}

// spanQuote is the part of sentence s from quote to the end of clause c.
func spanQuote(s, quote, c string) string {
	i, j := strings.Index(s, quote), strings.Index(s, c)
	if i < 0 || j < i {
		return quote
	}
	return trimSpace(s[i : j+len(c)])
}

// restated reports whether clause c states again a target already read
// (经济增长预期目标为5%左右, 城镇调查失业率5.5%左右 in the plan after the
// paragraph of targets): the same value and unit, and the target's name in
// the clause or the clause about a target. It lists it as skipped.
func (x *extractor) restated(n number, c string, l line) bool {
	for _, t := range x.r.Targets {
		if t.Value == nil || t.Value.Dec().Abs().Cmp(n.value.Dec()) != 0 || t.Unit != n.unit {
			continue
		}
		if strings.Contains(c, t.Name) || strings.Contains(c, "目标") {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "states again the target " + t.Name, Clause: trimSpace(c), Line: l.no})
			return true
		}
	}
	return false
}

// planTarget files a growth rate of the work plan as a target of the year.
func (x *extractor) planTarget(n number, name, c string) {
	v := signed(n)
	t := report.Target{ID: x.id("t"), Name: name, Kind: report.TargetGrowth, Value: &v, Unit: "%", Quote: trimSpace(c), Qualifier: strings.Join(n.qualifier, "、")}
	qualifierOK(&t.Qualifier)
	x.check(fmt.Sprintf("targets[%d]", len(x.r.Targets)), t.Name, t.Quote)
	x.r.Targets = append(x.r.Targets, t)
	if x.part == partPlan {
		x.planGoal(len(x.r.Targets)-1, c)
	}
}

// moneyOf tells what kind of money a clause speaks of.
func moneyOf(c string) report.Money {
	switch {
	case strings.Contains(c, "投资"):
		return report.MoneyInvestment
	case strings.Contains(c, "债"):
		return report.MoneyDebt
	case strings.Contains(c, "补贴") || strings.Contains(c, "补助") || strings.Contains(c, "奖补"):
		return report.MoneySubsidy
	case strings.Contains(c, "贷款") || strings.Contains(c, "融资") || strings.Contains(c, "授信"):
		return report.MoneyFinancing
	case strings.Contains(c, "支出") || strings.Contains(c, "投入") || strings.Contains(c, "资金"):
		return report.MoneySpending
	case strings.Contains(c, "收入"):
		return report.MoneyRevenue
	case strings.Contains(c, "交易额") || strings.Contains(c, "进出口") || strings.Contains(c, "销售额"):
		return report.MoneyTrade
	case strings.Contains(c, "产值") || strings.Contains(c, "营收"):
		return report.MoneyOutput
	}
	return report.MoneyOther
}

// annexFacts reads an annex paragraph's figures into its last item.
func (x *extractor) annexFacts(p string, l line) {
	a := &x.r.Annexes[x.annex]
	if len(a.Items) == 0 {
		title, _ := firstSentence(p)
		a.Items = append(a.Items, report.AnnexItem{Title: title})
	}
	it := &a.Items[len(a.Items)-1]
	if strings.HasPrefix(p, "牵头单位") || strings.HasPrefix(p, "责任单位") {
		_, lead := firstSentence(p)
		it.Lead = lead
		return
	}
	it.Figures = append(it.Figures, x.figures(p, l)...)
}
