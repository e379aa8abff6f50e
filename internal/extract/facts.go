package extract

import (
	"cmp"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// number is one number of a clause with what stands around it.
type number struct {
	raw         string // as written: 2,431.67, ５.５
	sectorsOf   string // the sector structure the number is a share of (三次产业比重), or ""
	value       report.Decimal
	unit        string
	before      string // the clause's text before the number (and its qualifier)
	qualifier   []string
	start       int             // byte offsets of raw in the clause
	end         int             // after the unit and trailing qualifiers
	after       string          // the clause after that
	threshold   bool            // 2000万元以上项目: a class of things, not a quantity
	fromOf      bool            // 从A提高到B: this is A, the next number's earlier level
	listVerb    string          // 累计创建42个示范村、22个示范片区: the verb the 22 shares
	listMeasure string          // 投资3500万元的…、3800万元的…: the measure the 3800 shares
	listSubject string          // 省属企业完成产业类投资553.1亿元、研发投入133.5亿元: whose the 133.5 is
	listRetired string          // 淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨: the words of retired capacity the 2.3 shares (淘汰落后)
	listReach   bool            // 国家高新技术企业达到1.5万家、科技型中小企业3.2万家: the 3.2万 is reached too
	afterCount  bool            // 8所高校14个学科: the words before are the last count's thing
	ofCount     bool            // 127个国家和地区的584个港口: so are they, joined by 的
	upper       *report.Decimal // 2—3家: the range's upper end
	upperRaw    string          // the upper end as written, where a skip must list it too (6.5%－７%)
	medal       string          // 4金5银6铜: 金牌, 银牌 or 铜牌, the number counted in 枚
}

// rangeUpper is the upper end of a range after its lower one: —3 of 2—3家.
var rangeUpper = regexp.MustCompile(`^[—–\-～~－]([0-9０-９]+(?:[.．][0-9０-９]+)?)`)

// rangeWordUpper is the upper end of a range said with 到 or 至 after its
// lower one: 到5 of 力争3到5家企业上市.
var rangeWordUpper = regexp.MustCompile(`^(?:到|至)([0-9０-９]+(?:[.．][0-9０-９]+)?)`)

// rangeAfter is the upper end of a range that rest, after a number, opens
// on; 到 and 至 join a range's ends unless the words before the number
// open a from→to (从3家到5家).
func rangeAfter(rest, before string) []string {
	if m := rangeUpper.FindStringSubmatch(rest); m != nil {
		return m
	}
	if !strings.HasPrefix(rest, "到") && !strings.HasPrefix(rest, "至") || hasAnySuffix(trimSpace(before), []string{"从", "由"}) {
		return nil
	}
	return rangeWordUpper.FindStringSubmatch(rest)
}

// listedNumber is one more number of a list: 、4.3, 和3.2.
var listedNumber = regexp.MustCompile(`^[、和及与][0-9０-９]+(?:[.．][0-9０-９]+)?`)

// listUnit is the unit after the last of the numbers rest lists after a
// bare one (、4.3和3.2个百分点: 个百分点), or "".
func listUnit(rest string) string {
	found := false
	for {
		m := listedNumber.FindString(rest)
		if m == "" {
			break
		}
		rest, found = rest[len(m):], true
	}
	if !found {
		return ""
	}
	for _, u := range units {
		if strings.HasPrefix(rest, u) {
			return u
		}
	}
	return ""
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
	// (实有人口一年增加42万、总量达537.32万: both bare, both people;
	// 人才总量超719万, 高技能人才达166.5万: people named before.)
	b := trimSpace(before)
	for again := true; again; {
		again = false
		for _, q := range wordsBeforeLevel {
			if t, ok := strings.CutSuffix(b, q); ok {
				b, again = trimSpace(t), true
			}
		}
	}
	// (农村贫困人口减少1000万以上, 实时人口1.5亿左右: a qualifier after the
	// number ends it as nothing else does.)
	ended := !startsWithHan(next) || hasAnyPrefix(next, []string{"以上", "左右", "多", "余", "以内"})
	if ended && (strings.Contains(before, "人数") || strings.Contains(before, "人口") || hasAnySuffix(strings.TrimSuffix(b, "总量"), []string{"人才", "人员", "劳动力", "职工", "学生", "群众", "用户", "人才入户"})) || hasAnyPrefix(next, peopleNouns) || peopleNoun(next) != "" {
		return mag + "人", mag // 40.8万青年留渝来渝
	}
	if strings.HasSuffix(b, "人次") && !startsWithHan(next) {
		return mag + "人次", mag // 医疗旅游人次86.5万、收入83.9亿元
	}
	if hasAnyPrefix(next, []string{"住户", "农户", "居民户", "户籍户"}) {
		return mag + "户", mag // 惠及近4万住户
	}
	// 战略性新兴产业增加值为55.12亿，增长20.2%: an amount of money with its
	// 元 left off, kept as printed.
	if mag != "万" && ended && hasAnySuffix(b, moneyMeasures) {
		return mag, mag
	}
	return "", ""
}

// moneyMeasures are measures in money a bare 亿 after them is of.
var moneyMeasures = []string{"增加值", "生产总值", "产值", "营业收入", "营收", "收入", "总额", "销售额", "零售额", "投资", "税收", "利润"}

// peopleNouns are people a bare 万 counts: 33万农民工就近就业.
var peopleNouns = []string{"人", "青年", "农民工", "学生", "在校生", "师生", "考生", "群众", "居民", "职工", "人才", "毕业生", "劳动者", "老人", "儿童", "妇女", "游客", "旅客", "女生", "群体", "对象", "孕产妇", "农民", "残疾"}

// peopleNoun is the words after a bare 万 up to the people they end on
// (within twelve characters: 1.6万山洪泥石流灾害受灾群众),
// however they are qualified (100万新就业群体, 36万适龄女生, 偏远农村居民 of
// 242万偏远农村居民喝上干净水), or "".
func peopleNoun(next string) string {
	words := upTo(next, "，,；;。、：:（(")
	// ends[k-1] is where the first k characters end.
	var ends []int
	for i, r := range words {
		if len(ends) == 12 {
			break
		}
		ends = append(ends, i+utf8.RuneLen(r))
	}
	for k := len(ends); k >= 2; k-- {
		w := words[:ends[k-1]]
		for _, p := range peopleNouns {
			if (p != "人" || k >= 3) && strings.HasSuffix(w, p) { // (残疾人, not 人 alone)
				if next, size := utf8.DecodeRuneInString(words[len(w):]); p == "人" && strings.ContainsRune("口员才群士", next) {
					return w + words[len(w):len(w)+size] // 脱贫人口, 新就业形态人员: 人 opens a word
				}
				return w
			}
		}
	}
	return ""
}

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
var toVerbs = []string{"升至", "升到", "跃居", "整合至", "收窄至", "收窄到", "拓展到", "拓展至", "扩展到", "扩展至", "整合优化为", "调整优化为", "优化为", "调整为", "合并为", "跃升至", "跃升到", "上升到", "上升至", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "增至", "扩大到", "扩大至", "下降到", "下降至", "降至", "降到", "缩小到", "缩小至", "缩小为", "下降为", "缩减到", "缩减至", "增长到", "增长至", "减少到", "减少至", "压减至", "压减到", "整合为", "整合到", "缩短至", "缩短到", "压缩至", "压缩到", "扩容至", "扩容到", "延长至", "延长到", "优化至", "优化到", "攀升至", "攀升到"}

// fromAt is where the words of a from→to begin in s (从A提高到B, 由51家整合为
// 33家), or -1.
func fromAt(s string) int {
	return max(strings.LastIndex(s, "从"), strings.LastIndex(s, "由"))
}

func startsWithHan(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r >= 0x4e00 && r <= 0x9fff
}

// setOfStatement follows a count that says which things a rate is of: 17个
// 重点传统制造业增加值增长5.3%, 57个县（市）生产总值近3年年均增速快于全省.
// So does one a ratio of them follows (203个地表水国考断面水质优良率达100%,
// 74个国控断面水质优良比例连续3年保持100%, 42个…县域生态质量变好占比居全国
// 第1位): the count is what the ratio is over.
var setOfStatement = regexp.MustCompile(`^\p{Han}[\p{Han}（）()、]{0,19}?(?:增加值|产值|营收|营业收入|生产总值|总量|增速)[\p{Han}0-9]{0,8}?(?:增长|下降|提高|快于|高于|低于)|^\p{Han}[\p{Han}（）()]{0,24}?(?:率|比例|占比|比重)[\p{Han}0-9]{0,10}?[0-9０-９]+(?:[.．][0-9０-９]+)?(?:%|％|位)`)

// roundTheClock reports whether hours are how long a service runs
// (市政公厕24小时开放, 24小时在线): the words after them are the service.
func roundTheClock(rest string) bool {
	return hasAnyPrefix(rest, []string{"开放", "营业", "服务", "在线", "值守", "不间断", "运行", "响应", "接诉", "便民", "热线", "值班", "全天候"})
}

// oneOfSet is what follows the count of a set the sentence's subject is
// one of, or a part of (3个县区之一, 15条主要河流中有10条).
var oneOfSet = regexp.MustCompile(`^\p{Han}{1,12}(?:之一|中有?[0-9０-９])`)

// setInAState is what is said of all of a set of things counted: they all
// met a standard or were all covered (16条主要支流入黄口全部达到优良水质).
var setInAState = regexp.MustCompile(`^\p{Han}[\p{Han}“”（）]{0,15}?(?:全部达标|全部达到|全部达|均达到|均达标|全覆盖|全部覆盖)`)

// projectCapacity reports whether a capacity is part of a project's name:
// right after a short name (大唐700万吨露天煤矿, 、400万吨褐煤提质, 东电2×35万
// 千瓦热电) and right before the kind of plant, with no verb of building or
// closing before it — 新增5万千瓦风电装机 and 关停晨鸣公司3.5万吨造纸生产线
// are quantities.
func projectCapacity(unit, before, rest string) bool {
	base := strings.TrimLeft(unit, "万亿千百")
	if base != "吨" && base != "瓦" && base != "千瓦" && base != "兆瓦" && base != "蒸吨" && base != "千伏" || !startsWithHan(rest) ||
		strings.HasPrefix(rest, "以") || strings.HasPrefix(rest, "及") || strings.HasPrefix(rest, "的") || strings.HasPrefix(rest, "级") {
		return false
	}
	pre := before
	if i := strings.LastIndexAny(pre, "、，,；;：:"); i >= 0 {
		pre = pre[i:]
		_, size := utf8.DecodeRuneInString(pre)
		pre = pre[size:]
	}
	pre = strings.TrimRight(pre, "0123456789×x")
	pre = countOfProjects.ReplaceAllString(pre, "") // (德令哈3座35万千瓦光热电站: each one's size)
	for _, v := range []string{"推动", "推进", "加快", "支持"} {
		pre = strings.TrimPrefix(pre, v) // (推动国达化工60万吨钾肥复合造粒)
	}
	if utf8.RuneCountInString(pre) > 4 {
		return false
	}
	for _, v := range []string{"新增", "新建", "建成", "建设", "完成", "实现", "达到", "形成", "具备", "拥有", "装机", "投产", "关停", "淘汰", "压减", "化解", "扩建", "新上", "引进", "实施"} {
		if strings.Contains(pre, v) {
			return false
		}
	}
	return true
}

// countOfProjects ends the words before a capacity when the projects of
// that size are counted first: 3座.
var countOfProjects = regexp.MustCompile(`[0-9０-９]+(?:座|个|台|套|家)$`)

// structureRe follows the count of a plan's own parts: 23个主要指标,
// 6个维度, 13项任务举措.
var structureRe = regexp.MustCompile(`^(?:主要|约束性|预期性)?(?:指标|维度|任务举措)|^领域的?重点任务`)

// structureBefore ends the words before a count of a plan's own indicators
// named first: 其中预期性指标19项、约束性指标9项.
var structureBefore = regexp.MustCompile(`(?:预期性|约束性|主要)指标$`)

// notAQuantity says why a number with its unit counts nothing the report
// reports, or "".
func notAQuantity(unit, before, rest string) string {
	switch {
	case unit == "项" && strings.HasPrefix(rest, "目"):
		return "part of a project's name (工业4.0项目, “117项目”): 项目 is no count in 项"
	case unit == "年" && (hasAnySuffix(before, []string{"近", "用", "未来", "今后", "最近", "时隔", "长达"}) ||
		hasAnyPrefix(rest, []string{"年均", "时间", "来", "间", "内", "以来"}) ||
		hasAnyPrefix(rest, []string{"累计", "净增", "新增", "共"}) && trimSpace(strings.TrimLeft(before, "、，,；;")) == ""):
		// (5年累计实际利用外资7277亿元, 5年净增…: the years a clause
		// opens on are its span.)
		return "a span of years (近3年, 用13年, 5年累计…), not a quantity"
	case unit == "年" && strings.HasPrefix(rest, "的") && !hasAnySuffix(before, []string{"连续", "第"}):
		// (A year, 2020年的, is a date: read by the unit's rules before.)
		return "the age of what is spoken of (结束了66年的营业税征收历史, 拆除阻滞帝堂路21年的32栋私宅), not a quantity"
	case strings.HasPrefix(rest, "方面") || strings.HasPrefix(rest, "个方面") || structureRe.MatchString(rest) || report.IsCount(unit) && structureBefore.MatchString(before):
		return "a count of the report's own structure (14个方面, 29项主要指标, 6个维度)"
	case report.IsCount(unit) && setOfStatement.MatchString(rest):
		return "the set a statement is about (17个重点传统制造业增加值增长5.3%)"
	case report.IsCount(unit) && oneOfSet.MatchString(rest):
		return "the size of a set one thing or a part is of (第一批3个县区之一, 15条主要河流中有10条…)"
	case report.IsCount(unit) && setInAState.MatchString(rest):
		return "the set a statement is about, all of it in a state (12个盟市空气质量全部达标, 4种模式全覆盖)"
	case projectCapacity(unit, before, rest):
		return "a capacity in a project's name (大唐700万吨露天煤矿)"
	case unit == "年" && hasAnySuffix(before, []string{"延长", "再延长"}):
		return "the term of a policy (到期后再延长30年), not a quantity"
	case unit == "万人" && strings.HasSuffix(before, "每") && startsWithHan(rest):
		return "a base a measure is per (每10万人口…, 每10万人刑事案件数), part of its name"
	case strings.HasSuffix(before, "×") || strings.HasSuffix(before, "*"):
		return "part of a formula (7×24小时), not a quantity"
	case (unit == "公里" || unit == "平方公里") && hasAnyPrefix(rest, []string{"产业带", "经济带", "启动区", "走廊", "核心区", "创新带", "发展带"}):
		return "a size that names a place (10公里产业带), part of its name"
	case unit == "小时" && roundTheClock(rest):
		return "the hours a service runs (24小时开放), not a quantity"
	case unit == "级" && strings.HasPrefix(rest, "地震"):
		return "an earthquake's magnitude (6.2级地震), part of the event's name"
	case unit == "类" && hasAnySuffix(before, []string{"个", "款", "种", "项", "件"}):
		return "a class in a name after a count (2个1类创新药)"
	case unit == "岁" && !hasAnyPrefix(rest, toVerbs) && !hasAnyPrefix(rest, changeVerbs) && (strings.HasPrefix(rest, "及以上") || startsWithHan(strings.TrimPrefix(strings.TrimPrefix(rest, "以上"), "以下"))):
		return "an age that names a group (65岁以上老年人, 0—6岁儿童)"
	}
	return ""
}

// mixedMagnitudes is the rest of a number written in two magnitudes after
// its first digits: 万6千 (of 1万6千多户), 亿3千 (of 1亿3千多万).
var mixedMagnitudes = regexp.MustCompile(`^(万|亿)([0-9]{1})千`)

// atoi is the value of a run of ASCII or full-width digits.
func atoi(s string) int {
	v := 0
	for _, r := range report.HalfWidth(s) {
		if r >= '0' && r <= '9' {
			v = v*10 + int(r-'0')
		}
	}
	return v
}

var numberRe = regexp.MustCompile(`[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?`)

// cutMinus is the words before a number without the minus sign it is
// written with after a word of rate (增速-7.8%, 增长-0.25%), and whether there
// was one.
func cutMinus(before string) (string, bool) {
	for _, sign := range []string{"-", "－", "−"} {
		if b, ok := strings.CutSuffix(before, sign); ok && hasAnySuffix(b, []string{"增速", "增长", "增幅", "增速为", "增长率", "增速达"}) {
			return b, true
		}
	}
	return before, false
}

// forecastBelow says the figures from here on are forecasts: 预计(下同),
// (预计数,下同); validate --source reads it so too.
var forecastBelow = report.ForecastBelow

// opensOn reports whether a sentence opens on the governing word w (预计,
// 力争, 确保) before a list of the year's figures set apart by semicolons
// (预计,地区生产总值同比增长7%左右,逼近300亿元大关;规模工业增加值增长7%左右;…;
// 预计完成地区生产总值90.82亿元,增长8%;固定资产投资34亿元…; 力争通过五年的不懈
// 努力，到2020年，地区生产总值达到4100亿元以上…；人均GDP达11.1万元；…): the
// word governs every figure of the list, as the data guide says. The word
// may open a clause after a lead of no figures (始终坚持…，全力保持…，预计全年
// 可完成地区生产总值…;规模工业增加值增速7%;…), not a clause's middle (地区生产
// 总值预计稳步增长;…), and after 初步 only as a clause of its own (初步预计，…;…). (A
// sentence of commas may go on to what is counted, not forecast: …，获国家
// 科学技术奖50项.)
func opensOn(s, w string) bool {
	s = trimSpace(s)
	i := strings.Index(s, w)
	if i < 0 || strings.IndexAny(s, "；;") < i || nextDigit(s[:i]) >= 0 {
		return false
	}
	// (…和农村居民人均可支配收入，预计分别增长5.8%…和7.5%;新注册市场主体…:
	// the things before it are its subject, the word theirs alone.)
	if strings.HasPrefix(strings.TrimLeft(s[i+len(w):], " "), "分别") {
		return false
	}
	lead := strings.TrimRight(s[:i], " ")
	// (全年预计实现地区生产总值170.98亿元,增长8%;…: when, then the word.)
	for _, when := range []string{"全年", "今年", "去年", "年内"} {
		if rest, ok := strings.CutSuffix(lead, when); ok && (rest == "" || strings.HasSuffix(rest, "，") || strings.HasSuffix(rest, ",")) {
			return true
		}
	}
	// (初步预计，我区实现本地生产总值…；现代服务业增加值…；…: the word a
	// clause of its own after 初步, as four labellers of five read it.)
	if lead == "初步" && hasAnyPrefix(s[i+len(w):], []string{"，", ","}) {
		return true
	}
	return lead == "" || strings.HasSuffix(lead, "，") || strings.HasSuffix(lead, ",")
}

// forecastClauseFirst reports whether a sentence opens on 预计 as a clause
// of its own (预计,全市地区生产总值增长2%,…,城乡居民人均可支配收入分别增长5%
// 和8%; 初步预计,…): the forecast is every figure's of the sentence, set
// apart by commas too, as the labellers of such sentences write it.
func forecastClauseFirst(s string) bool {
	s = trimSpace(s)
	for _, w := range []string{"预计", "初步预计", "据初步预计"} {
		if rest, ok := strings.CutPrefix(s, w); ok && hasAnyPrefix(rest, []string{"，", ","}) {
			return true
		}
	}
	return false
}

// sentenceWords are the words of resolve a sentence opens on before its
// list of figures (opensOn), which govern every one of them: its very first
// words (…，积极创建…，力争新引进…3家以上，…；推动…: one deed's resolve among
// others, its clause's alone).
func sentenceWords(s string) []string {
	var ws []string
	for _, w := range []string{"力争", "确保"} {
		if strings.HasPrefix(trimSpace(s), w) && opensOn(s, w) {
			ws = append(ws, w)
		}
	}
	return ws
}

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
		// (The regexp runs from the next digit: scanning the Chinese text
		// before it byte by byte is much cheaper than letting it try each.)
		d := nextDigit(clause[start:])
		if d < 0 {
			break
		}
		start += d
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
		start = m[1] + ratioToOne(clause[m[1]:]) // the 1 of 2.1∶1 is the unit's
	}
	return out
}

// nextDigit is where the first ASCII or full-width digit of s stands, or -1.
func nextDigit(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' || c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return i
		}
	}
	return -1
}

// namedRatio ends the words before a number the report names a ratio
// (收入比, 收入比值, 收入倍差), with the earlier level and the verb between.
var namedRatio = regexp.MustCompile(`(?:收入比|收入比值|收入倍差)(?:[由从](?:[0-9０-９.．]+(?:[` + ratioColons + `]1)?(?:缩小至|缩小到|缩小为|降至|降到|下降至|下降到|下降为))?)?(?:缩小至|缩小到|缩小为|降至|降到|下降至|下降到|下降为|为|达到|是)?$`)

// joinedQualifiers end the words between two counts when the words with
// 和 are the first count's thing (116个国家和地区近4000名运动员): the
// qualifier is the next number's.
var joinedQualifiers = []string{"近", "超", "约", "逾", "共"}

// partOfWhole gives a part counted after 其中 the verb of making its whole
// was counted with (新增电力装机3000万千瓦，其中可再生能源装机2000万千瓦:
// 新增可再生能源装机), unless it has a verb of its own.
func partOfWhole(name, before, clause, whole string) string {
	// 其中百亿级项目2个、三十亿级项目2个: the next part listed, of the same
	// things as the part before it, is the whole's too.
	// (其中：个体工商户增长44.0%、企业增长14.7%: a clause after 其中： is
	// all parts, a measure of one part apart.)
	nextPart := strings.HasPrefix(trimSpace(clause), "其中") && (sameHead(name, whole) || strings.HasPrefix(trimSpace(clause), "其中：") && !bareMeasure(name))
	if !strings.HasPrefix(trimSpace(before), "其中") && !nextPart || name == "" || hasAnyPrefix(name, sharedVerbs) || hasAnyPrefix(name, leadingVerbs) {
		return name
	}
	// 获市级以上科技进步奖、专利奖31项，其中国家级12项; 获中国专利奖39项，
	// 其中金奖3项: a grade or prize alone is of the whole's things.
	if utf8.RuneCountInString(name) <= 3 && hasAnySuffix(name, []string{"级", "奖"}) {
		for _, g := range []string{"市级以上", "省级以上", "省部级以上", "市级", "省级"} {
			if strings.Contains(whole, g) {
				return strings.Replace(whole, g, name, 1)
			}
		}
		return whole + name
	}
	for _, w := range append(workWords[:len(workWords):len(workWords)], "建设") {
		if strings.Contains(name, w) {
			return name // 其中县道提档升级建设里程: the part's work is its own
		}
	}
	verbs := []string{"新增", "净增", "新登记", "新注册", "新设立", "新建", "建成"}
	if !hasAnySuffix(name, []string{"占比", "比重", "比例", "率"}) {
		// 引进优质产业项目78个，其中百亿级项目2个: 引进百亿级项目; not a
		// share (其中12条重点产业链项目占比达84.4%), which no bringing in made.
		verbs = append(verbs, "新引进", "引进", "招引", "新开工", "开工", "签约", "新认定", "认定", "新培育", "培育")
	}
	for _, v := range verbs {
		if strings.HasPrefix(whole, v) {
			return v + name // (净增经营主体242.8万户，其中企业57.5万户: 净增企业)
		}
	}
	// 完成土地出让59宗，其中产业用地13宗: the whole's deed on a kind of the
	// same things is the part's (产业用地出让).
	w := strings.TrimPrefix(whole, "完成")
	for _, deed := range []string{"出让", "供应", "收储", "整备", "征收"} {
		if thing, ok := strings.CutSuffix(w, deed); ok && thing != "" && sameLastRune(thing, name) {
			return name + deed
		}
	}
	// 采购消费帮扶农产品42.25亿元、其中政府采购5363万元: a part said by
	// who did the whole's deed did it to the same things.
	for _, v := range []string{"采购", "收购", "购买"} {
		if thing, ok := strings.CutPrefix(w, v); ok && utf8.RuneCountInString(thing) >= 2 && strings.HasSuffix(name, v) && name != v {
			return name + thing
		}
	}
	return name
}

// progressOf names how far work has come, a per cent said after 完成 of a
// thing being built: 外环高速光明段完成70% is 外环高速光明段完成进度. (Not a
// rate named already: 完成率, 比例.)
func progressOf(name, before, unit string) string {
	if unit != "%" || name == "" || !strings.HasSuffix(before, "完成") || endsInMeasure(name) || hasAnySuffix(name, []string{"比例", "比重", "占比", "进度", "计划", "任务", "目标"}) {
		return name
	}
	return name + "完成进度"
}

// largerThan reports whether a number is more than the level before it,
// in a unit both can be said in: no part of it (市场主体总量突破1600万户、
// 五年净增608万户，其中企业超过700万户: the 700万 are of the 1600万).
func largerThan(n number, last *report.Indicator) bool {
	if last.Value == nil || last.Unit == "" {
		return false
	}
	v, ok := report.Convert(n.value.Dec(), n.unit, last.Unit)
	return ok && v.GreaterThan(last.Value.Dec())
}

// partsClause is a clause with the 其中： that opens it, which the split at
// the colon left in the words before it (lead): 其中：个体工商户增长44.0%.
func partsClause(lead, clause string) string {
	if l := trimSpace(lead); strings.HasSuffix(l, "其中：") || strings.HasSuffix(l, "其中:") {
		return "其中：" + clause
	}
	return clause
}

// sameHead reports whether two names end on the same word of two
// characters or more (百亿级项目, 引进三十亿级项目), the one not the whole
// of the other.
func sameHead(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	return len(ra) >= 3 && len(rb) >= 3 && string(ra[len(ra)-2:]) == string(rb[len(rb)-2:])
}

// changeOfMeasure are words of a change said in one word after a level,
// and the measure of the level they change: 粮食产量…，增产74亿斤.
var changeOfMeasure = map[string]string{"增产": "产量", "减产": "产量", "增收": "收入", "减收": "收入"}

// measureOfClauseBefore names a bare measure said after a clause with no
// number joined to it by 、 (华润微电子项目落地、一期投资220亿元; 大力实施
// 城市更新行动、完成投资220亿元) as of what that clause was about; or gives
// name.
func measureOfClauseBefore(name string) string {
	i := strings.LastIndex(name, "、")
	if i < 0 {
		return name
	}
	first, measure := name[:i], name[i+len("、"):]
	if strings.Contains(first, "、") || !(bareMeasure(measure) || hasAnySuffix(measure, []string{"一期投资", "二期投资", "首期投资"})) {
		return name
	}
	thing := clauseSubject(first)
	// (生产安全事故起数、死亡人数: a list of measures, no clause; 城市更新行动、
	// 完成投资: a programme's money.)
	said := thing != first || hasAnySuffix(first, []string{"行动", "工程", "计划", "活动", "政策"})
	for _, v := range []string{"落地", "开工", "签约", "投产", "启动", "落户"} {
		if t, ok := strings.CutSuffix(thing, v); ok {
			thing, said = t, true
		}
	}
	if !said || utf8.RuneCountInString(thing) < 2 {
		return name
	}
	if strings.HasPrefix(measure, "总") {
		thing = projectPhase.ReplaceAllString(thing, "") // 益阳电厂三期建成投产、总装机达386万千瓦: the plant's whole
	}
	return merge(thing, measure)
}

// projectPhase is a phase of a project at the end of its name: 三期.
var projectPhase = regexp.MustCompile(`[一二三四五六七八九]期$`)

// perBase is a base a count is per, said alone: 每平方公里, 每万人.
var perBase = regexp.MustCompile(`^每(?:平方公里|万人|千人|十万人|百万人|万平方米|公里)$`)

// medalOf is the medal a number counts when 金, 银 or 铜 alone follows it
// (4金5银6铜, 9金、5银、6铜), or bronze after silver (8金9银11铜优异成绩), or "".
func medalOf(rest, before string) string {
	for _, m := range [][2]string{{"金", "金牌"}, {"银", "银牌"}, {"铜", "铜牌"}} {
		if after, ok := strings.CutPrefix(rest, m[0]); ok {
			// (8金9银11铜优异成绩: after the medals before it, the words
			// after the last say nothing against it.)
			if r, _ := utf8.DecodeRuneInString(after); after == "" || isDigit(r) || strings.ContainsRune("、，,。；;", r) || m[0] == "铜" && strings.HasSuffix(trimSpace(before), "银") {
				return m[1]
			}
		}
	}
	return ""
}

// timeTaken names the time it took to do what follows it (仅用3天就建成
// 启用了…实验室; 仅用5天时间，实现社会面病例动态清零): the deed's 用时, or "".
func timeTaken(n number, next string) string {
	if !containsWord([]string{"天", "小时", "分钟", "个月", "周"}, n.unit) {
		return ""
	}
	// 用仅仅6个月的时间，完成…: 用 with its time said after the count.
	vp, said := strings.CutPrefix(strings.TrimPrefix(trimSpace(n.after), "的"), "时间")
	if !hasAnySuffix(trimSpace(n.before), []string{"仅用", "只用", "仅仅用"}) && !(said && timeUsed.MatchString(trimSpace(n.before))) {
		return ""
	}
	vp = strings.TrimPrefix(strings.TrimPrefix(vp, "就"), "便")
	if vp = upTo(vp, "，,；;。"); trimSpace(vp) == "" {
		vp = upTo(next, "，,；;。")
	}
	vp = cleanName(strings.ReplaceAll(withoutAmounts(vp), "了", ""))
	if utf8.RuneCountInString(vp) < 2 {
		return ""
	}
	return vp + "用时"
}

// thisYearSince speaks of the report's own year in a review: 今年以来,
// 今年3月14日至20日, 今年一季度.
var thisYearSince = regexp.MustCompile(`今年(?:以来|[0-9０-９一二三四五六七八九十]{1,2}月|[一二三四]季度|年初以来)`)

// tenYears opens a clause on the ten years it speaks of: 十年增加…, 十年来….
var tenYears = regexp.MustCompile(`^(?:过去|近)?十年(?:来|间)?`)

// timeUsed ends the words before a duration of a deed said with 用 and
// 时间 after it: 用仅仅6个月的时间, 仅用了3年时间.
var timeUsed = regexp.MustCompile(`用了?(?:仅仅|仅|只|短短|不到)?$`)

// rateAchieved names a rate said as a share of things that reached a
// state (“三无小区”实现100%纳管, 核心区域实现100%环卫机械化作业): the
// things' rate of it, or "".
func rateAchieved(n number) string {
	b := trimSpace(n.before)
	if n.unit != "%" || !strings.HasSuffix(b, "实现") || !startsWithHan(n.after) {
		return ""
	}
	thing := cleanName(strings.TrimSuffix(b, "实现"))
	vp := upToSeparator(n.after)
	if utf8.RuneCountInString(thing) < 2 || utf8.RuneCountInString(vp) < 2 || utf8.RuneCountInString(vp) > 10 || numberRe.MatchString(vp) {
		return ""
	}
	if !hasAnySuffix(vp, []string{"率", "比例", "覆盖"}) {
		vp += "率"
	}
	return thing + vp
}

// suppliedOf names homes supplied or allotted after homes raised or built
// by the homes (筹集建设公共住房7732套，供应分配3950套: 供应分配公共住房), or
// gives name.
func suppliedOf(name, before, whole string, bare bool) string {
	w := before
	if i := strings.LastIndexAny(w, "、，,"); i >= 0 {
		w = w[i:]
		_, size := utf8.DecodeRuneInString(w)
		w = w[size:]
	}
	// (开工道路15条，建成30条: a stage of building, with nothing after its
	// number, is of the things the clause before started.)
	if w = cleanName(w); !containsWord(supplyStages, w) && !(bare && containsWord(builtStages, w)) {
		return name
	}
	// (新完成筹集人才住房和保障房3005套, 新开工筹集人才住房和保障性住房3546套，
	// 供应468套; 整备工业用地20.2公顷，供应11公顷: the things after the
	// verbs that raised or readied them.)
	thing, cut := whole, true
	for cut {
		cut = false
		for _, v := range raisingVerbs {
			if rest, ok := strings.CutPrefix(thing, v); ok && utf8.RuneCountInString(rest) >= 2 {
				thing, cut = strings.TrimPrefix(strings.TrimPrefix(rest, "及"), "和"), true
			}
		}
	}
	if thing == whole {
		return name
	}
	return w + thing
}

// supplyStages are what is done with homes once raised; raisingVerbs raise
// or build them.
var (
	builtStages  = []string{"建成", "基本建成", "完工", "通车", "投用", "建成投用"}
	supplyStages = []string{"供应分配", "分配供应", "供应", "分配", "配租", "配售", "交付", "竣工", "出让", "收储", "开工"}
	raisingVerbs = []string{"筹集建设", "建设筹集", "筹建", "筹集", "新建", "建设", "建成", "新开工", "开工", "整备", "完成", "新", "累计"}
)

// ownerRe opens a clause on a firm, a group of firms or a cluster: 酒钢集团,
// 庆阳数据中心集群, 省属企业.
var ownerRe = regexp.MustCompile(`^(?:\p{Han}{2,10}?(?:集团|集群|公司)|(?:省属|市属|区属|地方)(?:国有企业|国企|企业))`)

// ownerOf is the firm or cluster a clause opens on, or "" (实现城投公司…:
// a clause opening on a verb is about no firm).
func ownerOf(c string) string {
	c = trimSpace(c)
	if hasAnyPrefix(c, leadingVerbs) || hasAnyPrefix(c, leadingAdverbs) || hasAnyPrefix(c, sharedVerbs) {
		return ""
	}
	o := ownerRe.FindString(c)
	if hasAnyPrefix(c[len(o):], []string{"体系", "建设", "发展"}) {
		return "" // 现代农业产业集群体系加快构建: about the system, not a cluster
	}
	return o
}

// ownedMeasure reports whether a name is a measure a firm or a cluster has
// (高端产品占比, 算力规模, 研发经费投入), not a thing of its own.
func ownedMeasure(name string) bool {
	return hasAnySuffix(name, []string{"占比", "比重", "规模", "投入", "收入", "总额", "产值", "利润", "营收"})
}

// sectorStructure ends the words before the first of the three sectors'
// shares (三次产业比重为, 三次产业结构调整为, 三次产业结构由8.7∶41.2∶50.1调整
// 为: the shares it came to); sectorTerms are the three.
var (
	sectorStructure = regexp.MustCompile(`(三次产业|一二三产业|一、二、三产业|三大产业|二三产业|二、三产业|一二三产|二三产|三产业|三产)(?:结构|比重|比例|占比|结构比例|结构比|比)?(?:由(?:[0-9]{4}年的?)?[0-9０-９.．` + ratioColons + `]+)?(?:调整为|优化为|调整到|优化到|调整至|优化至|为|达到|达|是)?(?:[0-9]{4}年的?)?[：:]?$`)
	sectorTerms     = regexp.MustCompile(`^([0-9０-９]+(?:[.．][0-9０-９]+)?) ?[` + ratioColons + `] ?([0-9０-９]+(?:[.．][0-9０-９]+)?)(?: ?[` + ratioColons + `] ?([0-9０-９]+(?:[.．][0-9０-９]+)?))?`)
)

// ratioColons are the colons a ratio is written with: ASCII, full-width,
// the ratio sign, and the presentation forms web pages carry (11.8︰48.3).
const ratioColons = ":：∶︰﹕"

// ratioAfterColon opens the words after a colon on a ratio of three:
// 0.0∶28.4∶71.6.
var ratioAfterColon = regexp.MustCompile(`^[0-9０-９]+(?:\.[0-9]+)?[` + ratioColons + `][0-9０-９]+(?:\.[0-9]+)?[` + ratioColons + `][0-9０-９]`)

// sectorShares reads 三次产业比重为4.0∶37.7∶58.3 from the number at start
// of clause on: 第一产业比重 4.0 %, 第二产业比重 37.7 %, 第三产业比重 58.3 %;
// or nil.
func sectorShares(before, clause string, start int) []number {
	if !strings.Contains(before, "产") || !strings.Contains(before, "三") && !strings.Contains(before, "二") { // (words first: this runs for every number)
		return nil
	}
	which := sectorStructure.FindStringSubmatch(strings.TrimRight(before, " \u3000\t")) // (调整为 8:41.5:50.5: a web page's spacing)
	m := sectorTerms.FindStringSubmatchIndex(clause[start:])
	if which == nil || m == nil {
		return nil
	}
	// 二三产业占比达到50.62：49.36: the second and third sectors, two; so
	// are 二、三产业比例为53.5 :46.5, whose clause the 、 split after 二.
	names := []string{"第一产业比重", "第二产业比重", "第三产业比重"}
	if strings.HasPrefix(which[1], "二") || strings.HasPrefix(which[1], "三产") && m[6] < 0 && strings.HasPrefix(trimSpace(before), which[1]) {
		names = names[1:]
	}
	if (m[6] >= 0) != (len(names) == 3) {
		return nil // as many shares as sectors named
	}
	var out []number
	for k, name := range names {
		from, to := start+m[2+2*k], start+m[3+2*k]
		v, err := report.ParseDecimal(report.HalfWidth(clause[from:to]))
		if err != nil {
			return nil
		}
		out = append(out, number{raw: clause[from:to], value: v, unit: "%", before: name, start: from, end: to, after: clause[to:], sectorsOf: "三次产业" + structureWord(which[0])})
	}
	return out
}

// structureWord is what a sector structure's words call it (结构, 比例),
// 比重 when they say nothing or 占比.
func structureWord(s string) string {
	for _, w := range []string{"结构", "比例"} {
		if strings.Contains(s, w) {
			return w
		}
	}
	return "比重"
}

// ratioToOne is the length of a ratio's ":1" (∶1, ：1) at the start of s,
// or 0.
func ratioToOne(s string) int {
	for _, c := range []string{":1", "∶1", "：1", "︰1", "﹕1"} {
		if rest, ok := strings.CutPrefix(s, c); ok {
			if r, _ := utf8.DecodeRuneInString(rest); !isDigit(r) && r != '.' {
				return len(c)
			}
		}
	}
	return 0
}

// wordsBeforeLevel are the words that stand between a level's name and its
// number: the qualifiers before it and the verbs of being (达到, 为).
var wordsBeforeLevel = append(preQualifiers[:len(preQualifiers):len(preQualifiers)], "达到", "达", "为")

// preQualifiers stand before a number, longest first; postQualifiers after
// its unit; innerQualifiers between the number and a unit.
var (
	preQualifiers   = []string{"按可比口径", "不低于", "不少于", "不超过", "控制在", "控制到", "稳定在", "稳定到", "下降至", "增加至", "增长到", "增长至", "缩减到", "缩减至", "保持在", "提高到", "提高至", "提升到", "提升至", "下降到", "降到", "降至", "增加到", "增至", "突破", "超过", "预计", "累计", "力争", "确保", "平均", "约", "近", "超"}
	postQualifiers  = []string{"以上", "以下", "以内", "左右"}
	innerQualifiers = []string{"余", "多"}
)

// toTheYear is the year between a verb of reaching and the level it
// reached: 增加到2021年的, 提高到2025年.
var toTheYear = regexp.MustCompile(`(到|至)(?:19|20)[0-9]{2}年(?:底|末)?的?$`)

// perPersonWords say whom and how often an amount is paid: 年人均, 每人每月.
var perPersonWords = []string{"每人每年", "每人每月", "每月每人", "每年每人", "年人均", "月人均", "人均", "每人"}

// scoreWords say a number before 分 is a score: 评分, 得分, 满意度.
var scoreWords = []string{"评分", "得分", "满意度", "测评", "打分", "考核"}

// lastRunes is the last n characters of s (all of it if shorter).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// unitsByFirst are the units by their first character, longest first as in
// units: a number's words are tried only against those that can match.
var unitsByFirst = func() map[rune][]string {
	out := map[rune][]string{}
	for _, u := range units {
		r, _ := utf8.DecodeRuneInString(u)
		out[r] = append(out[r], u)
	}
	return out
}()

// units are the units a number may carry, longest first: the model's base
// units with their 万/亿 multipliers, percent and points, and a few more.
var units = func() []string {
	var out []string
	for _, base := range append(append(report.UnitBases(), "年", "位", "倍", "个百分点", "个位次", "千米", "公里", "座", "对", "只", "株", "台(套)", "台套", "人次", "万千瓦", "千瓦时", "分钟", "小时", "天", "蒸吨", "兆瓦", "吉瓦", "平方千米", "标方", "床", "张床", "个点", "家次", "项次",
		"延长米", "平米", "米", "公斤", "千克", "场次", "批次", "笔", "成", "标箱", "标准箱", "轮", "种", "岁", "辆次", "艘", "套（间）", "套(间)", "期", "班次", "车次", "班", "趟", "架", "宗", "块", "组", "列", "节", "级", "星", "头只", "个月", "个季度", "起", "人/万人", "微克/立方米", "微克每立方米", "吨/日", "吨/年", "元/吨", "亿元/平方公里", "万元/亩", "分/千瓦时", "元/千瓦时", "户次", "门", "份", "列次", "根", "秒", "盒", "瓶", "袋", "箱", "枚", "个工作日", "工作日", "千伏安", "百亿亿次/秒", "P", "类", "艘次", "吉瓦时", "重量箱", "㎡", "度"), latinUnits...) {
		out = append(out, base)
		for _, m := range []string{"万亿", "千亿", "亿", "千万", "百万", "万", "千"} {
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
// a comma between digits (2,431.67) and a slogan's inside its quotes
// (举办“湾区合作，共享未来”等投资推介会10次 is one clause).
func clauses(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	pos := 0     // byte offset of rs[i]
	quoted := -1 // the rune index of the quote's close while inside one
	for i, r := range rs {
		size := utf8.RuneLen(r)
		if r == '“' && quoted < 0 {
			quoted = closingQuote(rs, i)
		} else if i == quoted {
			quoted = -1
		}
		split := false
		switch r {
		case '，', '；', ';':
			split = quoted < 0
		case ',', ':', '：':
			// 2,431.67 and the ratio 2.5:1 are one number each; so is a
			// ratio a web page spaced (53.5 :46.5).
			j, k := i-1, i+1
			if r != ',' && j > 0 && rs[j] == ' ' {
				j--
			}
			if r != ',' && k+1 < len(rs) && rs[k] == ' ' {
				k++
			}
			split = !(j >= 0 && k < len(rs) && isDigit(rs[j]) && isDigit(rs[k]))
			// (三次产业比例调整为：0.0∶28.4∶71.6: the ratio said after the
			// colon is the clause's.)
			if split && r != ',' && ratioAfterColon.MatchString(s[pos+size:]) {
				split = false
			}
		}
		// (全年地区生产总值、…和农村居民人均可支配收入，预计分别增长5.8%、…和7.5%:
		// a list of things without numbers and the numbers it has with
		// 分别 are one clause.)
		if split && (r == '，' || r == ',') && strings.Contains(s[start:pos], "、") && nextDigit(s[start:pos]) < 0 && listedAfterComma.MatchString(s[pos+size:]) {
			split = false
		}
		// (其中，生物科技…分别增长…: the part's opener and what it opens
		// are one clause.)
		if split && (r == '，' || r == ',') && trimSpace(s[start:pos]) == "其中" {
			split = false
		}
		if split {
			out = append(out, s[start:pos])
			start = pos + size
		}
		pos += size
	}
	return append(out, s[start:])
}

// listedAfterComma opens a clause giving, with 分别, the numbers of the
// things the clause before lists.
var listedAfterComma = regexp.MustCompile(`^\s*(?:全年|预计|预期|初步测算|同比|比上年)*分别`)

// closingQuote is the index of the ” that closes the “ at rs[open] within
// a short slogan, or -1: a quote left open, or one that runs on, splits no
// less.
func closingQuote(rs []rune, open int) int {
	for i := open + 1; i < len(rs) && i <= open+24; i++ {
		switch rs[i] {
		case '”':
			return i
		case '“', '。':
			return -1
		}
	}
	return -1
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// startsWithDigit reports whether s opens on a digit.
func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDigit(r)
}

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
		// sentence's clauses after it, and so does one that opens on the
		// word (力争全年旅游接待人数达到446万人次，旅游收入达到46亿元); one with
		// the word inside only itself.
		for _, w := range []string{"力争", "确保", "预计"} {
			if (len(out) == 0 && saysWord(clause, w) || strings.HasPrefix(trimSpace(clause), w)) && !containsWord(x.governs, w) {
				x.governs = append(x.governs, w)
			}
		}

		x.lead = ""
	}()
	// 全年地区生产总值预计(下同)突破百亿元大关: a forecast said once for
	// all the figures after it, as the report says.
	if forecastBelow.MatchString(clause) {
		x.forecastAll = true
	}
	prevEnd := 0        // where the previous number's unit and qualifiers end
	passed := [2]int{}  // where a mark passed on the way stands (突破3万亿元、), cut from the next name
	clauseVerb := ""    // the verb of making the clause opens on, for a list after it
	clauseSubject := "" // who does what the clause lists: 省属企业 in 省属企业完成…、…
	clauseRetired := "" // the words of retired capacity the clause opens on: 淘汰落后
	clauseMeasure := "" // the bare measure the clause opens on (投资), for a list after it
	for _, m := range numberMatches(clause) {
		raw := clause[m[0]:m[1]]
		after := clause[m[1]:]
		// 规上工业增加值增速-7.8%: a rate written with a minus sign is
		// negative (not a range's dash, which follows a number or a unit).
		before, minus := cutMinus(clause[:m[0]])
		if m[0] < prevEnd {
			continue
		}
		// 三次产业比重为4.0∶37.7∶58.3: the shares of the three sectors of
		// the economy, a fact each.
		if shares := sectorShares(before, clause, m[0]); shares != nil {
			out = append(out, shares...)
			prevEnd = shares[len(shares)-1].end
			continue
		}
		if reason := notAFact(before, raw, after); reason != "" {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: reason, Clause: trimSpace(clause), Line: l.no, seg: l.seg})
			continue
		}
		n := number{raw: raw, start: m[0]}
		v, err := report.ParseDecimal(report.HalfWidth(raw))
		if err != nil {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: "not a decimal number as written", Clause: trimSpace(clause), Line: l.no, seg: l.seg})
			continue
		}
		if minus {
			v = report.NewDecimal(v.Dec().Neg(), v.Places())
		}
		n.value = v
		rest := strings.TrimLeft(after, " \u00a0") // 1.15 亿元
		// 1万6千多户, 2万5千公里, 1亿3千多万: a number written in two
		// magnitudes is one, in the smaller's base (16000户, 13000万).
		if m := mixedMagnitudes.FindStringSubmatch(rest); m != nil && !strings.ContainsAny(raw, ".．") {
			if whole, err := report.ParseDecimal(fmt.Sprintf("%d", atoi(raw)*10000+atoi(m[2])*1000)); err == nil {
				n.value = whole
				rest = rest[len(m[0]):]
			}
		}
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
						break // (rest is shorter now: 1万余 ends a line)
					}
				}
				break
			}
		}
		key := rest // (the units that can match open on its first character, or the magnitude's)
		if mag != "" {
			key = mag
		}
		first, _ := utf8.DecodeRuneInString(key)
		for _, u := range unitsByFirst[first] {
			// 新建污水管线2847米: metres of a work; 500米公交站点覆盖率, 128米高,
			// 4.5米水深航道: a distance or size that names a kind of thing.
			if u == "米" && strings.HasPrefix(rest, "米") && startsWithHan(rest[len("米"):]) && !hasAnyPrefix(rest[len("米"):], postQualifiers) {
				continue
			}
			if strings.HasPrefix(rest, strings.TrimPrefix(u, mag)) && (mag == "" || strings.HasPrefix(u, mag)) {
				n.unit = u
				rest = rest[len(strings.TrimPrefix(u, mag)):]
				break
			}
		}
		// PM2.5浓度由每立方米19.1微克降至17.2微克: a concentration, its
		// volume said once before the first number.
		// 安排150万资金: money in 万 with its 元 unwritten before what it is.
		if m := moneyUnwritten.FindStringSubmatch(rest); n.unit == "" && m != nil {
			n.unit = m[1] + "元"
			rest = rest[len(m[1]):]
		}
		if n.unit == "" && mag == "" && strings.HasPrefix(rest, "微克") && strings.Contains(before, "每立方米") {
			n.unit, rest = "微克/立方米", rest[len("微克"):]
		}
		// 综合评分都高达900分以上, 群众满意度95.2分: a score, in points (分
		// is a unit only where the words before score something: not 3分之一).
		if n.unit == "" && mag == "" && strings.HasPrefix(rest, "分") && !hasAnyPrefix(rest, []string{"分钟", "分之", "分别"}) && hasAnyWord(lastRunes(before, 12), scoreWords) {
			n.unit, rest = "分", rest[len("分"):]
		}
		// 城乡居民收入比缩小至2.1∶1: a ratio to one, unit ":1" as the model
		// writes it.
		if r := ratioToOne(rest); n.unit == "" && mag == "" && r > 0 {
			n.unit, rest = ":1", rest[r:]
		}
		// 城乡居民收入比降至2.2, 收入比值由3.27缩小至2.93: a ratio named as
		// one, written without its ":1", is one to one all the same.
		if n.unit == "" && mag == "" && (!startsWithHan(rest) || hasAnyPrefix(rest, toVerbs)) && !hasAnyPrefix(rest, []string{":", "∶", "："}) && namedRatio.MatchString(before) {
			n.unit = ":1"
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
		population := false // 500万人口以上城市: 人口 are people, a class of cities by them
		if strings.HasSuffix(n.unit, "人") && strings.HasPrefix(rest, "口") {
			rest, population = rest[len("口"):], true
		}
		if n.unit != "" {
			if m := parenUnit.FindString(rest); m != "" && !strings.Contains(m, "下同") && !strings.Contains(m, "同比") && !strings.Contains(m, "口径") {
				n.unit += m
				rest = rest[len(m):]
			}
		}
		// 地区生产总值201.06亿元—204.05亿元: a range of a level, its unit
		// written after both ends (not a rate's: a change has no upper end).
		if n.unit != "" && n.unit != "%" {
			if m := rangeAfter(rest, before); m != nil && strings.HasPrefix(rest[len(m[0]):], n.unit) {
				if up, err := report.ParseDecimal(report.HalfWidth(m[1])); err == nil && up.Dec().GreaterThan(n.value.Dec()) {
					n.upper = &up
					rest = rest[len(m[0])+len(n.unit):]
				}
			}
		}
		// 国内生产总值增长6.5%－7%: a plan's growth said as a range, its unit
		// written after both ends.
		if (n.unit == "%" || n.unit == "％") && x.readingPlan {
			if m := rangeAfter(rest, before); m != nil && hasAnyPrefix(rest[len(m[0]):], shareSigns[:2]) {
				if up, err := report.ParseDecimal(report.HalfWidth(m[1])); err == nil && up.Dec().GreaterThan(n.value.Dec()) {
					_, size := utf8.DecodeRuneInString(rest[len(m[0]):])
					n.upper, n.upperRaw = &up, m[1]
					rest = rest[len(m[0])+size:]
				}
			}
		}
		// 地区生产总值增长6—6.5%: a plan's growth said as a range, its unit
		// written once after the upper end (a year's change has none: in a
		// review the upper end is left to be skipped as before).
		if n.unit == "" && mag == "" && x.readingPlan && hasAnyPrefix(rest, []string{"—", "–", "-", "～", "~", "－"}) && hasAnySuffix(trimSpace(before), changeVerbs) {
			if m := rangeAfter(rest, before); m != nil && hasAnyPrefix(rest[len(m[0]):], shareSigns[:2]) {
				if up, err := report.ParseDecimal(report.HalfWidth(m[1])); err == nil && up.Dec().GreaterThan(n.value.Dec()) {
					u := rest[len(m[0]) : len(m[0])+len("%")]
					if strings.HasPrefix(rest[len(m[0]):], "％") {
						u = "％"
					}
					n.unit, n.upper = "%", &up
					rest = rest[len(m[0])+len(u):]
				}
			}
		}
		// 新建2—3家省级制造业创新中心: a range, its unit written once after
		// its upper end.
		if m := rangeAfter(rest, before); n.unit == "" && mag == "" && m != nil {
			for _, u := range units {
				if up, err := report.ParseDecimal(report.HalfWidth(m[1])); err == nil && strings.HasPrefix(rest[len(m[0]):], u) && report.IsCount(u) {
					n.unit, n.upper = u, &up
					rest = rest[len(m[0])+len(u):]
					break
				}
			}
		}
		// 分别比全国、自治区和全市高4.2、4.3和3.2个百分点: numbers listed with
		// 分别 take the unit written once after the last.
		if n.unit == "" && mag == "" && strings.Contains(before, "分别") {
			n.unit = listUnit(rest)
		}
		if n.unit == "" {
			if u, mag := sharedUnit(rest, before); u != "" {
				n.unit, rest = u, rest[len(mag):]
			}
		}
		// 快于全国3.4个、1个百分点: points written once, after the last.
		if n.unit == "个" && pointsAfter.MatchString(rest) {
			n.unit = "个百分点"
		}
		// 地区生产总值突破3万亿元、达3.6万亿元: the mark passed on the
		// way is no level of its own; the level is the number after it.
		if n.unit != "" && strings.HasSuffix(before, "突破") && passedOnTheWay.MatchString(rest) {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: "a mark passed on the way to the level after it (突破3万亿元、达3.6万亿元)", Clause: trimSpace(clause), Line: l.no, seg: l.seg})
			sep, _ := utf8.DecodeRuneInString(rest)
			passed = [2]int{len(before) - len("突破"), len(clause) - len(rest) + utf8.RuneLen(sep)}
			continue
		}
		if n.unit == "" && mag == "" && rankWithoutUnit(before, rest) {
			n.unit = "位" // 新能源汽车产量超110万辆、居全国第9: a place, 位 unwritten
		}
		// 斩获4金5银6铜, 贡献9金、5银、6铜: medals, counted in 枚.
		if medal := medalOf(rest, before); n.unit == "" && mag == "" && medal != "" {
			n.unit, n.medal = "枚", medal
			rest = rest[len("金"):]
		}
		if n.unit == "" {
			reason := "no unit after it: not a quantity the model holds"
			if hasAnySuffix(upTo(rest, "，,；;。"), milestoneNouns) {
				reason = "a milestone crossed (跨越7万亿、8万亿…台阶), not a level the report gives"
			}
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: reason, Clause: trimSpace(clause), Line: l.no, seg: l.seg})
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
		// 增长1倍多: more than so many times (多 stands after 倍, where it
		// stands before other units: 5000多个).
		if n.unit == "倍" && strings.HasPrefix(rest, "多") {
			n.qualifier = append(n.qualifier, "多")
			rest = rest[len("多"):]
		}
		// Numbers that count no quantity the report reports: a span of years
		// (近3年, 用13年), the report's own structure (14个方面), an age as
		// a criterion (65岁以上老年人).
		if reason := notAQuantity(n.unit, before, rest); reason != "" {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: reason, Clause: trimSpace(clause), Line: l.no, seg: l.seg})
			if n.unit != "岁" && !strings.HasPrefix(reason, "the set") && !strings.HasPrefix(reason, "a capacity") && !strings.HasPrefix(reason, "a base") {
				prevEnd = len(clause) - len(rest) // an age, a set, a capacity, a base stays in the name it qualifies
			}
			continue
		}
		// 从A提高到B: A is B's earlier level; so are all the numbers
		// between 从 and the verb (分别从每人每月209元、280元提高到217元、
		// 290元; 从15个县（市）扩大到57个县（市）).
		if i := fromAt(before); i >= 0 && !hasAnyWord(before[i:], toVerbs) && hasAnyWord(rest, toVerbs) {
			n.fromOf = true
		}
		for _, v := range toVerbs {
			// (188个园区整合优化为120个: the thing between the two.)
			if i := strings.Index(rest, v); i == 0 || i > 0 && utf8.RuneCountInString(rest[:i]) <= 8 && startsWithHan(rest) && !strings.ContainsAny(rest[:i], "，,、；;。") && startsWithDigit(rest[i+len(v):]) {
				n.fromOf = true
				break
			}
		}
		// 2000万元以上项目, 10蒸吨以下锅炉: a threshold that names a class
		// of things, not a quantity of them.
		// A count or a share is not a class: 新建5个以上紧密型城市医疗集团 is
		// at least five of them, 投放50%以上号源 at least half. 65蒸吨/小时及以上燃煤锅炉 is a class too.
		if tail, _ := utf8.DecodeRuneInString(rest); (strings.HasSuffix(after[:len(after)-len(rest)], "以上") || strings.HasSuffix(after[:len(after)-len(rest)], "以下") || strings.HasSuffix(after[:len(after)-len(rest)], "以内")) &&
			tail >= 0x4e00 && tail <= 0x9fff && (!report.IsCount(n.unit) || population) && n.unit != "%" {
			n.threshold = true
		}
		// 注册资本1亿元以上8家、1千万元以上108家: money 以上 with a count
		// right after it is the class the count counts.
		if strings.HasSuffix(after[:len(after)-len(rest)], "以上") && startsWithDigit(rest) && report.IsMoney(n.unit) {
			n.threshold = true
		}
		// 引进投资超10亿元重大项目14个: money more than which (超) selects
		// the projects a count after it counts, with no 以上 to say so.
		// (超5000万元的镇4个, 收入超过1000万元的企业达到50家: with 的.)
		// (培育100家产值超10亿元的先进装备制造骨干企业: a count before it.)
		if (report.IsMoney(n.unit) || strings.HasSuffix(n.unit, "美元")) && hasAnySuffix(before, []string{"超", "超过"}) && (thresholdNoun.MatchString(rest) || classCounted.MatchString(rest) || strings.HasPrefix(rest, "的") && startsWithHan(strings.TrimPrefix(rest, "的")) && countBefore.MatchString(before)) {
			n.threshold = true
		}
		// 占比超过10%的有44种: the share selects the 44; 25兆瓦级风电主轴
		// 轴承: a grade names a kind of thing.
		if perClass.MatchString(rest) || strings.HasPrefix(rest, "的有") || n.unit != "级" && strings.HasPrefix(rest, "级") && startsWithHan(strings.TrimPrefix(rest, "级")) {
			n.threshold = true
		}
		// 两个500亿级产业集群: a magnitude's grade names a kind of cluster;
		// 占比80%以上达29种, 比重100%达14种: the share selects the kinds it counts.
		if n.unit != "级" && strings.HasSuffix(n.unit, "级") && startsWithHan(rest) ||
			n.unit == "%" && (strings.HasPrefix(rest, "达") || strings.HasPrefix(rest, "有")) && startsWithDigit(rest[len("达"):]) && !hasAnySuffix(trimSpace(before), changeVerbs) { // (not 地区生产总值增长12.6%达92.9亿元: a growth, then its level)
			n.threshold = true
		}
		n.end = len(clause) - len(rest)
		n.after = rest
		// Qualifiers just before the number: 预计, 超过, 约 …
		b := before
		if passed[1] > 0 && passed[1] <= len(b) {
			b = b[:passed[0]] + b[passed[1]:] // (突破3万亿元、达3.6万亿元: the level's name is the mark's)
			passed = [2]int{}
		}
		// 农村低保最低标准提高至年人均5280元以上: whom and how often an
		// amount is paid says what the amount is of, after the verb that
		// reaches it (a standard per person and year), no part of its name.
		if n.unit == "元" || n.unit == "万元" {
			for _, w := range perPersonWords {
				if t, ok := strings.CutSuffix(b, w); ok && hasAnySuffix(t, preQualifiers) {
					b = t
					break
				}
			}
			// 全员劳动生产率每人9.6万元: a measure's amount per person, the
			// unit's (万元/人, as 58万元/人 is written).
			if t, ok := strings.CutSuffix(b, "每人"); ok && endsInMeasure(t) && utf8.RuneCountInString(t) >= 3 {
				b = t
				n.unit += "/人"
			}
		}
		// 地均GDP为每平方公里34.13亿元: an amount per unit of land said
		// before it, the unit's (亿元/平方公里, as written after).
		for _, p := range perLand {
			if t, ok := strings.CutSuffix(b, p[0]); ok && report.IsMoney(n.unit) && utf8.RuneCountInString(t) >= 2 {
				b = strings.TrimSuffix(t, "为")
				n.unit += p[1]
			}
		}
		if n.unit == "微克/立方米" {
			b = strings.TrimSuffix(trimSpace(b), "每立方米") // (由每立方米19.1微克: the volume is the unit's)
		}
		// 从2016年的695.7亿元增加到2021年的1144.2亿元: the year the level
		// reached is its period's; the verb is the qualifier.
		if strings.HasSuffix(b, "的") || strings.HasSuffix(b, "年") {
			b = toTheYear.ReplaceAllString(b, "$1")
		}
		// 水电气接入办理时间平均压缩70%, 药品平均降价52%: an average change;
		// a fall of price is the price's (药品价格下降).
		if n.unit == "%" {
			for _, w := range []string{"降价", "涨价"} {
				if t, ok := strings.CutSuffix(b, w); ok && utf8.RuneCountInString(t) >= 2 {
					b = t + map[string]string{"降价": "价格下降", "涨价": "价格上涨"}[w]
				}
			}
			for _, v := range changeVerbs {
				if t, ok := strings.CutSuffix(b, "平均"+v); ok && utf8.RuneCountInString(t) >= 2 && !strings.HasSuffix(t, "年") { // (两年平均增长4.9%: a span's average, its measure)
					b = t + v
					n.qualifier = append(n.qualifier, "平均")
					break
				}
			}
			if t, ok := strings.CutSuffix(b, "价格下降"); ok && strings.HasSuffix(t, "平均") {
				b = strings.TrimSuffix(t, "平均") + "价格下降" // (平均降价)
				n.qualifier = append(n.qualifier, "平均")
			}
		}
		// 城镇调查失业率平均为5.1%, 平均值为5.0%: an average over the year.
		for _, w := range []string{"平均值为", "平均值", "平均为"} {
			if strings.HasSuffix(b, w) {
				b = b[:len(b)-len(w)]
				n.qualifier = append(n.qualifier, "平均")
				break
			}
		}
		for {
			found := false
			for _, q := range preQualifiers {
				if strings.HasSuffix(b, q) && !(q == "约" && hasAnySuffix(b, []string{"签约", "节约", "履约", "合约", "预约", "集约"})) { // (项目签约3543亿元: 约 of a word)
					n.qualifier = append([]string{q}, n.qualifier...)
					b = b[:len(b)-len(q)]
					if q == "近" {
						b = strings.TrimSuffix(strings.TrimSuffix(b, "接"), "逼") // 总量接近800万户, 逼近300亿元大关: 接近 and 逼近 are 近
					}
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
			// …引进深圳仲裁院等6家保护机构、…14家运营机构，以及3家行业协会:
			// a clause going on with 以及 goes on with the list before it.
			if lead := trimSpace(b); clauseVerb == "" && hasAnyPrefix(lead, []string{"以及", "及"}) && !strings.HasPrefix(lead, "及时") {
				clauseVerb = x.listVerbBefore
				n.listVerb = clauseVerb
			}
			clauseSubject = subjectOfList(b)
			if m := retiredCapacity.FindStringSubmatch(fewYears.ReplaceAllString(cleanName(b), "")); m != nil {
				clauseRetired = m[1]
			}
			if m := cleanName(b); bareMeasure(m) {
				clauseMeasure = m
			}
		}
		if prevEnd <= len(b) {
			b = b[prevEnd:] // the name is after the previous number
			// …1.4万亿斤新台阶、亩产提升10.1斤: what stands before 、 is
			// the previous number's.
			if _, after, ok := strings.Cut(b, "、"); ok && prevEnd > 0 {
				b = after
				n.listVerb, n.listMeasure, n.listSubject, n.listRetired = clauseVerb, clauseMeasure, clauseSubject, clauseRetired
				n.listReach = len(out) > 0 && reaches(out[len(out)-1]) && !numberRe.MatchString(b)
			} else if i := strings.LastIndexAny(b, "和及与"); i >= 0 && prevEnd > 0 && !numberRe.MatchString(b) && (utf8.RuneCountInString(b) <= 8 || i == len(b)-len("和") && len(out) > 0 && report.IsCount(out[len(out)-1].unit)) && !strings.HasSuffix(b, "的") && !hasAnySuffix(before, joinedQualifiers) {
				b = b[i+len("和"):] // 3个万亿级和7个千亿级产业集群; 2—3家省级制造业创新中心和25—30家…
				n.listVerb, n.listMeasure = clauseVerb, clauseMeasure
			} else if prevEnd > 0 && len(out) > 0 && report.IsCount(out[len(out)-1].unit) && b != "" && utf8.RuneCountInString(b) <= 8 && !strings.ContainsAny(b, "，,；;：:的") && !numberRe.MatchString(b) {
				n.afterCount = true // 8所高校14个学科: 高校 is the 8's
			} else if w, ok := strings.CutSuffix(b, "的"); ok && clauseVerb != "" && prevEnd > 0 && len(out) > 0 && report.IsCount(out[len(out)-1].unit) && w != "" && utf8.RuneCountInString(w) <= 8 && !strings.ContainsAny(w, "，,；;：:的") && !numberRe.MatchString(w) {
				// 通达全球127个国家和地区的584个港口: 国家和地区 are the 127's;
				// the 584 are reached as they are.
				n.ofCount, n.listVerb = true, clauseVerb
			} else if i := strings.LastIndex(b, "和"); i > 0 && prevEnd > 0 && len(out) > 0 && report.IsCount(out[len(out)-1].unit) && !numberRe.MatchString(b) && !strings.ContainsAny(b, "，,；;：:的、") {
				// 66个粮食产能提升重点县和豫东平原200万亩…: the words after 和
				// are this number's thing, those before it the count's (not
				// when a qualifier joins them: 116个国家和地区近4000名).
				if rest := b[i+len("和"):]; utf8.RuneCountInString(rest) >= 2 && utf8.RuneCountInString(rest) <= 6 && !hasAnySuffix(rest, joinedQualifiers) {
					b = rest
				}
			}
		}
		// Words that govern the whole clause, wherever they stand before
		// the number: 预计完成231.52亿元, 全年累计争取1,498万元.
		// 累计创建42个示范村、22个示范片区: also the numbers after the first.
		// (预计全旗地区生产总值累计完成…: in the order the text says them.)
		var said []string
		for _, w := range governing {
			if strings.Contains(before, w) && !containsWord(n.qualifier, w) {
				said = append(said, w)
			}
		}
		// 拟安排财政赤字1.62万亿元: a plan's figure, 拟 a qualifier as the
		// data guide lists it (not 虚拟, 模拟, 拟定).
		if strings.Contains(before, "拟") && plannedWord.MatchString(before) && !containsWord(n.qualifier, "拟") {
			said = append(said, "拟")
		}
		slices.SortStableFunc(said, func(a, b string) int { return cmp.Compare(strings.Index(before, a), strings.Index(before, b)) })
		n.qualifier = append(said, n.qualifier...)
		// 力争年内，旅游接待人数突破600万人次，旅游收入突破60亿元: resolve
		// and forecast said in a clause shortly before govern this one too
		// (the data guide's 40 characters, which validate --source allows).
		// A clause with a resolve or plan of its own (计划实施…) is not.
		own := hasAnyPrefix(trimSpace(clause), []string{"计划", "拟", "力争", "确保", "预计", "争取"})
		for _, w := range x.governs {
			if !own && saysWord(x.lead, w) && !containsWord(n.qualifier, w) {
				n.qualifier = append([]string{w}, n.qualifier...)
			}
		}
		// 今年拟安排财政赤字1.62万亿元，比去年增加2700亿元: what a clause
		// shortly before plans, and its change, are planned too.
		if !own && strings.Contains(x.lead, "拟") && plannedLead.MatchString(x.lead) && !containsWord(n.qualifier, "拟") {
			n.qualifier = append([]string{"拟"}, n.qualifier...)
		}
		if own { // (力争年内，…；确保粮食播种面积…，牲畜存栏量…: another word governs from here)
			x.resolveSentence = slices.DeleteFunc(x.resolveSentence, func(w string) bool { return !strings.HasPrefix(trimSpace(clause), w) })
		}
		for _, w := range x.resolveSentence {
			if !own && !containsWord(n.qualifier, w) {
				n.qualifier = append([]string{w}, n.qualifier...)
			}
		}
		if (x.forecastAll || x.forecastSentence && !own) && !containsWord(n.qualifier, "预计") {
			n.qualifier = append([]string{"预计"}, n.qualifier...)
		}
		// 连续第16年居全市第一: a streak, as 连续16年 is.
		if strings.HasSuffix(b, "连续第") && n.unit == "年" {
			b = strings.TrimSuffix(b, "第")
		}
		// 五是完成29条道路“黑化”: the list's ordinal is no word of the name.
		if strings.Contains(b, "是") {
			if loc := listOrdinal.FindStringIndex(b); loc != nil {
				b = b[loc[1]:]
			}
		}
		// 广义货币M2和社会融资规模余额预期增长均为12%左右: each thing's
		// growth, as 均增长 says it.
		if head, ok := strings.CutSuffix(b, "均为"); ok {
			for _, v := range []string{"增长", "增速", "下降"} {
				if h, ok := strings.CutSuffix(head, v); ok && n.unit == "%" {
					b = strings.TrimSuffix(strings.TrimSuffix(h, "预期"), "预计") + "均" + strings.Replace(v, "增速", "增长", 1)
					break
				}
			}
		}
		n.before = strings.TrimLeft(b, "、和及与")
		if hasAnyPrefix(b, andWords) || strings.HasPrefix(b, "及时") {
			n.before = b // 和美乡村, 及时出台…: 和 and 及 open a word, they join nothing
		}
		if !n.threshold || strings.HasPrefix(n.after, "的有") {
			// (A threshold or a grade stays in the name of the class it
			// makes, as the data guide asks: 开工建设10亿元以上重大产业项目
			// 47个, 平凉7亿吨级冶镁白云岩等大中型矿产地35处; a share that
			// selects, 占比超过10%的有44种, names nothing by itself.)
			prevEnd = n.end
		}
		out = append(out, n)
	}
	x.listVerbBefore = clauseVerb
	return out
}

// governing are the qualifier words that bear on every number after them
// in a clause.
var governing = []string{"预计", "累计", "力争", "确保", "按可比口径"}

// plannedWord is 拟 of a plan's figure in the words before a number, not of a
// word (虚拟, 模拟, 比拟, 拟定, 拟制, 拟上市企业).
// saysWord reports whether s says the governing word w as a word: not the
// 力争 inside 努力争取.
func saysWord(s, w string) bool {
	for i := strings.Index(s, w); i >= 0; {
		if !(w == "力争" && strings.HasSuffix(s[:i], "努")) {
			return true
		}
		j := strings.Index(s[i+len(w):], w)
		if j < 0 {
			return false
		}
		i += len(w) + j
	}
	return false
}

// plannedLead is a clause of a plan's figure in the lead of a clause.
var plannedLead = regexp.MustCompile(`拟(?:按|安排|发行|新增|投入|下达)`)

var plannedWord = regexp.MustCompile(`(?:^|[^虚模比])拟(?:[^定制订稿上]|上[^市]|$)`)

func containsWord(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// pointsAfter follows a number of points whose 百分点 the last of its list
// carries: 3.4个、1个百分点.
var pointsAfter = regexp.MustCompile(`^、[0-9０-９.．]+个百分点`)

// passedOnTheWay follows a mark a level passed when the level comes next:
// 突破3万亿元、达3.6万亿元.
var passedOnTheWay = regexp.MustCompile(`^[、，,](?:达到|达|接近|超过|近|约)[0-9０-９]`)

// latinUnits are units written in Latin letters, not the code of a name
// (5G, A股): 55GWh, 160Eflops. They are among the units.
var latinUnits = []string{"PF", "EFLOPS", "Eflops", "EFlops", "GWh", "GW", "P"}

// rankWithoutUnit reports whether a number is a place in a ranking written
// without 位, at the end of its clause: 居全国第9, 稳居中部地区第1.
func rankWithoutUnit(before, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	return strings.HasSuffix(before, "第") && (rankTail.MatchString(before) || rankedList.MatchString(before)) && (after == "" || strings.ContainsRune("，,。；;、）)", r) || strings.HasPrefix(after, "和第"))
}

// rankedList is a clause of places in named rankings, after the verb of
// placing: 位居全国百强县投资潜力第3、新型城镇化质量第4….
var rankedList = regexp.MustCompile(`(?:位居|位列|居|排名|跻身)[^，,；;。]{2,60}第$`)

// notAFact says why a number is not a fact, or "".
func notAFact(before, raw, after string) string {
	digits := report.HalfWidth(raw)
	after = strings.TrimLeft(after, " \u3000") // (2022 年是…: a PDF's space)
	switch {
	case strings.HasSuffix(before, "第") || strings.HasPrefix(after, "号") || strings.HasPrefix(after, "届") || strings.HasPrefix(after, "期工程") || strings.HasPrefix(after, "期项目"):
		if strings.HasPrefix(after, "位") || strings.HasPrefix(after, "名") || rankWithoutUnit(before, after) || strings.HasSuffix(before, "连续第") && strings.HasPrefix(after, "年") {
			return "" // a rank: 第5位, 居全国第9
		}
		return "an ordinal or a numbered name (第…, …号, …届)"
	case len(digits) == 4 && !strings.ContainsAny(digits, ".,") && strings.HasPrefix(after, "年") && !strings.HasSuffix(before, "连续") && digits >= "1949" && digits <= "2100":
		return "a year"
	case strings.HasPrefix(after, "月") || strings.HasPrefix(after, "日") && !strings.HasPrefix(after, "日均"):
		return "a date"
	case strings.HasPrefix(after, "周年") || strings.HasPrefix(after, "版") || strings.HasPrefix(after, "时代"):
		return "an anniversary, a version or an era"
	case endsWithLatin(before) && !(strings.HasSuffix(before, "GDP") && startsWithHan(after)) || startsWithLatin(after) && !hasAnyPrefix(after, latinUnits):
		// (地均GDP70.75亿元/平方公里: GDP is a measure, its amount no code's.)
		return "part of a name or code (5G, 12345热线, A股)"
	case strings.HasSuffix(before, "“") || strings.HasPrefix(after, "”") || strings.HasPrefix(after, "+") || strings.HasSuffix(before, "+"),
		strings.Count(before, "“") > strings.Count(before, "”") && strings.Contains(upTo(after, "，,；;。"), "”"): // “民营经济32条”
		return "part of a name or slogan in quotes"
	case strings.HasPrefix(after, "条") && strings.HasSuffix(before, "“"):
		return "part of a slogan"
	case strings.HasSuffix(before, "前") && hasAnyPrefix(after, shareSigns):
		return "a share that names a class (排名前1%)"
	case strings.HasSuffix(before, "前") && strings.HasPrefix(after, "年") && hasAnyPrefix(strings.TrimPrefix(after, "年"), []string{"总和", "之和", "的总和", "合计", "总量", "的总量"}):
		return "the years a total is compared with (相当于前3年总和)"
	case strings.HasPrefix(after, "人论坛"):
		return "part of a forum's name (中国社会治理50人论坛)"
	case strings.HasPrefix(after, "年") && yearsProgramme.MatchString(after):
		return "part of a programme's name (路网建设攻坚3年行动)"
	case strings.Contains(upTo(after, "，,；;。"), "内") && timeLimitName.MatchString(after):
		return "a time limit inside a rate's name (28天内签约率)"
	case milestonesCounted.MatchString(after), yearsToMilestones.MatchString(after) && !strings.HasSuffix(before, "连续"):
		return "milestones passed on the way, counted (跨过3个万亿级关口): the level reached says it"
	case setSaid(lastRunes(before, 16), after):
		return "the set a statement is about (列入全市12个重大创新平台, 在全国169个重点城市中排名第六)"
	case hasAnySuffix(before, []string{"（上年", "(上年", "（去年", "(去年", "（上年为", "(上年为"}):
		return "last year's level in brackets, said to compare (6759家（上年5842家）)"
	}
	return ""
}

// rateOfVerb is the rate a share said before a verb of meeting or closing
// measures (100%达标: 达标率).
var rateOfVerb = map[string]string{"达标": "达标率", "办结": "办结率"}

// The words around numbers that are no fact of the region's: setCovered
// ends the text before the size of a set a thing covers whole (覆盖全部28个
// 社区); yearsToMilestones and milestonesCounted follow the years
// milestones took and the milestones counted; setJoined ends the text before
// the size of a set a thing was put in or leads (列入全市12个重大创新平台,
// 领跑原特区外25个街道); rankedAmong and rankedAmongAfter hold the size of a
// set a ranking is taken over (在全国169个重点城市中排名第六).
var (
	setCovered        = regexp.MustCompile(`(?:覆盖|扩围至|扩大到|扩大至|延伸至|延伸到|惠及)(?:全部|所有|全)$`)                          // 覆盖全部28个社区
	yearsToMilestones = regexp.MustCompile(`^年(?:内|间|来)?(?:连续)?(?:突破|跨越|跨过|迈上|跨上|连跨)[^，,；;。]{0,10}(?:大关|台阶|关口)`) // 3年突破两个千亿大关
	milestonesCounted = regexp.MustCompile(`^个(?:万亿|千亿|百亿|十亿|亿)\p{Han}{0,3}(?:台阶|关口|大关)`)
	setJoined         = regexp.MustCompile(`(?:(?:列入|纳入|入选|跻身)(?:全市|全省|全国|全区|国家|省|市)|领跑\p{Han}{0,6})$`) // (领跑原特区外25个街道: the set it leads)
	rankedAmong       = regexp.MustCompile(`在[^，,；;。在]{0,12}$`)
	rankedAmongAfter  = regexp.MustCompile(`^[个家座项所][^，,；;。]{1,20}中(?:排名|名列|位列|位居|居|列|排)`)
)

// setSaid reports whether a number is the size of the set a statement is
// about, from the words just before it (tail) and after it.
func setSaid(tail, after string) bool {
	return setJoined.MatchString(tail) || rankedAmong.MatchString(tail) && rankedAmongAfter.MatchString(after) || setCovered.MatchString(tail)
}

// perLand are the words of an amount per unit of land said before it, and
// the unit's ending they make: 每平方公里 (亿元/平方公里), 每亩 (万元/亩).
var perLand = [][2]string{{"每平方公里", "/平方公里"}, {"每亩", "/亩"}}

// yearsProgramme is what follows the years of a programme named by them:
// 3年行动, 三年攻坚行动 written with a digit.
var yearsProgramme = regexp.MustCompile(`^年(?:攻坚|专项|提升|整治|行动)*(?:行动|计划|规划|工程)`)

// timeLimitName is what follows a time limit that names a rate: 28天内签约率,
// 3个工作日内办结率.
var timeLimitName = regexp.MustCompile(`^(?:天|个工作日|工作日|小时|分钟)内\p{Han}{1,8}率`)

func endsWithLatin(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '-' || r == '_' || r == '.')
}

func startsWithLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
}

// countedOtherwise is how a growth was counted, said in its place of a name:
// 剔除不可比因素, 扣除留抵退税因素.
var countedOtherwise = regexp.MustCompile(`^(?:可比|同口径(?:对比)?|按同口径(?:计算)?|(?:剔除|剔出|扣除|不含|除去)\p{Han}{1,12}因素(?:后)?|按[^可]\p{Han}{0,5}口径(?:计算)?|按(?:不变价|可比价|可比价格|现价)(?:格)?计算)$`) // (按自然口径计算下降9.9%; 按可比口径 is a qualifier)

// modifier are the words before a rate that make it the previous level's
// change, not a fact of its own: 按可比口径增长13%, 同比增长5.5%.
var modifier = map[string]bool{"按可比口径": true, "同比": true, "比上年": true, "分别": true, "年均": false}

func joinWords(a, b string) string {
	if a == "" {
		return b
	}
	return a + "、" + b
}

// changeVerbs end the text before a rate that changes a level (比增, 比降:
// 比上年增长 shortened, as some regions write it); fallVerbs
// among them say it fell.
var (
	fallVerbs   = []string{"下降", "比降", "比减", "微降", "微跌", "下跌", "降低", "回落", "减少", "降幅", "压缩", "压减", "压降", "精简", "削减", "再降"}
	changeVerbs = append([]string{"增长", "比增", "增值", "微增", "上涨", "上升", "拉升", "回升", "提高", "增加", "提升", "调增", "上调", "增速为", "增速", "增幅", "涨幅"}, fallVerbs...)
)

// isChange reports whether a percent number is a change of a level: it
// follows one of changeVerbs.
// countingNote is how a change was counted, said in brackets after its verb:
// 下降(同口径)19.59%.
var countingNote = regexp.MustCompile(`[(（](?:同口径|按同口径|可比口径|按可比口径|可比价|下同)[)）]$`)

// withoutCountingNote is s without a countingNote at its end.
func withoutCountingNote(s string) string {
	if !strings.HasSuffix(s, ")") && !strings.HasSuffix(s, "）") {
		return s // (the pattern ends so; most words before a number do not)
	}
	return countingNote.ReplaceAllString(s, "")
}

func isChange(n number) (report.ChangeKind, bool) {
	b := strings.TrimSuffix(strings.TrimSuffix(withoutCountingNote(trimSpace(n.before)), "了"), "均") // (农村消费、网络消费增长均超过20%)
	if t := strings.TrimSuffix(strings.TrimSuffix(b, "达到"), "达"); strings.HasSuffix(t, "增速") {
		b = t // 规模以上工业增加值增速达到12%
	}
	if t, ok := strings.CutSuffix(b, "为"); ok && hasAnySuffix(t, []string{"降幅", "增幅", "涨幅"}) {
		b = t // 单位地区生产总值能耗降幅为5%左右
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
	b := strings.TrimSuffix(withoutCountingNote(trimSpace(n.before)), "均")
	if t, ok := strings.CutSuffix(b, "为"); ok && hasAnySuffix(t, fallVerbs) {
		b = t // (降幅为5%: a fall)
	}
	for _, v := range fallVerbs {
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
	// “十五五”时期目标任务和2026年工作安排 / …今年是“十五五”开局之年: in a
	// part of the next plan's goals and the year's work, the year's work
	// begins where a paragraph opens on the year.
	if x.part == partPlan && x.opensOnTheYear(p) {
		x.part = partTasks
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
	// (…我们对疫情前考虑的预期目标作了适当调整。…城镇新增就业900万人以上…:
	// in a part titled by the year's aims, the paragraph that speaks of
	// its 预期目标 holds them.)
	// (…主要目标是：/——本地生产总值3800亿元，增长9.5%左右；/——规模以上工业增加值
	// 2150亿元，增长8.5%；…: the targets listed a line each, each line opening
	// on a dash.)
	dashed := strings.HasPrefix(trimSpace(p), "——")
	if !dashed {
		x.targetsDashes = false
	}
	if x.part != partReview && x.part != partPlan && (!x.targetsSet && (x.targetsNext || strings.Contains(p, "预期目标是") || strings.Contains(p, "主要预期目标") || aimsAndTasks.MatchString(p) || x.part == partTargets && strings.Contains(p, "预期目标")) || x.targetsDashes) {
		// A text broken mid-sentence (…主要预期目标 / 是：地区生产总值增长…)
		// has the targets in the next line.
		next := x.targetsNext
		before := len(x.r.Targets)
		x.targets(p, l)
		set := len(x.r.Targets) > before
		x.targetsSet = x.targetsSet || set
		x.targetsNext = !x.targetsSet && !x.targetsNext
		x.targetsDashes = dashed && (next || x.targetsDashes)
		if set || x.targetsDashes {
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
		if x.planTalk || (hasPlan(p, x.nextPlan) || strings.Contains(p, "今后五年") || strings.Contains(p, "未来五年")) && !x.opensOnThePast(p) {
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
	p = withoutAddress(p)
	switch {
	case hasAnyPrefix(p, spanOpeners) || x.endedPlan != "" && hasAnyPrefix(p, []string{"“" + x.endedPlan + "”", x.endedPlan + "时期"}) || x.looksBackOnPlan(p):
		if x.part == partReview && x.section >= 0 && !x.spanTalk && !x.spanSection && len(x.r.Results[x.section].Indicators) > 0 {
			// The five years' facts are not the past year's last section's:
			// 五年来，我们纵深推进改革开放，… after 六是着力防风险守底线…;
			// titled as a paragraph of such leads is (发展动力和社会活力持续增强).
			x.newSection(leadTitle(p), "")
		}
		x.spanTalk = true
		x.spanYears = 5 // (三年来 inside a five years' paragraph is the epidemic's: a term's years are told by titles)
	case (hasAnyPrefix(p, yearOpeners) || yearOpenerRe.MatchString(p)) && !(x.headed && x.spanSection):
		// (（一）回顾五年的奋进拼搏，经济实力明显增强。2021年，预计实现…，
		// 年均增长5.4%: in a part of the five years, the rest of a
		// section's heading line that opens on their last year is theirs.)
		if (x.spanTalk || x.spanSection) && x.part == partReview && x.section >= 0 {
			// The year's facts are not the last five-year section's:
			// 刚刚过去的2025年，全省上下… after 我们…不断加强政府自身建设。
			x.newSection(upTo(p, "，,。"), "")
		}
		x.yearTurned = x.yearTurned || x.spanSection && !x.headed
		x.spanTalk, x.spanSection = false, false
	}
	if x.part == partReview && (hasAnyPrefix(p, planOpeners) || x.nextPlan != "" && strings.HasPrefix(strings.TrimPrefix(p, "“"), x.nextPlan)) {
		x.planTalk = true
	}
}

// spanOpeners open a paragraph about the five years of the plan just
// ended, yearOpeners one about the past year, planOpeners one about the
// next plan.
var (
	planOpeners = []string{"今后五年", "未来五年"}                // and the next plan's name
	spanOpeners = []string{"这五年", "五年来", "过去五年", "过去的五年"} // and the ended plan's
	yearOpeners = []string{"刚刚过去的", "过去一年", "一年来", "这一年"}
	// (2025年，… and 2025年是… open on the year; 2025年四大主导产业占GDP
	// 比重较2020年提高… dates a fact of the five years at their end.)
	yearOpenerRe = regexp.MustCompile(`^(?:20[0-9]{2}|２０[０-９]{2}|二〇[二三]\S)年(?:，|,|是|很|极|我们|以来)`)
)

// opensOnThePast reports whether a paragraph opens on the past year or the
// five years just ended: its facts are theirs, though it names the next plan
// on the way (刚刚过去的2025年，…以奋力收官“十四五”、科学谋划“十五五”为牵引…。
// 全年GDP增长4%).
func (x *extractor) opensOnThePast(p string) bool {
	q := withoutAddress(p)
	return hasAnyPrefix(q, yearOpeners) || hasAnyPrefix(q, spanOpeners) || yearOpenerRe.MatchString(q) && !x.opensOnTheYear(p)
}

// opensOnTheYear reports whether a paragraph opens on the report's own
// year: 今年是…, 2026年是….
func (x *extractor) opensOnTheYear(p string) bool {
	p = withoutAddress(p)
	return strings.HasPrefix(p, "今年是") || strings.HasPrefix(p, "今年，") || strings.HasPrefix(p, fmt.Sprintf("%d年是", x.r.Meta.Year))
}

// address is how a speaker turns to the delegates, which may open any
// paragraph (各位代表！透过2025回望“十四五”，…) and says nothing of its time.
var address = regexp.MustCompile(`^各位代表[！!：:，,]\s*`)

func withoutAddress(p string) string {
	return strings.TrimPrefix(p, address.FindString(p))
}

// looksBackOnPlan reports whether a paragraph's first or second sentence
// looks back on a five-year plan or the five years past (透过2025回望“十四
// 五”，重庆走过了…; …“十四五”规划顺利收官。回望过去五年，…): what follows
// is about the plan's five years, as after 五年来.
func (x *extractor) looksBackOnPlan(p string) bool {
	first, rest, _ := strings.Cut(p, "。")
	second, _, _ := strings.Cut(rest, "。")
	for _, sentence := range []string{first, second} {
		// (2025年主要目标任务的完成，标志着“十四五”规划顺利收官。回望过去
		// 五年，…: the second sentence turns to the five years.)
		if x.endedPlan != "" && strings.Contains(sentence, "“"+x.endedPlan+"”") && hasAnyWord(sentence, lookBackVerbs) {
			return true
		}
		for _, v := range lookBackVerbs {
			if strings.Contains(sentence, v+"过去五年") || strings.Contains(sentence, v+"这五年") {
				return true
			}
		}
	}
	return false
}

// lookBackVerbs say a speaker looks back on a time.
var lookBackVerbs = []string{"回望", "回顾", "回首"}

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
	return x.yearsBefore(x.spanYearsOr5())
}

// spanYearsOr5 is how many years the span talked of has: five unless a term
// of three or four was said.
func (x *extractor) spanYearsOr5() int { return cmp.Or(x.spanYears, 5) }

// earlierLevel is an earlier level of a from→to statement, with its unit.
type earlierLevel struct {
	value report.Decimal
	unit  string
}

// levelsAfter counts the numbers of a clause after its first earlier level
// that are not earlier levels themselves: the levels reached.
func levelsAfter(nums []number, fromStart int) int {
	k := 0
	for _, m := range nums {
		if m.start > fromStart && !m.fromOf {
			k++
		}
	}
	return k
}

// inUnit is v in fromUnit written in unit, when unit is fromUnit's base
// written whole (5千户 in 户: 5000); ok is false otherwise (6229亿元 in 万亿元).
func inUnit(v report.Decimal, fromUnit, unit string) (report.Decimal, bool) {
	base, factor, ok := report.Unit(fromUnit)
	if !ok || base != unit {
		return v, false
	}
	places := max(0, v.Places()-int32(len(factor.String())-1)) // (1.5千 → 1500; factor is a power of ten)
	return report.NewDecimal(v.Dec().Mul(factor), places), true
}

// yearBefore is the year before the facts read: before the span's first
// year in a part of several years, else before the results' year.
func (x *extractor) yearBefore(multi bool) report.Period {
	if multi {
		first, _, _ := strings.Cut(string(x.planSpan()), "-")
		y, _ := strconv.Atoi(first)
		return report.Period(strconv.Itoa(y - 1))
	}
	return report.Period(strconv.Itoa(x.r.Meta.ResultsYear() - 1))
}

// yearsBefore is the span of the n years before the report's.
func (x *extractor) yearsBefore(n int) report.Period {
	y := x.r.Meta.Year - 1
	return report.Period(fmt.Sprintf("%d-%d", y-n+1, y))
}

// openingTitle titles a section the report gave no heading (the paragraph
// that opens a review) by its own words, as the data guide asks: its first
// sentence when short (2025年是极不平凡的一年; 刚刚过去的2025年，是…关键之年),
// else the judgement it opens on (“十四五”时期是极不平凡的五年，我们…), else
// the clause it ends on, where the reports say what the year came to (过去一
// 年，…，较好完成全年主要目标任务). A paragraph that opens on figures has no
// such words: 总体情况, marked for review.
func openingTitle(p string) string {
	first, _, _ := strings.Cut(p, "。")
	first = trimSpace(first)
	plain := func(s string) bool {
		n := utf8.RuneCountInString(s)
		return n >= 4 && n <= 30 && !numberRe.MatchString(yearRe.ReplaceAllString(s, "")) && !strings.ContainsAny(s, "；;：:")
	}
	clauses := strings.Split(first, "，")
	switch {
	case plain(first):
		return first
	case strings.Contains(clauses[0], "是") && utf8.RuneCountInString(clauses[0]) <= 20 && plain(clauses[0]):
		return clauses[0]
	case plain(clauses[len(clauses)-1]):
		return clauses[len(clauses)-1]
	}
	return "总体情况"
}

// results reads the facts of a review paragraph into the current section.
func (x *extractor) results(p string, l line) {
	if x.section < 0 {
		x.r.Results = append(x.r.Results, report.Section{ID: x.id("s"), Title: openingTitle(p), Part: x.partTitle})
		x.section = len(x.r.Results) - 1
	}
	paraSpan := x.spanTalk

	headline := "" // the thing a sentence before said alone how it went, with no number (经营主体稳中培优。)
	for _, s := range sentences(p) {
		multi := x.spanSection || paraSpan
		// 针对今年以来疫情带来的影响，及时出台…30条政策措施: a review given in
		// the spring tells of the report's own year in such a sentence.
		x.thisYear = !multi && thisYearSince.MatchString(s)
		x.productMeasure = ""
		var last *report.Indicator
		sentenceHeadline := headline
		headline = ""
		if !strings.ContainsAny(s, "，,；;：:0123456789０１２３４５６７８９") {
			if h := clauseSubject(strings.TrimRight(trimSpace(s), "。！")); h != strings.TrimRight(trimSpace(s), "。！") {
				headline = h
			}
		}
		lastClauseStart := 0
		sentenceFirst := len(x.r.Results[x.section].Indicators)
		x.governs = nil
		x.forecastSentence, x.resolveSentence = opensOn(s, "预计") || forecastClauseFirst(s), sentenceWords(s)
		if forecastBelow.MatchString(s) {
			x.forecastAll = true // (全年地区生产总值增长4.5%(预计数,下同): the marker's parentheses hold a comma)
		}
		topic := ""                        // the sentence's last name not made of another's
		scene := ""                        // what the clause before, without a number, did
		opening := ""                      // what the sentence's first clause, without a number, is about
		doer := ""                         // the scene that named a fact done with no doer said (落实资金), for the sentence's others
		sceneSaid := false                 // whether the scene's clause said something of it (持续深化) or did it (开展…): a doer, not a statement
		programme, programmeAt := "", 0    // the last such scene of the sentence, and the first fact after it
		owner, ownerAt := "", 0            // the firm or cluster a clause without a number is about (酒钢集团…), and the first fact after it
		area := ""                         // the part of the region a clause without a number develops (加快前海开发建设), the sentence's facts its
		passedThing, passedQuote := "", "" // what passed a mark on the way in the clause before, and that clause (突破4000亿元，达…)
		passedStart, passedAt := 0, -1     // where that clause starts, and it again once its level is read
		x.lastYearSaid = false
		for cStart, c := range clausesAt(s) {
			offset := cStart + len(c) // where the clause ends in the sentence
			// 五年来…。2020年新增上市企业9家: a clause opening on the last year
			// of the span tells of that year, and so do those after it, until
			// one speaks of the span again (较2015年提高…, 累计…) or a
			// semicolon ends the list.
			switch {
			case multi && strings.HasPrefix(trimSpace(c), fmt.Sprintf("%d年", x.r.Meta.Year-1)):
				x.lastYearSaid = true
			case x.lastYearSaid && (x.spanWords(c) || strings.Contains(c, "累计") || strings.Contains(c, fmt.Sprintf("%d年", x.r.Meta.Year-x.spanYearsOr5()-1)) || hasAnySuffix(strings.TrimRight(s[:cStart], " "), []string{"；", ";"})):
				x.lastYearSaid = false
			}
			topic = x.enterClause(s, cStart, topic)
			parts := partsClause(x.lead, c) // (numbers clears the lead)
			nums := x.numbers(c, l)
			// 本地生产总值突破4000亿元，达4601.5亿元: the mark passed on the
			// way is no level, as within a clause (突破3万亿元、达3.6万亿元);
			// the level after it is the thing's.
			reachedThing := passedThing
			passedThing = ""
			// (本区生产总值突破2000亿大关，达到2150亿元: a mark in a bare 亿,
			// skipped as a milestone, names the level after it all the same.)
			if m := passedMilestone.FindStringSubmatch(trimSpace(c)); len(nums) == 0 && m != nil && passedOnTheWay.MatchString(s[offset:]) {
				passedThing, passedQuote, passedStart = cleanName(strings.TrimPrefix(forecastBelow.ReplaceAllString(m[1], ""), "预计")), trimSpace(c), cStart
				continue
			}
			if k := len(nums) - 1; k >= 0 && nums[k].unit != "" && (strings.HasSuffix(trimSpace(nums[k].before), "突破") || containsWord(nums[k].qualifier, "突破")) && trimSpace(nums[k].after) == "" && passedOnTheWay.MatchString(s[offset:]) {
				x.d.Skipped = append(x.d.Skipped, Skip{Number: nums[k].raw, Reason: "a mark passed on the way to the level after it (突破4000亿元，达4601.5亿元)", Clause: trimSpace(c), Line: l.no, seg: l.seg})
				passedThing, passedQuote, passedStart = cleanName(nums[k].before), trimSpace(c), cStart
				nums = nums[:k]
				if len(nums) == 0 {
					continue
				}
			}
			if len(nums) == 0 {
				scene = clauseSubject(c)
				// (省内对口帮扶东源县，累计投入资金3.87亿元: a clause naming
				// a programme of help says what was done, its money the
				// programme's.)
				sceneSaid = scene != "" && (scene != trimSpace(c) || hasAnyWord(scene, helpProgrammes))
				programme, programmeAt = "", 0
				if sceneSaid {
					programme, programmeAt = scene, len(x.r.Results[x.section].Indicators)
				}
				if cStart == 0 {
					opening = scene
				}
				if m := productsMeasure.FindStringSubmatch(trimSpace(c)); m != nil {
					x.productMeasure = m[1] // 高新技术产品产量大幅增长，集成电路圆片增长19.2%，…
				}
				if o := ownerOf(c); o != "" {
					owner, ownerAt = o, len(x.r.Results[x.section].Indicators)
				}
				if strings.Contains(c, "开发建设") { // (the pattern holds it; most clauses do not)
					if m := areaDeveloped.FindStringSubmatch(trimSpace(c)); m != nil {
						area = m[1]
					}
				}
				continue
			}
			clauseScene := scene // the clause just before only
			scene = ""
			if x.respectively(c, nums, multi, l) {
				last = x.lastIndicator()
				lastClauseStart = cStart
				continue
			}
			if x.multiplesOfEach(c, nums, s, multi, l) || x.changesOfEach(sentenceFirst, c, nums, s, multi, l) || x.ranksOfEach(sentenceFirst, c, nums, s, multi, l) {
				continue
			}
			var from *report.Decimal
			fromUnit := ""               // the earlier level's unit
			var froms []earlierLevel     // every earlier level of the clause (从第8位、第4位双双跃居第1位)
			firstFrom := 0               // where the first of them stands
			toSeen := 0                  // the levels read after them
			var fromNames []string       // the things they are of
			reachedBy := ""              // and how the first was reached (提高至)
			fromStart := 0               // where the earlier level stands in the clause
			medalBase := ""              // what medals listed are of
			streakEnd := -1              // where the name a streak runs on ends in the clause
			var benchmarks []string      // the benchmarks a list of gaps is measured against (分别比全国、自治区和全市高…)
			benchVerb, benchOf := "", "" // how they compare, and the growth they are gaps of
			for _, n := range nums {
				quote := trimSpace(c)
				scene := clauseScene // the clause's first number only
				clauseScene = ""
				if n.start < streakEnd && (n.unit == "位" || strings.HasSuffix(n.before, "前")) {
					// 连续30个月居全国前10位: the rank is what the streak holds,
					// part of its name.
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "part of what a streak holds (连续…居全国前10位)", Clause: quote, Line: l.no, seg: l.seg})
					continue
				}
				// 地区生产总值完成602.5亿元,首次突破600亿元大关,同比增长5.5%: a
				// mark passed, said after the level that passed it, restates it.
				if last != nil && last.Value != nil && last.Unit == n.unit && n.start == nums[0].start && (hasAnySuffix(trimSpace(n.before), []string{"突破", "跨越", "跨过", "迈上"}) || containsWord(n.qualifier, "突破")) && hasAnyPrefix(n.after, milestoneNouns) && cleanName(n.before) == "" && last.Value.Float64() >= n.value.Float64() && strings.Contains(s[:cStart], last.Quote) {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "a mark passed, said after the level that passed it (完成602.5亿元，首次突破600亿元大关)", Clause: quote, Line: l.no, seg: l.seg})
					continue
				}
				if strings.HasSuffix(n.before, "连续") {
					streakEnd = n.end + len(upToSeparator(n.after))
				}
				if n.threshold {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "a threshold that names a class of things (…以上项目)", Clause: quote, Line: l.no, seg: l.seg})
					continue
				}
				// 新增就业6435人，失业人员再就业1755人，分别完成目标任务的
				// 117%: one rate of each level of the sentence.
				if b := trimSpace(n.before); n.unit == "%" && len(nums) == 1 && strings.HasPrefix(b, "分别") && x.rateOfEach(sentenceFirst, n, strings.TrimSuffix(strings.TrimPrefix(b, "分别"), "的"), s, c) {
					continue
				}
				// 增长6.5%—8%: the upper end of a growth said as a range, which
				// a year's change does not hold.
				if n.unit == "%" && containsWord([]string{"—", "－", "～", "~", "-", "–"}, trimSpace(n.before)) && last != nil && last.Change != nil {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "the upper end of a range of growth (增长6.5%—8%), which a change does not hold", Clause: quote, Line: l.no, seg: l.seg})
					continue
				}
				if n.fromOf {
					v := n.value
					if len(froms) == 0 {
						firstFrom = n.start
					}
					from, fromStart, fromUnit = &v, n.start, n.unit
					froms = append(froms, earlierLevel{v, n.unit})
					continue
				}
				if n.sectorsOf != "" {
					// 三次产业比重为4.0∶37.7∶58.3: each sector's share of
					// the structure, as the samples write it.
					in := report.Indicator{Name: n.before, Change: &report.Change{Kind: report.ChangeShare, Value: n.value, Label: n.sectorsOf}, Quote: quote}
					x.addIndicator(&in, multi, l)
					last = x.lastIndicator()
					continue
				}
				if kind, ok := isChange(n); ok && !(kind == report.ChangePP && benchmarkBefore(n) != nil) {
					ch := &report.Change{Kind: kind, Value: signed(n)}
					name := withoutBaseYear(inCircumstance(cleanName(n.before), c))
					if strings.Trim(name, "（(") == "" {
						name = "" // 增长1.7%（同口径增长2.5%）: the same thing's, counted otherwise
					}
					since := x.sinceEarlierYear(trimSpace(c), name, last)
					if since != "" {
						name = last.Name
					}
					// 争取上级转移支付资金较2021年增加1.86亿元,增长15%: a rate after
					// an increase is the thing's growth, a fact of its own.
					ofIncrease := false
					if m := increaseOf.FindStringSubmatch(lastName(last)); name == "" && m != nil && last.Change == nil && last.Value != nil {
						name, ofIncrease = m[1], true
						// (…企业210家、占全市28.3%，一年增加76家、增长24.5%: the
						// thing's level said before takes it.)
						switch lv := x.levelOf(sentenceFirst, name); {
						case lv != nil && lv.Change == nil:
							lv.Change = ch
							lv.Quote = spanQuote(s, lv.Quote, c)
							continue
						case lv != nil:
							name, ofIncrease = "", false // (its level has a rate already: the increase's, as before)
						}
					}
					// 带动固定资产投资增长5.1%: what drove the growth is said
					// before; what grew is the name.
					if rest, ok := strings.CutPrefix(name, "带动"); ok && utf8.RuneCountInString(rest) >= 3 {
						name = rest
					}
					// 高技术制造业增速提高10.6个百分点: points are of the growth rate.
					if kind == report.ChangePP && name != "" && strings.Contains(n.before, name+"增速") {
						name += "增速"
					}
					// 各类事故亡人数下降36%，其中道路交通领域下降33%: a part
					// named by its kind alone is measured as its whole.
					if rest, ok := strings.CutPrefix(trimSpace(n.before), "其中"); ok && last != nil && name != "" && strings.HasPrefix(strings.TrimLeft(rest, "，,：:"), name) && hasAnySuffix(name, []string{"领域", "行业", "类", "方面", "板块", "环节"}) && utf8.RuneCountInString(name) <= 8 {
						if whole := strings.TrimPrefix(last.Name, "各类"); endsInMeasure(whole) && !strings.HasSuffix(name, whole) && utf8.RuneCountInString(whole) <= 8 {
							name += whole
						}
					}
					// 一般公共预算收入107.29亿元、剔除不可比因素增长11.4%: the
					// level's growth, counted otherwise; the way it was counted
					// labels it.
					if countedOtherwise.MatchString(name) && last != nil && last.Change == nil && last.Value != nil {
						ch.Label = trimSpace(strings.TrimLeft(n.before, "、，,"))
						name = ""
					}
					if modifier[name] && last != nil && last.Change == nil {
						if name == "按可比口径" {
							last.Qualifier = joinWords(last.Qualifier, name)
						}
						name = ""
					}
					// 工业百强产值占工业总产值47.4%、增长10.8%: the growth is the
					// thing's change, and the share, said first, a ratio of its own
					// named with its whole, as one said second is.
					if name == "" && kind == report.ChangeYoY && last != nil && last.Value == nil && last.Change != nil && last.Change.Kind == report.ChangeShare && strings.HasPrefix(last.Change.Label, "占") {
						v := last.Change.Value
						twin := report.Indicator{Name: last.Name, Change: ch, Quote: trimSpace(s[lastClauseStart:offset]), Qualifier: strings.Join(n.qualifier, "、")}
						last.Name, last.Value, last.Unit, last.Change = last.Name+last.Change.Label, &v, "%", nil
						x.addIndicator(&twin, multi, l)
						last = x.lastIndicator()
						continue
					}
					// 外贸进出口总值突破700亿元、年均增长13.2%: over five years the
					// level is the end's and the rate a yearly average, two facts.
					// 融资平台退出213户、压降81.3%: the things' number fell, a fact
					// of its own named by them, not the exits' change.
					if name == "" && last != nil && last.Value != nil && report.IsCount(last.Unit) && hasAnySuffix(trimSpace(n.before), []string{"压降", "压减", "压缩"}) {
						for _, v := range []string{"退出", "注销", "撤并"} {
							if thing, ok := strings.CutSuffix(last.Name, v); ok && thing != "" {
								name = thing
							}
						}
					}
					yearly := last != nil && last.Period != "" && last.Value != nil && (strings.Contains(n.before, "年均") || strings.Contains(n.before, "五年"))
					// 地区生产总值19.56亿元,…,是2016年的1.9倍,年均增速6.7%: the
					// rate after a multiple is the level's, a fact of its own
					// (levelsRate), not the multiple's change.
					levelsRate := last != nil && last.Unit == "倍" && strings.HasSuffix(last.Name, "的倍数")
					if levelsRate && name == "" {
						name, _, _ = strings.Cut(last.Name, "为")
					}
					// …增加到2017年的8.99万亿元，连续29年居全国首位，年均增长7.9%:
					// after a streak of the level, the rate is the level's.
					if ins := x.r.Results[x.section].Indicators; name == "" && last != nil && last.Kind == report.KindStreak && len(ins) >= 2 && ins[len(ins)-2].Value != nil && strings.HasPrefix(last.Name, ins[len(ins)-2].Name) {
						name, levelsRate = ins[len(ins)-2].Name, true
					}
					// 全省生产总值62164亿元、突破1万亿美元，比上年增长8.5%: the
					// mark the level passed, said in another unit, restates
					// it; the growth is the level's.
					if ins := x.r.Results[x.section].Indicators; name == "" && last != nil && last.Change == nil && containsWord(strings.Split(last.Qualifier, "、"), "突破") && len(ins) >= 2 {
						if prev := &ins[len(ins)-2]; prev.Name == last.Name && prev.Value != nil && prev.Change == nil && prev.Unit != last.Unit && strings.HasPrefix(last.Quote, prev.Quote) {
							last = prev
						}
					}
					// 固定资产投资184亿元，创27年新高，增长46.1%: a streak said
					// between a level and its growth leaves the growth the level's.
					if ins := x.r.Results[x.section].Indicators; name == "" && last != nil && last.Kind == report.KindStreak && last.Change == nil && !strings.Contains(n.before, "年均") && len(ins) >= 2 {
						if prev := &ins[len(ins)-2]; prev.Value != nil && prev.Change == nil && prev.Kind != report.KindStreak && (utf8.RuneCountInString(last.Name) <= 4 || strings.HasPrefix(last.Name, prev.Name)) {
							if i := strings.LastIndex(s[:lastClauseStart], prev.Quote); i >= 0 && i+len(prev.Quote) >= lastClauseStart-len("，") {
								prev.Change = ch
								prev.Quote = trimSpace(s[i:offset])
								continue
							}
						}
					}
					if last != nil && last.Change == nil && !yearly && !levelsRate && since == "" && !ofIncrease && (name == "" || strings.HasPrefix(trimSpace(n.before), "同比") || strings.HasPrefix(trimSpace(n.before), "比上年") || strings.Contains(n.before, "增长") && name == last.Name) {
						last.Change = ch
						if containsWord(n.qualifier, "按可比口径") {
							ch.Label = "按可比口径" // how the level's rate was counted, as the Hailar 2025 sample keeps it
						}
						last.Quote = trimSpace(s[lastClauseStart:offset])
						continue
					}
					if last != nil {
						name = ofTheFactBefore(name, last.Name) // 猕猴桃综合产值增长8.5%、出口增长53.6%: the fruit's exports
						name = partOfWhole(name, n.before, parts, last.Name)
					}
					if name == "" && last != nil {
						name = last.Name
						if last.Value != nil && !report.IsCount(last.Unit) {
							name = changedLevel(name) // 十年增加近70万亿元、年均增长6.2%: the level grew, not its increase
						}
						// 一般公共预算收入增长3.8%，较上年提高0.3个百分点:
						// points of a growth rate are its speed's.
						if kind == report.ChangePP && grewOnly(last) && !strings.HasSuffix(name, "增速") {
							name += "增速"
						}
					} else if name == "" && scene != "" {
						name = cleanName(scene) // 全省生产总值连续跨越…三个大台阶，年均增长5.9%
					} else if last != nil && bareMeasure(name) && utf8.RuneCountInString(name) <= 3 && strings.HasSuffix(last.Name, "企业") {
						// 规模以上工业企业达7.6万家、增加值增长3%: the measure is
						// the firms' (规模以上工业增加值).
						name = measureName(last.Name, name, n.before)
					}
					for _, name := range listNames(name, n) {
						in := report.Indicator{Name: name, Change: ch, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						if since != "" && !multi {
							in.Period, in.Measure = since, report.MeasureChange
						}
						x.addIndicator(&in, multi, l)
					}
					topic = name
					last = x.lastIndicator()
					lastClauseStart = cStart
					continue
				}
				// 增长7.2%,…分别比全国、自治区和全市高4.2、4.3和3.2个百分点: a
				// growth's gaps to benchmarks listed, each its own fact.
				if n.unit == "个百分点" {
					if of, list, verb := benchmarkList(trimSpace(n.before)); list != "" && (of != "" || last != nil && (last.Change != nil && last.Change.Kind == report.ChangeYoY || last.Value != nil && last.Unit == "%")) {
						benchmarks, benchVerb = strings.FieldsFunc(list, func(r rune) bool { return r == '、' || r == '和' || r == '及' }), verb+"于"
						switch {
						case of != "": // 城镇化率分别高于全国、全区16.6、15.5个百分点: what is compared is named first
							benchOf = of
							if !hasAnySuffix(of, []string{"率", "比例", "比重", "占比", "增速"}) {
								benchOf += "增速"
							}
						case last.Change != nil && last.Change.Kind == report.ChangeYoY:
							benchOf = strings.TrimSuffix(last.Name, "增速") + "增速"
						default: // 城镇化率达到83%，分别高于…: the rate's gaps
							benchOf = last.Name
						}
					} else if benchmarks != nil && strings.Trim(n.before, "、和及 ") == "" {
						benchmarks = benchmarks[1:]
					} else {
						benchmarks = nil
					}
					if len(benchmarks) > 0 {
						in := report.Indicator{Name: benchOf, Change: &report.Change{Kind: report.ChangePP, Value: gap(benchVerb, n.value), Against: benchmarks[0]}, Quote: trimSpace(s[lastClauseStart:offset]), Qualifier: strings.Join(n.qualifier, "、")}
						x.addIndicator(&in, multi, l)
						continue
					}
				}
				// 增长5.4%、高于全国0.4个百分点: the growth measured against
				// a benchmark, a fact of its own (地区生产总值增速).
				// (…,高于全国增速2.5个百分点,高于全省增速1.1个百分点: a second gap
				// of the same growth.)
				if m := benchmarkBefore(n); m != nil && n.unit == "个百分点" && last != nil && last.Change != nil && (last.Change.Kind == report.ChangeYoY || last.Change.Kind == report.ChangePP && last.Value == nil && strings.HasSuffix(last.Name, "增速")) {
					in := report.Indicator{Name: strings.TrimSuffix(last.Name, "增速") + "增速", Change: &report.Change{Kind: report.ChangePP, Value: gap(m[1], n.value), Against: strings.TrimSuffix(m[2], "增速")}, Quote: trimSpace(s[lastClauseStart:offset]), Qualifier: withoutWords(strings.Join(n.qualifier, "、"), "平均")}
					x.addIndicator(&in, multi, l)
					last = x.lastIndicator()
					continue
				}
				// 综合机械化率达到95%、高于全国平均水平18.3个百分点: a rate's
				// gap to the benchmark, a fact of its own named as the rate (as
				// a growth's gap is, above).
				if m := benchmarkBefore(n); m != nil && n.unit == "个百分点" && last != nil && last.Value != nil && (last.Unit == "%" || last.Unit == "成") {
					in := report.Indicator{Name: last.Name, Change: &report.Change{Kind: report.ChangePP, Value: gap(m[1], n.value), Against: m[2]}, Quote: trimSpace(s[lastClauseStart:offset]), Qualifier: withoutWords(strings.Join(n.qualifier, "、"), "平均")}
					x.addIndicator(&in, multi, l)
					last = x.lastIndicator()
					continue
				}
				// 民间投资增速高于全国3.7个百分点: the growth of what is named
				// before the benchmark, measured against it; 国考断面好于Ⅲ类
				// 水体比例优于国家考核目标14.6个百分点: a rate's gap, the rate's.
				if m := matchBenchmark(benchmarked, comparedBenchmarked, trimSpace(n.before)); m != nil && n.unit == "个百分点" {
					name := strings.TrimSuffix(strings.TrimSuffix(cleanName(m[1]), "增速"), "增长")
					if !hasAnySuffix(name, []string{"率", "比例", "比重", "占比"}) {
						name += "增速"
					}
					if name != "增速" {
						in := report.Indicator{Name: name, Change: &report.Change{Kind: report.ChangePP, Value: gap(m[2], n.value), Against: m[3]}, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						x.addIndicator(&in, multi, l)
						last = x.lastIndicator()
						lastClauseStart = cStart
						continue
					}
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
				// …占国内生产总值比重达到10%: a ratio the report names as a
				// noun (比重, 比例) is an indicator in per cent named with it.
				// (…增加值增长5.2%，占GDP比重43%: the ratio of the thing before.)
				if whole := cleanName(n.before); n.unit == "%" && (strings.Index(whole, "占") > 0 || strings.HasPrefix(whole, "占") && last != nil && last.Name != "") && (hasAnySuffix(whole, []string{"比重", "比例"}) || strings.HasSuffix(whole, "比") && !strings.HasSuffix(whole, "占比") && utf8.RuneCountInString(whole[strings.Index(whole, "占"):]) > 2) && !strings.Contains(n.before, "分别") {
					if strings.HasPrefix(whole, "占") {
						whole = last.Name + whole
					}
					in := report.Indicator{Name: whole, Value: &v, Unit: "%", Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
					x.addIndicator(&in, multi, l)
					last = x.lastIndicator()
					lastClauseStart = cStart
					continue
				}
				if i := strings.LastIndex(n.before, "占"); n.unit == "%" && i >= 0 && !shareNoun(n.before[i:]) {
					pre := trimSpace(n.before[:i])
					if t, ok := strings.CutSuffix(pre, "约"); ok && !containsWord(n.qualifier, "约") {
						pre = t // 对外直接投资约占全省的47.7%: about, the share's
						n.qualifier = append([]string{"约"}, n.qualifier...)
					}
					name, whole := cleanName(pre), strings.TrimSuffix(strings.TrimSuffix(trimSpace(n.before[i:]), "达"), "的")
					if name == "" && last != nil {
						name = last.Name
					}
					if name != "" && whole == "占" {
						// 对共建“一带一路”国家投资占50%以上: a share whose whole
						// goes without saying is the thing's 占比.
						in := report.Indicator{Name: name + "占比", Value: &v, Unit: "%", Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						x.addIndicator(&in, multi, l)
						last = x.lastIndicator()
						lastClauseStart = cStart
						continue
					}
					if each := strings.TrimSuffix(name, "均"); each != name && strings.Contains(each, "、") {
						// 医药健康、装备制造、精细化工、新型建材产值均占区属规上工业总产值10%以上:
						// each thing's share.
						for _, item := range listNames(name, n) {
							in := report.Indicator{Name: item, Change: &report.Change{Kind: report.ChangeShare, Value: v, Label: strings.TrimSuffix(whole, "比重")}, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
							x.addIndicator(&in, multi, l)
						}
						last = x.lastIndicator()
						lastClauseStart = cStart
						continue
					}
					if name != "" {
						ch := &report.Change{Kind: report.ChangeShare, Value: v, Label: strings.TrimSuffix(whole, "比重")}
						if last != nil && last.Change == nil && last.Name == name {
							last.Change = ch
							last.Quote = trimSpace(s[lastClauseStart:offset])
							if containsWord(n.qualifier, "约") && !containsWord(strings.Split(last.Qualifier, "、"), "约") {
								last.Qualifier = joinWords(last.Qualifier, "约") // (…231.9亿美元，约占全国地方企业的22.5%)
							}
							continue
						}
						in := report.Indicator{Name: name, Change: ch, Quote: quote, Qualifier: strings.Join(n.qualifier, "、")}
						if last != nil && last.Name == name && last.Change != nil {
							// 新设外资企业8002家、增长86.6%、占全国14.9%: a second
							// rate of a level that has its change is a fact of
							// its own, named with its whole (新设外资企业占全国).
							in.Name, in.Change, in.Value, in.Unit = name+ch.Label, nil, &v, "%"
						}
						x.addIndicator(&in, multi, l)
						last = x.lastIndicator()
						lastClauseStart = cStart
						continue
					}
				}
				// 城乡居民人均可支配收入从2021年的46503元和16935元分别提高到
				// 58794元和…: as many earlier levels as levels, each its own.
				reached := levelsAfter(nums, firstFrom)
				if len(froms) > 1 && reached == len(froms) && toSeen < len(froms) {
					from, fromUnit = &froms[toSeen].value, froms[toSeen].unit
				}
				in := report.Indicator{Name: changedBy(inCircumstance(cleanName(n.before), c), n), Value: &v, Upper: n.upper, Unit: n.unit, Quote: quote, Qualifier: strings.Join(n.qualifier, "、"), From: from}
				if reachedThing != "" && in.Name == "" {
					in.Name, in.Quote = reachedThing, spanQuote(s, passedQuote, c)
					reachedThing, passedAt = "", passedStart
				}
				// 地方一般公共预算收入从6229亿元增加到1.13万亿元: an earlier
				// level in another magnitude cannot be the fact's from (that
				// is in the fact's unit, and must be printed as written): it
				// is a fact of its own, of the year before the span or the year.
				// (由5千多户增加到1万6千多户: a magnitude before a unit the
				// level writes whole is multiplied out, as 1万6千 is.)
				var earlier *report.Indicator
				if from != nil && fromUnit != "" && fromUnit != n.unit {
					if whole, ok := inUnit(*from, fromUnit, n.unit); ok {
						in.From = &whole
					} else {
						earlier = &report.Indicator{Value: from, Unit: fromUnit, Quote: quote, Period: x.yearBefore(multi)}
						in.From = nil
					}
				}
				in.Name = fundAfter(in.Name, n) // 设立100亿元南疆发展专项资金
				if in.Name == "" && hasAnySuffix(trimSpace(n.before), []string{"将", "把"}) {
					in.Name = disposed(n) // 将2.8万亿元中央财政资金纳入直达机制
				}
				// 国内生产总值增长6.6%，总量突破90万亿元; 地区生产总值同比增长7%左右,
				// 逼近300亿元大关: a level said right after its own growth, of
				// nothing else, is that growth's level: one fact, as the labels
				// have it.
				// (Not a span's average growth, 年均增长8.6%，突破40万亿元: the
				// end's level is a fact of its own; nor a place or a streak.)
				if last != nil && grewOnly(last) && last.Measure == "" && last.Period == "" && !strings.Contains(last.Quote, "年均") && lastClauseStart < cStart && nothingBetween(s, last.Quote, lastClauseStart, cStart) && from == nil && !containsWord([]string{"%", "位", "年"}, n.unit) &&
					(containsWord([]string{"总量", "总额", "总规模"}, in.Name) || in.Name == "" && containsWord([]string{"", "大关"}, trimSpace(upToSeparator(n.after)))) {
					last.Name = strings.TrimSuffix(merge(last.Name, in.Name), "总量") // (外贸进出口增长8.4%，总额突破8000亿元: 外贸进出口总额)
					last.Value, last.Unit, last.Quote = &v, n.unit, trimSpace(s[lastClauseStart:offset])
					last.Qualifier = joinWords(last.Qualifier, strings.Join(n.qualifier, "、"))
					qualifierOK(&last.Qualifier)
					continue
				}
				// 70%村卫生室实现与乡镇卫生院一体化管理: a share of the things
				// after it, named by what they did.
				if tail := strings.TrimPrefix(upToSeparator(n.after), "的"); in.Name == "" && n.unit == "%" && startsWithHan(tail) {
					if in.Name = relative(tail, relativeVerbs); in.Name == "" {
						in.Name = tail
					}
				} else if containsWord(beneficiaryVerbs, in.Name) && n.unit == "%" && startsWithHan(tail) {
					// 建成5G基站8.99万个、覆盖95%以上行政村: the share of the
					// things after it the thing before reached.
					if last != nil {
						in.Name = thingMade(subject(last.Name)) + in.Name // (建成5G基站: what was built is what reaches)
					}
					in.Name += tail + "比例"
				}
				if from != nil {
					if i := fromAt(c[:fromStart]); i > 0 {
						// The name stands before 从, after the numbers before
						// it (千人床位数从5.87张增至6.17张、千人医生数从3.92人…).
						lo := 0
						for _, m := range nums {
							if m.end <= i {
								lo = m.end
							}
						}
						in.Name = cleanName(c[lo:i])
						// (科技型中小企业数增长4.9倍、从全国第13位升至第5位: after
						// another fact of it, the name is that fact's thing.)
						if j := strings.LastIndex(c[:i], "、"); j >= 0 && last != nil && trimSpace(c[j+len("、"):i]) == "" && numberRe.MatchString(c[:j]) {
							in.Name = changedLevel(last.Name)
						}
					}
					from = nil
				}
				if name, ok := countName(n); ok && in.From == nil {
					in.Name = name
				}
				if n.medal != "" {
					if b := cleanName(n.before); b != "" {
						medalBase = b
					}
					in.Name = medalBase + n.medal // 在第14届全运会上斩获4金5银6铜: 第14届全运会上斩获金牌
				} else if name := timeTaken(n, nextClause(s[offset:])); name != "" {
					in.Name = name // 仅用3天就建成启用了北站核酸检测方舱实验室
				} else if name := rateAchieved(n); name != "" {
					in.Name = name // “三无小区”实现100%纳管
				}
				in.Name = ofWhat(withListVerb(firmKind(in.Name, n.unit), n), n)
				if ins := x.r.Results[x.section].Indicators; len(ins) > sentenceFirst {
					in.Name = ofKind(in.Name, ins[sentenceFirst].Name)
				}
				in.Name = servedMoney(in.Name, n)
				if strings.Contains(n.before, in.Name) { // (not 完成1%人口抽样调查: a sample's share, named after it)
					in.Name = progressOf(in.Name, trimSpace(n.before), n.unit)
				}
				in.Name = withoutTask(withListSubject(in.Name, n), n.unit)
				// A bare measure after another fact of the sentence is that
				// thing's: 实施招商引资项目65个，总投资达到86.24亿元.
				// What a bare measure is of: what the clause says the money is
				// spent on or the thing after 的, else what the clause before
				// did, else the sentence's thing — a thing, not another
				// measure (旅客年吞吐量…，出入境人数 is no 吞吐量's).
				// (…新建污水管线2847米，投资920万元完成道路高低压线路改造: what the
				// clause says the money did is its, whatever the sentence spoke of.)
				if thing := spentOn(in.Name, n, nextClause(s[offset:])); thing != "" && in.From == nil && (topic == "" || upToSeparator(n.after) != "") {
					in.Name = thing + inTheYear.Replace(in.Name)
				} else if of := ofWhat(in.Name, n); of != in.Name && in.From == nil {
					in.Name = of
				} else if field := fieldOf(opening); field != "" && in.From == nil && (topic == "" && bareMeasure(in.Name) && !contribution(in.Name) || bareProjects(in.Name)) {
					in.Name = merge(field, measureOnly(in.Name)) // 煤炭智能绿色安全开采方面，抓好产能接续，产量稳定在13亿吨左右
					topic = in.Name
				} else if scene != "" && in.From == nil && containsWord(addingVerbs, in.Name) && report.IsCount(n.unit) && !hasAnyPrefix(scene, deedOpeners) && !hasAnySuffix(scene, []string{"培育", "建设", "发展", "工作", "行动", "改革"}) {
					in.Name += scene // 股权投资基金扎堆罗湖，新增639家，总数达925家: what was added is what the clause before spoke of
					topic = scene
				} else if scene != "" && in.From == nil && (bareMeasure(in.Name) && !contribution(in.Name) || sceneSaid && (doerless(in.Name) && !reachedByMoney(in.Name, last) || contribution(in.Name))) {
					if containsWord(moneyVerbs, in.Name) && report.IsMoney(n.unit) {
						in.Name += "资金" // “暖心民政”三年行动启动实施，每年安排140亿元: the money it set aside
					}
					doer = scene
					in.Name = merge(scene, measureOnly(in.Name)) // 组织开展家电以旧换新活动,销售额达到…
					topic = in.Name                              // …资产总额达到100亿元,完成融资21.8亿元: the same thing's
				} else if doer != "" && in.From == nil && doerless(in.Name) {
					in.Name = merge(doer, in.Name) // 对口援青和东西部协作持续深化，落实资金27.3亿元，实施项目681个
				} else if programme != "" && in.From == nil && doerless(in.Name) && n.start == nums[0].start && x.sameProgramme(programme, programmeAt) {
					in.Name = merge(programme, in.Name) // 推进…对口帮扶协作工作，投入帮扶协作资金6.1亿元，实施项目85个
				} else if opening != "" && in.From == nil && (hasAnyPrefix(in.Name, networkVerbs) || strings.HasPrefix(in.Name, "惠及") && !reachedByMoney(in.Name, last)) {
					in.Name = opening + in.Name // 西部陆海新通道扩面提质，…，辐射全国75个城市: what reaches
					topic = in.Name
				} else if topic != "" && in.From == nil && bareMeasure(in.Name) && !strings.HasPrefix(in.Name, topic) && !twoMeasures(topic, in.Name) {
					in.Name = measureName(topic, in.Name, n.before)
				} else if topic != "" && in.From == nil && containsWord(addingVerbs, in.Name) && report.IsCount(n.unit) && !hasAnyPrefix(scene, deedOpeners) && !hasAnySuffix(scene, []string{"培育", "建设", "发展", "工作", "行动", "改革"}) {
					// 总量达1461.4万户，新登记147万户: what was added is of the thing the sentence counts.
					thing := strings.TrimSuffix(strings.TrimSuffix(subject(changedLevel(topic)), "总量"), "总数")
					if utf8.RuneCountInString(thing) >= 2 && !hasAnyPrefix(thing, addingVerbs) {
						in.Name = in.Name + thing
					}
				} else if sentenceHeadline != "" && topic == "" && in.From == nil && bareMeasure(in.Name) && !spending(in.Name, n.unit) && len(x.r.Results[x.section].Indicators) == sentenceFirst {
					in.Name = merge(sentenceHeadline, in.Name) // 经营主体稳中培优。总量达1461.4万户
					topic = in.Name
				} else if in.Name != "" {
					topic = in.Name
				}
				if noun := policyNoun(n); noun != "" && in.Name != "" && !strings.HasSuffix(in.Name, noun) {
					in.Name = trimPolicyVerb(in.Name) + noun // 出台促进民营经济高质量发展27条举措: the measures counted
				}
				in.Name = measureOfClauseBefore(in.Name)
				// 加快前海开发建设，全年完成固定资产投资160亿元: the area's.
				if area != "" && in.Name != "" && !strings.Contains(in.Name, area) {
					in.Name = area + in.Name
				}
				if last != nil && perBase.MatchString(in.Name) && report.IsCount(n.unit) {
					in.Name += subject(last.Name) // 上市企业增至191家，每平方公里超过1家: 每平方公里上市企业
				}
				// 制造业贷款2085亿元…，其中28%投向中小微制造业企业: the share
				// of the amount before that went somewhere.
				if last != nil && n.unit == "%" && strings.HasPrefix(trimSpace(n.before), "其中") && hasAnyPrefix(in.Name, []string{"投向", "用于", "流向", "来自", "投入"}) && report.IsMoney(last.Unit) {
					in.Name = last.Name + in.Name
				}
				if last != nil {
					in.Name = reachedAsBefore(in.Name, last)
					in.Name = suppliedOf(in.Name, n.before, last.Name, upToSeparator(n.after) == "")
					if !(strings.HasPrefix(trimSpace(n.before), "其中") && largerThan(n, last)) { // (the next part's last is the part before, no whole)
						in.Name = partOfWhole(in.Name, n.before, parts, last.Name)
					}
					in.Name = ofTheFactBefore(in.Name, last.Name) // 地方一般公共预算收入增长2.3%、支出首次超过7000亿元
					in.Name = placesOf(in.Name, last)
				}
				if n.unit == "个位次" {
					in.Name = placesMoved(n.before, last) // 第13位，排名上升1个位次
				}
				if n.unit == "倍" {
					var bound string
					if in.Name, bound = multiple(in.Name, last); bound != "" && in.Qualifier == "" {
						in.Qualifier = bound // 接近全国平均水平3倍: 近
					}
				}
				if ac := absoluteChange(n.before); ac != "" && (in.Name == ac || in.Name != "" && strings.HasPrefix(ac, in.Name) || in.Name == "一年" || in.Name == "一年"+strings.TrimPrefix(ac, "比上年")) {
					in.Name = "" // (优良天数281天、比2020年增加36天: the level's change)
				}
				if of, ok := changeOfMeasure[in.Name]; ok && last != nil && strings.HasSuffix(last.Name, of) {
					in.Name = strings.TrimSuffix(last.Name, of) + in.Name // 粮食产量1.37万亿斤，增产74亿斤: 粮食增产
				}
				if b := strings.Trim(trimSpace(n.before), "、，,"); b == "一年新增" && last != nil && report.IsCount(n.unit) {
					in.Name = "新增" + subject(last.Name) // 上市企业75家，一年新增7家: the year's additions to them
				}
				if in.Name == "" && last != nil {
					if ac := absoluteChange(n.before); ac != "" {
						// 人均地区生产总值5.18万元,比上年增加0.17万元,比全省高1.18万元:
						// each change is the level's, in the level's unit per person.
						in.Name = changedName(last.Name) + ac
						if strings.HasPrefix(last.Unit, in.Unit+"/") {
							in.Unit = last.Unit
						}
					} else {
						in.Name = subject(last.Name) // 新增百亿县区26个，累计达到46个: the whole is of 百亿县区
						if hasAnyWord(n.before, []string{"达", "至", "到"}) {
							in.Name = changedLevel(in.Name) // 人均预期寿命较2020年提高1.16岁、达到79.72岁
						}
					}
					if last.Kind == report.KindStreak && topic != "" {
						in.Name = topic // not the streak's name with its words after
					}
				}
				if in.Name == "" && !strings.HasSuffix(n.before, "连续") && n.unit != "年" {
					in.Name = namedAfter(n, scene) // 20.3亿元以旧换新补贴拉动消费215亿元; 60%公办中小学校纳入集团化管理
				}
				in.Name = verbAndObject(in.Name, n)
				if last != nil {
					in.Name = gradeOf(in.Name, last.Name)
				}
				if w := rankedMeasure(n.before); w != "" && (strings.HasSuffix(n.before, "连续") || strings.HasSuffix(n.before, "第")) && (in.Name == w || !strings.Contains(in.Name, w)) {
					// 地区生产总值增长5.8%，增速居全国第2位: the rank, or the
					// streak, is of the speed (or size) of what was named.
					base := strings.TrimSuffix(cleanName(n.before), w)
					if base == "" && last != nil && last.Name != "（待命名）" {
						base = strings.TrimSuffix(last.Name, w)
					}
					in.Name = base + w
				}
				switch {
				case strings.HasSuffix(n.before, "创") && hasAnyPrefix(n.after, []string{"新高", "新低", "历史新高"}):
					// 粮食产量创20年新高: the highest in so many years, a
					// streak of what is named with the record.
					in.Kind = report.KindStreak
					in.Name += upToSeparator(n.after)
				case strings.HasSuffix(n.before, "连续"):
					// 区域创新能力连续9年全国第一: the streak is of what
					// follows the number (区域创新能力全国第一).
					in.Kind = report.KindStreak
					if tail := upToSeparator(n.after); (in.Name == "" || in.Name == tail) && last != nil && last.Name != "（待命名）" && hasAnyPrefix(tail, []string{"保持", "实现", "正增长", "增长"}) && (strings.Contains(tail, "增长") || strings.Contains(tail, "增速")) { // (not 连续11年实现“零就业家庭”零记录: a streak of its own)
						in.Name = last.Name // 高技术制造业增加值增长30.4%、连续24个月保持两位数增长: the growth of what grew streaks
					}
					if tail := upToSeparator(n.after); strings.HasPrefix(tail, "实现") && !strings.Contains(tail, "增长") && !strings.Contains(tail, "增速") && last != nil && in.Name == subject(last.Name) {
						in.Name = "" // 城镇登记失业率1.9%,连续11年实现“零就业家庭”零记录: a streak of its own
					}
					if subject := cmp.Or(scene, opening); in.Name == "" && hasAnyPrefix(upToSeparator(n.after), rankVerbs) && !strings.HasPrefix(subject, "我们") {
						// 粮食总产再创历史新高，连续16年位居全国首位: a place
						// held is of what the clause before, or the sentence,
						// opened on.
						in.Name = subject
					}
					if in.Name != "" {
						topic = in.Name // what streaks, for a number after it: 粮食总产量连续9年稳定在1300亿斤以上
					}
					tail := upToSeparator(n.after)
					// 连续6年实现命案、绑架案、涉枪案“三必破”, 连续5年保持…“零发案”: a
					// deed streaks, whole to the clause's end, no earlier name's (not
					// 连续2年保持全国城市首位: the level before keeps a place).
					if deed := upTo(n.after, "，,；;。"); hasAnyPrefix(deed, []string{"实现", "保持", "获得", "荣获", "获评", "被评为"}) && !hasAnyWord(deed, []string{"增长", "增速", "第", "首位", "前列", "以上", "以下", "领先", "四成", "三成", "五成"}) && utf8.RuneCountInString(deed) >= 4 && (in.Name == "" || last != nil && strings.HasPrefix(in.Name, last.Name)) {
						in.Name, tail = "", deed
					}
					if tail != "" && !strings.HasSuffix(in.Name, tail) {
						in.Name += tail
					}
				case strings.HasSuffix(n.before, "第"):
					in.Kind = report.KindRank
					// 规模以上工业增加值增长14.6%，排名全省第1: the place is
					// the growth's, as 增速居全国第2位 says it.
					if last != nil && in.Name == last.Name && (grewOnly(last) || last.Change != nil && last.Change.Kind == report.ChangeYoY && strings.HasSuffix(trimSpace(last.Quote), "%")) {
						in.Name += "增速" // (…3483.32亿元,增长9.7%,排全省第2位: the growth said last)
					}
				}
				// 排名全省第4，较上年前移2位: the move is of the place held.
				if last != nil && last.Kind == report.KindRank && n.unit == "位" && hasAnySuffix(trimSpace(n.before), []string{"前移", "后移", "上升", "下降", "提升", "进位"}) && !strings.HasPrefix(in.Name, last.Name) {
					in.Name = last.Name + cleanName(n.before)
				}
				// 饮用水源、地表水、近岸海域水质100%达标, 整改案件100%办结: the
				// share said before its verb is the rate of it.
				if tail := upToSeparator(n.after); n.unit == "%" && in.Change == nil && in.Name != "" {
					rate, ok := rateOfVerb[tail]
					if done, got := strings.CutPrefix(tail, "得到"); got && utf8.RuneCountInString(done) >= 2 && utf8.RuneCountInString(done) <= 4 {
						rate, ok = done+"率", true // 环保投诉100%得到妥善处理: 妥善处理率
					}
					if ok && !strings.HasSuffix(in.Name, rate) {
						if x, y, two := strings.Cut(in.Name, "和"); two && !strings.Contains(in.Name, "、") && utf8.RuneCountInString(x) >= 2 && utf8.RuneCountInString(y) >= 2 && utf8.RuneCountInString(x) <= 6 && utf8.RuneCountInString(y) <= 6 { // (not 户籍低保和低保边缘困难家庭住房问题: one thing of two kinds of families)
							in.Name = x + "、" + y // 绿色建筑和建筑节能100%达标: each its rate
						}
						in.Name += rate
					}
				}
				names := listNames(in.Name, n)
				if pair := townAndCountry(in.Name); len(froms) == 2 && pair != nil && len(names) == 1 {
					names = pair // 城乡居民人均可支配收入分别从44026元、21235元提高到63481元、32428元: each its own
				}
				if len(froms) > 1 && reached == len(froms) && toSeen == 0 {
					fromNames = names // (the things are named once, before the first level)
				}
				switch {
				case len(froms) > 1 && reached == len(froms) && len(fromNames) == len(froms):
					names = fromNames[toSeen : toSeen+1] // (…分别提高到58794元和22000元: the k-th level, the k-th thing)
					if toSeen == 0 {
						reachedBy = in.Qualifier
					} else if in.Qualifier == "" {
						in.Qualifier = reachedBy // (the verb said once before the first)
					}
				case len(froms) > 1 && reached == 1 && len(names) == len(froms):
					// 汽车、新能源汽车产量从全国第8位、第4位双双跃居第1位: one
					// level both reached, each from its own.
					for i, name := range names {
						in := in
						in.Name, in.From = name, nil
						if froms[i].unit == n.unit {
							in.From = &froms[i].value
						}
						x.addIndicator(&in, multi, l)
					}
					names = nil
				}
				toSeen++
				// 全区博士人才达612人，较2016年增长近5倍: a change against a year
				// before the last, in a clause of its own naming nothing, is
				// the level's over the years since.
				if len(names) == 1 {
					if since := x.sinceEarlierYear(trimSpace(c), names[0], last); since != "" {
						names[0] = last.Name
						if !multi {
							in.Period, in.Measure = since, report.MeasureChange
						}
					}
				}
				// 固定资产投资完成17亿元,超额完成年度任务2.1亿元,增长20.6%: the
				// excess over the year's task is the level's, and the rate
				// after it the level's too.
				levelAt := -1
				if len(names) == 1 && strings.HasPrefix(names[0], "超额完成") && last != nil && last.Value != nil && last.Unit == n.unit && last.Kind == "" {
					names[0] = last.Name + names[0]
					levelAt = len(x.r.Results[x.section].Indicators) - 1
				}
				for _, name := range names {
					in := in
					in.Name = name
					x.addIndicator(&in, multi, l)
				}
				if earlier != nil {
					earlier.Name = in.Name
					x.addIndicator(earlier, false, l)
				}
				last = x.lastIndicator()
				if levelAt >= 0 && x.r.Results[x.section].Indicators[levelAt].Change == nil {
					last = &x.r.Results[x.section].Indicators[levelAt]
					continue // (its clause, too, stays the one the rate's quote runs from)
				}
				lastClauseStart = cStart
				if passedAt >= 0 {
					lastClauseStart, passedAt = passedAt, -1 // (the mark's clause names the level: its quote runs from there)
				}
			}
		}
		x.totalOfTheFirst(sentenceFirst)
		// 酒钢集团“三化”改造实现产业重塑，高端产品占比从30%提高到70%: a
		// measure of a firm's or a cluster's is named with it.
		if owner != "" {
			for k := ownerAt; k < len(x.r.Results[x.section].Indicators); k++ {
				if in := &x.r.Results[x.section].Indicators[k]; ownedMeasure(in.Name) && !strings.Contains(in.Name, owner) {
					in.Name = owner + in.Name
				}
			}
		}
	}
}

// fieldOf is the field a sentence opens on with 方面 (非常规天然气发展方面，
// 煤炭智能绿色安全开采方面): what its bare measures are of, without the words
// of work on it (非常规天然气, 煤炭); or "".
func fieldOf(opening string) string {
	f, ok := strings.CutSuffix(opening, "方面")
	if !ok {
		return ""
	}
	for _, w := range []string{"发展", "建设", "工作", "智能绿色安全开采", "开采", "生产"} {
		f = strings.TrimSuffix(f, w)
	}
	if utf8.RuneCountInString(f) < 2 || utf8.RuneCountInString(f) > 10 {
		return ""
	}
	return f
}

// namedAfter names a number with nothing before it by what follows it:
// what the things did (60%公办中小学校纳入集团化管理: 纳入集团化管理的公办中小
// 学校), else the noun right after it up to a verb (20.3亿元以旧换新补贴拉动消费:
// 以旧换新补贴), else the scene of the clause before (一周内完成发热门诊扩容，
// 从4个增加至84个: 发热门诊扩容); or "".
func namedAfter(n number, scene string) string {
	if tail := upToSeparator(n.after); startsWithHan(tail) && !strings.HasPrefix(tail, "的") {
		if name := relative(tail, relativeVerbs); name != "" && utf8.RuneCountInString(name) <= 20 {
			return name
		}
		if i := firstVerb(tail, drivingVerbs); i > 0 && utf8.RuneCountInString(tail[:i]) >= 2 && utf8.RuneCountInString(tail[:i]) <= 10 {
			return tail[:i]
		}
	}
	return strings.TrimSuffix(scene, "扩容")
}

// bareGrade is a grade said alone in a list: 省级 in 获国家级荣誉9项、省级7项.
var bareGrade = regexp.MustCompile(`^(?:(?:新增|新认定|认定|获批)?(?:国家|省|市|县|区|部|乡镇)级(?:以上)?)$`)

// gradeOf names a grade said alone after a thing of another grade (获国家级
// 荣誉9项、省级7项、市级2项: 获省级荣誉) with that thing's name, its grade
// replaced; other names are left as they are.
func gradeOf(name, before string) string {
	if loc := gradeIn.FindStringIndex(name); loc != nil && loc[1] == len(name) && loc[0] > 0 && strings.HasPrefix(before, name[:loc[0]]) {
		name = name[loc[0]:] // (创建国家级示范区2个、省级5个: the list's verb is the thing's already)
	}
	if !bareGrade.MatchString(name) {
		return name
	}
	loc := gradeIn.FindStringIndex(before)
	if loc == nil {
		// 新增创新平台22家，其中市级以上13家: a part of no grade's things,
		// graded, is of them (新增市级以上创新平台).
		for _, v := range append([]string{"新增", "新认定", "认定", "获批", "建成", "新建"}, sharedVerbs...) {
			if thing, ok := strings.CutPrefix(before, v); ok && utf8.RuneCountInString(thing) >= 2 {
				if strings.HasPrefix(name, v) {
					return name + thing
				}
				return v + name + thing
			}
		}
		return name + before
	}
	if loc[1] == len(before) {
		return name
	}
	return before[:loc[0]] + name + before[loc[1]:]
}

// gradeIn is the grade in a thing's name: 国家级 in 获国家级荣誉.
var gradeIn = regexp.MustCompile(`(?:国家|省|市|县|区|部|乡镇)级`)

// verbAndObject names a bare verb before an amount with the thing the
// amount is of, written after it (组建30亿元的政策性融资担保基金: 组建政策性
// 融资担保基金; 促成超10亿元合作订单); a name of more words is left as it is.
func verbAndObject(name string, n number) string {
	if utf8.RuneCountInString(name) != 2 || !startsWithHan(name) || !strings.HasSuffix(trimSpace(n.before), name) || !report.IsMoney(n.unit) && !report.IsCount(n.unit) {
		return name
	}
	tail := strings.TrimPrefix(upToSeparator(n.after), "的")
	if !startsWithHan(tail) || nextDigit(tail) >= 0 || strings.HasPrefix(tail, name) {
		return name
	}
	if name == "折合" {
		return name // (折合1148亿元人民币: the amount before, converted)
	}
	for _, vs := range [][]string{drivingVerbs, relativeVerbs, {"投运", "运作", "运营", "发行", "成功", "顺利", "正式"}} {
		if i := firstVerb(tail, vs); i > 0 {
			tail = tail[:i]
		}
	}
	if k := utf8.RuneCountInString(tail); k < 2 || k > 14 {
		return name
	}
	return name + tail
}

// drivingVerbs end the noun an amount opens on: what it did (拉动消费).
var drivingVerbs = append(append(takingVerbs[:len(takingVerbs):len(takingVerbs)], reachVerbs...), "拉动", "撬动", "用于", "支持", "带动")

// nothingBetween reports whether, in sentence s, only a separator stands
// between quote (found from its clause's start, from) and the clause that
// starts at to.
func nothingBetween(s, quote string, from, to int) bool {
	i := strings.Index(s[from:to], quote)
	return i >= 0 && strings.Trim(s[from+i+len(quote):to], "，,、 ") == ""
}

// grewOnly reports whether a fact is a growth rate with no level.
func grewOnly(in *report.Indicator) bool {
	return in.Value == nil && in.Change != nil && in.Change.Kind == report.ChangeYoY
}

// totalOfTheFirst names a bare 总量 of a sentence (全区GDP同比增长8.5%…；
// 总量跃升到5202.01亿元; 全社会研发投入强度达6.7%，总量占全市28.6%) by the
// thing its first fact, from indicator first on, is of: what was said to
// grow or to be so intense has the total (GDP, 全社会研发投入).
func (x *extractor) totalOfTheFirst(first int) {
	ins := x.r.Results[x.section].Indicators
	if first >= len(ins) {
		return
	}
	// (Only a thing said to grow or to be so intense: not a rank's move,
	// 创造了一年进步6位, before a list whose 总量 is the list's.)
	opening := &ins[first]
	if !grewOnly(opening) && !strings.HasSuffix(opening.Name, "强度") {
		return
	}
	thing := opening.Name
	for _, w := range []string{"强度", "增速", "增幅"} {
		thing = strings.TrimSuffix(thing, w)
	}
	if utf8.RuneCountInString(thing) < 2 || strings.HasPrefix(thing, "总量") {
		return
	}
	for k := first + 1; k < len(ins) && k <= first+3; k++ {
		if rest, ok := strings.CutPrefix(ins[k].Name, "总量"); ok && (rest == "" || strings.HasPrefix(rest, "比") || strings.HasPrefix(rest, "占")) {
			ins[k].Name = thing + rest
		}
	}
}

// reachQualifier is a planned number's qualifiers with 达到 when the plan
// names a level to reach (护理员持证人数达到4500人以上: 达到、以上); the
// past year's results leave plain 达到 out, as the data guide says.
func reachQualifier(n number) []string {
	if reaches(n) {
		return withReach(n.qualifier)
	}
	return n.qualifier
}

// reaches reports whether a number is a level to reach: 达到 or 达 just
// before it (its own qualifiers aside).
func reaches(n number) bool {
	b := trimSpace(n.before)
	for _, q := range n.qualifier {
		b = strings.TrimSuffix(b, q)
	}
	return n.listReach || strings.HasSuffix(b, "达到") || strings.HasSuffix(b, "达")
}

// withReach puts 达到 among qualifiers, after the words that govern the
// clause (确保、达到、以上).
func withReach(qs []string) []string {
	if containsWord(qs, "达到") {
		return qs
	}
	i := 0
	for i < len(qs) && containsWord(governing, qs[i]) {
		i++
	}
	return append(append(append([]string{}, qs[:i]...), "达到"), qs[i:]...)
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

// changesOfEach gives the levels of the sentence from indicator first on
// that have no change yet, in order, the changes a clause of 分别 lists:
// 累计接待游客17.52亿人次、旅游花费1.27万亿元，分别增长32.9%、41.6%. It
// reports whether the clause was such a list, with one level for each.
func (x *extractor) changesOfEach(first int, c string, nums []number, sentence string, multi bool, l line) bool {
	respectively := strings.HasPrefix(trimSpace(c), "分别")
	if len(nums) < 2 {
		return false
	}
	kind, ok := isChange(nums[0])
	if !ok {
		return false
	}
	for _, n := range nums[1:] {
		if n.unit != nums[0].unit || strings.Trim(trimSpace(n.before), "、和及") != "" {
			return false
		}
	}
	fall := falling(nums[0])
	ins := x.r.Results[x.section].Indicators[first:]
	var each []*report.Indicator
	if respectively {
		for i := range ins {
			if ins[i].Change == nil && ins[i].Value != nil {
				each = append(each, &ins[i])
			}
		}
	}
	if len(each) != len(nums) {
		// 城乡常住居民人均可支配收入33134元、12950元，年均增长8.1%、9.9%
		// (分别增长9.4%、10.6% too): as many rates as the levels of the
		// clause just before, each its own.
		each = clauseLevels(ins, sentence, c, true)
	}
	if len(each) != len(nums) && respectively {
		// …;城镇常住居民人均可支配收入65777元,农村常住居民人均可支配收入
		// 37261元,分别增长4.4%和5.4%: as many rates as the levels without
		// one the list's part (after its semicolon) ends on, one a clause.
		each = segmentLevels(ins, sentence, c)
	}
	if len(each) != len(nums) {
		return false
	}
	var rates []report.Indicator // (of a span: each an average of its own, beside the level at the end)
	for k, in := range each {
		v := nums[k].value
		if fall {
			v = report.NewDecimal(v.Dec().Neg(), v.Places())
		}
		if multi && !respectively {
			rates = append(rates, report.Indicator{Name: in.Name, Change: &report.Change{Kind: kind, Value: v}, Quote: spanQuote(sentence, in.Quote, c), Qualifier: strings.Join(nums[k].qualifier, "、")})
			continue
		}
		in.Change = &report.Change{Kind: kind, Value: v}
		in.Quote = spanQuote(sentence, in.Quote, c)
	}
	for i := range rates {
		x.addIndicator(&rates[i], multi, l)
	}
	return true
}

// clauseLevels are the levels ins ends on that the clause just before c in
// sentence gave (存贷款余额285亿元、240亿元，…), with no rate of their own
// when rateless; nil when c does not follow that clause.
func clauseLevels(ins []report.Indicator, sentence, c string, rateless bool) []*report.Indicator {
	if len(ins) == 0 {
		return nil
	}
	last := ins[len(ins)-1]
	i := strings.Index(sentence, last.Quote)
	if i < 0 || !strings.HasPrefix(strings.TrimLeft(sentence[i+len(last.Quote):], "，,"), trimSpace(c)) {
		return nil
	}
	k := len(ins)
	for k > 0 && ins[k-1].Value != nil && ins[k-1].Quote == last.Quote && (!rateless || ins[k-1].Change == nil) {
		k--
	}
	var out []*report.Indicator
	for ; k < len(ins); k++ {
		out = append(out, &ins[k])
	}
	return out
}

// ranksOfEach reads 分别排名全市第7和第4 after as many levels of the
// sentence: each place is its level's, of its growth when the level has a
// rate (a place held right after a growth rate is the growth's, as
// …增长14.6%，排名全省第1 is). It reports whether the clause was such a
// list.
func (x *extractor) ranksOfEach(first int, c string, nums []number, sentence string, multi bool, l line) bool {
	if len(nums) < 2 || !strings.HasPrefix(trimSpace(c), "分别") {
		return false
	}
	for _, n := range nums {
		if n.unit != "位" || !strings.HasSuffix(n.before, "第") {
			return false
		}
	}
	var levels []report.Indicator
	for _, in := range x.r.Results[x.section].Indicators[first:] {
		if in.Kind != report.KindRank && in.Value != nil {
			levels = append(levels, in)
		}
	}
	if len(levels) < len(nums) {
		return false
	}
	levels = levels[len(levels)-len(nums):]
	for k, in := range levels {
		name := in.Name
		if in.Change != nil && in.Change.Kind == report.ChangeYoY {
			name += "增速"
		}
		v := nums[k].value
		rank := report.Indicator{Name: name, Value: &v, Unit: "位", Kind: report.KindRank, Quote: spanQuote(sentence, in.Quote, c)}
		x.addIndicator(&rank, multi, l)
	}
	return true
}

// increaseOf is a fact named as an increase of a thing over a year before
// (争取上级转移支付资金较2021年增加), the thing its first group.
var increaseOf = regexp.MustCompile(`^(\p{Han}.+?)(?:比|较)(?:上年|去年|[0-9]{4}年)(?:净)?(?:增加|减少|多|少)$`)

// levelOf is the level of the sentence, from indicator first on, named
// name, or nil.
func (x *extractor) levelOf(first int, name string) *report.Indicator {
	ins := x.r.Results[x.section].Indicators
	for i := first; i < len(ins); i++ {
		if ins[i].Name == name && ins[i].Value != nil {
			return &ins[i]
		}
	}
	return nil
}

// lastName is the name of the fact before, or "".
func lastName(last *report.Indicator) string {
	if last == nil {
		return ""
	}
	return last.Name
}

// againstEarlierYear opens a clause on the year a change is measured
// against: 较2016年增长近5倍, 比2012年下降23.4%.
var againstEarlierYear = regexp.MustCompile(`^(?:比|较)((?:19|20)[0-9]{2})年(?:底|末)?`)

// sinceEarlierYear is the span of a change measured against a year before
// the last (全区博士人才达612人，较2016年增长近5倍: 2017-2019) in clause c,
// whose words name nothing but that year (name): the change is last's, a
// fact of its own over the years since. It is "" for any other clause.
func (x *extractor) sinceEarlierYear(c, name string, last *report.Indicator) report.Period {
	m := againstEarlierYear.FindStringSubmatch(c)
	if m == nil || last == nil || last.Kind != "" || last.Name == "" || !hasAnyPrefix(name, []string{"比", "较"}) {
		return ""
	}
	y := atoi(m[1])
	if y >= x.r.Meta.Year-2 {
		return "" // (the year before the last: the year's own change)
	}
	return report.Period(fmt.Sprintf("%d-%d", y+1, x.r.Meta.Year-1))
}

// segmentLevels are the levels with no rate of their own that ins ends on,
// each said in a clause of its own in the part of sentence (set apart by
// semicolons) that c closes; nil if a fact with a rate stands among them.
func segmentLevels(ins []report.Indicator, sentence, c string) []*report.Indicator {
	end := strings.Index(sentence, trimSpace(c))
	if end < 0 {
		return nil
	}
	part := sentence[:end]
	if i := strings.LastIndexAny(part, "；;"); i >= 0 {
		_, w := utf8.DecodeRuneInString(part[i:])
		part = part[i+w:]
	}
	var out []*report.Indicator
	for k := len(ins) - 1; k >= 0 && strings.Contains(part, ins[k].Quote); k-- {
		if ins[k].Change != nil || ins[k].Value == nil || len(out) > 0 && out[0].Quote == ins[k].Quote {
			return nil
		}
		out = append([]*report.Indicator{&ins[k]}, out...)
	}
	return out
}

// multiplesOfEach reads 分别是2016年的1.4倍、2.4倍 after a clause of as
// many levels (存贷款余额285亿元、240亿元): each level is so many times
// what the clause compares it with (存款余额为2016年的倍数). It reports
// whether it did.
func (x *extractor) multiplesOfEach(c string, nums []number, sentence string, multi bool, l line) bool {
	b := trimSpace(c)
	// (实现财政总收入145.5亿元、一般公共预算收入90.3亿元,均是“十二五”末的1.3倍:
	// one multiple both levels are.)
	both := hasAnyPrefix(strings.TrimPrefix(b, "总量"), []string{"均是", "均为"})
	// (一般公共预算收入32.83亿元,一般公共预算支出242.14亿元,是2015年的1.3倍和
	// 1.5倍: multiples listed after as many levels are theirs in order, 分别
	// unsaid.)
	listed := len(nums) >= 2 && hasAnyPrefix(b, []string{"是", "为"})
	if len(nums) < 2 && !both || nums[0].unit != "倍" || !both && !listed && !hasAnyPrefix(b, []string{"分别是", "分别为", "分别相当于"}) {
		return false
	}
	for _, n := range nums[1:] {
		if n.unit != "倍" || strings.Trim(trimSpace(n.before), "、和及") != "" {
			return false
		}
	}
	_, with, found := strings.Cut(c[:nums[0].start], "分别")
	if !found {
		_, with, found = strings.Cut(c[:nums[0].start], "均")
	}
	if !found && listed {
		with = trimSpace(c[:nums[0].start])
	}
	for _, v := range comparedVerbs {
		with = strings.TrimPrefix(with, v)
	}
	with = strings.TrimSuffix(with, "的")
	levels := clauseLevels(x.r.Results[x.section].Indicators, sentence, c, false)
	if listed && len(levels) < len(nums) {
		levels = segmentLevels(x.r.Results[x.section].Indicators, sentence, c) // (…收入32.83亿元,…支出242.14亿元,是…: each in a clause of its own)
	}
	if utf8.RuneCountInString(with) < 2 || len(levels) < len(nums) || both && len(nums) == 1 && len(levels) < 2 {
		return false
	}
	if !both || len(nums) > 1 {
		levels = levels[len(levels)-len(nums):]
	}
	var out []report.Indicator
	for k, in := range levels {
		n := nums[min(k, len(nums)-1)]
		v := n.value
		q := strings.Join(n.qualifier, "、")
		if containsWord(strings.Split(in.Qualifier, "、"), "预计") {
			q = joinWords("预计", q) // (预计五年累计完成…2676.8亿元、…，分别是…的1.1倍、…: the forecast's)
		}
		out = append(out, report.Indicator{Name: in.Name + "为" + with + "的倍数", Value: &v, Unit: "倍", Quote: spanQuote(sentence, in.Quote, c), Qualifier: q})
	}
	for i := range out {
		x.addIndicator(&out[i], multi, l)
	}
	return true
}

// measureHeadOf is the measure a name ends on that parts of it share
// (七大产业增加值: 增加值), or "".
func measureHeadOf(name string) string {
	for _, h := range []string{"增加值", "产值", "营业收入", "营收", "投资", "销售额", "零售额"} {
		if strings.HasSuffix(name, h) && len(name) > len(h) {
			return h
		}
	}
	return ""
}

// levelsAfterTheirRates reads a clause of levels with 分别 after a clause of
// the same things' rates (城乡常住居民人均可支配收入分别增长12%和13%，分别达
// 43366元和13835元): each level is its rate's fact's, which takes the quote of
// both. It reports whether it did.
func (x *extractor) levelsAfterTheirRates(c string, nums []number, l line) bool {
	if !strings.HasPrefix(trimSpace(c), "分别达") || len(x.r.Results) == 0 {
		return false
	}
	ins := x.r.Results[x.section].Indicators
	if len(ins) < len(nums) {
		return false
	}
	rates := ins[len(ins)-len(nums):]
	for _, in := range rates {
		if in.Value != nil || in.Change == nil || in.Quote != rates[0].Quote {
			return false
		}
	}
	quote := joinedQuote(l.text, rates[0].Quote, trimSpace(c))
	if quote == "" {
		return false
	}
	for k := range rates {
		v := nums[k].value
		rates[k].Value, rates[k].Unit, rates[k].Quote = &v, nums[k].unit, quote
	}
	return true
}

// totalsOfListed names the totals a clause gives with 分别 after a list of
// things added (新增亿元以上企业108家、“四上”企业966家，总数分别达到1563家和
// 5333家): each is the total of the thing listed in its place, without the
// word of adding; or nil.
func (x *extractor) totalsOfListed(c string, nums []number, l line) []string {
	i := strings.Index(c, "分别")
	if i < 0 || !containsWord([]string{"总数", "总量", "总计"}, trimSpace(c[:i])) {
		return nil
	}
	ins := x.r.Results[x.section].Indicators
	if len(ins) < len(nums) {
		return nil
	}
	listed := ins[len(ins)-len(nums):]
	names := make([]string, len(nums))
	for k, in := range listed {
		if in.Value == nil || in.Unit != nums[k].unit || !report.IsCount(in.Unit) || !strings.Contains(l.text, in.Quote) {
			return nil
		}
		thing := addedWords.ReplaceAllString(in.Name, "")
		if utf8.RuneCountInString(thing) < 2 {
			return nil
		}
		names[k] = thing + trimSpace(c[:i])
	}
	return names
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

// shareNoun reports whether text at a 占 is a noun of share (占比, 占有率:
// 炼铁、炼钢先进产能占比分别达到…, 全国市场占有率达到50%), not the verb
// 占 of a part of a whole.
func shareNoun(s string) bool {
	return strings.HasPrefix(s, "占比") || strings.HasPrefix(s, "占有率")
}

// respectively reads a clause of several things and as many numbers, in
// order: 城镇和农村居民人均可支配收入分别达35512元、25689元; 刑事治安、涉诈、
// 涉毒警情分别下降17.7%、17.4%、68%. It reports whether it did.
func (x *extractor) respectively(c string, nums []number, multi bool, l line) bool {
	if x.levelsAfterTheirRates(c, nums, l) {
		return true
	}
	if len(nums) >= 2 && nums[0].unit == "倍" && hasAnyPrefix(trimSpace(c), []string{"是", "为"}) {
		return false // (是2015年的1.3倍和1.5倍: the levels' multiples, multiplesOfEach's)
	}
	names, ok := respectivelyNames(c, nums)
	if totals := x.totalsOfListed(c, nums, l); totals != nil {
		names, ok = totals, true
	}
	// 现代服务业、专业服务业、文化产业分别实现增加值2703.3亿元、…: the measure
	// said after 分别 is each thing's.
	if i := strings.Index(c, "分别"); ok && i >= 0 && len(nums) > 0 && nums[0].start > i {
		after := strings.TrimPrefix(strings.TrimPrefix(trimSpace(c[i+len("分别"):nums[0].start]), "累计"), "实现")
		after = strings.TrimSuffix(strings.TrimSuffix(after, "达到"), "达")
		if containsWord([]string{"增加值", "产值", "营业收入", "营收", "税收", "销售额", "交易额", "成交额", "减排"}, after) { // (二氧化硫、氨氮分别累计减排5100吨和3600吨)
			for k := range names {
				if !strings.HasSuffix(names[k], after) {
					names[k] += after
				}
			}
		}
	}
	// 七大产业增加值增长16.1%，其中新一代信息技术、互联网产业分别增长…: the
	// parts are measured as their whole.
	if ok && strings.HasPrefix(trimSpace(c), "其中") && len(x.r.Results) > 0 {
		ins := x.r.Results[x.section].Indicators
		// (…增长20.2%，高于GDP增速11.4个百分点，其中，…: the whole before
		// its gap to a benchmark.)
		for len(ins) > 1 && hasAnyPrefix(ins[len(ins)-1].Name, []string{"高于", "低于"}) {
			ins = ins[:len(ins)-1]
		}
		if len(ins) > 0 {
			if whole := measureHeadOf(ins[len(ins)-1].Name); whole != "" {
				for k := range names {
					if !endsInMeasure(names[k]) && !strings.HasSuffix(names[k], whole) {
						names[k] += whole
					}
				}
			}
		}
	}
	if !ok {
		return x.levelsThenRates(c, nums, multi, l)
	}
	// The first number tells what they all are: 分别下降17.7%、17.4%、68%
	// are three falls; …占规模以上工业增加值比重分别达56.2%、34.7% two
	// shares of that whole.
	kind, change := isChange(nums[0])
	fall := falling(nums[0])
	whole, ratioNoun := "", "" // …占规模以上工业增加值比重分别达…: 占…比重 names each one's ratio
	i := strings.Index(c, "分别")
	if i < 0 {
		i = listRun(c, nums) // (a list whose numbers run on with no 分别: respectivelyNames found it)
	}
	if !change && nums[0].unit == "%" {
		if j := strings.LastIndex(c[:i], "占"); j >= 0 && !shareNoun(c[j:i]) && !strings.Contains(c[:j], "占") { // (…占服务业比重、…占规模以上工业比重: each its own)
			w := trimSpace(c[j:i])
			if hasAnySuffix(w, []string{"比重", "比例"}) {
				ratioNoun = w
			} else {
				whole = strings.TrimPrefix(w, "占")
			}
		}
	}
	// 投资、消费增速分别快于全国3.4个、1个百分点: each one's growth
	// measured against the benchmark.
	m := matchBenchmark(benchmark, comparedBenchmark, trimSpace(strings.TrimPrefix(c[i:nums[0].start], "分别")))
	against := m != nil && nums[len(nums)-1].unit == "个百分点"
	// 城乡居民基础养老金、低保标准每月分别提高25元、50元, 游客人次、旅游花费
	// 分别增长2.5倍、3倍: amounts a thing rose by, each named with the verb,
	// as one alone is (…提高).
	absolute := trimSpace(strings.TrimPrefix(c[i:nums[0].start], "分别"))
	if change || !containsWord([]string{"提高", "增加", "增长", "提升", "减少", "下降"}, absolute) {
		absolute = ""
	}
	// 分别超98.5%和99%: what stands before the first number is each one's,
	// and 以上 after the last.
	for k, n := range eachNumber(nums) {
		in := report.Indicator{Name: progressOf(names[k], strings.TrimPrefix(trimSpace(c[i:nums[0].start]), "分别"), n.unit), Quote: trimSpace(c), Qualifier: strings.Join(n.qualifier, "、")}
		if absolute != "" && n.unit != "%" {
			in.Name = strings.TrimSuffix(in.Name, "每月") + absolute
		}
		if against {
			in.Name = strings.TrimSuffix(in.Name, "增速") + "增速"
			in.Change = &report.Change{Kind: report.ChangePP, Value: gap(m[1], n.value), Against: m[2]}
		} else if _, own := isChange(n); change && n.unit == nums[0].unit || own && n.unit == "%" {
			// (分别增长3.8倍、80.2%: the rate after a multiple is a growth too.)
			v := n.value
			if fall {
				v = report.NewDecimal(v.Dec().Neg(), v.Places())
			}
			in.Change = &report.Change{Kind: kind, Value: v}
			if n.unit != nums[0].unit {
				in.Change.Kind = report.ChangeYoY
			}
		} else if whole != "" && n.unit == "%" {
			in.Change = &report.Change{Kind: report.ChangeShare, Value: n.value, Label: whole}
		} else if ratioNoun != "" && n.unit == "%" && !strings.HasSuffix(in.Name, ratioNoun) {
			v := n.value
			in.Name, in.Value, in.Unit = in.Name+ratioNoun, &v, "%"
		} else {
			v := n.value
			in.Value, in.Unit = &v, n.unit
		}
		x.addIndicator(&in, multi, l)
	}
	return true
}

// levelsThenRates reads a list of levels with 分别 and, in the same clause,
// as many rates after them (城镇和农村常住居民人均可支配收入分别达34757元和
// 13360元、年均实际增长7.2%和9%): each rate is its level's, a change of it,
// or over five years an average of its own beside it.
func (x *extractor) levelsThenRates(c string, nums []number, multi bool, l line) bool {
	h := len(nums) / 2
	if len(nums) < 4 || len(nums)%2 != 0 || nums[0].unit == "%" {
		return false
	}
	kind, ok := isChange(nums[h])
	if !ok || !strings.Contains(c[nums[h-1].end:nums[h].start], "增长") {
		return false
	}
	for k := range h {
		if nums[k].unit != nums[0].unit || nums[h+k].unit != nums[h].unit {
			return false
		}
	}
	first := len(x.r.Results[x.section].Indicators)
	levels := c[:nums[h-1].end] // (the levels' words, quoted alone: 年均 is the rates')
	if _, ok := respectivelyNames(levels, nums[:h]); !ok || !x.respectively(levels, nums[:h], multi, l) {
		return false
	}
	ins := x.r.Results[x.section].Indicators
	if len(ins)-first != h {
		return false
	}
	fall := falling(nums[h])
	for k := range h {
		v := nums[h+k].value
		if fall {
			v = report.NewDecimal(v.Dec().Neg(), v.Places())
		}
		ch := &report.Change{Kind: kind, Value: v}
		if multi {
			rate := report.Indicator{Name: ins[first+k].Name, Change: ch, Quote: trimSpace(c), Qualifier: strings.Join(nums[h+k].qualifier, "、")}
			x.addIndicator(&rate, multi, l)
			ins = x.r.Results[x.section].Indicators
			continue
		}
		ins[first+k].Change = ch
		ins[first+k].Quote = trimSpace(c) // (…分别达到37462元和17597元、增长7%和10%: the rates' words too)
	}
	return true
}

// addingVerbs say things were added, and name the count with the thing
// after them (新登记经营主体).
var addingVerbs = []string{"新增", "净增", "新登记", "新注册", "新设立"}

// workSetOut is the work a clause without a number sets out to do, as a
// name: 开展…道路、学校、医院、地铁等重点项目土地整备 is 重点项目土地整备; or "".
func workSetOut(c string) string {
	s := trimSpace(c)
	if loc := listOrdinal.FindStringIndex(s); loc != nil {
		s = s[loc[1]:] // (二是开展…)
	}
	for _, v := range []string{"开展", "推进", "实施", "推动", "加快", "做好", "抓好", "设立", "组建", "成立"} {
		s = strings.TrimPrefix(s, v)
	}
	if i := strings.LastIndex(s, "等"); i > 0 {
		s = s[i+len("等"):]
	}
	if n := utf8.RuneCountInString(s); n < 4 || n > 12 || strings.ContainsAny(s, "、，,；;：:“”") || numberRe.MatchString(s) {
		return ""
	}
	return s
}

// deedOpeners open a clause that says what was done, not what there is: 狠抓…培育.
var deedOpeners = []string{"狠抓", "抓好", "推动", "加强", "强化", "做好", "深化", "加快", "大力", "着力", "全力", "积极"}

// areaDeveloped is a clause of developing a part of the region, the part
// its first group: 加快前海开发建设, 南沙开发建设加力提速.
var areaDeveloped = regexp.MustCompile(`^(?:加快推进|加快|推进|全面推进)?(\p{Han}{2,6}?)开发建设`)

// reachedByMoney reports whether a name says whom money reached and the
// fact before is that money (发放扶持资金2.74亿元，惠及企业250余家): the
// money's, not the programme's the clause before names.
func reachedByMoney(name string, last *report.Indicator) bool {
	return strings.HasPrefix(name, "惠及") && last != nil && (report.IsMoney(last.Unit) || strings.Contains(last.Name, "惠及"))
}

// paidVerbs say money was paid or put in, before what it was.
var paidVerbs = append(moneyVerbs[:len(moneyVerbs):len(moneyVerbs)], "发放", "投入", "落实", "兑现", "累计")

// reachedAsBefore names whom money reached, listed after others it reached
// (扶持资金惠及企业250余家、项目516个: 扶持资金惠及项目), by the money the
// fact before names; or gives name.
func reachedAsBefore(name string, last *report.Indicator) string {
	if !strings.HasPrefix(name, "惠及") || last == nil {
		return name
	}
	if i := strings.Index(last.Name, "惠及"); i > 0 && !strings.HasPrefix(name, last.Name[:i]) {
		return last.Name[:i] + name
	}
	// 发放社保补贴1362.9万元，惠及3704家…企业: whom the money of the fact
	// before reached (社保补贴惠及…企业), as the labels name it.
	if report.IsMoney(last.Unit) && last.Value != nil {
		money := last.Name
		for _, v := range paidVerbs {
			money = strings.TrimPrefix(money, v)
		}
		// (Not money that drew other money, 撬动贴息贷款…, nor a measure
		// of a thing, 融资金额: what reached is the thing's.)
		if utf8.RuneCountInString(money) >= 2 && !strings.Contains(money, "惠及") && !hasAnyPrefix(money, []string{"撬动", "带动", "拉动", "吸引", "争取"}) && !hasAnySuffix(money, []string{"金额", "规模", "总额"}) {
			return money + name
		}
	}
	return name
}

// spending reports whether a name is money put in, which the words after
// it say what for (投资1.9亿元,实施了…等工程), not a sentence before.
func spending(name, unit string) bool {
	return report.IsMoney(unit) && (strings.HasSuffix(name, "投资") || strings.HasSuffix(name, "投入"))
}

// sameProgramme reports whether every fact since the one at from (the
// first after the clause that named the programme) is about it, its name
// sharing two characters running with the programme's: then work after
// them with no doer said is the programme's too (…对口帮扶协作工作，全年
// 投入帮扶协作资金6.1亿元，实施项目85个), not when another thing was spoken
// of between.
func (x *extractor) sameProgramme(programme string, from int) bool {
	ins := x.r.Results[x.section].Indicators
	if from > len(ins) {
		return false
	}
	for _, in := range ins[from:] {
		if !sharesTwo(in.Name, programme) {
			return false
		}
	}
	return true
}

// sharesTwo reports whether a and b hold the same two characters running.
func sharesTwo(a, b string) bool {
	r := []rune(b)
	for i := 0; i+1 < len(r); i++ {
		if strings.Contains(a, string(r[i:i+2])) {
			return true
		}
	}
	return false
}

func (x *extractor) lastIndicator() *report.Indicator {
	s := &x.r.Results[x.section]
	return &s.Indicators[len(s.Indicators)-1]
}

// eachVerb ends the words before a number said of each thing listed:
// 均增长, 均达到.
var eachVerb = regexp.MustCompile(`均(?:增长|下降|提高|达到|达|保持在|稳定在|控制在)$`)

// levelAfterItsChange reports whether in is the level of the fact filed just
// before, said after its change (全县地区生产总值增长12.6%达92.9亿元; 贡献率上升3
// 个百分点，达到51.2%): then that fact takes the level, and the quote of both.
func (x *extractor) levelAfterItsChange(in *report.Indicator, multi bool, l line) bool {
	if in.Value == nil || in.Change != nil || len(x.r.Results) == 0 {
		return false
	}
	ins := x.r.Results[x.section].Indicators
	if len(ins) == 0 {
		return false
	}
	prev := &ins[len(ins)-1]
	if prev.Value != nil || prev.Change == nil || prev.Change.Kind != report.ChangeYoY && prev.Change.Kind != report.ChangePP || prev.Name != in.Name || prev.Name == "" {
		return false
	}
	quote := ""
	// (Over years, a growth and the level reached are two facts, the
	// span's change and its end: 资产总额增长116.2%、达到23.2万亿元.)
	switch {
	case in.Quote == prev.Quote && changeThenLevel.MatchString(in.Quote) && (!multi || levelRightAfter.MatchString(in.Quote)):
		quote = in.Quote
	case strings.HasPrefix(in.Quote, "达") || hasAnyPrefix(in.Quote, []string{"突破", "首次突破"}) && !multi && !strings.Contains(prev.Quote, "年均"):
		quote = joinedQuote(l.text, prev.Quote, in.Quote)
	}
	if quote == "" {
		return false
	}
	prev.Value, prev.Unit, prev.Quote = in.Value, in.Unit, quote
	prev.Qualifier = joinWords(prev.Qualifier, in.Qualifier)
	prev.Name = sectorValueAdded(prev.Name, prev.Unit)
	return true
}

// ofTheCountBefore names a bare rate said right after a count of things in
// the same line by those things (办理政协提案171件，答复率和满意率均为100%:
// 政协提案答复率), and a change of the growth against last year's by the
// fact before (进出口总额…，较去年增速提高3个百分点: 进出口总额增速).
func (x *extractor) ofTheCountBefore(in *report.Indicator, l line) string {
	ins := x.r.Results[x.section].Indicators
	if len(ins) == 0 || in.Name == "" {
		return in.Name
	}
	prev := ins[len(ins)-1]
	if !strings.Contains(l.text, prev.Quote) {
		return in.Name
	}
	if containsWord([]string{"较去年增速", "比去年增速", "较上年增速", "比上年增速"}, in.Name) && prev.Change != nil && prev.Change.Kind == report.ChangeYoY {
		return strings.TrimSuffix(prev.Name, "增速") + "增速"
	}
	if !strings.HasSuffix(in.Name, "率") || utf8.RuneCountInString(in.Name) > 5 || in.Unit != "%" {
		return in.Name
	}
	// (the count, or a rate of the same things said just before it)
	handled := func(name string) string {
		for _, w := range []string{"全年共办理", "认真办理", "办理", "办结", "受理", "承办"} {
			name = strings.TrimPrefix(name, w)
		}
		return name
	}
	at := len(ins) - 1
	if !report.IsCount(prev.Unit) {
		if !strings.HasSuffix(prev.Name, "率") || len(ins) < 2 || !report.IsCount(ins[len(ins)-2].Unit) || !strings.Contains(l.text, ins[len(ins)-2].Quote) {
			return in.Name
		}
		at--
	}
	thing := handled(ins[at].Name)
	// (办理区人大代表建议95件、政协委员提案136件，办结率均达100%: the rate of
	// both things the list counted.)
	if at > 0 && ins[at-1].Quote == ins[at].Quote && report.IsCount(ins[at-1].Unit) && strings.Contains(in.Quote+l.text, "均") {
		thing = handled(ins[at-1].Name) + "和" + thing
	}
	if !hasAnySuffix(thing, []string{"建议", "提案", "议案", "件", "案件", "诉求", "事项"}) || utf8.RuneCountInString(thing) < 2 || strings.Contains(in.Name, thing) || strings.HasPrefix(in.Name, strings.TrimSuffix(thing, "件")) {
		return in.Name
	}
	return thing + in.Name
}

// undoubled is a name without the words it opens on said twice, as two
// rules may each give them (其中新登记注册企业增长45.9% after 新登记注册市场主体:
// 新登记新登记注册企业).
func undoubled(name string) string {
	r := []rune(name)
	for k := 3; k >= 2; k-- {
		if len(r) >= 2*k+2 && string(r[:k]) == string(r[k:2*k]) {
			return string(r[k:])
		}
	}
	return name
}

// sectorValueAdded names a sector's amount of money by what it measures:
// 第一产业增长9.1%达21.2亿元 is the sector's 增加值.
func sectorValueAdded(name, unit string) string {
	if report.IsMoney(unit) && containsWord([]string{"第一产业", "第二产业", "第三产业"}, name) {
		return name + "增加值"
	}
	return name
}

// bareProjects reports whether a name counts projects at a stage and says
// nothing of what they build (新开工项目, 续建项目): the field the sentence
// opens on is theirs (公路方面，新开工…等2个项目: 公路新开工项目).
func bareProjects(name string) bool {
	rest := strings.TrimSuffix(strings.TrimSuffix(name, "项目"), "的")
	if rest == name {
		return false
	}
	for _, w := range []string{"重点", "重大"} {
		rest = strings.TrimSuffix(rest, w)
	}
	return rest == "" || containsWord(listedStages, rest) || containsWord([]string{"建成通车", "提速", "新开工建设", "开工建设"}, rest)
}

// joinedQuote is the quote of two clauses a and b that follow one another in
// text, with the mark between them, or "".
func joinedQuote(text, a, b string) string {
	for _, sep := range []string{"，", ",", "、", "；"} {
		if strings.Contains(text, a+sep+b) {
			return a + sep + b
		}
	}
	// (GDP增长6.0%,首次突破百亿元大关,达到100.6亿元: a clause without a
	// number between, a mark passed in words.)
	if i := strings.Index(text, a); i >= 0 {
		if j := strings.Index(text[i+len(a):], b); j > 0 {
			mid := text[i+len(a) : i+len(a)+j]
			if nextDigit(mid) < 0 && utf8.RuneCountInString(mid) <= 20 && hasAnyPrefix(mid, []string{"，", ","}) && hasAnySuffix(mid, []string{"，", ","}) && strings.Contains(mid, "突破") {
				return text[i : i+len(a)+j+len(b)]
			}
		}
	}
	return ""
}

// givenTo is a clause of what was given to things counted (全年向27个项目累计
// 提供2951.75万元的无偿资助, 向辖区1090家企业提供4.13亿元资金支持): the
// count, the things, the verb, the amount and what it was.
var givenTo = regexp.MustCompile(`向(?:辖区|全区|全市)?([0-9０-９.]+)(?:个|家|名|户|所|人)(\p{Han}{1,8}?)(?:累计|共|合计)?(提供|发放|给予|兑现)([0-9０-９.]+)(?:万元|亿元|元)的?(\p{Han}{2,8})`)

// servedWith is a clause of a service given to people counted: 免费为1872名
// 外地来盐建设者提供职业技能培训.
var servedWith = regexp.MustCompile(`^(?:全年|年内|共|累计)?(免费)?为([0-9０-９.]+)(?:万)?(?:名|人|户|家)(\p{Han}{2,10}?)提供(\p{Han}{2,12})$`)

// givenName names the facts of a clause of what was given to things
// counted, as the labels do: the things that got it (获无偿资助的项目) and
// the giving (提供无偿资助); or gives the name it has.
func givenName(in *report.Indicator) string {
	if in.Value == nil {
		return in.Name
	}
	// 免费为1872名外地来盐建设者提供职业技能培训: the people served, named
	// by what they were given.
	if strings.Contains(in.Quote, "提供") { // (the pattern holds it; most quotes do not)
		if m := servedWith.FindStringSubmatch(in.Quote); m != nil && in.Value.String() == report.HalfWidth(m[2]) {
			return m[1] + "提供" + m[4] + "的" + m[3]
		}
	}
	if !strings.Contains(in.Quote, "向") {
		return in.Name
	}
	m := givenTo.FindStringSubmatch(in.Quote)
	if m == nil {
		return in.Name
	}
	what := strings.TrimSuffix(m[5], "等")
	switch in.Value.String() {
	case report.HalfWidth(m[1]):
		return "获" + what + "的" + m[2]
	case report.HalfWidth(m[4]):
		return m[3] + what
	}
	return in.Name
}

// changeThenLevel is a clause that gives a growth, then the level reached:
// 增长12.6%达92.9亿元.
var changeThenLevel = regexp.MustCompile(`[0-9０-９][%％](?:、?(?:首次)?(?:达到|达|突破))[0-9０-９]`)

// levelRightAfter is a level said right after its growth, no word between
// (增长12.6%达92.9亿元), which joins them over years too.
var levelRightAfter = regexp.MustCompile(`[0-9０-９][%％]达(?:到)?[0-9０-９]`)

// addIndicator files a fact in the current section, with its period.
func (x *extractor) addIndicator(in *report.Indicator, multi bool, l line) {
	if x.levelAfterItsChange(in, multi, l) {
		return
	}
	in.ID = x.id("i")
	in.Name = sectorValueAdded(undoubled(in.Name), in.Unit)
	in.Name = x.ofTheCountBefore(in, l)
	in.Name = givenName(in)
	if strings.ContainsAny(in.Name, "［[") { // (the pattern holds it; most names do not)
		in.Name = noteMarker.ReplaceAllString(in.Name, "") // 申报创建12个“三名工程[3]”团队: a note's marker, however the name was made
		in.Name = strings.TrimRight(in.Name, "［[")         // (安全生产18项整治行动[1]: the marker's number a number of its own)
	}
	told := true // the words of the text said what a five-year fact measures
	if multi {
		in.Period = x.planSpan()
		// …五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%: a clause that
		// opens on ten years is of those ten.
		if tenYears.MatchString(in.Quote) {
			in.Period = x.yearsBefore(10)
		}
		in.Measure, told = spanMeasure(in)
		// (2020年新增上市企业9家 is what that year added, not the five
		// years' total; its levels, 2020年服务业占GDP比重超过50%, are
		// the span's end either way, as labellers write them.)
		if x.lastYearSaid && in.Measure == report.MeasureTotal {
			in.Period, in.Measure, told = "", "", true
		}
		// 两地每年互访游客超过1亿人次, 年均新增城镇就业30万人: the period
		// says a year's average; the name is what is counted.
		if in.Measure == report.MeasureAverage && in.Value != nil {
			for _, w := range []string{"年均", "每年"} {
				if rest := strings.Replace(in.Name, w, "", 1); utf8.RuneCountInString(rest) >= 2 {
					in.Name = rest
				}
			}
		}
	}
	if x.thisYear && !multi {
		in.Period = report.Period(fmt.Sprint(x.r.Meta.Year))
	}
	// 两年累计改造390个, 近三年淘汰落后炼钢炼铁产能9000多万吨: in a year's
	// review, a clause opening on a few years is their total.
	if m := fewYears.FindStringSubmatch(trimSpace(in.Quote)); m != nil && !multi && in.Period == "" && in.Value != nil && in.Unit != "%" {
		in.Period, in.Measure = x.yearsBefore(cnNumber(strings.Replace(m[1]+m[2], "两", "二", 1))), report.MeasureTotal
		if rest, ok := strings.CutPrefix(in.Name, strings.TrimSuffix(m[0], "累计")); ok && utf8.RuneCountInString(rest) >= 2 {
			in.Name = rest
		}
	}
	if x.productMeasure != "" && utf8.RuneCountInString(in.Name) <= 8 && !endsInMeasure(in.Name) && ownedBy(in.Name) == "" && !strings.HasSuffix(in.Name, x.productMeasure) {
		in.Name += x.productMeasure // (…，锂电池增长103.1%: its 产量)
	}
	qualifierOK(&in.Qualifier)
	if in.Kind == report.KindRank {
		// (外商直接投资累计达到149.6亿美元、总规模居中西部第1位: a place
		// held adds up to nothing.)
		in.Qualifier = withoutWords(in.Qualifier, "累计")
	}
	s := &x.r.Results[x.section]
	// 金融机构年末存、贷款余额: the year's end is a stock's period, no part
	// of its name.
	if i := strings.Index(in.Name, "年末"); i >= 0 && utf8.RuneCountInString(in.Name) >= 4 && i+len("年末") < len(in.Name) {
		in.Name = in.Name[:i] + in.Name[i+len("年末"):]
	}
	if in.Name == "" {
		in.Name = "（待命名）"
	}
	path := fmt.Sprintf("results[%d].indicators[%d]", x.section, len(s.Indicators))
	x.check(path, in.Name, in.Quote)
	if multi && !told {
		x.d.Checks[path+".measure"] = fmt.Sprintf("a figure of the five years, read as the %s from what it counts: check it", measureWords[in.Measure])
	}
	s.Indicators = append(s.Indicators, *in)
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
			if k == w && !containsWord(keep, w) { // (预计 said by both clauses a level and its growth merged from)
				keep = append(keep, w)
				break
			}
		}
	}
	*q = strings.Join(keep, "、")
}

// targets reads the paragraph of this year's main targets.
func (x *extractor) targets(p string, l line) {
	x.readingPlan = true
	defer func() { x.readingPlan = false }()
	for _, s := range sentences(p) {
		var last *report.Target // the sentence's previous target
		offset := 0
		for _, c := range clauses(s) {
			start := strings.Index(s[offset:], c) + offset
			offset = start + len(c)
			x.lead = leadBefore(s, start) // (拟按4%左右安排、…，赤字规模…: what the clauses before plan)
			nums := x.numbers(c, l)
			names, each := respectivelyNames(c, nums)
			if each {
				nums = eachNumber(nums)
			}
			for k, n := range nums {
				v := n.value
				// 增长4.5%—5%: the second number is the range's upper end.
				if b := trimSpace(n.before); (b == "—" || b == "-" || b == "～" || b == "~" || b == "至" || b == "–" || b == "－" || b == "——") && last != nil && last.Upper == nil {
					last.Upper = &v
					continue
				}
				// 增长7.5%，达到309亿元: the level a growth target names is
				// the same target's reach.
				if name := cleanName(n.before); (name == "" || name == "达到") && last != nil && last.Kind == report.TargetGrowth && last.Reach == nil && n.unit != "%" {
					last.Reach = &report.Amount{Value: v, Unit: n.unit}
					last.Quote = spanQuote(s, last.Quote, c)
					continue
				}
				t := report.Target{ID: x.id("t"), Value: &v, Upper: n.upper, Quote: trimSpace(c), Qualifier: strings.Join(reachQualifier(n), "、")}
				before := trimSpace(n.before)
				switch {
				case n.unit == "%" && (strings.HasSuffix(before, "增长") || strings.HasSuffix(before, "增速") || strings.HasSuffix(before, "涨幅") || strings.HasSuffix(before, "降幅") || hasAnySuffix(before, fallVerbs)):
					t.Kind, t.Unit = report.TargetGrowth, "%" // (单位地区生产总值能耗下降3%: a fall of 3 %, as the national sample reads it)
				default:
					t.Kind, t.Unit = levelKind(t.Qualifier), n.unit
				}
				if t.Kind == report.TargetGrowth {
					neg := signed(n) // 下降3%: a fall
					t.Value = &neg
				}
				t.Name = cleanName(before)
				// 本地生产总值3800亿元，增长9.5%左右: a bare level then its
				// growth is one growth target, the level its reach.
				if t.Kind == report.TargetGrowth && t.Name == "" && !each && last != nil && last.Kind == report.TargetLevel && last.Qualifier == "" && last.Unit != "%" && last.Reach == nil && last.Upper == nil && n.upper == nil {
					last.Reach = &report.Amount{Value: *last.Value, Unit: last.Unit}
					last.Kind, last.Value, last.Unit, last.Qualifier = report.TargetGrowth, t.Value, "%", t.Qualifier
					last.Quote = spanQuote(s, last.Quote, c)
					x.ids["t"]-- // the id t took goes unused
					continue
				}
				if t.Kind != report.TargetGrowth {
					t.Name = changedBy(t.Name, n) // 农村贫困人口减少1000万以上: the fall is the target, as a figure's
				}
				// 打造4个国家先进制造业集群: a count names what follows it,
				// as in a plan's figures.
				if name, ok := countName(n); ok && t.Kind != report.TargetGrowth {
					t.Name = withListVerb(name, n) // 、6个千亿级产业集群: the list's verb too
				}
				if each {
					t.Name = names[k]
				} else if t.Name == "" && last != nil {
					t.Name = last.Name + absoluteChange(before) // 赤字规模5.66万亿元、比上年增加1.6万亿元
				}
				if t.Name == "" {
					t.Name = "（待命名）"
				}
				qualifierOK(&t.Qualifier)
				// 高端医疗器械和大健康产业产值均增长10%以上: each thing's target.
				listed := t.Name
				if loc := eachVerb.FindStringIndex(before); loc != nil && !hasAnySuffix(before[:loc[0]], []string{"年", "人", "平"}) && !strings.HasSuffix(listed, "均") { // (not 年均增长)
					listed += "均"
				}
				for k, name := range listNames(listed, n) {
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

// moneyUnwritten is the magnitude of an amount of money whose 元 goes
// unwritten before the word for money: 150万资金, 2亿经费.
var moneyUnwritten = regexp.MustCompile(`^(万亿|亿|万)(?:资金|经费|专项资金|补贴|补助|奖补资金|奖励)`)

// passedMilestone is a clause of a thing passing a milestone (本区生产总值
// 突破2000亿大关; 辖区税收迈入千亿元俱乐部), the thing its first group.
var passedMilestone = regexp.MustCompile(`^(\p{Han}.*?)(?:首次)?(?:突破|跨越|跨过|迈上|迈入|跨入|跻身)(?:[0-9０-９.]+[万亿千百]*|[十百千万]亿|[十百千]万)(?:元|美元)?(?:大关|台阶|关口|俱乐部|行列)$`)

// aimsAndTasks says a paragraph gives the year's main aims: 主要目标是,
// 主要目标和任务是, 主要目标任务是, and with 指标 for 目标 (主要预期指标和约束性
// 指标拟订为：, 盐田 2010).
var aimsAndTasks = regexp.MustCompile(`主要目标(?:和任务|任务)?是|主要预期指标|主要指标(?:是|为|拟订为|拟定为)`)

// withFirstsPre is n's qualifier with the words before the first number of
// its list that it lacks (分别超过2%、5%: 超过), in their order, before its own.
func withFirstsPre(first, n number) []string {
	var qs []string
	for _, q := range first.qualifier {
		if containsWord(preQualifiers, q) && !containsWord(n.qualifier, q) {
			qs = append(qs, q)
		}
	}
	return append(qs, n.qualifier...)
}

// eachNumber gives the numbers of a list with 分别 what the list says of
// all of them: the words before the first (分别增长, 分别稳定在) and the
// qualifiers after the last (城乡居民人均可支配收入分别增长5%、6.5%左右:
// both 左右).
func eachNumber(nums []number) []number {
	out := append([]number(nil), nums...)
	first, lastN := nums[0], nums[len(nums)-1]
	for k := range out {
		qs := append([]string(nil), out[k].qualifier...)
		if k > 0 {
			out[k].before = first.before
			qs = withFirstsPre(first, out[k])
		}
		if k < len(out)-1 {
			for _, q := range lastN.qualifier {
				if containsWord(postQualifiers, q) && !containsWord(qs, q) {
					qs = append(qs, q)
				}
			}
		}
		out[k].qualifier = qs
	}
	return out
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
	} else if t.Kind == report.TargetGrowth {
		t.Measure = report.MeasureChange // 单位地区生产总值二氧化碳排放降低17%: over the five years, as a rate alone is in a review
	} else if t.Unit != "%" && t.Kind != report.TargetGrowth && !endsInMeasure(t.Name) && (doneInName(t.Name) || doneOverSpan(t.Name)) {
		t.Measure = report.MeasureTotal // 城镇新增就业500万人以上, 新建100个智能工厂: what the five years add (not 年开行量: a yearly level)
	}
	x.d.Checks[fmt.Sprintf("targets[%d].period", i)] = "a goal of the next five-year plan: check its period and measure"
}

// monthOpening opens words on a month: 3月底前.
var monthOpening = regexp.MustCompile(`^(?:1[0-2]|[1-9])月`)

// taskFacts reads a paragraph of planned work as an item of the current
// task, titled by its first sentence.
func (x *extractor) taskFacts(p string, l line) {
	// 1.医疗卫生方面。…: the item's own number is its number, not its title's.
	number := ""
	if m := itemNumberRe.FindString(p); m != "" && (!startsWithDigit(p[len(m):]) || monthOpening.MatchString(p[len(m):])) { // (not 1.5万亩…; but 4.3月底前完成…: item 4)
		number, p = m, p[len(m):]
		x.d.Skipped = append(x.d.Skipped, Skip{Number: strings.Trim(m, "（）().．、 "), Reason: "an ordinal: the item's number", Clause: m, Line: l.no, seg: l.seg})
		if month := monthOpening.FindString(p); month != "" && (strings.HasSuffix(m, ".") || strings.HasSuffix(m, "．")) {
			// (The line's 4.3 is read whole when the numbers are
			// accounted for: the item's number and a month.)
			x.d.Skipped = append(x.d.Skipped, Skip{Number: m + strings.TrimSuffix(month, "月"), Reason: "the item's number and a month (4.3月底前: item 4, by the end of March)", Clause: m + month, Line: l.no, seg: l.seg})
		}
	}
	title, _ := firstSentence(p)
	item := report.Item{Title: title, Number: number}
	item.Figures = x.figures(p, l)
	if len(item.Figures) == 0 {
		return
	}
	// A paragraph of work before the plan's first numbered task (its
	// opening words) is a task of the part's own, made only when it plans
	// a quantity: a task with nothing planned in it says nothing.
	if x.task < 0 {
		x.r.Tasks = append(x.r.Tasks, report.Task{ID: x.id("task"), Title: orPart(x.partTitle), Part: x.partTitle})
		x.task = len(x.r.Tasks) - 1
	}
	t := &x.r.Tasks[x.task]
	t.Items = append(t.Items, item)
	x.checkFigures(fmt.Sprintf("tasks[%d].items[%d]", x.task, len(t.Items)-1), item.Figures, 0)
}

// itemNumberRe is an item's own number opening its paragraph: 1., 2、, （3）.
var itemNumberRe = regexp.MustCompile(`^(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[）)])`)

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
	x.readingPlan = true
	defer func() { x.readingPlan = false }()
	var out []report.Figure
	industry := "" // the industry the paragraph's last sentence opening on one is about
	for _, s := range sentences(p) {
		sentenceStart := len(out)
		if m := industryOpening.FindString(s); m != "" {
			industry = m
		}
		x.governs = nil
		x.forecastSentence, x.resolveSentence = opensOn(s, "预计") || forecastClauseFirst(s), sentenceWords(s)
		if forecastBelow.MatchString(s) {
			x.forecastAll = true // (全年地区生产总值增长4.5%(预计数,下同): the marker's parentheses hold a comma)
		}
		goal := x.namesPlanEnd(s)
		topic := ""                      // the sentence's last name not made of another's
		field := ""                      // the field the sentence opens on with 方面
		area := ""                       // the part of the region the sentence's first clause develops (加快前海开发建设)
		if strings.Contains(s, "开发建设") { // (most sentences do not hold the pattern)
			if cs := clauses(s); len(cs) > 0 && !numberRe.MatchString(cs[0]) {
				if m := areaDeveloped.FindStringSubmatch(trimSpace(cs[0])); m != nil {
					area = m[1]
				}
			}
		}
		if strings.Contains(s, "方面") {
			if cs := clauses(s); len(cs) > 0 && !numberRe.MatchString(cs[0]) {
				field = fieldOf(clauseSubject(cs[0]))
			}
		}
		work := "" // what the clause just before, without a number, set out to do
		for cStart, c := range clausesAt(s) {
			offset := cStart + len(c) // where the clause ends in the sentence
			topic = x.enterClause(s, cStart, topic)
			parts := partsClause(x.lead, c) // (numbers clears the lead)
			nums := x.numbers(c, l)
			clauseWork := work
			work = ""
			if len(nums) == 0 {
				work = workSetOut(c)
			}
			var levels []number // the numbers that are not earlier levels
			for _, n := range nums {
				if !n.fromOf {
					levels = append(levels, n)
				}
			}
			names, each := respectivelyNames(c, levels)
			if each {
				// 分别超过2%、5%: the words before the first number are each
				// one's (以上 after the last stays the last's, as the data
				// guide's 生猪、家禽年出栏量分别稳定在3900万头、13.5亿只以上).
				_, change := isChange(levels[0])
				for i := range nums {
					if nums[i].start > levels[0].start && !nums[i].fromOf {
						if change && nums[i].unit == levels[0].unit {
							nums[i].before = levels[0].before // 分别增长3.5%左右、6%左右: each a growth
						}
						nums[i].qualifier = withFirstsPre(levels[0], nums[i])
						if reaches(levels[0]) { // 分别达到7000万吨、1280万吨: each a level to reach
							nums[i].qualifier = withReach(nums[i].qualifier)
						}
					}
				}
			}
			for _, n := range nums {
				if n.threshold {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "a threshold that names a class of things (…以上项目)", Clause: trimSpace(c), Line: l.no, seg: l.seg})
					continue
				}
				if n.fromOf {
					x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "the earlier level of a from→to plan (a figure keeps only the level to reach)", Clause: trimSpace(c), Line: l.no, seg: l.seg})
					continue
				}
				if kind, ok := isChange(n); ok {
					name := cleanName(n.before)
					if each {
						name = eachName(name, n, levels, names, each) // 一二三产增加值分别增长3.5%左右、6%左右、5%左右
					}
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
				if x.planLevel(n, eachName(cleanName(n.before), n, levels, names, each), c, goal) {
					continue
				}
				fg := report.Figure{ID: x.id("f"), Name: changedBy(cleanName(n.before), n), Value: n.value, Upper: n.upper, Unit: n.unit, Quote: trimSpace(c), Qualifier: strings.Join(reachQualifier(n), "、")}
				if name, ok := countName(n); ok {
					fg.Name = name
				}
				fg.Name = fundAfter(withoutTask(ofWhat(withTaskVerb(withListVerb(fg.Name, n), n), n), n.unit), n)
				if i := fromAt(c); i > 0 && len(levels) < len(nums) {
					fg.Name = cleanName(c[:i]) // 从A提高到B: the name stands before 从
				}
				fg.Name = amountOfWork(eachName(fg.Name, n, levels, names, each), n.unit)
				if len(out) > sentenceStart {
					fg.Name = ofKind(fg.Name, out[sentenceStart].Name)
				}
				if industry != "" && industryMeasure(fg.Name) {
					fg.Name = merge(industry, fg.Name) // 石化产业持续“减油增化提质”，…。产值突破1300亿元。
				} else if field != "" && (topic == "" && bareMeasure(fg.Name) && !contribution(fg.Name) || bareProjects(fg.Name)) {
					fg.Name = merge(field, measureOnly(fg.Name)) // 非常规天然气发展方面，…，力争产量突破200亿立方米
				} else if topic != "" && bareMeasure(fg.Name) && !strings.HasPrefix(fg.Name, topic) && !twoMeasures(topic, fg.Name) {
					fg.Name = measureName(topic, fg.Name, n.before) // 改造老旧小区58个,完成投资2.2亿元
				} else if thing := spentOn(fg.Name, n, nextClause(s[offset:])); topic == "" && thing != "" {
					fg.Name = thing + inTheYear.Replace(fg.Name)
				} else if fg.Name != "" && !hasAnyPrefix(fg.Name, []string{"比", "较"}) {
					topic = fg.Name // (not 比去年增加5600亿元: a change, the figure before's, no thing a rate after is of)
				}
				if last := len(out) - 1; last >= sentenceStart {
					fg.Name = partOfWhole(fg.Name, n.before, parts, out[last].Name)
					fg.Name = suppliedOf(fg.Name, n.before, out[last].Name, upToSeparator(n.after) == "")
					if subject := sharedRateSubject(fg.Name, out[last].Name); subject != "" {
						fg.Name = subject + fg.Name // (…就业率保持95%以上、市场就业率70%以上)
					}
				}
				if ac := absoluteChange(n.before); ac != "" && yearBeforeWords.Replace(fg.Name) == ac {
					fg.Name = "" // (比去年增加1.6万亿元: of the figure before, as below)
				}
				if last := len(out) - 1; fg.Name == "" && last >= sentenceStart {
					fg.Name = out[last].Name + absoluteChange(n.before) // 1.3万亿元、比上年增加3000亿元
					if absoluteChange(n.before) == "" {
						fg.Name = subject(out[last].Name) // 新增1000处信号灯联网、累计达8000处: the whole is of 信号灯联网
					}
				}
				if fg.Name == "" {
					fg.Name = namedAfter(n, "") // 60%公办中小学校纳入集团化管理
				}
				fg.Name = verbAndObject(fg.Name, n)
				if last := len(out) - 1; last >= sentenceStart {
					fg.Name = gradeOf(fg.Name, out[last].Name)
				}
				if area != "" && fg.Name != "" && !strings.Contains(fg.Name, area) {
					fg.Name = area + fg.Name // 加快前海开发建设，全年完成固定资产投资160亿元: the area's
				}
				if fg.Name == "" && clauseWork != "" && strings.HasPrefix(trimSpace(n.before), "完成") {
					fg.Name = clauseWork // 开展…重点项目土地整备，完成60万平方米以上: of the work set out
				} else if containsWord([]string{"规模", "总规模", "资金规模"}, fg.Name) && clauseWork != "" {
					fg.Name = clauseWork + fg.Name // 设立新区产业引导基金，规模不低于10亿元: the fund's size
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
				if strings.HasPrefix(n.after, "的") && report.IsMoney(n.unit) {
					// 确保投资3.4亿元的…中心开工建设: the amount describes
					// the thing; the resolve is of what is done to it.
					fg.Qualifier = withoutWords(fg.Qualifier, "确保", "力争")
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
			out[sentenceStart].Name = subject(out[sentenceStart+1].Name) + out[sentenceStart].Name
		}
	}
	return out
}

// industryOpening is an industry a sentence opens on: 石化产业持续…,
// 低空经济产业重点推动…. A paragraph of such sentences, each followed by
// the industry's size alone (产值突破1300亿元。), names its size so.
var industryOpening = regexp.MustCompile(`^\p{Han}{2,8}?(?:产业|行业)`)

// industryMeasure reports whether a name is an industry's size with no
// industry said: 产值, 产业规模, 产业投资.
func industryMeasure(name string) bool {
	return name == "产值" || name == "总产值" || name == "产业规模" || name == "产业投资" || name == "产业产值"
}

// eachName is the name of level n in a list whose names respectivelyNames
// gave (文化及相关产业、旅游及相关产业增加值占地区生产总值比重分别超过2%、5%),
// or name when the clause has no such list.
func eachName(name string, n number, levels []number, names []string, each bool) string {
	if each {
		for k := range levels {
			if levels[k].start == n.start {
				return names[k]
			}
		}
	}
	return name
}

// spanQuote is the part of sentence s from quote to the end of clause c.
func spanQuote(s, quote, c string) string {
	i := strings.Index(s, quote)
	if i < 0 {
		return quote
	}
	// (…增长9.7%；辖区税收610亿元，增长9.7%: the clause after the quote, not
	// the same words said before it.)
	j := strings.Index(s[i:], c)
	if j < 0 {
		return quote
	}
	return trimSpace(s[i : i+j+len(c)])
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
		// (有6.5%－7%的增速就能够实现比较充分的就业: a range both of whose
		// ends are a target's is that target.)
		if n.upper != nil && t.Upper != nil && n.upper.Dec().Equal(t.Upper.Dec()) && n.upperRaw != "" {
			for _, raw := range []string{n.raw, n.upperRaw} {
				x.d.Skipped = append(x.d.Skipped, Skip{Number: raw, Reason: "states again the target " + t.Name, Clause: trimSpace(c), Line: l.no, seg: l.seg})
			}
			return true
		}
		// (…增加值占地区生产总值比重分别超过2%、5%: the whole a share is
		// taken of is not the target restated.)
		if strings.Contains(c, t.Name) && !strings.Contains(c, "占"+t.Name) || strings.Contains(c, "目标") {
			x.d.Skipped = append(x.d.Skipped, Skip{Number: n.raw, Reason: "states again the target " + t.Name, Clause: trimSpace(c), Line: l.no, seg: l.seg})
			return true
		}
	}
	return false
}

// planTarget files a growth rate of the work plan as a target of the year.
func (x *extractor) planTarget(n number, name, c string) {
	v := signed(n)
	// 力争游客人次、旅游花费均增长10%以上: each thing's target.
	for _, each := range listNames(name, n) {
		t := report.Target{ID: x.id("t"), Name: each, Kind: report.TargetGrowth, Value: &v, Unit: "%", Quote: trimSpace(c), Qualifier: strings.Join(n.qualifier, "、")}
		qualifierOK(&t.Qualifier)
		x.check(fmt.Sprintf("targets[%d]", len(x.r.Targets)), t.Name, t.Quote)
		x.r.Targets = append(x.r.Targets, t)
		if x.part == partPlan {
			x.planGoal(len(x.r.Targets)-1, c)
		}
	}
}

// levelKind is the kind of a target that names a level, by its qualifier:
// a cap (控制在, 以内), a floor (不低于), or a level to reach.
func levelKind(q string) report.TargetKind {
	switch {
	case strings.Contains(q, "控制在") || strings.Contains(q, "以内") || strings.Contains(q, "不超过"):
		return report.TargetCap
	case strings.Contains(q, "不低于") || strings.Contains(q, "不少于"):
		return report.TargetFloor
	}
	return report.TargetLevel
}

// planLevel files a level the plan part names for its end (常住人口城镇化率
// 达到65%左右, 战略性新兴产业增加值占规上工业比重30%) as a goal over the
// plan's span; it reports whether the number is such a level: a rate, or a
// level the clause says to reach, of an indicator rather than a count of
// things to make.
//
// In a sentence that names the plan's end year (力争到2030年，全市地区生产
// 总值迈上4万亿元新台阶，人均地区生产总值达到14万元…) every level is such
// a goal, money and counts too.
func (x *extractor) planLevel(n number, name, c string, goal bool) bool {
	if x.part != partPlan || x.annex >= 0 {
		return false
	}
	q := reachQualifier(n)
	count := report.IsCount(strings.Split(n.unit, "(")[0])
	if goal && count {
		if counted, ok := countName(n); ok {
			name = withListVerb(counted, n) // (打造4个国家先进制造业集群、6个千亿级产业集群)
		}
	}
	if name == "" || !goal && (count || report.IsMoney(n.unit) || !(n.unit == "%" || containsWord(q, "达到"))) {
		return false
	}
	v := n.value
	qs := strings.Join(q, "、")
	qualifierOK(&qs)
	t := report.Target{ID: x.id("t"), Name: name, Kind: levelKind(qs), Value: &v, Unit: n.unit, Quote: trimSpace(c), Qualifier: qs}
	x.check(fmt.Sprintf("targets[%d]", len(x.r.Targets)), t.Name, t.Quote)
	x.r.Targets = append(x.r.Targets, t)
	x.planGoal(len(x.r.Targets)-1, c)
	return true
}

// namesPlanEnd reports whether a sentence of the plan speaks of the end of
// the next five-year plan: 到2030年, 到“十五五”末, or stands in the part of
// its goals (“十五五”时期的主要目标任务: 一是…省属企业资产总额达到2.7万亿元).
func (x *extractor) namesPlanEnd(s string) bool {
	return x.part == partPlan && (strings.Contains(s, fmt.Sprintf("到%d年", x.r.Meta.Year+4)) || x.nextPlan != "" && (strings.Contains(s, "到“"+x.nextPlan+"”末") || strings.Contains(s, "“"+x.nextPlan+"”期末")) ||
		strings.Contains(x.partTitle, "目标") && (planName.MatchString(x.partTitle) || strings.Contains(x.partTitle, "今后五年") || strings.Contains(x.partTitle, "未来五年")))
}

// planName is the name of a five-year plan: “十五五”, 十四五.
var planName = regexp.MustCompile(`十[一二三四五六七八九]五`)

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
	had := len(it.Figures)
	it.Figures = append(it.Figures, x.figures(p, l)...)
	x.checkFigures(fmt.Sprintf("annexes[%d].items[%d]", x.annex, len(a.Items)-1), it.Figures, had)
}

// withoutWords is a qualifier (words joined by 、) without the words ws.
func withoutWords(q string, ws ...string) string {
	var keep []string
	for _, w := range strings.Split(q, "、") {
		if w != "" && !containsWord(ws, w) {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, "、")
}

// rankedMeasure is the measure the words before a streak's or a rank's
// number end on (增速连续11个季度…, 增速居全国第2位, 规模稳居全国第4位), or "".
func rankedMeasure(before string) string {
	b := rankTail.ReplaceAllString(strings.TrimSuffix(trimSpace(before), "连续"), "")
	for _, w := range []string{"增速", "增幅", "规模", "总量"} {
		if strings.HasSuffix(b, w) {
			return w
		}
	}
	return ""
}

// thresholdNoun is a counted noun right after an amount, its count next:
// (超10亿元)重大项目14个.
var thresholdNoun = regexp.MustCompile(`^\p{Han}{0,10}(?:项目|企业|工程)(?:[0-9０-９]|数量|个数)`)

// countBefore ends the words before money more than which selects the
// things a count before it counts: 100家产值超.
var countBefore = regexp.MustCompile(`[0-9０-９]+(?:家|个|户|座|项)\p{Han}{1,6}(?:超|超过)$`)

// classCounted follows money that selects a class of things a count after
// it counts: 超5000万元的镇4个.
var classCounted = regexp.MustCompile(`^的\p{Han}{1,8}[0-9０-９]`)

// policyNouns are what a count in 条 or 项 counts of a policy: 举措, 措施.
var policyNouns = []string{"政策举措", "政策措施", "支持政策", "举措", "措施", "政策"}

// policyNoun is the noun a policy's count in 条 or 项 counts, right after
// it (27条举措) or after the 等 closing its list (27条、…12条等政策举措); or "".
func policyNoun(n number) string {
	if n.unit != "条" && n.unit != "项" {
		return ""
	}
	after := upTo(n.after, "，,；;。")
	if i := strings.Index(after, "等"); i >= 0 && (strings.HasPrefix(after, "、") || i == 0) {
		after = after[i+len("等"):]
	}
	for _, p := range policyNouns {
		if strings.HasPrefix(after, p) {
			return p
		}
	}
	return ""
}

// trimPolicyVerb cuts the verb that issued a policy off its name: 出台…
func trimPolicyVerb(name string) string {
	for _, v := range []string{"制定实施", "出台实施", "研究出台", "制定出台", "出台", "制定", "推出", "印发"} {
		if rest, ok := strings.CutPrefix(name, v); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// rankVerbs say where a quantity stands among others: 位居全国首位.
var rankVerbs = []string{"位居", "稳居", "位列", "居"}

// benchmark is the words before a gap to a benchmark's growth: 高于全国,
// 快于2024年 (the year before's growth);
// benchmarked, the same after what grew (民间投资增速高于全国).
// productsMeasure is a clause without a number saying a measure of
// products moved (高新技术产品产量大幅增长): the products its sentence
// goes on to name with numbers are measured so.
var productsMeasure = regexp.MustCompile(`^\p{Han}{2,12}?(?:产品|产业)(产量|产值|销量|出口)\p{Han}{0,4}(?:增长|提升|提高)$`)

// benchmarkBefore is the verb and benchmark a number's words end on, after
// 、 or a clause's start (、快于经济增速1个百分点), or nil.
func benchmarkBefore(n number) []string {
	// (…增长3.1%，增速比全市高0.9个百分点: the growth's, said again.)
	return matchBenchmark(benchmark, comparedBenchmark, strings.TrimPrefix(strings.TrimPrefix(trimSpace(n.before), "、"), "增速"))
}

// matchBenchmark matches s with re, or with its 比-form (比全市高: the
// benchmark before the verb, as district reports say it), giving the
// 比-form's groups in re's order with the verb as re writes it (高于).
func matchBenchmark(re, comparedRe *regexp.Regexp, s string) []string {
	if m := re.FindStringSubmatch(s); m != nil {
		return m
	}
	m := comparedRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	k := len(m)
	m[k-2], m[k-1] = m[k-1]+"于", m[k-2] // (…, against, verb) → (…, 高于, against)
	return m
}

// againstPlanPeriod is a rate measured against the whole plan period before
// (比“十三五”时期, 较“十三五”同期): of two five-year sums.
var againstPlanPeriod = regexp.MustCompile(`(?:比|较)“?十[一二三四五]五”?(?:时期|期间|同期)`)

// gap is the points a benchmark's verb says: below it (低于, 慢于) negative.
func gap(verb string, points report.Decimal) report.Decimal {
	if verb == "低于" || verb == "慢于" {
		return report.NewDecimal(points.Dec().Neg(), points.Places())
	}
	return points
}

var (
	benchmarkWords = `(高于|高出|超过|优于|快于|低于|慢于)(全国增速|全省增速|全市增速|全国平均水平|全省平均水平|全市平均水平|全国平均占比|全省平均占比|全市平均占比|全市均值|全省均值|全国平均|全省平均|全市平均|全国|全省|全市|全区|经济增长|经济增速|经济|[0-9]{4}年|上年|去年|国家考核目标|考核目标|年初目标任务|年初目标|预期目标|“十[一二三四五]五”时期|十[一二三四五]五时期)$`
	benchmark      = regexp.MustCompile(`^` + benchmarkWords)
	benchmarked    = regexp.MustCompile(`^(\p{Han}.*?)` + benchmarkWords)
	// 比全市高2.5个百分点: the benchmark first, then how it compares.
	comparedWords     = `比(全国平均水平|全省平均水平|全市平均水平|全国平均|全省平均|全市平均|全国|全省|全市|全区)(高|快|低|慢)$`
	comparedBenchmark = regexp.MustCompile(`^` + comparedWords)
	// 分别比全国、自治区和全市高: benchmarks listed, then how they compare.
	listedBenchmarks    = regexp.MustCompile(`^(\p{Han}*?)分别(?:比(\p{Han}{2,8}(?:[、和及]\p{Han}{2,8})+)(高|快|低|慢)|(高|快|低|慢)于(\p{Han}{2,8}(?:[、和及]\p{Han}{2,8})+))$`)
	comparedBenchmarked = regexp.MustCompile(`^(\p{Han}.*?)` + comparedWords)
)

// retiredCapacity is capacity retired, named whole: 淘汰落后炼钢炼铁产能,
// 退出煤炭产能; the words before the thing are its first group.
var retiredCapacity = regexp.MustCompile(`^((?:淘汰|退出|化解|压减|关停)(?:落后|过剩)?)\p{Han}{1,8}产能$`)

// fewYears opens a clause on a few years past: 两年累计, 近三年, 过去三年来.
var fewYears = regexp.MustCompile(`^(?:(?:近|过去)([两二三四])年(?:来|以来|间|累计)?|([两二三四])年(?:来|以来|间|累计))`)

// earlierTime is a time before the span a multiple is of: “十二五”末,
// “十二五”时期, 五年前.
var earlierTime = regexp.MustCompile(`为(?:“?十[一二三四五]五”?(?:末|时期|期间)?|[五十]年前)的倍数$`)

// benchmarkList reads a list of benchmarks a list of gaps is measured
// against (分别比全国、自治区和全市高; 城镇化率分别高于全国、全区): what is
// compared, named before it or "", the benchmarks, and the verb (高, 低…).
func benchmarkList(before string) (of, list, verb string) {
	m := listedBenchmarks.FindStringSubmatch(before)
	if m == nil {
		return "", "", ""
	}
	if of = cleanName(m[1]); containsWord([]string{"增速", "增幅", "增长", "速度"}, of) {
		of = "" // (增长7.2%，增速分别比全国、全省高…: the growth before's)
	}
	if m[2] != "" {
		return of, m[2], m[3]
	}
	return of, m[5], m[4]
}

// spanMeasure tells what a fact of the five years measures, as the labels
// read them: a rate alone is the change over the span (五年分别增长97.3%), or
// the yearly average when the sentence says 年均, or a share at the end; a
// level reached (达到, 突破, 增至, 从…到…), a rate level (%), a rank or a
// streak is the span's end; 累计 and counts of things done over the five
// years (新增, 建成, 入选…) are totals.
func spanMeasure(in *report.Indicator) (m report.Measure, told bool) {
	if in.Value == nil {
		switch {
		case in.Change != nil && (in.Change.Kind == report.ChangeShare || in.Change.Kind == report.ChangeRate):
			return report.MeasureEnd, true
		case strings.Contains(strings.ReplaceAll(in.Quote, "年均浓度", ""), "年均"):
			return report.MeasureAverage, true // (not PM2.5年均浓度较2020年下降25%: a level named so)
		case againstPlanPeriod.MatchString(in.Quote):
			return report.MeasureTotal, true // 实际使用外资比“十三五”时期增长78.9%: the five years' sum against the five before
		case in.Change != nil && in.Change.Kind == report.ChangePP && in.Change.Against != "":
			return report.MeasureEnd, true // …从14.7%降至13%左右、优于全国约1个百分点: where it stands against the benchmark at the end
		}
		return report.MeasureChange, strings.Contains(in.Quote, "五年") || strings.Contains(in.Quote, "比") || strings.Contains(in.Quote, "较")
	}
	q := in.Qualifier
	count := report.IsCount(strings.Split(in.Unit, "(")[0])
	switch {
	case changeName(in) || in.Unit == "倍" && (strings.Contains(in.Quote, "增长") || strings.HasSuffix(in.Name, "的倍数") && (yearRe.MatchString(in.Name) || earlierTime.MatchString(in.Name))):
		// (进出口总额27.6亿元，是2016年的2倍: so many times the level before
		// the span, its change over it.)
		return report.MeasureChange, true // 较“十三五”末…增加4374.4亿元, 人均预期寿命提高1.16岁, 增长2.4倍
	case strings.Contains(in.Quote, "每年") || yearlyAmount(in.Quote):
		return report.MeasureAverage, true // 每年高质量办成10件为民实事, 城镇新增就业年均超过70万人
	case in.Kind == report.KindStreak || in.Kind == report.KindRank:
		return report.MeasureEnd, true // (外商直接投资累计达到149.6亿美元、总规模居中西部第1位: the rank is where it stands)
	case strings.HasPrefix(in.Name, "净增"):
		// 净增经营主体242.8万户, 其中企业57.5万户: what was added over the
		// years, net, as 新增 is a total (three labellers of four; the
		// fourth read 净增有进出口实绩企业485家 as the stock's change).
		return report.MeasureTotal, true
	case strings.Contains(q, "累计") && !(count && reachedInAll(in)):
		return report.MeasureTotal, true // (新增百亿县区26个，累计达到46个: the 46 are what there is)
	case in.From != nil || in.Unit == "%" || in.Unit == "个百分点":
		return report.MeasureEnd, true
	case report.IsMoney(in.Unit) && (hasAnySuffix(in.Name, []string{"投资", "投入", "利用外资", "使用外资"}) || strings.HasSuffix(in.Name, "支出") && strings.Contains(in.Quote, "五年")):
		return report.MeasureTotal, true // 总投资410亿元的巨化硅氟新材料项目, 五年实际利用外资超过8000亿元, 五年财政教育支出达77.9亿元: money put in adds up
	case hasAnySuffix(in.Name, []string{"能力", "产能", "总规模"}) && !hasAnyPrefix(in.Name, []string{"新增", "新建", "形成", "完成", "退出", "淘汰", "化解", "压减"}) && !numberRe.MatchString(in.Name):
		// 危险废物利用处置能力达1130万吨/年, …设立总规模超500亿元的区域基金:
		// a capacity or a size is what there is; capacity added
		// (新增供水能力11.2亿立方米) adds up.
		return report.MeasureEnd, true
	}
	for _, v := range []string{"达到", "突破", "增至", "提高至", "提升至", "稳定在", "保持在", "降至", "缩减至", "控制在", "超过"} {
		// (实施棚户区、城中村、城市危旧房改造超过11万户: more than so much
		// work done is still a total.)
		if strings.Contains(q, v) && !(v == "超过" && doneOverSpan(in.Name)) {
			return report.MeasureEnd, true
		}
	}
	if count && reachedInAll(in) {
		return report.MeasureEnd, true // 新增百亿县区26个，累计达到46个: the 46 are what there is
	}
	// 4个国家级区域医疗中心建设进展顺利, 3个省级区域医疗中心加快建设: things
	// still being built are what there is at the end.
	if count && (strings.HasSuffix(in.Name, "建设") && !strings.HasSuffix(in.Name, "新建设") || strings.Contains(in.Quote, "建设进展顺利") || strings.Contains(in.Quote, "加快建设")) && !hasAnyPrefix(in.Name, sharedVerbs) {
		return report.MeasureEnd, false
	}
	// 培育形成3个万亿级和7个千亿级产业集群: industries grown to a size are
	// what there is at the end, as the Beijing sample and Sichuan's labels
	// read it.
	if count && strings.Contains(in.Quote, "培育形成") {
		return report.MeasureEnd, false
	}
	if doneInName(in.Name) || doneOverSpan(in.Name) || doneOverSpan(in.Quote) {
		return report.MeasureTotal, false // 新增国家级单项冠军企业5户, 完成营造林2709万亩: read from a verb
	}
	return report.MeasureEnd, false // 国家高新技术企业1.28万家: what there is at the end, read from no word
}

// changeName reports whether a fact of five years is named as the change
// of a level (人均预期寿命提高, 水源涵养补给量增加, 较“十三五”末…增加): a
// change, where things counted as added (公办学位增加326万个) are the
// years' total, and a streak of growth a streak.
func changeName(in *report.Indicator) bool {
	if !hasAnySuffix(in.Name, amountChanges) && !(strings.HasSuffix(in.Name, "净增") && strings.ContainsAny(in.Name, "较比")) || in.Kind == report.KindStreak || in.Kind == report.KindRank {
		return false // (较“十三五”末净增1万亿元 is the change; 耕地面积净增212万亩 labellers read either way)
	}
	return strings.Contains(in.Name, "较") || strings.Contains(in.Name, "比") || !report.IsCount(strings.Split(in.Unit, "(")[0])
}

// yearlyAmount reports whether a clause says its amounts are a year's on
// average (年均新增城镇就业30万人、输转城乡富余劳动力500万人以上, 公共文化
// 机构年均服务群众超过9000万人次), not a rate (年均增长5.9%) or a level
// named so (细颗粒物年均浓度).
func yearlyAmount(quote string) bool {
	for rest := quote; ; {
		_, after, ok := strings.Cut(rest, "年均")
		if !ok {
			return false
		}
		if !hasAnyPrefix(after, []string{"增长", "增速", "增幅", "下降", "降低", "提高", "减少", "浓度", "气温", "降水", "值"}) {
			return true
		}
		rest = after
	}
}

// spanWork are the words of things done, which add up over five years.
var spanWork = []string{"新增", "净增", "增加", "新设", "筹集", "培育", "改善", "造林", "植树", "新建", "建成", "建设", "完成", "开工", "实施", "入选", "获", "创建", "组建", "重组", "引进", "落地", "出让", "处置", "解决", "办成", "推广", "开挖", "治理", "改造", "修复", "营造", "减量", "开行", "接待", "发放", "投入", "参加", "办理", "办结", "办复", "上市", "挂牌", "探明", "搬迁", "累计",
	"更新", "加装", "利用", "追回", "识别", "援助", "参与", "开通", "设置", "增补", "化解", "命名", "清零", "退出", "交付", "揭牌", "除险", "投用", "形成", "接种", "消除",
	"生产", "保供", "打造", "认证", "改扩建", "审议", "出台", "制定", "落户", "增设", "晋级", "减负", "当选", "用上", "送",
	"节约", "开展", "并网", "接受", "转移", "发生", "举办", "承办", "救助", "减免",
	"推出", "培训", "认定", "促成", "筹建", "核准", "通过", "使用", "打通", "新改建", "入库", "摘帽", "脱贫", "整合", "统筹", "出列", "设立", "建立",
	"安置", "分流", "派出", "清退", "垦造", "复垦", "注册", "减轻", "安排", "清理", "下放", "提供", "惠及", "供应"}

// reachedInAll reports whether a level is what there is in all, reached
// (达到; 累计达到46个, 名校累计达88所), not what was done.
func reachedInAll(in *report.Indicator) bool {
	return strings.Contains(in.Qualifier, "达到") || strings.Contains(in.Quote, "累计达到") || in.Value != nil && strings.Contains(in.Quote, "累计达"+in.Value.String())
}

// doneOverSpan reports whether a name, or the clause it is quoted from,
// says what was done: a verb of doing at its start, or the name ends in one.
func doneOverSpan(s string) bool {
	s = withoutDoneNouns(s)
	for _, w := range spanWork {
		if strings.HasPrefix(s, w) || strings.HasSuffix(s, w) || strings.Contains(s, w+"的") || strings.Contains(s, "的"+w) {
			return true
		}
	}
	return hasAnySuffix(s, workWords)
}

// doneNouns hold a verb of doing as nouns (增加值, 生产总值, 安全生产), or
// say what things are being made into, not what was done.
var doneNouns = []string{"增加值", "生产总值", "安全生产", "生产安全", "生产能力", "生产力", "生产性", "打造成", "脱贫县", "脱贫地区", "脱贫人口", "脱贫户", "脱贫村"} // (打造成…承载区: being made into, what there is)

// withoutDoneNouns cuts the doneNouns out of s, where a verb of doing
// would be found in them.
func withoutDoneNouns(s string) string {
	for _, noun := range doneNouns {
		s = strings.ReplaceAll(s, noun, "")
	}
	return s
}

// doneInName reports whether a name holds a verb of doing anywhere
// (城镇新增就业, 乡村绿化植树). 增加值, value added, is a noun: 服务业增加值
// reached over the years is a level, not a sum of things added.
func doneInName(name string) bool {
	name = withoutDoneNouns(name)
	for _, w := range spanWork {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// measureWords say a measure in a check: the span's total, end, change.
var measureWords = map[report.Measure]string{report.MeasureTotal: "total over the years (累计)", report.MeasureEnd: "level at the end (期末)", report.MeasureChange: "change over the span", report.MeasureAverage: "yearly average (年均)"}

// clausesAt yields each clause of a sentence with where it starts in it.
func clausesAt(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		offset := 0
		for _, c := range clauses(s) {
			start := strings.Index(s[offset:], c) + offset
			offset = start + len(c)
			if !yield(start, c) {
				return
			}
		}
	}
}

// enterClause notes the words just before the clause at start of sentence
// s (x.lead) and gives the sentence's topic as the clause may use it: none
// after a ；, which begins a statement apart.
func (x *extractor) enterClause(s string, start int, topic string) string {
	x.lead = leadBefore(s, start)
	if afterSemicolon(s, start) {
		return ""
	}
	return topic
}
