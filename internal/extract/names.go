// The names of facts: what the words around a number say the number is.
// A person names a fact by the thing and the measure of it (高标准农田累计完成
// 投资, 入选…百强的企业); the rules here take the words before and after the
// number, cut what is not the name (verbs of process, words of resolve, a
// change or a rank), and borrow what the sentence says elsewhere (the thing
// a bare measure is of, the verb a list shares). Each rule has a case in
// TestRules.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// nameTrim is what is cut from the end of the text before a number to get
// the fact's name: verbs of completion and the like.
var nameTrim = []string{"都在", "均在", "则", "年内至少", "至少", "年内", "又", "预期增长", "比增", "比降", "比减", "预计", "累计", "实际", "首次", "连年", "在", "再降", "共计", "分别", "分别完成", "分别达到", "分别增长", "同比增长", "同比下降", "比上年增长", "比上年下降", "比上年", "较上年", "继续保持", "保持", "调增", "上调", "按", "拟", "实现翻番", "翻番", "、", "同比", "增幅", "涨幅", "降幅", "增速", "增速达到", "压缩", "压减", "压降", "精简", "削减", "完成", "实现", "达到", "增长", "下降", "上涨", "拉升", "提高", "降低", "增加", "减少", "提升", "为", "高达", "达", "低于", "小于", "大于", "不高于", "是", "力争", "确保", "有", "共", "总计", "合计", "全年", "年末", "其中", "已", "了", "的",
	"每年均", "每年都", "年均", "平均", "平均值", "五年", "十年", "两年", "三年", "接连", "连续", "再", "扩容至", "扩容到", "扩大至", "扩大到", "增加到", "提高到", "提升到", "发展到", "发展至", "拟安排", "拟按", "按可比口径", "首次跃上", "跃上", "迈上", "跨过", "跨上", "跨越", "站上", "上升至", "上升到", "攀升至", "攀升到", "延长至", "延长到", "缩减到", "缩减至", "缩小至", "缩小到", "突破", "由", "同口径", "逆势", "稳步", "历史性", "微降", "微跌", "下跌", "微增", "增值", "止跌", "上升", "回升", "收窄至", "收窄到", "拓展至", "拓展到", "增至", "降至", "均值", "整合优化为", "调整优化为", "整合优化", "调整优化", "稳定", "每月", "降低至", "降低到", "低至", "缩短至", "缩短到", "压缩到", "压缩至", "减少到", "减少至", "大幅", "快速", "高速", "迅速", "较快", "显著", "明显", "平稳", "最高", "（下同）", "(下同)", "提至", "跃升至", "跃升到", "升至", "压减至", "压减到", "全市唯一", "全省唯一", "全区唯一", "全国唯一"}

// achievedMeasures are measures a thing is said to 实现 (realise): the
// verb says no more than the amount.
var achievedMeasures = []string{"产值", "总产值", "收益", "营收", "营业收入", "增加值", "利润", "税收", "收入", "销售收入", "交易额"}

// wordedMark is a mark crossed, written in words, at the end of the words
// before another number: 超百亿元, 突破千亿元.
var wordedMark = regexp.MustCompile(`(?:超过|超|突破|达到|达|近|逾)[一二三四五六七八九十两百千万亿]+元$`)

// crossedMark is a mark a thing crossed, in words (突破万亿元), not one
// it came near or spent (投资近千亿元、全长1.3万公里的…).
var crossedMark = regexp.MustCompile(`(?:超过|超|突破|跨过|迈上)[一二三四五六七八九十两百千万亿]+元$`)

// inTheYearChange drops 一年 before a change by an amount, which says no
// more than the year the report is of.
var inTheYearChange = strings.NewReplacer("一年增加", "增加", "一年减少", "减少")

// rankInList names a place in a named ranking the words before a number
// say with nothing ranked before it (排名全国综合竞争力百强区第22位, 入围
// “中国最具创投价值城区”第21名, 跃升至“全国工业百强区”第29名): the
// ranking's 排名; with a thing before the verb, the thing.
func rankInList(s string) string {
	t := strings.TrimSuffix(s, "第")
	for _, v := range []string{"排名", "入围", "跃升至", "跃居", "位列", "位居", "名列", "跻身", "升至", "进入", "列", "居"} {
		if i := strings.Index(t, v); i >= 0 && utf8.RuneCountInString(t[i+len(v):]) >= 2 {
			thing := trimSpace(t[:i])
			for _, w := range []string{"已成功", "成功", "已经", "已", "再次", "首次"} {
				thing = strings.TrimSuffix(thing, w) // 龙华已成功跻身…
			}
			// (龙华跻身全国工业百强区: a short word with no measure in it
			// is the region itself, as a place's name is.)
			if thing != "" && !placeName(thing) && !(utf8.RuneCountInString(thing) <= 3 && !endsInMeasure(thing) && !strings.ContainsAny(thing, "GDPI")) {
				// 城区经济高质量发展名列“赛迪中国百强区”: a ranking named in
				// quotes says which the place is of.
				if list := t[i+len(v):]; strings.HasPrefix(list, "“") && strings.HasSuffix(list, "”") {
					return thing + list + "排名"
				}
				return thing
			}
			return t[i+len(v):] + "排名"
		}
	}
	return s
}

// placeName reports whether words are a place's name alone (长沙县,
// 龙华区): what a ranking places, the report's own region, says nothing
// the ranking does not.
func placeName(s string) bool {
	n := utf8.RuneCountInString(s)
	return n >= 2 && n <= 6 && hasAnySuffix(s, []string{"县", "区", "市", "旗", "省"}) && !hasAnySuffix(s, []string{"城区", "园区", "片区", "社区", "景区", "示范区", "开发区", "新区"})
}

// wordsEndingOn are, for a word nameTrim cuts, the words that end on it as
// words of their own: 现有 (现有的450万平方米棚户区, not the 有 of 企业有
// 120家), and 违法行为34起, whose 为 is no 为 of a level.
var wordsEndingOn = map[string][]string{
	"有":  {"现有", "拥有", "具有", "所有", "享有", "持有", "占有", "保有"},
	"为":  {"行为", "作为", "有为"},
	"在":  {"所在", "存在", "现在", "正在", "实在"},       // (调查失业率在5.3%以下: 在 of where a level stands)
	"高达": {"最高达"},                              // (单日最高达1354架次: the highest, said of a day)
	"则":  {"原则", "规则", "准则", "细则", "法则", "守则"}, // (商事主体则从1.1万家增长至4.1万家: 则 joins the clause)
	"均值": {"年均值", "PM2.5均值", "PM10均值", "浓度均值"}, // (PM2.5年均值控制在15微克/立方米以内, PM2.5均值24微克/立方米: the mean is what is measured; 失业率均值 is the rate's)
}

// trailingYear is a year closing the words before a number (…2015年).
var trailingYear = regexp.MustCompile(`(?:19|20)[0-9]{2}年(?:底|末)?$`)

// cleanName makes a name of the text before a number.
func cleanName(s string) string {
	s = strings.TrimLeft(trimSpace(s), "—-－") // (——本地生产总值3800亿元: a list's dash)
	if strings.HasPrefix(s, "（") || strings.HasPrefix(s, "(") {
		s = itemMarker.ReplaceAllString(s, "") // (（7）新组建2个区级…: an item's number)
	} else if m := dottedItem.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:] // (6.推进…: an item's number inside a paragraph)
	}
	if strings.ContainsAny(s, "［[") { // (the pattern holds it; most names do not)
		s = noteMarker.ReplaceAllString(s, "") // 四大主导产业［2］占GDP比重: a note's marker names nothing
		s = strings.TrimRight(s, "［[")         // (安全生产18项整治行动[1]: the marker's number was the next number)
	}
	if strings.ContainsAny(s, "(（") { // (the pattern holds it; most names do not)
		s = countingNote.ReplaceAllString(s, "") // 下降(同口径)19.59%: how the change was counted names nothing
	}
	// 力争产量突破200亿立方米, 力争年底前治理率超75%: the aim and the time
	// are the qualifier's and the period's, no part of what is measured.
	for _, w := range []string{"年度力争实现", "全年力争实现", "力争实现", "确保实现", "年度力争", "全年力争", "力争", "确保", "继续保持", "年底前", "到年底"} {
		if rest, ok := strings.CutPrefix(s, w); ok && utf8.RuneCountInString(rest) >= 2 && !startsWithDigit(rest) {
			s = rest
		}
	}
	if rest, ok := strings.CutPrefix(s, "争取年内"); ok && utf8.RuneCountInString(rest) >= 2 {
		s = rest // (争取年内完成土地整备2平方公里: the aim and the time, the qualifier's and the period's)
	}
	// 争取万元GDP水耗低于9.2立方米: an aim before a measure (争取中央资金,
	// what was obtained, stays).
	if rest, ok := strings.CutPrefix(s, "争取"); ok && (endsInMeasure(rest) || hasAnyWord(rest, []string{"能耗", "水耗", "电耗", "率", "比重", "浓度", "占比"}) || hasAnyPrefix(rest, []string{"新增", "引进", "新建", "建成", "完成", "实现"})) { // (争取新增4家以上总部型金融机构: the aim before a verb of making)
		s = rest
	}
	if strings.Contains(s, "预计") { // (纳税超亿元楼宇预计新增5栋: the forecast is the qualifier's)
		for _, v := range []string{"新增", "增长", "增加", "达到", "完成", "实现", "突破", "超过"} {
			s = strings.Replace(s, "预计"+v, v, 1)
		}
	}
	if loc := byMonthEnd.FindStringIndex(s); loc != nil && utf8.RuneCountInString(s[loc[1]:]) >= 2 {
		s = s[loc[1]:] // (4月底前完成46个较大风险点整治: when, not what)
	}
	if i := strings.Index(s, "实现"); i >= len("两字") && containsWord(achievedMeasures, s[i+len("实现"):]) {
		s = s[:i] + s[i+len("实现"):] // 坪山陆河共建产业园实现产值118.2亿元: the park's 产值
	}
	if strings.Contains(s, "一年") { // 实有人口一年增加42万: in the year, said of the level's change
		s = inTheYearChange.Replace(s)
	}
	if strings.HasSuffix(s, "、") || hasAnySuffix(s, milestoneNouns) { // (the pattern ends so; most names do not)
		if m := milestoneClause.FindStringSubmatch(strings.TrimSuffix(s, "、") + "、"); m != nil {
			s = m[1] // 经济总量跨过两个万亿元大关、超过6万亿元; 全社会研发投入首次突破百亿元大关、增长38%
		}
	}
	for {
		cut := false
		for _, w := range nameTrim {
			if strings.HasSuffix(s, w) && !hasAnySuffix(s, wordsEndingOn[w]) {
				s = trimSpace(strings.TrimSuffix(s, w))
				cut = true
			}
		}
		if !cut {
			break
		}
	}
	// (金融业实现增加值增长15.6%: with the verb of change cut, the measure
	// the thing realised.)
	if i := strings.Index(s, "实现"); i >= len("两字") && containsWord(achievedMeasures, s[i+len("实现"):]) {
		s = s[:i] + s[i+len("实现"):]
	}
	if strings.HasSuffix(s, "元") { // (the pattern ends so; most names do not)
		s = wordedMark.ReplaceAllString(s, "") // 比亚迪半导体产值超百亿元、增长13%: a mark in words, crossed
	}
	if s == "至" || s == "到" {
		return "" // 省级“专精特新”企业增长2.6倍至124家: the level reached, of what grew
	}
	if hasAnySuffix(s, milestoneNouns) { // (全社会研发投入首次突破百亿元大关、增长38%: after 增长 and 、 went)
		if m := milestoneClause.FindStringSubmatch(s + "、"); m != nil {
			s = trimSpace(strings.TrimSuffix(m[1], "首次"))
		}
	}
	// 累计使用外资比“十三五”时期增长71%: what a change is measured
	// against is not the name.
	if hasAnySuffix(s, []string{"时期", "期间", "末", "五”"}) {
		s = trimSpace(comparedWith.ReplaceAllString(s, ""))
	}

	// 区域创新能力稳居全国第4位: the rank is of the quantity before it.
	// (Each pattern is tried only where its last or first word can be:
	// cleanName runs for every number.)
	if strings.HasSuffix(s, "第") || strings.HasSuffix(s, "居") || strings.HasSuffix(s, "排") || strings.HasSuffix(s, "名") || strings.HasSuffix(s, "至") || strings.HasSuffix(s, "到") || strings.HasSuffix(s, "列") || strings.HasSuffix(s, "前") {
		s = trimSpace(rankTail.ReplaceAllString(s, ""))
		if strings.HasSuffix(s, "第") {
			s = strings.TrimSuffix(rankInList(s), "第") // (…第3、新型城镇化质量第4: a ranking listed after the first)
		}
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(s, "到")); isDigit(r) {
		s = leadingYear.ReplaceAllString(s, "") // (到2030年“415X”集群营收)
	}
	if r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(strings.TrimPrefix(s, "从"), "由")); isDigit(r) && leadingYear.ReplaceAllString(strings.TrimPrefix(strings.TrimPrefix(s, "从"), "由"), "") == "" {
		return "" // 从2020年3847亿元: when, not what (the thing is the sentence's)
	}
	if strings.Contains(s, "是") { // (the pattern holds it; most names do not)
		s = listOrdinal.ReplaceAllString(s, "") // 七是完成困难重度残疾人家庭无障碍改造
	}
	for again := true; again; {
		again = false
		for _, p := range leadingWords {
			// An opening mark whose closing one follows is the name's own:
			// “港车北上”、“澳车北上”.
			if closing := closingMark[p]; closing != "" && strings.Contains(s, closing) {
				continue
			}
			// 和美乡村, 和谐社区: 和 opens a word there, it joins nothing; so
			// does 及 in 及时 (及时出台…: the adverb goes whole).
			// 辖区税收, the tax collected in the district, is a measure of
			// its own beside the budget's 税收收入.
			if p == "和" && hasAnyPrefix(s, andWords) || p == "及" && strings.HasPrefix(s, "及时") || p == "辖区" && strings.HasPrefix(s, "辖区税收") || p == "并" && hasAnyPrefix(s, []string{"并购", "并联", "并网", "并行", "并列", "并入", "并轨", "并表"}) {
				continue
			}
			if strings.HasPrefix(s, p) && len(s) > len(p) {
				s, again = strings.TrimPrefix(s, p), true
			}
		}
		// 预计2022年全省地区生产总值: the year after a leading word is when,
		// not what (not 2022年度…).
		if loc := leadingYear.FindStringIndex(s); loc != nil && loc[0] == 0 && utf8.RuneCountInString(s[loc[1]:]) >= 2 && !strings.HasPrefix(s[loc[1]:], "度") && !startsWithDigit(s[loc[1]:]) {
			s, again = s[loc[1]:], true
		}
	}
	s = strings.Trim(s, "，、；：,;: ")
	// 在…工业百强县市排名中分别列第24位: in the ranking, the ranking.
	if hasAnySuffix(s, []string{"排名中", "排行中", "榜中", "名单中", "评比中", "评选中", "排行榜中"}) {
		s = strings.TrimSuffix(s, "中")
	}
	if s == "将" || s == "把" {
		return "" // 将2.8万亿元中央财政资金纳入直达机制: what is done to it follows the number
	}
	if containsWord(scopeWords, s) {
		return "" // (全区连续5年未发生…: the region alone names nothing)
	}
	// 全体居民人均可支配收入增速高于经济增速、突破3万元: how its growth
	// compared is not the level's name.
	if strings.HasSuffix(s, "经济") {
		s = comparedGrowth.ReplaceAllString(s, "")
	}
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
			// (力争新增2家千亿级园区: a verb of making alone after the resolve
			// is the name's verb; 力争推动超100家优质企业落地, one of process
			// is the words before the things.)
			if rest := strings.TrimPrefix(s, w); rest != s && (utf8.RuneCountInString(rest) >= 3 || containsWord(sharedVerbs, rest) || (w == "力争" || w == "确保") && containsWord(processVerbs, rest)) && !(w == "共" && jointWord(rest)) {
				s, again = rest, true
			}
		}
		// 高标准、高质量办结…案件: how well a thing was done or dealt with
		// is not what was (高标准农田, 高水平会议: a kind of thing, stays;
		// 高标准打造, 高标准改造 the labellers keep as the kind of work).
		// 全年要为市场主体减轻非税负担3000多亿元: 要 of a plan's resolve.
		if rest, ok := strings.CutPrefix(s, "要"); ok && hasAnyPrefix(rest, []string{"为", "把", "将", "实现", "确保", "完成", "再", "淘汰", "压减", "化解"}) && utf8.RuneCountInString(rest) >= 4 {
			s, again = rest, true
		}
		// 争取新增4A以上或重点物流企业5家: an aim before a verb of adding, as
		// 力争 is (争取中央资金, what was obtained, stays).
		if rest, ok := strings.CutPrefix(s, "争取"); ok && hasAnyPrefix(rest, []string{"新增", "新建", "引进", "实现"}) && utf8.RuneCountInString(rest) >= 4 {
			s, again = rest, true
		}
		if loc := highStandardAt(s); loc != nil && utf8.RuneCountInString(s[loc[1]:]) >= 3 && hasAnyPrefix(s[loc[1]:], []string{"办理", "办结", "建成", "完成"}) {
			s, again = s[loc[1]:], true
		}
		// 省市联动发放“蜀里安逸”消费券: who joined in is no part of what.
		if strings.Contains(s, "联动") { // (the pattern holds it; most names do not)
			if m := jointlyWith.FindString(s); m != "" && utf8.RuneCountInString(s[len(m):]) >= 3 {
				s, again = s[len(m):], true
			}
		}
		for _, w := range whenOrWhere { // 力争全年旅游接待人数, 推动辖区上市公司
			if rest := strings.TrimPrefix(s, w); rest != s && utf8.RuneCountInString(rest) >= 3 && !strings.HasPrefix(s, "辖区税收") { // (辖区税收（不含证券交易印花税）: the measure, as above)
				s, again = rest, true
			}
		}
	}
	for _, w := range []string{"各级各类", "各类"} { // 举办各类线上线下招聘活动
		if rest := strings.TrimPrefix(s, w); rest != s && utf8.RuneCountInString(rest) >= 3 {
			s = rest
		}
	}
	// “鲁执法”推动入企检查次数, 陆相页岩油全国重点实验室助力页岩油年产量:
	// what drove a measure is not its name.
	for _, v := range []string{"推动", "助力"} {
		if i := strings.LastIndex(s, v); i >= len("两字") && endsInMeasure(s) && utf8.RuneCountInString(s[i+len(v):]) >= 4 {
			s = s[i+len(v):]
		}
	}
	// 一般公共预算收入剔除虚增空转因素后: how it was counted is not its name.
	if strings.HasSuffix(s, "后") || strings.HasSuffix(s, "外") {
		s = countedAs.ReplaceAllString(s, "")
	}
	// A year inside a name dates it, it does not name it: 发放2017年义务兵
	// 优待金 is 发放义务兵优待金. (累计 inside a name: below.)
	if strings.Contains(s, "年") {
		s = sinceYear.ReplaceAllString(s, "") // 经济增速2022年以来连续16个季度…
		s = innerYear.ReplaceAllString(s, "$1$2")
	}
	// 在药店零售和医疗机构使用环节抽检: where it was done is said with 在,
	// not named.
	if rest, ok := strings.CutPrefix(s, "在"); ok && utf8.RuneCountInString(rest) >= 4 && !strings.Contains(rest, "的") && !hasAnyPrefix(rest, []string{"校", "建", "岗", "库", "册", "职", "读", "园"}) && !inProvince(rest) {
		s = rest
	}
	// 先进装备、电子信息、新能源汽车等7大产业集群对工业贡献率: the examples
	// before 等 are not the name.
	if i := strings.LastIndex(s, "等"); i > 0 && strings.Contains(s[:i], "、") && utf8.RuneCountInString(s[i+len("等"):]) >= 3 && startsWithCount(s[i+len("等"):]) {
		s = s[i+len("等"):]
	}
	// 203个地表水国考断面水质优良率: the size of the set a ratio is over
	// changes from year to year; the indicator's name must not.
	if loc := leadingCount.FindStringIndex(s); loc != nil && utf8.RuneCountInString(s[loc[1]:]) >= 4 {
		s = s[loc[1]:]
	}
	// 中欧班列（成渝）累计开行, 碳市场累计交易: 累计 before what was done is
	// the qualifier's, not the name's; before a measure it is the measure's
	// (高标准农田累计完成投资, 创业担保贷款累计金额), as the labels have it.
	if i := strings.Index(s, "累计"); i > 0 && !hasAnyPrefix(s[i+len("累计"):], []string{"完成投资", "投资", "金额", "总额"}) && utf8.RuneCountInString(s[i+len("累计"):]) >= 2 {
		s = s[:i] + s[i+len("累计"):]
	}
	// 年内完成20个: a time alone names nothing; the thing is the clause
	// before's.
	if containsWord([]string{"年内", "全年", "今年", "当年", "同期", "保持", "保持在", "稳定在", "维持在"}, s) {
		return "" // (…连续3年保持100%: a verb alone either)
	}
	// 长江十年禁渔以来重庆段监测鱼类增长: since when is no part of what.
	if _, rest, ok := strings.Cut(s, "以来"); ok && utf8.RuneCountInString(rest) >= 2 {
		s = rest
	}
	// 改造建华路、根河路等背街巷道: the examples between the verb and what
	// it is done to are not the name (改造背街巷道).
	if i := strings.LastIndex(s, "等"); i > 0 && strings.Contains(s[:i], "、") && utf8.RuneCountInString(s[i+len("等"):]) >= 2 {
		for _, v := range exampleVerbs {
			if strings.HasPrefix(s, v) && !strings.ContainsAny(s[i+len("等"):], "、，") {
				for _, and := range []string{"及", "和"} { // (新建及改造外环道路、…等城市主次干道)
					for _, w := range append(exampleVerbs[:len(exampleVerbs):len(exampleVerbs)], "改造") {
						if strings.HasPrefix(s[len(v):], and+w) {
							v += and + w
						}
					}
				}
				s = v + s[i+len("等"):]
				break
			}
		}
	}
	// 进出川大通道新增16条: what was added is named 新增 first, as when the
	// verb leads (新增百亿县区26个).
	if rest, ok := strings.CutSuffix(s, "新增"); ok && utf8.RuneCountInString(rest) >= 2 {
		s = "新增" + strings.TrimSuffix(rest, "一年") // (制造业单项冠军企业一年新增5家)
	}
	// 全省地区生产总值2015年为7.5万亿元: the year a level is of is its
	// period, no part of its name.
	// (Not a year a word before it governs: 较2020年, 并于2024年, 在2022年.)
	if strings.Contains(s, "年") { // (the pattern runs only where it can match)
		if m := trailingYear.FindStringIndex(s); m != nil && utf8.RuneCountInString(s[:m[0]]) >= 2 {
			if r, _ := utf8.DecodeLastRuneInString(s[:m[0]]); !strings.ContainsRune("在较于比从自至到与和及截止同", r) {
				s = s[:m[0]]
			}
		}
	}
	// 作为我区支柱产业的金融业增加值: what the thing is to the region is
	// said of it, no part of its name.
	if rest, ok := strings.CutPrefix(s, "作为"); ok {
		if i := strings.LastIndex(rest, "的"); i > 0 && utf8.RuneCountInString(rest[i+len("的"):]) >= 2 {
			s = rest[i+len("的"):]
		}
	}
	// 产值过千亿元集群仅3个: how few is the speaker's, no part of the name.
	for _, w := range []string{"仅有", "仅", "只有"} {
		if rest, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(rest) >= 2 {
			s = rest
			break
		}
	}
	// 拥有8个万亿元级产业集群, 宝安拥有5万多家制造业企业: what a place has
	// is named by the things.
	if i := strings.Index(s, "拥有"); i >= 0 && utf8.RuneCountInString(s[:i]) <= 3 && !strings.ContainsAny(s[:i], "、，,每均") && (utf8.RuneCountInString(s[i+len("拥有"):]) >= 2 || i+len("拥有") == len(s)) {
		s = s[i+len("拥有"):]
	}
	// 财政用于民生的比例仍保持在70%以上, 财政赤字率一直控制在3%以内: an
	// adverb of holding on, before the qualifier, is no part of the name.
	for _, w := range []string{"仍然", "依然", "始终", "一直", "继续", "仍"} {
		if rest, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(rest) >= 2 {
			s = rest
			break
		}
	}
	return s
}

// noteMarker is a footnote's marker in the text: ［2］, [2].
var noteMarker = regexp.MustCompile(`［[0-9０-９]{1,2}］|\[[0-9]{1,2}\]`)

// whenOrWhere open a name after a verb cleanName took off: the year's
// (力争全年旅游接待人数) or the region's own (推动辖区上市公司).
var whenOrWhere = append([]string{"全年", "年内", "今年"}, scopeWords...)

// leadingCount is a count a name opens on: 203个, 74个.
var leadingCount = regexp.MustCompile(`^[0-9０-９]+(?:[.．][0-9０-９]+)?(?:个|家|项|所|处|条|座|种)`)

// andWords open on 和 as words of their own.
var andWords = []string{"和美", "和谐", "和田"}

// leadingWords open a clause without naming anything: when, scope,
// linking words, an opening mark.
var leadingWords = append([]string{"我国", "特别是", "尤其是", "但是", "但", "并", "可完成", "其中", "全年", "每年", "五年来", "五年", "十年来", "十年", "年末", "将", "把", "方面", "同时", "并且", "以及", "预计", "累计", "今年", "去年", "和", "及时", "及", "、", "的", "”", "“", "（", "("}, scopeWords...)

// closingMark is the mark that closes each opening one. (A name never
// opens on 的 or on a closing mark: those are what a number before it
// left, 95%以上的村集体经营性收入.)
var closingMark = map[string]string{"“": "”", "（": "）", "(": ")"}

// countedAs is how an amount was counted, at the end of its name:
// 剔除虚增空转因素后, 扣除一次性因素后.
var countedAs = regexp.MustCompile(`(?:剔除|扣除|不含|除去)\p{Han}{1,12}(?:后|外)$`)

// comparedGrowth is a growth's comparison with the economy's at the end of
// the words before another number: 增速高于经济(增速). (Against 全省 the
// points after it are the growth's own: …研发投入增速高于全省平均2个百分点.)
var comparedGrowth = regexp.MustCompile(`(?:增速|增幅)(?:高于|快于|低于|慢于)(?:经济增长|经济增速|经济)$`)

// comparedWithAny is any time a change is measured against, years too, at
// the end of a list's words before 分别: 比2020年, 较“十三五”同期.
var comparedWithAny = regexp.MustCompile(`(?:比|较)(?:` + planTimes + `|[0-9]{4}年(?:同期)?|上年(?:同期)?|去年(?:同期)?|同期)$`)

// comparedWithYear is a year a change is measured against, at the end of
// the words before it: 比2012年, 较2020年底.
var comparedWithYear = regexp.MustCompile(`(?:比|较)(?:(?:19|20)[0-9]{2}年(?:底|末)?|底|末)$`) // (比底: the year gone with cleanName's)

// withoutBaseYear is a rate's name without the year it is measured against
// (生产安全事故总量比2012年下降23.4%, 行政许可事项总数比2012年底减少50%): its
// period says it. (A level's change keeps it with its verb, 较2020年提高1.16岁,
// as the labels have it.)
func withoutBaseYear(name string) string {
	if loc := comparedWithYear.FindStringIndex(name); loc != nil && utf8.RuneCountInString(name[:loc[0]]) >= 2 {
		return name[:loc[0]]
	}
	return name
}

// comparedWith is a time a change is measured against, at the end of the
// words before it: 比“十三五”时期, 较“十三五”末. (A year stays: the labels
// name 人均预期寿命较2020年提高1.16岁 so, after the guide's …比上年增加.)
var comparedWith = regexp.MustCompile(`(?:比|较)(?:` + planTimes + `)$`)

// planTimes are a five-year plan's times a change is measured against.
const planTimes = `“十[一二三四五]五”(?:时期|期间|末|同期)?|十[一二三四五]五(?:时期|期间|末)`

// startsWithCount reports whether s opens on a count: 7大, 三项.
func startsWithCount(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isDigit(r) || strings.ContainsRune("一二三四五六七八九十两", r)
}

// rankTail is the words between a ranked quantity and its rank: 稳居全国第,
// 跃居全国第, 居各省区第, 跃升至第, 列全国第, 进入全国前; 排 and 列 only
// before 第 (安排, 系列 are no rank).
var rankTail = regexp.MustCompile(`(?:(?:稳居|跃居|位居|位列|居于|居|继续保持|保持|跃升至|跃升到|提升至|提升到|上升到|升至|上升至|排名)(?:(?:全国|全省|全市|全区|全球|世界|各省区|各省|中部|西部|东部)?第?|\p{Han}{1,5}第)|(?:排|列)(?:全国|全省|全市|全区|全球|世界|各省区|各省|中部|西部|东部)?第|(?:进入|跻身|挺进|居|位居|位列)(?:全国|全省|全市|全区|全球|世界|各省区|各省|中部|西部|东部)前|(?:进至|升至|跃至)(?:全国|全省|全市|全区|全球|世界|各省区|各省|中部|西部|东部)第)$`)

// scopeWords say where, not what: 全区, 全省 … (全国 in a name names a
// class of things, 全国重点实验室, as the labels keep it.)
var scopeWords = []string{"全市", "全区", "全省", "全县", "全旗", "全疆", "全州", "全盟", "我市", "我区", "我省", "我县", "我旗", "本市", "本省", "本区", "本县", "辖区", "全新区", "新区"}

// inProvince reports whether the words after 在 open with a province's
// one-character name and a word: 在川两院院士, 在浙就业省外劳动力, 在粤就读
// — people or things of the province, a class, not where a thing was done.
// (Not 新, 青, 宁, 台, 黑: 在新能源…, 在青少年… are other words.)
func inProvince(rest string) bool {
	r, n := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(provinceNames, r) && utf8.RuneCountInString(rest[n:]) >= 2
}

// provinceNames are the one-character names of provinces that open words
// (在川, 浙企).
const provinceNames = "京津沪渝冀晋辽吉苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇港澳蒙"

// sinceYear is since when a streak runs, not part of what streaks.
var sinceYear = regexp.MustCompile(`[0-9０-９]{4}年(?:以来|来)`)

// innerYear is a year inside a name, before more of it.
var innerYear = regexp.MustCompile(`(\p{Han})[0-9０-９]{4}年(?:度)?(\p{Han})`)

// leadingVerbs begin a clause with what was done to the thing counted.
var leadingVerbs = []string{"成功争取", "成功打造", "成功创建", "成功引进", "累计实施", "重点实施", "制定实施", "培育形成", "实施", "围绕", "建立", "执行", "组织", "举办", "开展", "完成", "推动", "推进", "推出", "创建", "发行", "安排", "谋划"}

// leadingAdverbs come before the verb of a clause: resolve (确保, 力争),
// plan (计划, 拟), manner (有序, 稳妥, 精准, 继续), sums (合计).
var leadingAdverbs = []string{"年内", "认真", "成功", "圆满", "再次", "再", "共", "在全国率先", "全国率先", "在全省率先", "全省率先", "在全市率先", "全市率先", "率先", "努力", "确保", "力争", "实现", "计划", "拟", "合计", "继续", "持续", "有序", "稳妥", "精准", "全面", "扎实", "加快", "大力", "积极", "深入", "着力", "切实", "进一步", "全力", "因地制宜", "各级各类", "各类"}

// highStandard opens a clause on how well a thing was done: 高标准、高质量.
var highStandard = regexp.MustCompile(`^(?:高(?:标准|质量|水平|效率|起点|规格)、?)+`)

// highStandardAt is where highStandard stands in s, or nil.
func highStandardAt(s string) []int {
	if !strings.HasPrefix(s, "高") {
		return nil // (the pattern opens so; most names do not)
	}
	return highStandard.FindStringIndex(s)
}

// jointWord reports whether the words after 共 make a word with it
// (共建重点项目, 共享单车), where 共 is no "in all" (共建成, 共建设).
func jointWord(rest string) bool {
	return hasAnyPrefix(rest, []string{"建", "享", "同", "治", "富", "商"}) && !hasAnyPrefix(rest, []string{"建成", "建设"})
}

var leadingYear = regexp.MustCompile(`^到?[0-9０-９]{4}年(底|末|初)?`)

// nextNumberWords end the words before the next number of a clause when
// they are that number's: its measure (304个省列重大项目完成投资2929亿元)
// or its verb (11处停车场新建64个…).
var nextNumberWords = append([]string{"完成投资", "计划投资", "总投资", "完成", "实现"}, sharedVerbs...)

// gradedThing is the thing a list of graded counts ends on, from the text
// after the first grade (、7个国家级、9个区域级产业集群: 产业集群), or "".
func gradedThing(rest string) string {
	for strings.HasPrefix(rest, "、") {
		rest = rest[len("、"):]
		loc := numberRe.FindStringIndex(rest)
		if loc == nil || loc[0] != 0 {
			return ""
		}
		item := upToSeparator(strings.TrimLeft(rest[loc[1]:], "个家所座项条处"))
		i := strings.Index(item, "级")
		if i < 0 {
			return ""
		}
		if thing := item[i+len("级"):]; thing != "" {
			return thing
		}
		rest = rest[loc[1]:]
		rest = rest[strings.Index(rest, item)+len(item):]
	}
	return ""
}

// sharedThing is what follows the amounts after a number that share its
// thing: 3800户、58万平方米棚户区改造 and 96户177人建档立卡贫困人口 count
// the thing after the last of them. The words after are returned as they
// are when no amount follows.
func sharedThing(after string) string {
	rest := pastAmounts(after)
	// 96户、183人实现全部脱贫: what the things did follows, not a thing.
	if rest == after || !startsWithHan(rest) || hasAnyPrefix(rest, relativeVerbs) {
		return after
	}
	return rest
}

// pastAmounts is the text after the amounts that follow a number (、58万
// 平方米…, 177人…), stopping at a number that names a class or a share.
func pastAmounts(after string) string {
	rest := after
	for {
		r := strings.TrimPrefix(rest, "、")
		loc := numberRe.FindStringIndex(r)
		if loc == nil || loc[0] != 0 {
			break
		}
		next := afterUnit(r[loc[1]:])
		u := r[loc[1] : len(r)-len(next)]
		// 10蒸吨及以下的锅炉, 3岁以下婴幼儿, 1类创新药, 前1‰: the number
		// names a class or a share, no amount of the thing.
		if u == "" || containsWord([]string{"%", "％", "‰", "类", "岁", "级", "星"}, u) || hasAnyPrefix(next, []string{"及", "以", "的", "等", "级"}) { // (10个30亿元级重大工业项目: a grade)
			break
		}
		rest = next
	}
	return rest
}

// withoutAmounts is s with its numbers and their units left out: the deed
// of 完成6.9公里深盐路道路改造和69公里半山公园带建设, whose lengths are
// facts of their own.
func withoutAmounts(s string) string {
	var b strings.Builder
	for {
		loc := numberRe.FindStringIndex(s)
		if loc == nil {
			return b.String() + s
		}
		b.WriteString(s[:loc[0]])
		s = afterUnit(s[loc[1]:])
	}
}

// countName names a counted thing whose noun follows its number: 开通3条
// 国际旅游航线 is 开通国际旅游航线, 落地35支国家级大基金 落地国家级大基金.
func countName(n number) (string, bool) {
	if !containsWord([]string{"%", "％", "‰"}, n.unit) {
		n.after = sharedThing(n.after)
	}
	// Counts, and measures other than money and rates written the same way:
	// 新增5万千瓦风电装机, 完成50万平方米老旧小区既有建筑节能改造.
	unit, _, _ := strings.Cut(strings.Split(n.unit, "(")[0], "（")
	cleaned := cleanName(n.before) // (the words before, as a name: read by most rules below)
	// 位 counts people (9位科学家增选为两院院士) unless it is a place in
	// a ranking (居全国第2位, 由369位上升到235位).
	rankPlace := unit == "位" && hasAnySuffix(trimSpace(n.before), []string{"第", "前", "由", "到", "至", "居"})
	afterAnd := strings.HasSuffix(trimSpace(n.before), "和") // (…主体建设和8万平方米广场: the words before 和 are another thing's)
	if !report.IsCount(unit) && (report.IsMoney(unit) || unit == "%" || unit == "个百分点" || unit == "倍" || unit == "年" || rankPlace || !startsWithHan(strings.TrimLeft(n.after, "“《")) && !ageClass.MatchString(n.after) && !voltageClass.MatchString(n.after) && !sizeGrade.MatchString(n.after) || utf8.RuneCountInString(cleaned) > 6 && !afterAnd && !scopeOfExamples(n.before) && !verbOfExamples(cleaned) && !examplesBefore(n.before)) {
		return "", false
	}
	// 沈阳浑南科技城落户87个项目, 大连英歌石科学城汇聚300多个科研团队: long
	// words before that end on the verb taking what is counted name it with
	// the noun after the count.
	// (清拆处置茜坑一级水源保护区内149栋历史遗留违法建筑, 建成光明科学城
	// 片区2个直饮水试点: words that end on where the things are, too.)
	if b := cleaned; report.IsCount(unit) && !strings.Contains(unit, "人") && utf8.RuneCountInString(b) > 6 && (hasAnySuffix(b, objectVerbs) || hasAnySuffix(b, []string{"区内", "片区", "范围内", "沿线"}) && nextDigit(b) < 0 && !strings.HasSuffix(trimSpace(n.before), "、")) && !strings.ContainsAny(b, "、，,") {
		if noun := upToSeparator(pastAmounts(n.after)); noun != "" && utf8.RuneCountInString(noun) <= 8 && !numberRe.MatchString(noun) && startsWithHan(noun) {
			return b + noun, true
		}
	}
	// 深圳综合改革试点首批40项授权事项: a batch counted names the things
	// after the count, the programme's batch before it.
	if b := cleaned; report.IsCount(unit) && hasAnySuffix(b, []string{"首批", "第一批", "第二批", "第三批", "新一批"}) && utf8.RuneCountInString(b) > 2 {
		if i := strings.LastIndex(b, "等"); i > 0 && strings.Contains(b[:i], "、") {
			b = b[i+len("等"):] // (完成圳美、新陂头等首批9个社区农贸市场升级改造: the examples say which)
		}
		noun := upToSeparator(pastAmounts(n.after))
		if i := strings.Index(noun, "和"); i > 0 && startsWithDigit(noun[i+len("和"):]) {
			noun = noun[:i] // (…27项重点合作项目和7大领域…: the next count's)
		}
		if i := firstVerb(noun, relativeVerbs); i > 0 {
			noun = noun[:i] // (…授权事项大部分落地: what came of them is said after)
		}
		for _, a := range howThingsWent {
			noun = strings.TrimSuffix(noun, a) // (…授权事项全面落地)
		}
		if utf8.RuneCountInString(noun) >= 2 && utf8.RuneCountInString(noun) <= 12 && !numberRe.MatchString(noun) && startsWithHan(noun) {
			return b + noun, true
		}
	}
	// 广东自贸试验区41项改革创新经验在全国复制推广: whose things a long
	// subject before the count says, what they did after their noun
	// (广东自贸试验区在全国复制推广的改革创新经验).
	if b := cleaned; report.IsCount(unit) && utf8.RuneCountInString(b) > 6 && !strings.ContainsAny(b, "、，,和") && !hasAnySuffix(trimSpace(n.before), []string{"等", "的"}) && !hasAnyPrefix(b, circumstanceHeads) && !hasAnyWord(b, exampleVerbs) && !hasAnyWord(b, objectVerbs) && !hasAnyWord(b, reachVerbs) && startsWithHan(n.after) {
		// (…12条举措加快落地: how fast they go is no state they reached.)
		if rel := relative(upToSeparator(n.after), relativeVerbs); rel != "" && !numberRe.MatchString(rel) && !hasAnyPrefix(rel, []string{"加快", "有序", "稳步", "持续", "扎实"}) {
			return b + rel, true
		}
	}
	tail := throughShortList(n.after)
	// 新组建2个区级和8个街道级专职消防队伍: a grade alone before 和 is of
	// the thing the next count names after its own grade.
	if grade, rest, ok := strings.Cut(n.after, "和"); ok && strings.HasPrefix(tail, grade) {
		if r := []rune(grade); len(r) >= 2 && len(r) <= 4 && strings.ContainsRune("级类型", r[len(r)-1]) {
			if loc := numberRe.FindStringIndex(rest); loc != nil && loc[0] == 0 {
				np, mark := upToSeparator(afterUnit(rest[loc[1]:])), string(r[len(r)-1])
				if i := strings.Index(np, mark); i > 0 && utf8.RuneCountInString(np[i:]) >= 3 {
					tail = grade + np[i+len(mark):]
				}
			}
		}
	}
	// 完成16个单元规划和中外运、华润笋岗冷库等4个项目专项规划编制: after 和
	// the examples of the next count begin, no part of this count's things.
	if i := strings.Index(tail, "和"); i >= len("两字") && examplesThenCount.MatchString(upTo(n.after[i+len("和"):], "，,；;。")) {
		tail = tail[:i]
	}
	// 累计32个在建项目总建筑面积373万平方米: a measure right before the next
	// number is that number's, not the count's things.
	if loc := numberRe.FindStringIndex(tail); loc != nil {
		words := strings.TrimRight(tail[:loc[0]], "约超近达")
		for _, m := range []string{"总建筑面积", "建筑面积", "占地面积", "总面积", "总投资", "总规模", "投资总额"} {
			if rest, ok := strings.CutSuffix(words, m); ok && utf8.RuneCountInString(rest) >= 2 {
				tail = rest
				break
			}
		}
	}
	// 96户、183人实现全部脱贫: households and people counted with no noun,
	// named by what they did.
	if noun := map[string]string{"户": "户", "人": "人", "名": "人"}[unit]; noun != "" && trimSpace(cleaned) == "" {
		if vp := untilNextCount(upTo(pastAmounts(n.after), "，,；;。")); hasAnyPrefix(vp, relativeVerbs) && vp != "在" {
			return strings.Replace(vp, "了", "", 1) + "的" + noun, true
		}
	}
	// 242万偏远农村居民喝上干净水、放心水, 为70万妇女免费开展“两癌”筛查:
	// people a bare 万 counts are named by what they did or had done.
	if noun := peopleNoun(n.after); unit == "万人" && noun != "" {
		vp := untilNextCount(strings.Replace(upTo(n.after[len(noun):], "，,；;。"), "了", "", 1))
		v := n.listVerb
		for _, sv := range sharedVerbs {
			if v == "" && strings.HasSuffix(cleaned, sv) {
				v = sv
			}
		}
		switch {
		case utf8.RuneCountInString(vp) < 2:
		case v != "":
			return v + vp + noun, true // 全年新增40.8万青年留渝来渝: 新增留渝来渝青年, as the labels have it
		default:
			return vp + "的" + noun, true
		}
	}
	// 为超20000名视力、听力、肢体、智力等残疾儿童免费提供…, 为1万名困境、
	// 留守儿童进行…: short words listed before one noun are kinds of it;
	// the examples before 等 are not the thing counted.
	if list := kindsList(n.after); list != "" {
		tail = list
		if i := strings.Index(tail, "等"); i > 0 && strings.Contains(tail[:i], "、") {
			tail = tail[i+len("等"):]
		}
	}
	// 粮食产量首次跃上1.4万亿斤新台阶: a milestone is no thing counted.
	for _, m := range []string{"台阶", "大关", "新高", "水平", "关口", "规模"} {
		if (strings.HasPrefix(strings.TrimPrefix(tail, "新"), m) || strings.HasPrefix(tail, "历史"+m)) && !strings.HasPrefix(tail, "规模以上") && !strings.HasPrefix(tail, "规模化") { // (2万家规模以上工业企业: a class of firms)
			return "", false
		}
		// 地区生产总值五年跨过3个万亿级关口: milestones counted are named
		// by what crossed them and the milestone.
		if i := strings.Index(tail, m); i > 0 && strings.HasSuffix(tail[:i], "级") && report.IsCount(unit) {
			if what, verb := milestoneVerb(trimSpace(n.before)); verb != "" && cleanName(what) != "" {
				return cleanName(what) + verb + tail[:i+len(m)], true
			}
		}
	}
	// 建成4个国家级、4个自治区级区域医疗中心, 培育6个世界级、7个国家级、9个
	// 区域级产业集群: a grade counted before others is of the thing the last
	// one names.
	if strings.HasSuffix(tail, "级") && utf8.RuneCountInString(tail) <= 5 {
		tail += gradedThing(n.after[len(tail):])
	}
	whole := tail // before how things went is cut off: for headedRelative
	// 温暖工程9个项目全部完工, 7个教育重点项目有序推进, 42个…试点加快推进,
	// 45件民生实事全面完成: the noun ends where the words of how things
	// went begin.
	for _, a := range []string{"进展顺利", "全部", "有序", "顺利", "如期", "稳步推进", "加快推进", "扎实推进", "全面完成", "圆满完成", "圆满办结", "基本", "均已", "已"} {
		if i := strings.Index(tail, a); i >= len("两字") && !(a == "基本" && !hasAnyPrefix(tail[i+len(a):], []string{"完成", "建成", "实现", "形成", "达到", "消除", "解决", "覆盖", "具备"})) && !(a == "有序" && strings.HasPrefix(tail[i+len(a):], "退出")) {
			tail = tail[:i] // (基本生活, 基本医疗, 基本训练…: nouns, not how things went)
		}
	}
	// 2519个典型村和25个典型村片区: the noun ends where the next number's
	// list begins; 3个万亿级和7个千亿级产业集群: a shorter one takes what
	// the next one carries past it (万亿级产业集群).
	// A number inside the quoted name the count opens on is the name's
	// (100个“15分钟高品质生活服务圈”), as is one inside a quote after it
	// (10家企业进入“中国隐形独角兽500强”).
	if loc := numberOutsideQuotes(tail); loc != nil && !voltageClass.MatchString(tail) && !sizeGrade.MatchString(tail) && !moneyClass.MatchString(tail) { // (2个1类创新药, 50个3岁以下婴幼儿托育点, 10个30亿元级重大工业项目, 进入…排名前1％: a class is the name's)
		next := upToSeparator(tail[loc[1]:])
		tail = strings.TrimSuffix(strings.TrimRight(tail[:loc[0]], "和及与"), "的") // (纳入国家102项重大工程的285个…)
		for _, q := range joinedQualifiers {
			tail = strings.TrimSuffix(tail, q) // (116个国家和地区近4000名: 近 is the 4000's)
		}
		// 66个粮食产能提升重点县和豫东平原200万亩…: what stands after the
		// last 和 is where the next number's thing is, not this one's.
		if i := strings.LastIndex(tail, "和"); i > 0 {
			// (127个国家和地区的584个港口, 116个国家和地区近4000名: a 的 or a
			// qualifier before the next number joins 和's words to this thing.)
			if after := tail[i+len("和"):]; utf8.RuneCountInString(after) >= 3 && utf8.RuneCountInString(after) <= 6 && !strings.ContainsAny(after, "、“（") && !strings.HasSuffix(after, "的") {
				tail = tail[:i]
			}
		}
		// 304个省列重大项目完成投资2929亿元: the measure of the next number
		// is not the things counted.
		// Nor is the verb of the next number (11处停车场新建64个…).
		for _, m := range nextNumberWords {
			if rest, ok := strings.CutSuffix(tail, m); ok && utf8.RuneCountInString(rest) >= 2 {
				tail = rest
				break
			}
		}
		next = afterUnit(next)
		// (Only a grade or a word that short: 3个万亿级优势产业和5个国家先进
		// 制造业集群 are two things whose words end alike by chance.)
		if nr, tr := []rune(next), []rune(tail); len(tr) >= 2 && (len(tr) <= 3 || tr[len(tr)-1] == '级') && len(nr) > len(tr)+1 && !numberRe.MatchString(next) && !strings.HasPrefix(next, tail) && string(nr[len(tr)-1:len(tr)]) == string(tr[len(tr)-1:]) {
			tail += string(nr[len(tr):])
		}
	}
	counted := tail                      // as the clause writes it, for sharedRelative
	tail = strings.TrimPrefix(tail, "的") // 完成9.2公里的城区供水主管网改造
	if utf8.RuneCountInString(tail) < 2 {
		return "", false
	}
	// 16个县（市、区）整县建成美丽乡村: places counted by what they did
	// (整县建成美丽乡村的县（市、区）).
	if open, close := strings.Index(tail, "（"), strings.Index(tail, "）"); open > 0 && close > open && utf8.RuneCountInString(tail[:open]) <= 3 && hasAnyPrefix(tail[close+len("）"):], placeVerbs) {
		return tail[close+len("）"):] + "的" + tail[:close+len("）")], true
	}
	// 完成21个老旧小区供热管网改造: things counted and the work on them, in
	// one noun, are named by the work (完成供热管网改造的老旧小区, as the
	// labels have it).
	if b := trimSpace(n.before); report.IsCount(unit) && (strings.HasSuffix(b, "完成") || cleanName(b) == "") && !strings.ContainsAny(tail, "、和的") {
		if noun, work := splitAtHead(tail); noun != "" && hasAnySuffix(work, workWords) && utf8.RuneCountInString(work) >= 4 && !facilityOf.MatchString(work) {
			if containsWord(bareWorks, work) {
				return work + noun, true // 完成25所义务教育学校维修改造: 维修改造义务教育学校
			}
			if strings.HasSuffix(b, "完成") {
				work = "完成" + work
			}
			return work + "的" + noun, true
		}
	}
	// 沿河体育公园等4个文旅重点项目: the examples before 等 are not the
	// category counted; nor are those listed in full (启动黄贝碧波、东门老街和
	// 桂园北3个微片区交通和景观综合提升项目).
	b := trimSpace(n.before)
	if listedInFull(b) && utf8.RuneCountInString(tail) >= 4 {
		b += "等"
	}
	if strings.HasSuffix(b, "等") {
		if name := predicateName(tail, whole, unit, relativeVerbs, true); name != "" {
			return name, true
		}
		// (为公交公司等19家企业发放社会保险补贴: for whom it was done, as
		// without examples.)
		if strings.HasPrefix(b, "为") {
			if name := predicateName(tail, whole, unit, servedVerbs, false); name != "" {
				return recipients(name), true
			}
		}
		// (新开工晏城至表白寺等2个项目: the verb before the examples is the
		// count's, as when a 、 lists them.)
		// (高品质建成花漾街区、街心花园等10个项目; 引进…等30个优质项目: a verb
		// of adding opening the clause, after a word of manner, too.)
		name := workedOn(tail)
		raw := b
		for _, w := range []string{"高品质", "高标准", "高水平", "全力", "加快", "大力", "累计", "全年", "年内", "共"} {
			raw = strings.TrimPrefix(raw, w)
		}
		for _, v := range []string{"新开工", "建成通车", "开工建设", "建成投产", "建成投用", "建成开放", "新建提升", "新建改造", "建设提升", "改造提升", "提升改造", "建成", "引进", "新建", "新增", "打通", "贯通"} {
			if (strings.HasPrefix(raw, v) || strings.HasPrefix(cleanName(b), v) && len(v) > len("新增")) && !strings.HasPrefix(name, v) {
				return v + name, true
			}
		}
		// (开展土地、矿产、房屋等7类重点资产资源盘活利用试点: any deed
		// opening the examples is the count's.)
		if v := deedOpening(raw); v == "" && examplesBefore(b) && utf8.RuneCountInString(name) >= 3 {
			for _, w := range examplesDeeds {
				if strings.HasPrefix(raw, w) && !strings.HasPrefix(name, w) && !containsWord(processVerbs, w) && w != "形成" { // (实施包头、阿拉善等6个…工程: the labels differ on a verb of process)
					return w + name, true
				}
			}
		} else if v != "" && !strings.HasPrefix(name, v) && utf8.RuneCountInString(name) >= 3 {
			return jointDeeds(raw, v) + name, true
		}
		// 深圳－新加坡智慧城市合作新签约跨境电子支付等10个项目: a noun that
		// says nothing alone (项目) takes the words up to the verb before the
		// examples.
		if utf8.RuneCountInString(name) <= 2 {
			end := -1
			for _, v := range takingVerbs {
				if i := strings.LastIndex(b, v); i > 0 && i+len(v) > end {
					end = i + len(v)
				}
			}
			// (Not a verb inside the examples: 呼伦小学新建、南开路中学等, 第五
			// 中学改扩建等.)
			if end > 0 && utf8.RuneCountInString(b[end:]) >= 3 && !strings.ContainsAny(b[end:], "、，,") {
				if what := cleanName(b[:end]); utf8.RuneCountInString(what) >= 4 && !strings.ContainsAny(what, "、，,") {
					return what + name, true
				}
			}
		}
		return name, true
	}
	// 明确了需要政府党组研究的23项议事内容: a clause before 的 says which
	// things (明确需要政府党组研究的议事内容).
	if n.ofCount {
		return tail, true // (127个国家和地区的584个港口: 港口; the list's verb is given after)
	}
	if b := trimSpace(n.before); strings.HasSuffix(b, "的") && !strings.HasSuffix(b, "等的") {
		// (确保新建的2个地产蔬菜批发市场正式运营: what the things do after
		// names them, 正式运营的地产蔬菜批发市场.)
		if name := relative(tail, relativeVerbs); name != "" {
			return name, true
		}
		if rel := cleanName(strings.TrimSuffix(b, "的")); rel != "" {
			return strings.ReplaceAll(rel, "了", "") + "的" + tail, true
		}
	}
	head := cleaned
	if scopeOfExamples(head) {
		head = ""
	}
	// 精准帮扶7.2万名…, 科学应对19轮…, 省市联动发放…: how the verb before
	// a count was done is no part of the name; the verb and the noun after
	// the count are (帮扶就业困难人员实现就业). (滚动实施, 加快推进: a verb
	// of process alone would be left, which names nothing; they stay.)
	for again := true; again; {
		again = false
		for _, w := range mannerWords {
			if rest, ok := strings.CutPrefix(head, w); ok && utf8.RuneCountInString(rest) >= 2 && !containsWord(processVerbs, rest) {
				head, again = rest, true
			}
		}
	}
	// 惠及3400万人的引大济岷工程: the people are reached by the thing after
	// 的, whose measure they are (ofWhat).
	if strings.HasPrefix(n.after, "的") && hasAnySuffix(head, beneficiaryVerbs) {
		return "", false
	}
	// 8所高校14个学科入选…: the words before are the last count's thing,
	// not this one's.
	if n.afterCount {
		kept := ""                       // (11处停车场新建64个公共充电桩: the verb after the thing stays)
		for _, v := range exampleVerbs { // (sharedVerbs among them)
			if strings.HasSuffix(head, v) && len(v) > len(kept) {
				kept = v
			}
		}
		head = kept
	}
	// 职业伤害保障试点覆盖696万名新业态劳动者: what reaches the people
	// counted names them with its verb, however long.
	for _, v := range reachVerbs {
		h := strings.TrimRight(head, "、，")
		// (中欧班列（成渝）覆盖欧亚120多个城市: where it reaches stays too.)
		if i := strings.LastIndex(h, v); i > 0 && hasAnyPrefix(h[i+len(v):], []string{"欧亚", "全国", "全球", "全省", "全市", "境外", "海外", "沿线"}) && utf8.RuneCountInString(h[i+len(v):]) == 2 {
			return h + tail, true
		}
		if strings.HasSuffix(h, v) && utf8.RuneCountInString(h) > len([]rune(v)) {
			return strings.ReplaceAll(h, "、", "") + tail, true
		}
	}
	// 绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围国家培育名单:
	// listed examples before the count are not the category either.
	if strings.Contains(head, "、") && utf8.RuneCountInString(head) > 6 {
		if name := relative(tail, relativeVerbs); name != "" {
			return name, true
		}
	}
	// 形成光伏、风电、光热3条新能源装备制造完整产业链: the things listed
	// before their count are examples; the count is of the category after
	// it, done by the clause's verb (形成新能源装备制造完整产业链).
	if strings.Contains(head, "、") && !strings.Contains(tail, "、") && utf8.RuneCountInString(tail) >= 3 && !strings.HasPrefix(n.after, "的") {
		// (创建金白兰武有色金属、宝汉天工业母机2个…: the verb cleanName took
		// off the words before is the clause's verb all the same.)
		for _, v := range exampleVerbs {
			if strings.HasPrefix(head, v) && !strings.HasPrefix(head[len(v):], "和") { // 新建和加密建设、改造提升: verbs, not examples
				return v + tail, true
			}
		}
		for _, v := range sharedVerbs {
			if b := trimSpace(n.before); strings.HasPrefix(b, v) && !strings.HasPrefix(b[len(v):], "和") {
				return v + tail, true
			}
		}
	}
	// 在先进材料、高端装备…等关键领域实施100项省级重大科技专项: where it is
	// done is not what; the verb just before the count and the noun after
	// it are (实施省级重大科技专项).
	if utf8.RuneCountInString(head) > 6 && !strings.HasPrefix(n.after, "的") {
		for _, v := range exampleVerbs {
			if strings.HasSuffix(head, v) && utf8.RuneCountInString(v) >= 2 && utf8.RuneCountInString(tail) >= 2 {
				// (“千里轻舟”货运班轮开通13条航线: who did it stays, when it
				// is a thing, not where it was done.)
				if who := strings.TrimSuffix(head, v); !strings.ContainsAny(who, "、，和") && !hasAnyPrefix(who, servedHeads) && !hasAnyWord(who, []string{"根据", "利用", "通过", "按照", "围绕", "依托", "结合", "是"}) {
					return head + tail, true
				}
				if utf8.RuneCountInString(tail) >= 3 {
					return v + tail, true
				}
			}
		}
	}
	// 壮大6大特色产业集群和18条乡村富民产业链: after 和 a count begins a
	// thing of its own, done by the clause's verb.
	if h, ok := strings.CutSuffix(head, "和"); ok && utf8.RuneCountInString(h) > 3 && utf8.RuneCountInString(tail) >= 3 {
		for _, v := range exampleVerbs {
			if strings.HasPrefix(h, v) {
				return v + tail, true
			}
		}
		// (壮大6大特色产业集群和…: the verb is what stands before the
		// first thing's count, whatever the verb.)
		if loc := numberRe.FindStringIndex(h); loc != nil && utf8.RuneCountInString(h[:loc[0]]) == 2 && !containsWord(scopeWords, h[:loc[0]]) {
			return h[:loc[0]] + tail, true
		}
	}
	// 郑州大学、河南大学“双一流”建设和7所高校14个学科入选…: the words
	// before 和 are another thing, not this count's.
	if hasAnySuffix(head, []string{"和", "以及"}) && utf8.RuneCountInString(tail) >= 2 { // (认真编制“十三五”…规划以及16个专项规划)
		head = "和"
	}
	// 完成对胜利三路、学府路和贝尔大街3条主干道路的改造: the things worked
	// on listed before their count are examples; the work names them.
	if strings.HasPrefix(head, "对") && strings.ContainsAny(head, "、和") && utf8.RuneCountInString(tail) >= 3 && !strings.HasPrefix(n.after, "的") {
		if w := workedOn(tail); w != tail {
			return w, true
		}
	}
	// 庆阳、张掖、天水3个省级区域医疗中心加快建设: short names listed
	// before a count are examples of what it counts, named after it.
	if shortExamples(head) && !strings.HasPrefix(n.after, "的") && utf8.RuneCountInString(tail) >= 3 && !strings.Contains(tail, "、") {
		return tail, true
	}
	if utf8.RuneCountInString(head) > 6 {
		return "", false // the noun is before the number: 实施招商引资项目65个
	}
	if containsWord(leadingAdverbs, head) || containsWord(scopeWords, head) || containsWord([]string{"以及", "同时", "并", "和", "及", "方面", "领域"}, head) {
		head = "" // 努力完成4000户的改造任务, 全区96户, 推出8个方面90项政策措施 (a grouping of the things)
	}
	// 11家企业入选全球人形机器人上市公司百强: what the things did names
	// them (入选全球人形机器人上市公司百强的企业); so for whom something was
	// done (为超300万名婴幼儿发放育儿补贴: 获发育儿补贴的婴幼儿).
	// Where the things are stays with them (主城区21家企业迁建前期工作全面
	// 展开 → 迁建前期工作全面展开的主城区企业; 组团内9条主次干道实现通车).
	if utf8.RuneCountInString(head) <= 4 && hasAnySuffix(head, []string{"城区", "区", "市", "县", "镇", "乡", "内"}) && !containsWord(scopeWords, head) {
		if vp, noun, ok := strings.Cut(predicateName(tail, whole, unit, relativeVerbs, true), "的"); ok && noun != "" {
			return vp + "的" + head + noun, true
		}
	}
	served := containsWord(servedHeads, head)
	if served {
		head = "" // 为380个老旧小区引入物业服务, 在3000个小区设置智能回收机
	}
	if head == "" {
		verbs := relativeVerbs
		b := strings.TrimSuffix(trimSpace(n.before), "超")
		if strings.HasSuffix(b, "为") || strings.HasSuffix(b, "在") {
			verbs = append(verbs[:len(verbs):len(verbs)], servedVerbs...)
		}
		// (What is said after the noun of things something was done for
		// is the doing, not theirs.)
		if name := predicateName(tail, whole, unit, verbs, !served); name != "" {
			if strings.HasSuffix(b, "为") {
				name = recipients(name)
			}
			return name, true
		}
	}
	// A verb of process alone is not part of the name (推进32个城中村改造
	// 项目, 累计推出119个…重点事项); one of making or doing is (开通3条国际
	// 旅游航线, 应对15个台风).
	for _, v := range processVerbs {
		if head == v {
			head = ""
		}
		// 推动建设超100条（个）幸福河湖: the verb of making stays (建设幸福河湖).
		if rest, ok := strings.CutPrefix(head, v); ok && containsWord(sharedVerbs, rest) {
			head = rest
		}
	}
	// 119件人大代表建议、164件政协委员提案全部办理完毕: proposals handled
	// are named by the handling, as when it comes first (办理人大代表建议).
	clause := upTo(n.after, "，,；;。")
	if head == "" && (strings.Contains(clause, "办理完毕") || strings.Contains(clause, "办结")) {
		return "办理" + tail, true
	}
	// 8所高校14个学科入选国家第二轮“双一流”建设名单: things counted in a
	// list are named by what the last of them did, as the last is.
	if head == "" {
		if vp := sharedRelative(clause, counted); vp != "" {
			return vp + "的" + tail, true
		}
	}
	// 沿河5.3公里道路的建设, 22.8公里道路的扩建和绿化: a length or an area
	// measures the work on the thing, named thing then work (沿河道路建设).
	if hasAnySuffix(unit, []string{"公里", "米", "亩", "公顷"}) {
		if things, work, ok := strings.Cut(tail, "的"); ok && things != "" && !strings.Contains(work, "的") {
			work = strings.TrimSuffix(strings.TrimSuffix(work, "任务"), "工作")
			if hasAnySuffix(work, append(workWords[:len(workWords):len(workWords)], "建设", "扩建", "新建")) {
				return head + things + work, true
			}
		}
	}
	for _, w := range []string{"年内", "全年", "今年"} { // (年内建成2家标准化菜市场: when is no part of what)
		if rest, ok := strings.CutPrefix(head, w); ok && rest != "" {
			head = rest
		}
	}
	return workedOn(head + tail), true
}

// kindsList is the words after a count when they list kinds of one thing,
// up to the first item that is more than a word (视力、听力、肢体、智力等
// 残疾儿童免费提供…: the noun and what follows it); or "" when the first item
// is already more than a word or a number stands in the list.
func kindsList(after string) string {
	items := strings.Split(upTo(after, "，,；;。"), "、")
	for i, it := range items {
		if numberRe.MatchString(it) || it == "" {
			return ""
		}
		if utf8.RuneCountInString(it) > 4 {
			if i == 0 {
				return ""
			}
			return strings.Join(items[:i+1], "、")
		}
	}
	return ""
}

// milestoneVerbs say a level crossed a milestone: 跨过…关口, 迈上…台阶;
// milestoneNouns are the milestones.
var (
	milestoneVerbs = []string{"跨过", "跨上", "跨越", "连跨", "迈上", "跃上", "站上"}
	milestoneNouns = []string{"台阶", "大关", "关口"}
)

// milestoneVerb splits a name ending in a verb of crossing a milestone into
// what crossed and the verb, or gives verb "".
func milestoneVerb(name string) (what, verb string) {
	for _, v := range milestoneVerbs {
		if w, ok := strings.CutSuffix(name, v); ok && w != "" {
			return w, v
		}
	}
	return name, ""
}

// milestoneClause is a clause of crossing a milestone listed before a level
// (经济总量跨过两个万亿元大关、超过6万亿元; 连续迈上4个万亿元台阶、达14.2万亿元):
// what crossed stays, the rest goes, and the streak or years it took.
var milestoneClause = regexp.MustCompile(`^(.*?)(?:五年|连续|接连)?(?:` + strings.Join(append(milestoneVerbs[:len(milestoneVerbs):len(milestoneVerbs)], "突破"), "|") + `)[^、，]*(?:` + strings.Join(milestoneNouns, "|") + `)、$`)

// numberOutsideQuotes is where the first number of s stands that is not
// inside “…”, or nil.
func numberOutsideQuotes(s string) []int {
	for _, loc := range numberRe.FindAllStringIndex(s, -1) {
		if strings.Count(s[:loc[0]], "“") == strings.Count(s[:loc[0]], "”") && !classNumber(s[:loc[0]], s[loc[1]:]) {
			return loc
		}
	}
	return nil
}

// classNumber reports whether a number with the words before and after it
// names a class or is part of a name, not an amount: 2个1类创新药, 50个3岁
// 以下婴幼儿托育点, 进入ESI世界学科排名前1％, 8家4S店, 进入中国企业500强.
func classNumber(before, after string) bool {
	return hasAnyPrefix(after, []string{"类", "岁", "周岁", "强"}) || strings.HasSuffix(before, "前") && hasAnyPrefix(after, shareSigns) || startsWithLatin(after)
}

// shareSigns are the signs of a share: per cent, per mille, per ten thousand.
var shareSigns = []string{"%", "％", "‰", "‱"}

// beneficiaryVerbs say whom a thing reached: 惠及, 覆盖, 受益.
var beneficiaryVerbs = []string{"惠及", "覆盖", "受益"}

// amountChanges are the verbs of a change by an amount, which end the name
// of a change (人均预期寿命较2020年提高) and not of its level.
var amountChanges = []string{"增加", "减少", "提高", "增长", "下降", "降低"}

// thingsDidOwn ends things counted that did something of their own, after
// their noun: 企业上市 (not 地级以上市, a kind of city).
var thingsDidOwn = regexp.MustCompile(`(?:企业|公司|项目|门店|机构)(?:上市|落户|投产|开业|达产)$`)

// sharedRelative is what the things of a list of counts did, said after the
// last of them (10所学校、12个专业群入选国家第二期“双高建设计划”: 入选…), for
// the first, whose noun is tail; or "". The words between must be counts
// joined by 、 or 和.
func sharedRelative(clause, tail string) string {
	rest, ok := strings.CutPrefix(clause, tail)
	if !ok || rest == "" || firstVerb(tail, relativeVerbs) > 0 || strings.Contains(tail, "获") || thingsDidOwn.MatchString(tail) {
		return "" // (5项改革经验获中央改革办推广、83项案例入选…; 5家企业上市、10家企业挂牌: the first did its own)
	}
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "和"), "、")
	if loc := numberRe.FindStringIndex(rest); loc == nil || loc[0] != 0 {
		return ""
	}
	locs := numberRe.FindAllStringIndex(rest, -1)
	last := afterUnit(rest[locs[len(locs)-1][1]:])
	i := firstVerb(last, relativeVerbs)
	if i <= 0 {
		return ""
	}
	vp := last[i:]
	// 在国家绩效监测中获评…: where, then what, as relative reads it; 在川
	// 布局 alone is what they did.
	if rest, ok := strings.CutPrefix(vp, "在"); ok && firstVerb(rest, relativeVerbs) > 0 {
		vp = rest
	}
	return strings.ReplaceAll(vp, "了", "")
}

// listVerb is the verb of making a clause opens on (累计创建, 新建, 全年办理),
// which the things listed after its first number share; or "".
func listVerb(b string) string {
	b = trimSpace(b)
	if m := fewYears.FindString(b); m != "" {
		b = b[len(m):] // (近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨)
	}
	for again := true; again; {
		again = false
		for _, w := range listOpeners { // (着力培育6个世界级、7个国家级…; 全市新增规上工业企业450家、高新技术企业122家)
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
	for _, v := range append(append(sharedVerbs[:len(sharedVerbs):len(sharedVerbs)], networkVerbs...), "惠及") { // (惠及企业250余家、项目516个)
		if strings.HasPrefix(b, v) {
			return compoundVerb(b, v)
		}
	}
	if v := deedOpening(b); v != "" {
		return jointDeeds(b, v)
	}
	return ""
}

// listOpeners are the words of when, how or where a clause may open on
// before the verb its list shares.
var listOpeners = append([]string{"累计", "全年", "再", "又", "其中", "预计", "今年", "年内", "共", "着力", "大力", "加快", "积极", "全力", "努力", "持续", "有序", "扎实", "稳步", "力争", "确保"}, scopeWords...)

// compoundVerb is the verb v that b opens on with the verbs of making joined
// to it (新建改扩建及维修改造公办幼儿园…, 新建、重组11家…): the list's things were
// all so made.
func compoundVerb(b, v string) string {
	return joinedVerbs(b, v, makingVerbs)
}

// joinedVerbs is the verb v that b opens on with the verbs of words joined
// to it, directly or by 和, 及 or 、, as long as they go on.
func joinedVerbs(b, v string, words []string) string {
	out, rest := v, b[len(v):]
	for {
		joint := ""
		for _, j := range []string{"和", "及", "、"} {
			if strings.HasPrefix(rest, j) {
				joint = j
				break
			}
		}
		w := ""
		for _, m := range words {
			if strings.HasPrefix(rest[len(joint):], m) {
				w = m
				break
			}
		}
		if w == "" {
			return out
		}
		out += joint + w
		rest = rest[len(joint)+len(w):]
	}
}

// listDeeds are deeds done to each thing of a list, said once before the
// first (淘汰重污染企业6家、“小散乱污”企业111家; 生产原油239万吨、天然气
// 56.5亿立方米; 下放区级政务服务事项102个、行政执法职权事项424个): the
// labels give each thing the deed, as they do the verbs of making.
var listDeeds = []string{"淘汰", "生产", "落地", "下放", "养护", "排查", "新创建", "选育", "争创", "引入", "招引", "储备", "取缔", "关停", "清理", "查处", "修改", "废止", "收储", "盘活", "发放", "培训", "救助", "资助", "选派", "招聘", "吸引", "签约", "承接", "举办", "筹办", "出台", "制定", "修订", "审议", "整改", "新开业", "开业"}

// deedOpening is the deed of listDeeds s opens on, or "".
func deedOpening(s string) string {
	for _, v := range listDeeds {
		if strings.HasPrefix(s, v) && !hasAnyPrefix(s[len(v):], deedNouns) {
			return v
		}
	}
	return ""
}

// deedNouns make a noun of a deed's word, not a deed: 生产安全事故,
// 生产生活垃圾, 出台政策 is a deed but 出台时间 none.
var deedNouns = []string{"安全", "生活", "经营", "总值", "要素", "资料", "性", "力", "线", "基地", "企业", "设备", "过程", "时间"}

// jointDeedWords are the deeds and verbs of making a deed is joined with.
var jointDeedWords = append(append(listDeeds[:len(listDeeds):len(listDeeds)], sharedVerbs...), "宣布失效")

// jointDeeds is the deed v that b opens on with the deeds joined to it by
// 和, 及 or 、 (引入和培育, 修改废止和宣布失效): each thing had them all.
func jointDeeds(b, v string) string {
	return joinedVerbs(b, v, jointDeedWords)
}

// makingVerbs are verbs of making a compound verb of a list joins (新建改扩建
// 及维修改造, 新建、重组).
var makingVerbs = []string{"改扩建", "维修改造", "改造提升", "改造", "扩建", "改建", "新建", "重组", "续建", "提升", "培育"}

// networkVerbs say where a network or a service reaches: 辐射全国75个城市、
// 164个铁路站点 (both reached).
var networkVerbs = []string{"辐射", "通达", "覆盖", "连接", "联通"}

// sharedVerbs are the verbs of making or doing a name keeps, and shares
// with the things listed after it: 新建低空起降设施2500个、汽车充电设施50万个.
var sharedVerbs = []string{"取消和下放", "取消", "减少", "压减", "新引进", "新开工改造", "开工改造", "升级改造", "提升改造", "改造提升", "新改扩建", "改扩建", "新改建", "在建", "净增", "争取到", "争取", "开工建设", "改造", "组建", "布局建设", "新认定", "认定", "新建成", "新建", "建成", "新增", "创建", "新培育", "培育", "处置", "办理", "办结", "建设", "开通", "引进", "打造"}

// reachVerbs say whom or what something reached, brought in or set up;
// the things counted after them are named with the verb, however long the
// words before (职业伤害保障试点覆盖696万名新业态劳动者).
var reachVerbs = []string{"惠及", "覆盖", "吸纳", "带动", "服务", "新引入", "引入", "引进", "设立"}

// withListVerb gives a listed thing's name the verb its list opens on,
// unless the thing has a verb of its own (引进营业性演出1.2万场、带动综合
// 消费184亿元: 带动综合消费).
func withListVerb(name string, n number) string {
	// (水泥2.3亿吨 after 淘汰落后炼钢炼铁产能9000多万吨: 淘汰落后水泥产能.)
	if n.listRetired != "" && name != "" && !strings.HasSuffix(name, "产能") && utf8.RuneCountInString(name) <= 6 && startsWithHan(name) {
		return n.listRetired + name + "产能"
	}
	if n.listVerb == "" || name == "" || n.unit == "%" || hasAnyPrefix(name, sharedVerbs) || hasAnyPrefix(name, reachVerbs) || hasAnyPrefix(name, leadingVerbs) || hasAnyPrefix(name, ownDeeds) || strings.HasPrefix(name, "支持") || strings.Contains(name, "的") || bareMeasure(name) && !measureOfAThing(name) {
		return name // 新建5个…医疗集团、区级覆盖率达80%: a rate is no list's
	}
	// 争取中央预算内投资237亿元、新型政策性金融工具投放金额889.2亿元: an
	// amount that says what it is of was not got by the list's verb.
	if hasAnySuffix(name, []string{"金额", "价值"}) || containsWord(listedStages, name) || deedOpening(name) != "" || ownDeedAt(name) {
		return name // (建成过江通道4座、在建8座: a stage of its own)
	}
	return n.listVerb + name
}

// ownDeedAt reports whether a name's own deed of listDeeds stands in its
// first words (现场整改安全生产隐患): a deed of its own.
func ownDeedAt(name string) bool {
	i := firstVerb(name, listDeeds)
	return i > 0 && i <= len("现场")
}

// ownDeeds open a listed thing's name on a deed of its own, which no
// list's verb goes before: 开工建设道路110条、打通断头路23条.
var ownDeeds = []string{"打通", "贯通", "完成", "实现", "开通", "整治", "修复", "提升", "拆除", "关停", "取缔", "调整", "优化", "撤销", "合并"}

// measureOfAThing reports whether a name is a thing and its area (绿地
// 面积, 造林面积): a list's verb made it (新增造林绿化面积1510万亩、绿地面积
// 51.53万公顷), as it made the things counted. (A length is more often of
// the thing before: 新建成轨道交通线路7条、通车里程超400公里.)
func measureOfAThing(name string) bool {
	rest, ok := strings.CutSuffix(name, "面积")
	return ok && utf8.RuneCountInString(rest) >= 2
}

// nounHeads end the nouns of things the reports count (企业, 学校, 区域,
// 事项…): after one, what follows a count's noun is what the things did or
// became.
var nounHeads = []string{"企业", "公司", "机构", "单位", "医院", "学校", "高校", "院校", "大学", "幼儿园", "园区", "基地", "平台", "中心", "项目", "工程", "区域", "片区", "小区", "社区", "村", "县", "市", "城市", "乡镇", "事项", "线路", "道路", "河湖", "集聚区", "产业集群", "实验室", "科学家", "人员", "群众", "家庭", "学生", "儿童", "老年人"}

// splitAtHead cuts words at the last head of a noun the reports count
// (老旧小区|供热管网改造), or gives "", "".
func splitAtHead(s string) (noun, rest string) {
	best := -1
	for _, h := range nounHeads {
		if i := strings.LastIndex(s, h); i >= 0 && i+len(h) > best && i+len(h) < len(s) {
			best = i + len(h)
		}
	}
	if best <= 0 || utf8.RuneCountInString(s[:best]) < 2 {
		return "", ""
	}
	// “城中村”综合治理: a mark that closes the noun's quote or title is the
	// noun's, not the start of what follows it.
	for _, c := range []string{"”", "》", "）", ")", "\""} {
		if strings.HasPrefix(s[best:], c) {
			best += len(c)
			break
		}
	}
	return s[:best], s[best:]
}

// facilityOf opens the words after a head on a facility the head has
// (社区|警务室标准化改造): the noun goes on, 社区警务室, and the work is on it.
var facilityOf = regexp.MustCompile(`^\p{Han}{1,3}?(?:室|站|馆|所|中心)`)

// objectVerbs take what a count after them counts: 落户87个项目.
var objectVerbs = []string{"落户", "汇聚", "集聚", "吸引", "落地", "签约", "引进", "引育", "促成", "上线运行", "上线", "推出", "淘汰", "转移", "转型", "关停", "培育"}

// predicateMarks are the words that show what follows a noun is said of it:
// a change it saw (显著提升, 实现…). How work went alone (全部完工, 有序推进)
// says no more than the count, and work on the things is workedOn's.
var predicateMarks = []string{"显著", "明显", "实现", "建成", "展开", "提升", "改善", "转型", "启用", "开通", "落户", "清零"}

// headedRelative names things counted by what was said of them after their
// noun, the noun ending on a head the reports count (20处重点区域环境面貌
// 显著提升: 环境面貌显著提升的重点区域; 891项省级事项办理时间全部实现全国最优:
// 办理时间全部实现全国最优的省级事项); or "".
func headedRelative(tail string) string {
	best := -1 // the last head: 企业技术中心 is one noun
	for _, h := range nounHeads {
		if i := strings.LastIndex(tail, h); i >= 0 && i+len(h) > best {
			best = i + len(h)
		}
	}
	if best <= 0 || best >= len(tail) {
		return ""
	}
	noun, said := tail[:best], tail[best:]
	if utf8.RuneCountInString(noun) < 2 || utf8.RuneCountInString(said) < 3 || numberRe.MatchString(said) || strings.Contains(said, "的") || hasAnyPrefix(said, []string{"进行", "建设"}) || hasAnySuffix(said, []string{"任务", "工作", "改造", "整治", "修复", "亮化", "维修", "硬化", "绿化", "设置"}) || !hasAnyWord(said, predicateMarks) {
		return ""
	}
	return said + "的" + noun
}

// scopeOfExamples reports whether the words before a count end on the
// field its examples are of (基础设施、现代产业、公共服务等领域320个共建
// 重点项目, …等方面29项促消费政策): where, not what, so the things counted
// are named after the count.
func scopeOfExamples(before string) bool {
	b := trimSpace(before)
	return hasAnySuffix(b, []string{"等领域", "等方面", "等行业"})
}

// listedInFull reports whether the words before a count end on things listed
// in full, the last joined by 和 (黄贝碧波、东门老街和桂园北), each short.
func listedInFull(b string) bool {
	i, j := strings.LastIndex(b, "、"), strings.LastIndex(b, "和")
	if i < 0 || j < i || strings.ContainsAny(b, "，,；;：:的对") {
		return false
	}
	items := strings.Split(strings.ReplaceAll(b[i:], "和", "、"), "、")
	for _, it := range items[1:] {
		if k := utf8.RuneCountInString(it); k < 2 || k > 6 {
			return false
		}
	}
	return true
}

// examplesDeeds are the deeds that may open examples before a count.
var examplesDeeds = append(append([]string{"开展"}, exampleVerbs...), listDeeds...)

// examplesBefore reports whether the words before a count end on a list of
// examples with 等 (开展土地、矿产、房屋等): the things counted are named after
// the count.
func examplesBefore(before string) bool {
	b := trimSpace(before)
	return strings.HasSuffix(b, "等") && strings.Contains(b, "、") && !strings.ContainsAny(b, "，,；;")
}

// verbOfExamples reports whether the words before a count (as a name) are a verb and
// the short names of the things counted after it: 出台新能源、低空经济、数字
// 经济、人工智能4个专项政策.
func verbOfExamples(b string) bool {
	for _, v := range exampleVerbs {
		if rest, ok := strings.CutPrefix(b, v); ok && examplesList(rest) {
			return true
		}
	}
	return false
}

// examplesList reports whether s lists short names, two or more, each of
// two to six characters with no number in it (新能源、低空经济、数字经济).
func examplesList(s string) bool {
	items := strings.Split(s, "、")
	if len(items) < 2 {
		return false
	}
	for _, it := range items {
		if k := utf8.RuneCountInString(it); k < 2 || k > 6 || numberRe.MatchString(it) {
			return false
		}
	}
	return true
}

// shortExamples reports whether words are a list of short names (庆阳、
// 张掖、天水), each of two to four characters with no verb before them.
func shortExamples(s string) bool {
	items := strings.Split(s, "、")
	if len(items) < 2 || hasAnyPrefix(s, exampleVerbs) {
		return false
	}
	for _, it := range items {
		if k := utf8.RuneCountInString(it); k < 2 || k > 4 {
			return false
		}
	}
	return true
}

// servedMoney names money paid to people or firms by what was paid
// (为19家企业发放社会保险补贴497.1万元, 为1467位80岁以上低收入老年人发放
// 高龄补贴176万元: 发放社会保险补贴, 发放高龄补贴, as the labels have it;
// who got it is the count's).
func servedMoney(name string, n number) string {
	if !report.IsMoney(n.unit) {
		return name
	}
	if i := strings.Index(name, "发放"); i > 0 && utf8.RuneCountInString(name[i:]) >= 4 && (hasAnySuffix(name[:i], nounHeads) || hasAnySuffix(name[:i], peopleNouns) || strings.HasSuffix(name[:i], "户")) {
		return name[i:]
	}
	return name
}

// ageClass opens the words after a count on the age that says which
// people are counted: 为1467位80岁以上低收入老年人….
// voltageClass is a grade of power lines before the works counted: 22个
// 750千伏和330千伏电网工程.
var voltageClass = regexp.MustCompile(`^[0-9０-９]+千伏(?:(?:和|及|、)[0-9０-９]+千伏)*\p{Han}`)

// howThingsWent say after a batch's things how they went (全面落地,
// 大部分落地); circumstanceHeads open words before a count that say who or
// for whom (由班子成员牵头, 为…), no subject; takingVerbs take the things a
// count after them counts, before examples of them (新签约跨境电子支付等…).
var (
	howThingsWent     = append([]string{"全部", "大部分", "基本", "均"}, predicateAdverbs...)
	circumstanceHeads = append([]string{"由", "经"}, servedHeads...)
	takingVerbs       = append(objectVerbs[:len(objectVerbs):len(objectVerbs)], sharedVerbs...)
)

// moneyClass is a class of things money more than which selects, after
// the count of them: 100家产值超10亿元的先进装备制造骨干企业.
var moneyClass = regexp.MustCompile(`^\p{Han}{1,6}(?:超|超过)[0-9０-９.]+(?:万亿元|亿元|万元)(?:以上)?的\p{Han}`)

// sizeGrade is a grade of size before the things counted: 10个30亿元级
// 重大工业项目.
var sizeGrade = regexp.MustCompile(`^[0-9０-９]+(?:万亿元|亿元|万元|亿|万)级\p{Han}`)

var ageClass = regexp.MustCompile(`^[0-9０-９]+(?:—[0-9０-９]+)?(?:周岁|岁)(?:及以上|以上|以下)?\p{Han}`)

// recipients names the things something was paid to by what they got:
// 为1467位…老年人发放高龄补贴 is 获发高龄补贴的…老年人, as the labels have
// it; 发放…的老年人 would say they paid it.
func recipients(name string) string {
	if rest, ok := strings.CutPrefix(name, "发放"); ok {
		return "获发" + rest
	}
	return name
}

// servedHeads are the words before a count of things something is done for
// or where it is done: 为, 在, 使, 对.
var servedHeads = []string{"为", "在", "使", "对"}

// predicateName names things counted by what follows their noun: what they
// did (relative, by verbs), or, for a count, when said is set, what was said
// of them after a noun the reports count (headedRelative on whole, the words
// before how things went was cut off); or "".
func predicateName(tail, whole, unit string, verbs []string, said bool) string {
	// 6个项目完成规划验收, 187个城中村完成综合治理: work completed on
	// counted things names them, as a verb of what they did does (完成综合
	// 治理的城中村); 完成 with an amount after it is no such work (完成投资).
	if strings.Contains(tail, "完成") && report.IsCount(unit) && containsWord(verbs, "竣工") {
		if m := completedWork.FindStringSubmatch(tail); m != nil {
			return "完成" + m[2] + "的" + m[1]
		}
	}
	if name := relative(tail, verbs); name != "" {
		return name
	}
	if said && report.IsCount(unit) {
		return headedRelative(whole)
	}
	return ""
}

// relativeVerbs open what counted things did, after their noun.
var relativeVerbs = []string{"签约落地", "建成开放", "荣获", "参与", "建成运营", "正式运营", "投入运营", "晋升", "主板上市", "挂牌", "进入", "被认定为", "列入", "建成并投入使用", "建成并投用", "入选", "入围", "入住", "得到", "实现", "新获评", "获评", "获得", "增选为", "被命名为", "被评为", "纳入", "亮相", "达到", "建成投产", "建成通车", "全线贯通", "投入使用", "竣工", "完工", "开工", "通车", "启用", "试运行", "获批", "落地", "开业", "上榜", "揭牌", "建成发电", "通过", "获", "提质增效", "提质升级", "提能升级", "成型起势", "除险清患", "退城入园", "追回", "在"}

// processVerbs say a thing was worked at, not what was made of it: alone
// before a count they name nothing (推进32个城中村改造项目).
var processVerbs = []string{"实施", "推进", "推出", "推动", "组织", "制定实施", "培育形成", "谋划", "安排", "围绕", "建立", "做好"}

// mannerWords say how a verb was done, before it (科学应对, 滚动实施),
// the leading adverbs among them.
var mannerWords = append([]string{"科学", "滚动"}, leadingAdverbs...)

// jointlyWith is who joined in doing what follows: 省市联动发放, 部门联动.
var jointlyWith = regexp.MustCompile(`^\p{Han}{1,4}联动`)

// predicateAdverbs say how or when counted things did what follows them.
var predicateAdverbs = []string{"全面", "全线", "正式", "精彩", "惊艳", "成功", "圆满", "盛大", "率先", "首次", "如期", "年内", "顺利", "集中", "相继", "陆续", "先后", "有序", "加快", "扎实", "稳步", "持续"}

// completedWork is a noun and the work completed on it: 城中村完成综合治理.
var completedWork = regexp.MustCompile(`^(\p{Han}{2,12}?)(?:已|均|全部)?完成(\p{Han}{0,8}(?:治理|整治|改造|验收|搬迁|拆除|改制|重组|整合|刷新|美化|修缮|提升))$`)

// servedVerbs say what was done for things counted after 为 or 在: 为380个
// 老旧小区引入物业服务.
var servedVerbs = []string{"免费提供", "提供", "进行", "发放", "开展", "引入", "设置", "配备", "安装", "建设", "改造"}

// relative names things by what they did, or what was done for them: 区均被
// 评为全国双拥模范城 is 被评为全国双拥模范城的区; or "".
func relative(tail string, verbs []string) string {
	i := firstVerb(tail, verbs)
	if i <= 0 || hasAnyPrefix(tail, []string{"建成", "新开工", "开工", "竣工", "通车"}) {
		return "" // (…项目200公里建成通车: a verb first, no noun before it)
	}
	noun, vp := strings.TrimSuffix(strings.TrimSuffix(tail[:i], "均"), "等"), tail[i:] // (…85个口袋公园等建成开放: the examples' 等 closes the list)
	// 地方性法规提请人大审议通过: 通过 ending the clause ends another verb's
	// phrase; the things 通过 an appraisal are followed by it.
	if vp == "通过" {
		return ""
	}
	// 三峡库区存量危岩全面除险清患: how or when it went is the verb's
	// (全面除险清患的三峡库区存量危岩).
	for _, a := range predicateAdverbs {
		if rest, ok := strings.CutSuffix(noun, a); ok && rest != "" {
			noun, vp = rest, a+vp
			break
		}
	}
	if noun == "" || containsWord(verbs, noun) || containsWord([]string{"拟", "将", "计划", "预计", "力争", "确保"}, noun) {
		return "" // (其中4条实现通车: no noun, 实现 is a verb; 拟竣工投产项目: a plan, no noun)
	}
	// 4家浙企上榜…: the region's firms are its 企业, as 全省 is no part of a
	// name.
	if r, n := utf8.DecodeRuneInString(noun); noun[n:] == "企" && strings.ContainsRune(provinceNames, r) {
		noun = "企业"
	}
	// 计划新开工项目: a verb inside a noun (开工项目) says no predicate.
	for _, v := range verbs {
		if rest, ok := strings.CutPrefix(vp, v); ok && hasAnyPrefix(rest, []string{"项目", "工程", "企业", "园区"}) {
			return ""
		}
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
	// 2411名受灾群众的基本生活得到保障: what of the things the verb is
	// about comes first (基本生活得到保障的受灾群众).
	if things, what, ok := strings.Cut(noun, "的"); ok && things != "" && what != "" && strings.HasPrefix(vp, "得到") {
		return what + vp + "的" + things
	}
	// 3家企业主板上市, 9条次干道路开工建设: a stage of a project or a firm
	// qualifies its noun as one word (主板上市企业, 开工建设次干道路).
	if containsWord(stageVerbs, vp) {
		return vp + noun
	}
	return vp + "的" + noun
}

// disposed names what 将 or 把 put somewhere by what was done with it:
// 将2.8万亿元中央财政资金纳入直达机制 (纳入直达机制的中央财政资金), 将97%
// 的矛盾纠纷化解在初始 (化解在初始的矛盾纠纷比例); or "".
func disposed(n number) string {
	tail := strings.TrimPrefix(upToSeparator(n.after), "的")
	i := firstVerb(tail, dispositionVerbs)
	if i <= 0 || utf8.RuneCountInString(tail[:i]) > 12 {
		return ""
	}
	name := tail[i:] + "的" + tail[:i]
	if n.unit == "%" {
		name += "比例"
	}
	return name
}

// dispositionVerbs say where 将 or 把 put a thing or what they made of it.
var dispositionVerbs = []string{"纳入", "列入", "化解", "用于", "投向", "下沉", "下放", "转化为", "转为", "划入", "整合为", "落实到", "交由", "调整为"}

// stageVerbs are the stages of a project or a firm that make one word
// with the noun they qualify: 开工建设项目, 竣工投产项目, 主板上市企业.
var stageVerbs = []string{"开工建设", "开工", "竣工投产", "竣工", "试运行", "主板上市", "上市", "挂牌", "建成通车", "通车"}

// firstVerb is where the first of verbs stands in s after a noun, or -1.
func firstVerb(s string, verbs []string) int {
	best := -1
	for _, v := range verbs {
		i := strings.Index(s, v)
		for v == "在" && i > 0 && hasAnySuffix(s[:i], inWords) {
			// 婴幼儿所在家庭: 在 of a word (所在, 存在, 现在) is no verb.
			j := strings.Index(s[i+len(v):], v)
			if j < 0 {
				i = -1
				break
			}
			i += len(v) + j
		}
		if i >= len("字") && (best < 0 || i < best) {
			best = i
		}
	}
	return best
}

// inWords end on 在 as words of their own: 所在, 存在, 现在, 正在, 实在.
var inWords = []string{"所", "存", "现", "正", "实"}

// untilNextCount is what is said after a count up to the next count of a
// list, whose words are its own: 40.8万青年留渝来渝、33万农民工…, 1人获全国
// 创新争先奖、1人获全国劳动模范.
func untilNextCount(s string) string {
	for i := 0; ; {
		j := strings.Index(s[i:], "、")
		if j < 0 {
			return s
		}
		if startsWithDigit(s[i+j+len("、"):]) {
			return s[:i+j]
		}
		i += j + len("、")
	}
}

// upToSeparator is the start of s up to the first mark between clauses or
// list items.
func upToSeparator(s string) string {
	t := upTo(s, "、，,；;。")
	if i := strings.Index(t, "以及"); i > 0 {
		return t[:i] // 6个组合港以及7条国际航线: 以及 joins the next thing
	}
	return t
}

// examplesThenCount is a list of examples and the count they are of:
// 中外运、华润笋岗冷库等4个.
var examplesThenCount = regexp.MustCompile(`^\p{Han}[^0-9０-９]*等[0-9０-９]`)

// throughShortList is the start of s up to a separator, going on past a
// 、 that joins words of four characters or fewer with no number, rank or
// level (50部文艺作品获得国家、国际大奖: both prizes), not past one before
// another count (96户、183人…) or a clause of its own (、居全国前列).
func throughShortList(s string) string {
	first := upToSeparator(s)
	t, rest := first, s[len(first):]
	for strings.HasPrefix(rest, "、") {
		next := upToSeparator(rest[len("、"):])
		if next == "" || numberRe.MatchString(next) || utf8.RuneCountInString(next) > 4 || strings.ContainsAny(next, "居超达第等") {
			return first // (中央公园景观、道路、活动广场建设: a list of works, not ended by short words)
		}
		t += "、" + next
		rest = rest[len("、")+len(next):]
	}
	return t
}

// upTo is the start of s up to the first of marks; a comma between digits
// (6,900) is not one.
func upTo(s, marks string) string {
	quoted := false // 实现了“两不愁、三保障”: a mark inside quotes is the name's
	paren := 0      // 16个县（市、区）: and one inside brackets
	for i, r := range s {
		switch r {
		case '“':
			quoted = true
		case '”':
			quoted = false
		case '（', '(':
			paren++
		case '）', ')':
			if paren > 0 {
				paren--
			}
		}
		if quoted || paren > 0 && r == '、' || !strings.ContainsRune(marks, r) {
			continue
		}
		if r == ',' && i > 0 && isDigit(rune(s[i-1])) && i+1 < len(s) && isDigit(rune(s[i+1])) {
			continue
		}
		return trimSpace(s[:i])
	}
	return trimSpace(s)
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
	if !ok {
		return name
	}
	if name == "" {
		name = n.listMeasure // 投资3500万元的…改造、3800万元的背街巷道改造
	}
	measure := func(s string) bool { return bareMeasure(s) || s == "首期规模" || s == "总规模" || s == "规模" }
	// 谋划多年、惠及3400万人的引大济岷工程: the measure is the last of the
	// words listed before the number.
	if i := strings.LastIndex(name, "、"); i >= 0 && measure(name[i+len("、"):]) {
		name = name[i+len("、"):]
	}
	// 确保投资3.4亿元的…中心开工建设, 推进总投资103.7亿元的棚户区改造工程:
	// what the sentence does to the thing is not its measure's name.
	for _, m := range []string{"总投资", "计划投资", "投资"} {
		if strings.HasSuffix(name, m) && !measure(name) {
			name = m
			break
		}
	}
	for _, w := range leadingAdverbs {
		if rest, ok := strings.CutPrefix(name, w); ok && measure(rest) {
			name = rest
		}
	}
	for _, v := range []string{"组建", "设立", "成立", "发起"} {
		if rest, ok := strings.CutPrefix(name, v); ok && measure(rest) {
			name = rest // 组建总规模1000亿元的…基金: the verb is not the measure's
		}
	}
	if !measure(name) {
		return name
	}
	noun := upTo(rest, "，,；;。、")
	// 总投资410亿元的巨化硅氟新材料项目刷新我省…纪录: the project is the
	// thing; what it did is not its name.
	for _, head := range []string{"项目", "工程"} {
		if i := strings.Index(noun, head); i > 0 && i+len(head) < len(noun) {
			noun = noun[:i+len(head)]
		}
	}
	for _, v := range []string{"等", "签约", "落地", "设立", "成立", "启动", "投入", "运营", "正式", "已", "建成", "主体", "整体", "全部", "基本", "完工", "竣工", "投产", "开工", "年内", "尽快", "如期", "通车", "贯通", "投用"} {
		if i := strings.Index(noun, v); i >= len("两字") {
			noun = noun[:i]
		}
	}
	if k := utf8.RuneCountInString(noun); k < 2 || k > 20 || numberRe.MatchString(noun) {
		return name
	}
	// (惠及3400万人的引大济岷工程: the people reached are its 惠及人口.)
	if hasAnySuffix(name, beneficiaryVerbs) && containsWord([]string{"人", "万人", "名", "万名"}, n.unit) {
		name += "人口"
	}
	return noun + name
}

// moneyOfProjects are measures of the money of the projects a sentence
// counts.
var moneyOfProjects = []string{"投资规模", "投资总额", "投资额", "注册资本"}

// measureOnly drops 实现 before a measure a thing is named with (区属国企
// 稳步发展，实现营收13.6亿元: 区属国企营收), as completion verbs go.
func measureOnly(name string) string {
	if rest, ok := strings.CutPrefix(name, "实现"); ok && utf8.RuneCountInString(rest) >= 2 {
		return rest
	}
	return name
}

// contribution reports whether a name is a contribution to a whole with
// no contributor said: 对GDP综合贡献率, 对规模以上工业增长贡献率.
func contribution(name string) bool {
	return strings.HasPrefix(name, "对") && (strings.HasSuffix(name, "贡献率") || strings.HasSuffix(name, "贡献")) && utf8.RuneCountInString(name) <= 16
}

// twoMeasures reports whether a bare measure is another measure than the
// topic, not one of it: 出入境人数 after 旅客年吞吐量 is no 吞吐量's, while
// 总量 and 占全国 after 地区生产总值, 无人机产量 are theirs.
func twoMeasures(topic, measure string) bool {
	// 交通投资2300亿元、能源投资2100亿元: the same measure of another thing.
	for _, w := range []string{"投资", "金额", "里程", "人数", "面积"} {
		if strings.HasSuffix(topic, w) && strings.HasSuffix(measure, w) && utf8.RuneCountInString(measure) > len([]rune(w))+1 {
			return true
		}
	}
	if strings.HasSuffix(topic, "产量") || strings.HasSuffix(topic, "总量") {
		return false // 马铃薯总产量…，实现产值: the output's worth is the thing's
	}
	return endsInMeasure(topic) && endsInMeasure(measure) && utf8.RuneCountInString(measure) >= 3 &&
		!strings.HasPrefix(measure, "总") && !strings.HasPrefix(measure, "占") && !contribution(measure)
}

// bareMeasure reports whether a name is a measure that needs the thing it
// measures: 总投资, 完成投资, 销售额, 受益居民, 建设里程.
func bareMeasure(name string) bool {
	name = strings.TrimPrefix(name, "年度") // 年度完成投资
	n := utf8.RuneCountInString(name)
	for _, m := range moneyOfProjects {
		if rest, ok := strings.CutSuffix(name, m); ok && utf8.RuneCountInString(rest) <= 2 {
			return true // 签约亿元以上项目27个、投资规模112亿元, 意向投资总额: the projects' money
		}
	}
	if n == 0 || n > 5 && !contribution(name) {
		return false
	}
	if n <= 3 && (endsInMeasure(name) || strings.HasSuffix(name, "资") || strings.HasPrefix(name, "占") || strings.HasPrefix(name, "总")) {
		return true // 总投资, 增加值, 占全国; not 碧带, 企业
	}
	if containsWord(moneyVerbs, name) {
		return true // 每年安排140亿元: money put to what the clause before says
	}
	if containsWord([]string{"单产", "亩产", "总产"}, name) {
		return true // 粮食总产486.5亿斤，单产1105.6斤: the crop's yield
	}
	if contribution(name) {
		return true // …增加值增长8.1%、对规模以上工业增长贡献率达72.9%: of what grew
	}
	for _, w := range []string{"完成", "计划", "累计", "惠及", "受益", "建设", "带动", "实现", "总"} {
		if rest, ok := strings.CutPrefix(name, w); ok {
			// 完成投资 is a measure; 完成绿化 is work done, named already;
			// 总投资 is one, 总部企业 a kind of firm.
			return w != "完成" && w != "总" || endsInMeasure(rest) || strings.HasSuffix(rest, "资")
		}
	}
	for _, w := range []string{"投资", "金额", "销售额", "销售收入", "营业收入", "营业总收入", "资产总额", "利润总额", "交易额", "成交额", "成交价", "出口额", "营业额", "里程", "人数", "面积"} {
		if strings.HasSuffix(name, w) {
			// (工业投资, 民间投资: the investment of a sector is an
			// indicator of its own.)
			return !(w == "投资" && containsWord(investmentSectors, strings.TrimSuffix(name, w)))
		}
	}
	return false
}

// investmentSectors name the investment of a sector, an indicator of its
// own: 工业投资, 民间投资, 技改投资.
var investmentSectors = []string{"工业", "民间", "技改", "工业技改", "制造业", "基础设施", "房地产", "房地产开发", "社会", "外商", "交通", "能源", "水利"}

// fundAfter names money that only a verb stands before by the fund or
// grant after it (设立100亿元南疆发展专项资金: 南疆发展专项资金); or gives name.
func fundAfter(name string, n number) string {
	if !report.IsMoney(n.unit) {
		return name
	}
	verbs := append(moneyVerbs[:len(moneyVerbs):len(moneyVerbs)], "设立", "发放", "投入", "兑付", "新增")
	if containsWord(verbs, name) {
		if m := fundNoun.FindString(strings.TrimPrefix(upToSeparator(n.after), "的")); m != "" {
			return m // (设立1000亿元的民营企业平稳发展基金)
		}
		return name
	}
	// 对种粮农民一次性发放200亿元补贴, 省市共设立超过1000亿元的纾困基金:
	// who gave it or to whom, then the verb: the verb and the fund name it.
	if hasAnySuffix(name, verbs) && utf8.RuneCountInString(name) <= 12 {
		if m := anyFund.FindString(strings.TrimPrefix(upToSeparator(n.after), "的")); m != "" {
			return name + m
		}
	}
	return name
}

// fundNoun is a fund, grant or bond named right after an amount.
var fundNoun = regexp.MustCompile(`^\p{Han}{2,14}?(?:资金|基金|专项债券|债券|补贴|补助|奖补)$`)

// anyFund is a fund, grant or bond right after an amount, its name alone
// too (补贴).
var anyFund = regexp.MustCompile(`^\p{Han}{0,14}?(?:资金|基金|专项债券|债券|补贴|补助|奖补)$`)

// moneyVerbs say money was set aside or paid, and nothing of what for.
var moneyVerbs = []string{"安排", "下达", "拨付", "筹集", "争取"}

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
	s = topRankedPrefix.ReplaceAllString(s, "") // (世界500强魏桥创业集团深圳总部开工: the firm, its rank aside)
	// 在全市六个超两千亿大区中排名第一: a place held is said of what the
	// clauses before named, no thing of its own.
	if hasAnyWord(s, []string{"排名第", "位居", "名列", "居全"}) {
		return ""
	}
	// 开展汽车、消费电子、智能家居等以旧换新活动: the examples before 等
	// say which; what the clause is about follows them.
	// (Not when a long first item holds where they are: 中俄蒙国际物流园区中网科技云计算、…等项目开工建设.)
	if i, j := strings.LastIndex(s, "等"), strings.Index(s, "、"); i >= 0 && j >= 0 && j < i && utf8.RuneCountInString(s[:j]) <= 6 && utf8.RuneCountInString(s[i+len("等"):]) >= 2 {
		s = s[i+len("等"):]
	}
	// (全年地区生产总值预计(下同)突破百亿元大关: the forecast is the
	// qualifier's.)
	if strings.Contains(s, "下同") {
		s = sameBelow.Replace(s)
	}
	// 全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶: what crossed.
	for _, v := range milestoneVerbs {
		if i := strings.Index(s, v); i >= len("两字") {
			s = strings.TrimSuffix(s[:i], "连续")
		}
	}
	for _, w := range []string{"实现", "建成", "取得", "顺利", "全面", "全线", "圆满", "达到", "不断", "持续", "稳步", "进一步", "明显", "显著", "大幅", "更加", "更为", "日益", "扩面", "扩围", "提质", "加快", "纵深", "提速", "启动", "再创", "创历史", "远超", "蓬勃", "上线", "稳中", "保持", "集聚效应", "扎堆", "快速", "加速", "势头"} {
		if i := strings.Index(s, w); i >= len("两字") {
			s = s[:i]
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(s, "预计"), "活动"), "工作"), "增量") // (市场经营主体增量提质，总量…)
	for _, v := range []string{"开工", "投产", "落地", "落户", "签约"} {
		if t, ok := strings.CutSuffix(s, v); ok && utf8.RuneCountInString(t) >= 4 {
			s = t // (魏桥创业集团深圳总部开工，实现销售额316亿元: the firm's sales)
		}
	}
	s = strings.TrimPrefix(strings.TrimSuffix(s, "发展"), "系列") // (中老铁路发展远超预期, 组织系列促消费活动)
	// 服务业支撑作用更加凸显, 新农合制度保障水平不断提高: what the clause
	// is about is the thing whose role or level it speaks of (服务业, 新农合).
	if r := []rune(s); len(r) >= 6 && hasAnySuffix(s, []string{"作用", "水平", "地位"}) {
		s = strings.TrimSuffix(strings.TrimSuffix(string(r[:len(r)-4]), "制度"), "体系")
	}
	// 旅游业国际影响力大幅提升: what has the pull is the thing (旅游业).
	for _, w := range []string{"国际影响力", "影响力", "竞争力", "带动力", "吸引力"} {
		if rest, ok := strings.CutSuffix(s, w); ok && utf8.RuneCountInString(rest) >= 2 {
			s = rest
			break
		}
	}
	// (A quoted name inside is the name's: “菜篮子”工程一期全面完工.)
	if n := utf8.RuneCountInString(s); n < 2 || n > 16 || numberRe.MatchString(s) || strings.ContainsAny(s, "，、；：") || strings.ContainsAny(s, "“”") && !balanced(s) {
		return ""
	}
	return s
}

// topRankedPrefix is a list of the largest a firm is said to be in, before
// its name: 世界500强, 中国500强.
var topRankedPrefix = regexp.MustCompile(`^(?:世界|全球|中国|财富|全国|国内)[0-9]+强`)

// helpProgrammes are the words of programmes of help between regions; a
// clause naming one says what was done: 对口帮扶, 东西部协作, 援疆.
var helpProgrammes = []string{"对口", "帮扶", "协作", "援建", "援疆", "援藏", "援青"}

// doerless reports whether a name says what was done without saying by
// what: a verb and a thing any programme could have (落实资金, 带动就业,
// 出台支持政策). The clause before, without a number, says whose it was
// (对口援青和东西部协作持续深化，落实资金27.3亿元).
func doerless(name string) bool {
	// (启动全民全生命周期健康管理计划，签约突破40万人: a deed alone.)
	if containsWord(bareDeeds, name) {
		return true
	}
	for _, v := range doerVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok {
			return containsWord(genericObjects, rest)
		}
	}
	return false
}

// doerVerbs say what a programme or a place did; genericObjects are what
// any could have done it to.
var (
	doerVerbs      = []string{"新增受益", "新设立", "落实", "拨付", "投入", "下达", "筹集", "实施", "发生", "带动", "拉动", "撬动", "出台", "设立", "支持", "惠及", "覆盖", "接待", "发送", "运输", "注册", "入驻", "吸引", "服务"}
	genericObjects = []string{"资金", "项目", "消费", "就业", "政策", "支持政策", "企业", "旅客", "观众", "学生", "群众", "商品销售", "销售", "业务量", "货物", "投资"} // (not 游客: a region's tourists are its own, 大力推动文旅融合，全年接待游客…)
)

// bareDeeds name a deed with nothing of what or whose: the scene before
// says it.
var bareDeeds = []string{"签约", "改造", "促成", "建成", "交易", "成交", "参与", "参加", "受益"}

// sceneVerbs open a clause that says what was done.
var sceneVerbs = append(append([]string{"组织开展", "举办", "开展", "建设", "全力推进", "扩围实施", "加力扩围", "扩围", "申建", "全年", "启动实施", "启动"}, leadingVerbs...), leadingAdverbs...)

// listOrdinal numbers an item of a list run on in one paragraph (一是…。
// 二是…), as the report's outline does; it names nothing.
var listOrdinal = regexp.MustCompile(`^[一二三四五六七八九十]+是`)

// byMonthEnd opens a name on a deadline: 4月底前, 6月前, 上半年.
var byMonthEnd = regexp.MustCompile(`^(?:[0-9０-９]{1,2}月(?:底|中旬|上旬|下旬)前?|[0-9０-９]{1,2}月前|上半年|下半年)`)

// dottedItem numbers an item with a dot before its words: 6.推进, 10.加快.
var dottedItem = regexp.MustCompile(`^[0-9０-９]{1,2}[.．]\s*(\p{Han})`)

// itemMarker numbers an item of a list in brackets: （7）, (15).
var itemMarker = regexp.MustCompile(`^[（(][0-9０-９]{1,2}[）)]`)

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
// when its clause says so after it, or the next clause (next) does: 投资4890万元实施10蒸吨以下燃煤锅炉改造
// (10蒸吨以下燃煤锅炉改造), 计划投资1.32亿元改造一二级供水管网 (一二级供水
// 管网改造: the work on a thing is named thing first); or "".
func spentOn(name string, n number, next string) string {
	if !report.IsMoney(n.unit) || !(strings.HasSuffix(name, "投资") || name == "投入") || !bareMeasure(name) {
		return "" // (投入 is 投资 said otherwise: 全年投入14.5亿元，重点实施了…)
	}
	thing := upTo(n.after, "，,；;。")
	if strings.HasPrefix(thing, "的") {
		return "" // 总投资410亿元的…项目: the thing after 的 has the money (ofWhat)
	}
	if strings.HasPrefix(thing, "、") {
		return "" // 完成交通投资2300亿元、能源投资2100亿元: a list of amounts goes on, each named before it
	}
	if trimSpace(thing) == "" && (trimSpace(n.before) == trimSpace(name) || cleanName(n.before) == name) || trimSpace(n.before) == "" {
		// 投资1亿元，启动实施黑羊站水厂改扩建工程: an amount that opens
		// its clause, with nothing after it, is spent on what the next
		// clause does.
		return nextClauseThing(next)
	}
	for _, w := range []string{"用于", "对", "实施了", "实施", "完成了", "完成"} {
		thing = strings.TrimPrefix(thing, w)
	}
	// 投资9600万元实施的向阳幼儿园等6个项目全部完工: the things, not the
	// 的 joining them nor how the work went.
	thing = strings.TrimPrefix(thing, "的")
	for _, a := range []string{"全部", "顺利", "如期", "均已", "已"} {
		if i := strings.Index(thing, a); i >= len("两字") {
			thing = thing[:i]
		}
	}
	// Counts inside it are not part of its name: 改造21个老旧小区,
	// 生态环境类重点项目7个.
	thing = countInName.ReplaceAllString(thing, "")
	thing = trailingQuantity.ReplaceAllString(thing, "") // 投资1100万元新建污水管线2847米: the work, not its length
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

// trailingQuantity is a quantity closing a phrase: 2847米, 1.2万平方米.
var trailingQuantity = regexp.MustCompile(`[0-9０-９][0-9０-９,.]*(?:余|多)?[万千亿]?(?:米|公里|平方米|平方公里|亩|吨|公斤|千克|台|辆)$`)

// countInName is a count written inside a phrase: 21个, 6,900余盏.
var countInName = regexp.MustCompile(`[0-9０-９][0-9０-９,.]*(?:余|多)?(?:个|家|座|条|项|所|盏|处|栋|户|套)`)

// subject is the thing a fact's name counts, for a measure of it that
// follows: 新登记经营主体 → 经营主体 (总量达到5.75万户).
func subject(name string) string {
	// 地区生产总值跨过万亿级关口3个、突破10万亿元: the level is of what
	// crossed the milestones.
	if hasAnySuffix(name, milestoneNouns) {
		for _, v := range milestoneVerbs {
			if i := strings.Index(name, v); i > 0 {
				return name[:i]
			}
		}
	}
	for _, w := range subjectVerbs {
		if rest := strings.TrimPrefix(name, w); rest != name && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	// 改造老旧小区58个,完成投资2.2亿元: the work on a thing is named thing
	// first (老旧小区改造完成投资).
	for _, v := range []string{"升级改造", "改造"} {
		if rest := strings.TrimPrefix(name, v); rest != name && utf8.RuneCountInString(rest) >= 2 {
			return rest + v
		}
	}
	return name
}

// changedLevel is the name of the level whose change a name says: the
// level reached after 人均预期寿命较2020年提高1.16岁 is 人均预期寿命's; or
// the name as it is.
func changedLevel(name string) string {
	for _, v := range amountChanges {
		if rest, ok := strings.CutSuffix(name, v); ok {
			if i := max(strings.LastIndex(rest, "较"), strings.LastIndex(rest, "比")); i > 0 {
				rest = rest[:i]
			}
			if utf8.RuneCountInString(rest) >= 2 {
				return rest
			}
		}
	}
	return name
}

// measureName names a bare measure by the thing of the sentence's topic:
// 改造老旧小区58个,完成投资2.2亿元 (老旧小区改造完成投资); 马铃薯总产量达到25万吨，
// 实现产值2.5亿元 (马铃薯产值: another measure of the thing is the thing's,
// not the first measure's — but a share stays of it, 无人机产量占全国).
// addedWords say things were added, inside a name: 合成生物产业新招引培育企业.
var addedWords = regexp.MustCompile(`五年净增|五年新增|新招引培育|新招引|新引进|新培育|新登记|新注册|新设立|新入库|新投放|新开通|新增|净增|招引培育|招引`)

func measureName(topic, measure, before string) string {
	thing := subject(changedLevel(topic)) // (…装机同比增加1829万千瓦、…，占比55.1%: the capacity's share)
	if !strings.HasPrefix(measure, "占") {
		ofThing := []string{"总产量", "产量", "总量", "增量", "资产总额", "利润总额", "种植面积", "播种面积"}
		if containsWord([]string{"单产", "亩产"}, measure) {
			ofThing = append(ofThing, "总产") // (粮食总产486.5亿斤，单产…: the crop's yield; its 增量 is the total's)
		}
		for _, m := range ofThing {
			if rest, ok := strings.CutSuffix(thing, m); ok && utf8.RuneCountInString(rest) >= 2 {
				thing = rest
				break
			}
		}
	}
	// 合成生物产业新招引培育企业32家，总量增至92家: the stock is of the
	// things, not of those added.
	if containsWord([]string{"总量", "总数"}, measure) {
		if rest := addedWords.ReplaceAllString(thing, ""); utf8.RuneCountInString(rest) >= 2 {
			thing = rest
		}
	}
	measure = strings.TrimPrefix(measure, "实现")
	// 办结…政协委员提案101件,办复率100%: a rate is of the things, not of
	// the doing the list shared.
	if strings.HasSuffix(measure, "率") {
		for _, v := range sharedVerbs {
			if rest, ok := strings.CutPrefix(thing, v); ok && utf8.RuneCountInString(rest) >= 2 {
				thing = rest
				break
			}
		}
	}
	// (…其中，工业类3个、…、民生社会事业类46个，项目总投资339.9亿元: after a
	// list of kinds the measure is of the whole, 重点项目总投资.)
	if i := strings.Index(thing, "类"); i >= len("两字") && utf8.RuneCountInString(thing[:i]) <= 6 && !strings.ContainsAny(thing[:i], "、各") && utf8.RuneCountInString(thing[i+len("类"):]) >= 2 {
		thing = thing[i+len("类"):]
	}
	// (规模以上工业企业…、增加值: the industry's 增加值, not the firms'.)
	if rest, ok := strings.CutSuffix(thing, "企业"); ok && utf8.RuneCountInString(rest) >= 2 && containsWord([]string{"增加值", "营业收入", "营收", "利润", "利润总额"}, measure) {
		thing = rest
	}
	// 实施农村公路建设项目3个,建设里程达到38.13公里: the work the projects
	// and the measure share is said once (农村公路建设里程).
	if t := []rune(strings.TrimSuffix(thing, "项目")); len(t) > 2 && len(t) < utf8.RuneCountInString(thing) {
		if w := string(t[len(t)-2:]); strings.HasPrefix(measure, w) {
			thing = string(t[:len(t)-2])
		}
	}
	// 新增轨道交通运营里程…、总里程达到…: the whole of the same measure
	// (轨道交通运营总里程).
	if rest, ok := strings.CutPrefix(measure, "总"); ok && utf8.RuneCountInString(rest) >= 1 { // (外贸进出口额…，总额…: 外贸进出口总额)
		if t, ok := strings.CutSuffix(thing, rest); ok && utf8.RuneCountInString(t) >= 2 {
			return t + cumulative(before) + measure
		}
	}
	// 城市轨道交通运营线路增至14条、运营里程超过580公里: the measure is of
	// what the words it shares with the thing qualify (城市轨道交通运营里程).
	if m := []rune(measure); len(m) > 2 {
		if i := strings.Index(thing, string(m[:2])); i >= len("两字") {
			thing = thing[:i]
		}
	}
	return thing + cumulative(before) + measure
}

// cumulative is 累计 when the words before a bare measure open on it: the
// labels keep it inside the name the measure takes from its thing
// (新建高标准农田1万亩,累计完成投资2,431.67万元: 高标准农田累计完成投资).
func cumulative(before string) string {
	if strings.HasPrefix(trimSpace(before), "累计") {
		return "累计"
	}
	return ""
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
	// 坪山高铁快捷线40分钟通达市中心: the time a journey takes names it.
	if (n.unit == "分钟" || n.unit == "小时") && hasAnyPrefix(n.after, []string{"通达", "到达", "直达", "抵达", "可达"}) {
		if to := upToSeparator(n.after); utf8.RuneCountInString(to) <= 10 && !numberRe.MatchString(to) {
			return name + to + "时间"
		}
	}
	b := trimSpace(n.before)
	for _, q := range n.qualifier {
		b = trimSpace(strings.TrimSuffix(b, q))
	}
	for _, v := range amountChanges {
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
	b := strings.TrimSuffix(strings.Trim(trimSpace(before), "、，,"), "了") // (一年增加了280亿元)
	if strings.Contains(b, "去年") || strings.Contains(b, "较上年") {
		b = yearBeforeWords.Replace(b)
	} // (比去年增加1.6万亿元: 比上年增加, as the labels write it)
	if b == "净增" || b == "净增加" {
		return b // 申请地方政府专项债券资金13.78亿元,净增5.17亿元: the level's net increase
	}
	for _, w := range []string{"比上年净增加", "比上年增加", "比上年减少", "比上年提高", "比上年提升", "比上年下降", "比上年多", "比上年少", "同比增加", "同比减少"} {
		if strings.HasSuffix(b, w) {
			return w
		}
		// 一年增加76家: in the year, against the year before.
		if rest, ok := strings.CutPrefix(w, "比上年"); ok && b == "一年"+rest {
			return w
		}
	}
	// 进入世界500强企业达17家、五年增加6家: the years' additions to them.
	if m := spanAdded.FindStringSubmatch(b); m != nil {
		return m[1]
	}
	if g := aboveBenchmark.FindString(b); g != "" {
		return g // 人均地区生产总值5.18万元,比上年增加0.17万元,比全省高1.18万元
	}
	return changedSince.FindString(b) // 优良天数281天、比2020年增加36天
}

// changedName is the level's name a change's name was made from: 人均地区生产总值比上年增加
// gives 人均地区生产总值.
func changedName(name string) string {
	if loc := increaseOfLast.FindStringIndex(name); loc != nil && loc[0] > 0 {
		return name[:loc[0]]
	}
	for _, w := range []string{"比全国", "比全省", "比全市", "比全区", "较全国", "较全省", "较全市"} {
		if i := strings.LastIndex(name, w); i > 0 && aboveBenchmark.MatchString(name[i:]) {
			return name[:i]
		}
	}
	return name
}

// aboveBenchmark is a gap by an amount to a wider region's level, said
// after the level: 比全省高1.18万元, 比全国平均水平低.
var aboveBenchmark = regexp.MustCompile(`^(?:比|较)(?:全国|全省|全市|全区|全州|全盟)(?:平均(?:水平)?)?(?:高出|高|低|多|少)$`)

// increaseOfLast ends the name of an increase over the year before.
var increaseOfLast = regexp.MustCompile(`比上年(?:净)?(?:增加|减少|提高|提升|下降|多|少)$`)

// yearBeforeWords write the year before as the labels do: 比上年.
var yearBeforeWords = strings.NewReplacer("比去年", "比上年", "较上年", "比上年", "较去年", "比上年")

// spanAdded is what was added over the years a review speaks of, said
// after the level: 五年增加, 五年净增.
var spanAdded = regexp.MustCompile(`^(?:五年|十年|三年|四年|两年)(增加|新增|净增|减少)$`)

// changedSince is a change since a year, said after the level it changes.
var changedSince = regexp.MustCompile(`^(?:比|较)[0-9]{4}年(?:增加|减少|提高|提升|上升|下降|多|少)$`)

// taskVerbs are the verbs of a plan's task that the labels keep on what the
// task makes (打造银发综合体50个, 再创建5条美丽河湖) or the projects it carries
// out (实施30个全域土地综合整治项目): in a plan the verb says which part of the
// work the figure measures. Verbs of mere activity (开展, 组织, 推进) are
// not kept, and labellers disagree on 完成 (完成200条背街小巷整治 kept in one
// report, 完成29条背街巷道改造 dropped in another), so it is not either.
var taskVerbs = []string{"打造", "创建", "实施"}

// withTaskVerb gives a plan figure's name the task verb its clause opens
// on, when the verb stands right before the name or right before the count
// of the thing named.
func withTaskVerb(name string, n number) string {
	if name == "" || n.unit == "%" || report.IsMoney(n.unit) || bareMeasure(name) || strings.Contains(name, "的") || endsInMeasure(name) {
		return name
	}
	b := trimSpace(n.before)
	for again := true; again; {
		again = false
		for _, w := range taskLead {
			if rest := strings.TrimPrefix(b, w); rest != b {
				b, again = rest, true
			}
			if rest := strings.TrimPrefix(name, w); rest != name && hasAnyPrefix(rest, taskVerbs) {
				name = rest // 再创建美丽河湖
			}
		}
	}
	for _, v := range taskVerbs {
		if strings.HasPrefix(name, v) {
			return name
		}
		if v == "实施" && !strings.HasSuffix(name, "项目") {
			continue // 实施老楼加装电梯800台: the labels keep 实施 on projects only
		}
		if rest, ok := strings.CutPrefix(b, v); ok && (rest == "" || rest == name) {
			return v + name
		}
	}
	return name
}

// nextClauseThing is the thing of the work a clause does, for the money an
// earlier clause spent on it: 完成21个老旧小区供热管网改造 (老旧小区供热管网
// 改造), 建成保障性住房2262套 (保障性住房), 完成65条、总长度57.9公里的城市
// 道路新建改造 (城市道路新建改造), 对城区雨水管网进行全面改造 (城区雨水管网
// 改造), 集中改造的11条背街巷道全部完工 (背街巷道集中改造); or "".
func nextClauseThing(c string) string {
	c = trimSpace(c)
	work := strings.HasPrefix(c, "对") // a clause that does no work names none: 同比增长51.5%
	for again := true; again; {
		again = false
		for _, w := range workLead {
			if rest := strings.TrimPrefix(c, w); rest != c && rest != "" {
				c, again = rest, true
				work = work || !containsWord(leadingAdverbs, w)
			}
		}
	}
	if !work {
		return ""
	}
	// How it went is not what it is: …全部完工, …顺利推进.
	for _, a := range []string{"全部", "全面完成", "顺利", "如期", "基本"} {
		if i := strings.Index(c, a); i >= len("两字") {
			c = c[:i]
		}
	}
	// 对X进行(全面)Y: the work Y on the thing X.
	if rest, ok := strings.CutPrefix(c, "对"); ok {
		if x, y, ok := strings.Cut(rest, "进行"); ok {
			c = x + strings.TrimPrefix(y, "全面")
		}
	}
	// A clause of what was done before the thing counted (集中改造的11条
	// 背街巷道) names the work after the thing.
	if done, thing, ok := strings.Cut(c, "的"); ok && !numberRe.MatchString(done) && numberRe.MatchString(thing) && utf8.RuneCountInString(done) <= 6 {
		if loc := numberRe.FindAllStringIndex(thing, -1); len(loc) > 0 {
			c = afterUnit(thing[loc[len(loc)-1][1]:]) + done
		}
	}
	// 次干道路、变电站、输配电线路等基础设施工程: examples of a kind of
	// work, the kind after 等 names them.
	if i := strings.LastIndex(c, "等"); i > 0 && strings.Contains(c[:i], "、") && !numberRe.MatchString(c) && utf8.RuneCountInString(c[i+len("等"):]) >= 3 {
		c = c[i+len("等"):]
	}
	// 伊敏河景观改造、626小河沿岸环境整治: a list of works has no one
	// name; a list of sizes of one work does (54栋住宅楼、14万平方米既有建筑
	// 节能改造).
	for _, item := range strings.Split(c, "、") {
		if !numberRe.MatchString(item) && strings.Contains(c, "、") {
			return ""
		}
	}
	// The numbers in it count or size the thing: the name is what follows
	// the last of them (54栋住宅楼、14万平方米既有建筑节能改造), after a
	// clause that sizes it (总长度57.9公里的), or what precedes a count at
	// the end (保障性住房2262套).
	if loc := numberRe.FindAllStringIndex(c, -1); len(loc) > 0 {
		last := loc[len(loc)-1]
		if tail := strings.TrimPrefix(afterUnit(c[last[1]:]), "的"); tail != "" {
			c = tail
			// 5个村的饮水安全工程: the things counted, then the work.
			if i := strings.Index(c, "的"); i > 0 && utf8.RuneCountInString(c[:i]) <= 2 {
				c = c[i+len("的"):]
			}
		} else {
			c = c[:loc[0][0]]
		}
	}
	c = strings.TrimSuffix(strings.TrimSuffix(c, "任务"), "工作")
	if numberRe.MatchString(c) || strings.ContainsAny(c, "、等") || utf8.RuneCountInString(c) < 3 || utf8.RuneCountInString(c) > 20 {
		return "" // a list of things, or examples of them: no one name
	}
	return c
}

// afterUnit is s without the unit it opens on.
func afterUnit(s string) string {
	for _, u := range units {
		if strings.HasPrefix(s, u) {
			return s[len(u):]
		}
	}
	return s
}

// nextClause is the clause that follows a comma at the start of rest (the
// sentence after a clause), or "": a clause after ；is a statement apart.
func nextClause(rest string) string {
	r, _ := utf8.DecodeRuneInString(rest)
	if r != '，' && r != ',' {
		return ""
	}
	return upTo(rest[utf8.RuneLen(r):], "，,；;。")
}

// afterSemicolon reports whether the clause at byte i of sentence s follows
// a ；: a statement apart, whose bare measures are not of the things named
// before it (投资3700万元，…背街巷道全部完工；投资3600万元，完成…节能改造).
func afterSemicolon(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r == '；' || r == ';'
}

// inTheYear drops the words that say a measure is the year's (年内投资,
// 全年投资) once the thing it is of names it: the fact's period says so.
var inTheYear = strings.NewReplacer("年内", "", "全年", "")

// sameBelow is the note that a word said once holds for what follows: 预计(下同).
var sameBelow = strings.NewReplacer("(下同)", "", "（下同）", "")

// workWords end the name of work done on things: 改造, 修复, 整治 ….
var workWords = []string{"改造", "修复", "亮化", "整治", "维修", "提升", "治理", "绿化", "硬化", "设置"}

// workedOn names things counted by the work done on them, as the labels
// do: 36个老旧小区的既有建筑节能改造 counts 既有建筑节能改造的老旧小区, and
// 3条主干道路的改造, where the work is a verb alone, 改造主干道路.
func workedOn(tail string) string {
	// 对…7条主干道路进行综合改造: the same work on the things, said with 进行.
	if things, work, ok := strings.Cut(tail, "进行"); ok && things != "" && !strings.Contains(things, "的") {
		tail = things + "的" + strings.TrimPrefix(work, "全面")
	}
	things, work, ok := strings.Cut(tail, "的")
	for _, v := range []string{"重点实施", "实施", "完成"} {
		if rest, cut := strings.CutPrefix(things, v); cut && rest != "" {
			things = rest // 重点实施城区20条道路的改造提升: the work names it
			break
		}
	}
	if !ok || strings.Contains(work, "的") || strings.ContainsAny(work, "和及、") || utf8.RuneCountInString(things) < 2 || utf8.RuneCountInString(things) > 8 || strings.HasPrefix(things, "总") || strings.HasSuffix(things, "度") || utf8.RuneCountInString(work) < 2 || numberRe.MatchString(tail) || !hasAnySuffix(work, workWords) {
		return tail
	}
	if containsWord(bareWorks, work) {
		return work + things
	}
	return work + "的" + things
}

// bareWorks are works said by a verb alone, which name the things worked
// on verb first: 改造主干道路, 维修改造义务教育学校.
var bareWorks = []string{"综合改造", "改造提升", "提升改造", "升级改造", "维修改造", "改造", "维修", "整治", "亮化", "绿化"}

func hasAnySuffix(s string, ws []string) bool {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

var (
	// subjectVerbs are the verbs subject takes off a thing's name.
	subjectVerbs = append([]string{"新登记", "新增", "净增", "新培育", "新入库", "新投放", "新开通", "新建成", "新建", "建成", "发放", "出台"}, taskVerbs...)
	// taskLead are the words before a task verb: when, and adverbs.
	taskLead = append([]string{"全年", "年内", "今年", "其中", "，"}, leadingAdverbs...)
	// workLead are the words that open a clause of work done: verbs of
	// doing, and adverbs.
	workLead = append([]string{"重点", "启动", "集中", "加快推进", "实施了", "实施", "完成了", "完成", "建成", "用于"}, leadingAdverbs...)
)

// exampleVerbs open a clause that lists examples before their count: 形成,
// 创建, 新增…
var exampleVerbs = append([]string{"挂牌建设", "获批建设", "落地建设", "形成", "新增", "出台", "制定", "打通", "贯通"}, append(append([]string(nil), sharedVerbs...), leadingVerbs...)...)

// placeVerbs open what counted places did: 16个县（市、区）整县建成美丽乡村.
var placeVerbs = append([]string{"整县", "整市", "开展", "建成", "实现", "完成", "获得", "获批", "通", "达到"}, relativeVerbs...)

// withoutTask names work measured by its size without the word task:
// 2595套保障性住房建设任务 is 保障性住房建设; 162项建设任务, tasks counted,
// keeps it.
func withoutTask(name, unit string) string {
	rest, ok := strings.CutSuffix(name, "任务")
	if !ok || !hasAnySuffix(rest, taskWork) {
		return name
	}
	// (完成37项改造任务 counts tasks; 7个现代牧场建设任务 counts the
	// pastures built, as both labellers of Hailar 2015's tasks have it.)
	if u, _, _ := strings.Cut(unit, "("); (u == "项" || u == "件") || u == "个" && !strings.HasSuffix(rest, "建设") {
		return name
	}
	return rest
}

// taskWork are the works a task of a size names: 建设 and workWords.
var taskWork = append([]string{"建设"}, workWords...)

// unitMeasures name what an amount in a unit measures: 户数, 人数, 面积.
var unitMeasures = map[string]string{"户": "户数", "人": "人数", "名": "人数", "平方米": "面积", "㎡": "面积", "亩": "面积", "公顷": "面积"}

// tellApartByUnit names apart the facts of one clause that got one name
// but count in units of different measures, as the labels do: 累计识别
// 监测对象20.9万户69.3万人 is 识别监测对象户数 and 识别监测对象人数,
// 完成3800户、58万平方米棚户区改造 棚户区改造户数 and 棚户区改造面积.
func (x *extractor) tellApartByUnit() {
	type amount struct {
		name        *string
		unit, quote string
	}
	apart := func(as []amount) {
		var rename []int
		for i, a := range as {
			for j, b := range as {
				ma, mb := measureOf(a.unit), measureOf(b.unit)
				// (清理闲置土地36宗、127万平方米: the parcels counted, and their 面积.)
				if i != j && *a.name == *b.name && a.quote == b.quote && ma != "" && (mb != "" && ma != mb || mb == "" && ma == "面积" && report.IsCount(strings.TrimLeft(b.unit, "万亿千百"))) {
					rename = append(rename, i)
					break
				}
			}
		}
		for _, i := range rename {
			name, m := as[i].name, measureOf(as[i].unit)
			switch people, ok := strings.CutSuffix(*name, "人口"); {
			case ok && m == "户数":
				*name = people + "户" // 96户177人建档立卡贫困人口: 贫困户, 贫困人口
			case ok && m == "人数", strings.HasSuffix(*name, m):
			default:
				*name += m
			}
		}
	}
	for si := range x.r.Results {
		var as []amount
		for i := range x.r.Results[si].Indicators {
			in := &x.r.Results[si].Indicators[i]
			as = append(as, amount{&in.Name, in.Unit, in.Quote})
		}
		apart(as)
	}
	for ti := range x.r.Tasks {
		for ii := range x.r.Tasks[ti].Items {
			var as []amount
			for i := range x.r.Tasks[ti].Items[ii].Figures {
				f := &x.r.Tasks[ti].Items[ii].Figures[i]
				as = append(as, amount{&f.Name, f.Unit, f.Quote})
			}
			apart(as)
		}
	}
}

// measureOf is what an amount in unit measures (万户: 户数), or "".
func measureOf(unit string) string {
	return unitMeasures[strings.TrimLeft(unit, "万亿千百")]
}

// inCircumstance names a number of a clause that says in what
// circumstance something happened (外贸进出口在对美贸易下降超3成的情况下增长
// 12%): a number inside the circumstance is of what follows 在 (对美贸易),
// one after it of what stands before 在 (外贸进出口); other names are as
// they are.
func inCircumstance(name, clause string) string {
	if !strings.Contains(clause, "情况下") {
		return name
	}
	if strings.HasSuffix(name, "情况下") {
		if i := strings.Index(clause, "在"); i > 0 {
			return cleanName(clause[:i])
		} else if i == 0 {
			return "" // (…119亿元,在大幅减税降费情况下增长1.5%: the level's growth, how it came about said first)
		}
		return name
	}
	if i := strings.Index(name, "在"); i >= len("两字") && utf8.RuneCountInString(name[i+len("在"):]) >= 2 {
		// (固定资产投资在2022年完成1708亿元高基数的情况下: a time after 在
		// says when, the thing stands before it.)
		if leadingYear.MatchString(name[i+len("在"):]) || hasAnyPrefix(name[i+len("在"):], []string{"上年", "去年", "前年"}) {
			return cleanName(name[:i])
		}
		return name[i+len("在"):]
	}
	return name
}

// ofKind names a kind counted after the whole it is of (安排重点项目105个，
// 其中，工业类3个、城市建设类28个: 工业类重点项目), as the labels do: the
// kind ends in 类 and the sentence's first thing is the whole.
func ofKind(name, whole string) string {
	if !strings.HasSuffix(name, "类") || hasAnySuffix(name, []string{"品类", "门类", "种类"}) || utf8.RuneCountInString(name) > 8 || strings.Contains(whole, "类") {
		return name
	}
	thing := thingMade(subject(whole))
	if utf8.RuneCountInString(thing) < 2 {
		return name
	}
	return name + thing
}

// amountOfWork names an amount of work on things given as examples of a
// kind of project by the work (实施奋斗镇1.6万吨蔬菜仓储等项目 → 奋斗镇蔬菜
// 仓储, 加快…棚户区改造工程建设 → …棚户区改造工程, as both labellers of
// Hailar 2013's plan have it); counts keep their kind (向阳幼儿园等6个项目).
func amountOfWork(name, unit string) string {
	if report.IsMoney(unit) {
		return name
	}
	if report.IsCount(strings.Split(unit, "(")[0]) {
		// (全面完成17个奶牛养殖小区项目建设: the projects, built.)
		if rest, ok := strings.CutSuffix(name, "项目建设"); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest + "项目"
		}
		return name
	}
	if i := strings.LastIndex(name, "等"); i >= len("两字") {
		if rest := name[i+len("等"):]; utf8.RuneCountInString(rest) <= 4 && hasAnySuffix(rest, []string{"项目", "工程"}) {
			return name[:i]
		}
	}
	for _, w := range []string{"工程建设", "项目建设"} {
		if rest, ok := strings.CutSuffix(name, w); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest + strings.TrimSuffix(w, "建设")
		}
	}
	return name
}

// thingMade is the thing a name of making or doing is of, its verb taken
// off: 建成5G基站 is 5G基站, 安排重点项目 重点项目.
func thingMade(name string) string {
	for _, v := range append(sharedVerbs[:len(sharedVerbs):len(sharedVerbs)], leadingVerbs...) {
		if rest, ok := strings.CutPrefix(name, v); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return name
}

// multiple names a level given as a multiple of another (是全省平均密度的51倍,
// 为年度任务1.5倍, 不低于当地最低生活保障标准的1.6倍) as the labels do: what is
// compared, 为, what it is compared with, 的倍数 (整备连片土地为年度任务的倍数).
// What is compared is the clause's words before the verb, else the fact
// before (a growth's speed, when that fact is a growth: 增长71%、是前海的
// 1.94倍); a list goes on with the same (、粤港澳大湾区平均密度的15倍). A
// growth by a multiple (增长2.6倍) is no such comparison. bound is the
// qualifier the verb says (接近: 近, 不低于), or "".
func multiple(name string, last *report.Indicator) (_, bound string) {
	name = strings.TrimPrefix(name, "分别") // (分别是2016年的1.4倍、2.4倍)
	if hasAnyWord(name, []string{"增长", "提高", "增加", "扩大", "翻"}) || strings.HasSuffix(name, "的倍数") {
		return name, ""
	}
	compared, with := "", ""
	for _, v := range comparedVerbs {
		if i := strings.Index(name, v); i >= 0 {
			compared, with = name[:i], name[i+len(v):]
			if strings.HasPrefix(v, "不") {
				bound = v
			} else if v == "接近" {
				bound = "近"
			}
			break
		}
	}
	if with == "" && last != nil && last.Unit == "倍" {
		if c, _, ok := strings.Cut(last.Name, "为"); ok && strings.HasSuffix(last.Name, "的倍数") {
			compared, with = c, name // (、粤港澳大湾区平均密度的15倍)
		}
	}
	with = strings.TrimSuffix(with, "的")
	if compared == "" && last != nil {
		compared = increaseOfLast.ReplaceAllString(last.Name, "") // (…27.3亿元，较上年提升2.2亿元，是全市平均水平的2.5倍: the level's)
		if last.Value == nil && last.Change != nil {
			compared += "增速"
		}
	}
	if utf8.RuneCountInString(with) < 2 || utf8.RuneCountInString(compared) < 2 {
		return name, ""
	}
	return compared + "为" + with + "的倍数", bound
}

// comparedVerbs compare a level with another's, a multiple after them.
var comparedVerbs = []string{"相当于", "不低于", "不少于", "不高于", "接近", "达到", "是", "为"}

// placesMoved names a rank's move by places (排名上升1个位次, 排名提升了3个
// 位次) as the labels do: the ranking the fact before placed the region in,
// 排名, and which way it moved (上升 or 下降).
func placesMoved(before string, last *report.Indicator) string {
	way := "上升"
	if hasAnyWord(before, []string{"下降", "下滑", "后移", "回落"}) {
		way = "下降"
	}
	ranking := ""
	if last != nil && last.Kind == report.KindRank {
		ranking = strings.TrimSuffix(last.Name, "排名")
	}
	return ranking + "排名" + way
}
