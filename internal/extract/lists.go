// Lists: several things in one clause sharing numbers (分别, 均, 、), named
// one by one.

package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/report"
)

// respectivelyNames names the things of a clause with 分别, one for each of
// its numbers, or reports that the clause is not of that shape.
func respectivelyNames(c string, nums []number) ([]string, bool) {
	i := strings.Index(c, "分别")
	if i < 0 {
		i = listRun(c, nums)
	}
	if i < 0 || len(nums) < 2 || nums[0].start < i {
		return nil, false // no 分别, or a number before it
	}
	// Split at 、 first: 信息传输软件和信息技术服务业、租赁和商务服务业 are two.
	subject := strings.TrimSuffix(trimSpace(c[:i]), "年均") // …产业增加值年均分别增长: the measure says 年均
	for _, aim := range []string{"力争", "确保", "预计"} {
		subject = strings.TrimSuffix(subject, aim) // PM2.5、PM10年均值力争分别控制在…: the aim is the qualifier's
	}
	subject = comparedWithAny.ReplaceAllString(subject, "") // 生产安全事故起数、死亡人数比2020年分别下降…
	if _, driven, ok := strings.Cut(subject, "带动"); ok && utf8.RuneCountInString(driven) >= 4 {
		subject = driven // 消费品以旧换新带动限上新能源汽车、节能家电零售额分别增长…: what grew, not what drove it
	}
	ratio := "" // 占…比重, a ratio named as a noun: each item's indicator
	// (现代服务业增加值占服务业比重、先进制造业增加值占规模以上工业比重分别达…:
	// each item its own ratio.)
	if j := strings.LastIndex(subject, "占"); j > 0 && !shareNoun(subject[j:]) && !strings.Contains(subject[:j], "占") {
		if hasAnySuffix(subject, []string{"比重", "比例"}) && nums[0].unit == "%" {
			ratio = subject[j:]
		}
		subject = subject[:j] // 先进制造业、高技术制造业增加值占…比重分别达
	}
	subject = jointShort.Replace(subject)
	// 共和村、燕川、洋涌河大桥三个断面氨氮: the list counted in words before
	// what they share says how many they are, nothing of each.
	if strings.Contains(subject, "、") { // (the pattern needs a list; most subjects are none)
		if loc := listCount.FindStringIndex(subject); loc != nil && strings.Count(subject[:loc[0]], "、")+1 == len(nums) {
			subject = subject[:loc[0]] + subject[loc[1]:]
		}
	}
	// “八类”“两抢”“两盗”警情: quoted items may stand side by side unjoined.
	if quoted := strings.ReplaceAll(subject, "”“", "”、“"); quoted != subject && strings.Count(quoted, "、")+1 == len(nums) {
		subject = quoted
	}
	items := strings.Split(subject, "、")
	if len(items) != len(nums) {
		items = strings.FieldsFunc(subject, func(r rune) bool { return r == '、' || r == '和' || r == '及' || r == '与' })
	}
	items = pairedTail(items)
	items = sharedMagnitudes(items)
	if sectors := threeSectors(cleanName(subject)); sectors != nil && len(nums) == 3 {
		return sectors, true // 一二三产增加值分别增长3.5%左右、6%左右、5%左右
	}
	if pair := townAndCountry(cleanName(subject)); len(items) == 1 && len(nums) == 2 && pair != nil {
		return pair, true // 城乡居民人均可支配收入分别增长4.4%、5.6%
	}
	if len(items) != len(nums) {
		return nil, false
	}
	// 食品、石化、医药、信息等产业增加值分别增长…: as many numbers as items,
	// so the 等 closing them names no more.
	if last := items[len(items)-1]; len(items) >= 2 {
		for _, w := range []string{"等产业", "等行业", "等领域"} {
			last = strings.Replace(last, w, w[len("等"):], 1) // (not 高等教育's 等)
		}
		last = examplesOfKind.ReplaceAllString(last, "$1") // (金融、高新技术、文化创意等支柱产业: each its 产业)
		items[len(items)-1] = last
	}
	names := rankedTail(items, nums[0].unit)
	// “上海标准”、“上海品牌”分别新增12项和44项: things made, the verb after
	// 分别 (新增“上海标准”), as when it comes first.
	verb := ""
	if j := strings.Index(c, "分别"); j >= 0 && report.IsCount(nums[0].unit) {
		for _, v := range []string{"新增", "新建", "建成", "引进", "创建", "认定", "新认定"} {
			if strings.HasPrefix(c[j+len("分别"):], v) {
				verb = v
				break
			}
		}
	}
	for k := range names {
		if k > 0 {
			names[k] = perUnitOf(names[k], names[k-1]) // 单位地区生产总值能耗和二氧化碳排放分别下降…
		}
		names[k] += ratio
		if verb != "" && !strings.HasPrefix(names[k], verb) {
			names[k] = verb + names[k]
		}
	}
	return names, true
}

// listCount is a list's count in words before what its things share: 三个.
var listCount = regexp.MustCompile(`[两二三四五六七八九十]{1,2}(?:个|项|条|家|座|所)`)

// listRun is where the verb stands before numbers that run on joined by
// 、 alone after a list of things, as many as they, with no 分别 to say
// so (“新三样”、集成电路出口增长30.4%、30.1%); or -1.
func listRun(c string, nums []number) int {
	if len(nums) < 2 {
		return -1
	}
	for k := 1; k < len(nums); k++ {
		// (两抢、两盗警情下降52.4%和35.3%: the last joined by 和.)
		if j := trimSpace(c[nums[k-1].end:nums[k].start]); j != "、" && !(j == "和" && k == len(nums)-1) {
			return -1
		}
	}
	pre := c[:nums[0].start]
	if strings.HasPrefix(pre, nums[0].before) {
		pre = nums[0].before // (农村自来水、卫生户厕普及率超过98％、85％: not the qualifier)
	}
	subject := cleanName(pre)
	// (城乡居民人均可支配收入年均增长5.3%、8.1%, 存贷款余额285亿元、240亿元:
	// two in one word; not 进出口总额接连突破8万亿元、9万亿元, one total's
	// marks.)
	if i := strings.Index(pre, subject); subject == "" || i < 0 || strings.Count(subject, "、")+1 != len(nums) && !(len(nums) == 2 && (strings.HasPrefix(subject, "城乡") || strings.Contains(subject, "存贷款")) && townAndCountry(subject) != nil) && !twoJoined(subject, nums) {
		return -1
	}
	return strings.Index(pre, subject) + len(subject)
}

// twoJoined reports whether a list's words name two things joined by 和,
// each of four characters or more, for two rates (战略性新兴产业和高技术制造业
// 增加值年均增长8％、7.2％).
func twoJoined(subject string, nums []number) bool {
	a, b, ok := strings.Cut(subject, "和")
	return ok && len(nums) == 2 && nums[0].unit == "%" && nums[1].unit == "%" && !strings.Contains(subject, "、") && !strings.Contains(b, "和") && utf8.RuneCountInString(a) >= 4 && utf8.RuneCountInString(b) >= 4
}

// rankedTail is shareTail's names, each with 增速 when the list's places
// rank the growth (房地产开发投资、商品房销售面积增速均居全国第4位), which a
// name otherwise drops as a word of change.
func rankedTail(items []string, unit string) []string {
	last := items[len(items)-1]
	if unit != "位" || !strings.HasSuffix(last, "增速") || len(items) < 2 {
		names := shareTail(items)
		// (一般公共预算收入增速、社会消费品零售总额增速、税比居六县(市)第1位:
		// each item's own 增速 is what is ranked.)
		for k := range names {
			if unit == "位" && strings.HasSuffix(items[k], "增速") && !strings.HasSuffix(names[k], "增速") {
				names[k] += "增速"
			}
		}
		return names
	}
	bare := append(append([]string{}, items[:len(items)-1]...), strings.TrimSuffix(last, "增速"))
	names := shareTail(bare)
	for k := range names {
		names[k] += "增速"
	}
	return names
}

// measureHeads are nouns of measure a list of things shares at its end:
// 高技术制造业、装备制造业增加值 are two 增加值, 水果、蔬菜、茶叶产量 three 产量.
var measureHeads = func() []string {
	h := []string{"排放总量", "排放量", "死亡人数", "受伤人数", "营业总收入", "营业收入", "主营业务收入", "利润总额", "营业利润", "进出口总额", "进出口", "出口额", "进口额", "出口", "进口", "限上零售额", "零售额", "贷款余额", "存款余额", "水质优良比例", "水质达标率", "占比", "综合产值", "人次", "增加值", "产量", "出栏量", "存栏量", "余额", "比重", "收入", "支出", "产值", "营收", "总额", "销售额", "营业额", "交易额", "投资", "人数", "面积", "价格", "标准", "利润", "规模", "数量", "覆盖率", "警情", "案件", "客运量", "吞吐量", "年均值", "年均浓度", "加注量", "发电量", "用电量", "货运量",
		"参保率", "通达率", "毛入学率", "入学率", "毛入园率", "普及率", "达标率", "治理率", "优良率", "合格率", "利用率", "处理率", "巩固率"}
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
	// 非化石能源发电量、用电量占比: a share named at the end is each item's,
	// the items named among themselves first (非化石能源用电量占比).
	for _, r := range []string{"占比", "比重"} {
		if rest, ok := strings.CutSuffix(last, r); ok && utf8.RuneCountInString(rest) >= 2 && len(items) >= 2 {
			// (地区生产总值、固定资产投资、社会消费品零售总额全省占比: the
			// whole the share is of is every item's too.)
			for _, whole := range []string{"全国", "全省", "全市", "全区"} {
				if t, ok := strings.CutSuffix(rest, whole); ok && utf8.RuneCountInString(t) >= 2 {
					rest, r = t, whole+r
					break
				}
			}
			bare := append(append([]string{}, items[:len(items)-1]...), rest)
			out := shareTail(bare)
			for k := range out {
				if !strings.HasSuffix(out[k], r) {
					out[k] += r
				}
			}
			return out
		}
	}
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
	// 有色冶金、石化化工、装备制造产业增加值: the kind of thing the last one
	// names (产业, 行业) and its measure are every item's.
	kindTail := ""
	// (生物和新能源汽车产业增速: the kind and the growth said of it.)
	for _, w := range []string{"产业", "行业"} {
		if i := strings.LastIndex(last, w); head == "" && i > 0 && containsWord([]string{"增速", "增幅"}, last[i+len(w):]) {
			kindTail = last[i:]
		}
	}
	for _, w := range []string{"产业集群", "战略性新兴产业", "产业", "行业", "全产业链", "产业链", "集群"} { // (人参、食用菌全产业链产值; 人工智能、机器人、低空与空天产业集群增加值)
		if (head != "" || w == "产业" || w == "行业") && strings.HasSuffix(last, w+head) && len(last) > len(w+head) && kindTail == "" {
			kindTail = w + head
		}
	}
	out := make([]string, len(items))
	for k, it := range items {
		name := cleanName(it)
		n := utf8.RuneCountInString(name)
		first := []rune(cleanName(items[0]))
		switch {
		case k > 0 && isMeasureHead(name) && ownedBy(string(first)) != "":
			// 地方财政收入、支出: a measure alone after the first one's
			// is of the same thing (地方财政支出).
			name = ownedBy(string(first)) + name
		case k > 0 && n <= 4 && hasAnySuffix(name, []string{"收入", "额", "量"}) && visitorsOf(string(first)) != "":
			// 重点监测景区接待游客、经营收入; 主要商圈客流、销售额: the
			// place the visitors came to earned the money.
			name = visitorsOf(string(first)) + name
		case k > 0 && (n <= 3 || countWord(name)) && (len(first) > n+1 || countWord(name) && countWord(string(first)) && len(first) >= 4) && (sameLastRune(name, string(first)) || n == 3 && endsInMeasure(name) && endsInMeasure(string(first)) && len(first) >= n+2):
			// 网上信访满意率、办结率: the first one's subject is the
			// others' too (网上信访办结率); 生产安全事故起数、死亡人数:
			// counts of two characters parallel each other
			// (生产安全事故死亡人数).
			cut := n
			if countWord(name) && countWord(string(first)) {
				cut = 2
			}
			name = string(first[:len(first)-cut]) + name
		case k >= 2 && countWord(string(first)) && len(first) >= 5 && n <= 6 && !strings.HasPrefix(name, string(first[:len(first)-2])) && k == len(items)-1 && countWord(cleanName(items[k-1])):
			// 生产安全事故起数、死亡人数、受伤人数、直接经济损失: after
			// counts of the first one's subject, the last measure is its too.
			name = string(first[:len(first)-2]) + name
		case k == len(items)-1:
		case strings.HasPrefix(head, "排放") && !strings.Contains(name, "排放"):
			// 化学需氧量、氨氮、二氧化硫、氮氧化物排放量: pollutants listed
			// share their emissions; none is a word of another's.
			name += head
		case strings.HasSuffix(name, "级") && n <= 4 && strings.Contains(last, "级") && !strings.HasSuffix(last, "级"):
			// 国家级、部级创新平台: a grade listed before another's is of the
			// thing the last one names.
			name += last[strings.Index(last, "级")+len("级"):]
		case n >= 3 && n <= 4 && n+2 < len(lastRunes) && sameLastRune(name, string(lastRunes[:n])) && !strings.HasPrefix(last, name):
			// 城镇居民、农村居民人均可支配收入: an item as long as the last
			// one's first word, ending alike, takes the rest of it.
			name += string(lastRunes[n:])
		case kindTail != "" && !strings.HasSuffix(name, kindTail):
			if strings.HasSuffix(name, "业") {
				name += head // 战略性新兴产业、高新技术产业增加值; 高技术制造业
			} else {
				name += kindTail
			}
		case n <= 2 && n+1 < len(lastRunes) && (head == "" || utf8.RuneCountInString(strings.TrimSuffix(last, head)) > n+1 && !strings.HasPrefix(head, "水质")) && !strings.Contains(last, name):
			// (原煤、原油、天然气产量: a last one as short as the others
			// before its measure shares only the measure; so do waters a
			// 水质 measure is of: 河流、近岸海域、饮用水源水质达标率.)
			if tail := string(lastRunes[n:]); !strings.HasSuffix(name, tail) {
				name += tail
			}
		case head != "" && !strings.HasSuffix(name, head) && !endsInMeasure(name) && ownedBy(name) == "" && !ownMeasures(items) && !(visitorsOf(name) != "" && hasAnySuffix(head, []string{"收入", "额"})) && !hasAnySuffix(name, []string{"M0", "M1", "M2"}):
			name += head // (not 房地产开发投资, a measure of its own; nor 广义货币M2, the money supply)
		}
		// 对东盟、欧盟进出口: trade with the first place is 对 it, and
		// with each of the others.
		if k > 0 && strings.HasPrefix(string(first), "对") && !strings.HasPrefix(name, "对") {
			name = tradedWith(string(first), name) + name
		}
		// 地均GDP和税收: a measure per unit of land or head the first says is
		// the others' too (地均税收).
		if k > 0 {
			for _, per := range []string{"地均", "亩均", "人均", "户均"} {
				if strings.HasPrefix(string(first), per) && !strings.HasPrefix(name, per) && utf8.RuneCountInString(name) <= 4 && !strings.Contains(name, "均") {
					name = per + name
				}
			}
		}
		// 农村卫生厕所普及率、生活垃圾分类行政村覆盖率、生活污水治理率:
		// where the first is, the others are, unless they say where.
		if k > 0 {
			for _, scope := range listScopes {
				if strings.HasPrefix(string(first), scope) && utf8.RuneCountInString(string(first)) > 4 && !hasAnyPrefix(name, listScopes) && !hasAnyPrefix(name, []string{"城乡", "县城"}) && !strings.Contains(name, scope) {
					name = scope + name // (国家级跨境电商综合试验区、服务贸易平台均增至9个: both 国家级)
				}
			}
		}
		if g := strings.TrimPrefix(kindTail, strings.TrimRight(kindTail, "增速幅")); g != "" && strings.HasSuffix(last, g) && !strings.HasSuffix(name, g) {
			name += g // (…新能源汽车产业增速: the last one's growth, which cleaning cut)
		}
		out[k] = name
	}
	return out
}

// tradedWith is what a list's item after one opening on 对 is said with:
// the first's whole 对 phrase for a bare measure (对沿线国家进出口总额和实际投资:
// 对沿线国家实际投资), else 对 alone (对东盟、欧盟进出口: 对欧盟).
func tradedWith(first, name string) string {
	if utf8.RuneCountInString(name) > 5 || !hasAnySuffix(name, measureHeads) {
		return "对"
	}
	for _, h := range measureHeads {
		if rest, ok := strings.CutSuffix(first, h); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return "对"
}

// visitorsOf is the place whose visitors a name counts (重点监测景区接待游客,
// 主要商圈客流: the place), or "".
func visitorsOf(name string) string {
	for _, v := range []string{"接待游客", "接待旅客", "客流量", "客流", "游客"} {
		if rest, ok := strings.CutSuffix(name, v); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		}
	}
	return ""
}

// ownMeasures reports whether the first of a list of three or more ends in
// a measure of its own other than the last one's: the items each say what
// of them grew (进口货值、免签入境游客、国际航行船舶进出、…、离岛免税销售额).
func ownMeasures(items []string) bool {
	first, last := cleanName(items[0]), items[len(items)-1]
	return len(items) >= 3 && endsInMeasure(first) && !sameLastRune(first, last)
}

// isMeasureHead reports whether a name is a noun of measure alone: 支出,
// 总花费 (a measure a list does not share: 接待游客、旅游总花费).
func isMeasureHead(name string) bool {
	return containsWord(measureHeads, name) || name == "总花费" || name == "花费"
}

// ofTheFactBefore names a measure alone after a fact of the sentence as
// that fact's thing's: one of two characters (收入增长2.3%、支出… → 地方一般
// 公共预算支出) or one of ownedMeasures, or a rate of a kind of the same
// people (sharedRateSubject); or gives name.
func ofTheFactBefore(name, before string) string {
	if (isMeasureHead(name) && utf8.RuneCountInString(name) <= 2 || containsWord(ownedMeasures, name)) && ownedBy(before) != "" {
		return merge(ownedBy(before), name) // (清洁能源发电装机规模…、装机占比: 清洁能源发电装机占比)
	}
	// 清洁能源装机占比54.8%、发电量占比51.3%: another measure's share is of
	// the same thing.
	for _, r := range []string{"占比", "比重"} {
		m, ok := strings.CutSuffix(name, r)
		if !ok || !containsWord(sharedMeasures, m) {
			continue
		}
		for _, x := range sharedMeasures {
			if thing, ok := strings.CutSuffix(before, x+r); ok && utf8.RuneCountInString(thing) >= 2 && x != m {
				return thing + name
			}
		}
	}
	// 研发经费支出从1800亿元增加到3200亿元，占地区生产总值比重从2.4%提高到
	// 2.9%; 外贸进出口总额达4.5万亿元…，增量占全国比重30.4%: a share of a
	// whole said with no thing (or only its increase) is of the fact before.
	if share, ok := strings.CutPrefix(strings.TrimPrefix(name, "增量"), "占"); ok && utf8.RuneCountInString(share) >= 2 && utf8.RuneCountInString(name) <= 12 {
		if thing := changedLevel(before); utf8.RuneCountInString(thing) >= 2 && !strings.Contains(thing, "占") {
			return thing + name
		}
	}
	// 应届高校毕业生就业率保持95%以上、市场就业率70%以上: a rate of the
	// same kind, told apart by a word before it, is of the same people.
	if subject := sharedRateSubject(name, before); subject != "" {
		return subject + name
	}
	return perUnitOf(name, before)
}

// perUnitOf gives a per-unit measure listed after one named per unit of
// output the same base: 单位国内生产总值能耗下降8.1%、二氧化碳排放下降14.1%
// (单位国内生产总值二氧化碳排放).
func perUnitOf(name, before string) string {
	m := perUnitBase.FindString(before)
	if m == "" || strings.HasPrefix(name, "单位") || strings.HasPrefix(name, "万元") || !containsWord(perUnitMeasures, name) {
		return name
	}
	return m + name
}

// perUnitBase is the base a measure per unit of output is of; perUnitMeasures
// are what is measured so.
var (
	perUnitBase     = regexp.MustCompile(`^(?:单位|万元|每万元)(?:国内生产总值|地区生产总值|GDP|工业增加值|规模以上工业增加值)`) // (万元GDP建设用地、水耗、电耗)
	perUnitMeasures = []string{"能耗", "电耗", "二氧化碳排放", "二氧化碳排放量", "碳排放", "用水量", "水耗", "建设用地", "建设用地面积", "建设用地使用面积"}
)

// sharedRateSubject is the people the rate before is of, for a rate named
// with the same words and a kind of up to three characters before them
// (应届高校毕业生就业率, 市场就业率: 应届高校毕业生), or "".
func sharedRateSubject(name, before string) string {
	n, b := []rune(name), []rune(before)
	k := 0
	for k < len(n) && k < len(b) && n[len(n)-1-k] == b[len(b)-1-k] {
		k++
	}
	if k < 3 || n[len(n)-1] != '率' || len(n)-k < 1 || len(n)-k > 3 || len(b)-k < 2 || !strings.ContainsRune("生人民工者员", b[len(b)-k-1]) {
		return "" // (畜禽粪污…、秸秆综合利用率: 秸秆 is a thing of its own; people are told apart by kinds)
	}
	return string(b[:len(b)-k])
}

// sharedMeasures are measures of one thing whose shares a clause lists.
var sharedMeasures = []string{"装机", "发电量", "用电量", "产值", "增加值", "营收", "投资", "产量"}

// ownedMeasures are measures of a thing of more than two characters that
// say nothing of which thing (新能源投资增长70%、装机规模增长38%: the
// 新能源's).
var ownedMeasures = []string{"装机规模", "装机容量", "装机占比", "利用率", "就地转化率", "营业收入", "营业利润", "利润总额"}

// placesOf names beds, places or students alone after a count of the
// facilities that hold them as theirs: 养老机构和设施达到9341个、床位10.5万张
// (养老机构和设施床位), 普通高等学校达66所、累计招生117.6万人; or gives name.
func placesOf(name string, last *report.Indicator) string {
	if (name == "床位" || name == "托位" || name == "招生" || name == "在校生") && last.Value != nil && report.IsCount(last.Unit) && !strings.HasSuffix(last.Name, name) {
		return last.Name + name
	}
	return name
}

// ownedBy is what a name measures, its measure cut off (地方财政收入:
// 地方财政), when that is two characters or more; or "".
func ownedBy(name string) string {
	for _, h := range measureHeads {
		if rest, ok := strings.CutSuffix(name, h); ok && utf8.RuneCountInString(rest) >= 2 {
			return rest
		} else if ok && rest == "" {
			return "" // 营业总收入 is a measure whole, owned by nothing said
		}
	}
	return ""
}

// listScopes say where or at what level the things of a list are, said
// once before the first: 农村, 国家级 ….
var listScopes = []string{"人民币", "本外币", "农村", "城镇", "城市", "乡村", "国家级", "国家", "省级", "市级", "限上", "限额以上", "每千人", "每万人"}

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

// jointPairs are words that name two things at once, and the two, in the
// order a list with 分别 gives their numbers: 城乡居民人均可支配收入分别增长
// 4.4%、5.6%, 本外币存贷款余额分别达38.7万亿元、29.9万亿元.
var jointPairs = [][3]string{{"城乡", "城镇", "农村"}, {"存贷款", "存款", "贷款"}, {"进出口", "进口", "出口"}, {"内外资", "内资", "外资"}}

// pairedTail gives two listed things of a joint pair (口岸进口和出口通关时间:
// 口岸进口通关时间, 口岸出口通关时间) what the first's words before it and
// the last's words after it say of both.
func pairedTail(items []string) []string {
	if len(items) != 2 {
		return items
	}
	for _, p := range jointPairs {
		before, ok := strings.CutSuffix(items[0], p[1])
		tail, ok2 := strings.CutPrefix(items[1], p[2])
		if ok && ok2 && tail != "" && utf8.RuneCountInString(before) <= 4 {
			return []string{items[0] + tail, before + items[1]}
		}
	}
	return items
}

// magnitudeEnd ends an item of a list of thresholds before the last's unit
// (主营业务收入超百亿、千亿元的企业: 百亿); magnitudeStart opens the last.
var (
	magnitudeEnd     = regexp.MustCompile(`(?:[百千]?亿|[百千]?万)(?:元|美元)?$`)
	magnitudeStart   = regexp.MustCompile(`^(?:[百千]?亿|[百千]?万)(?:元|美元)`)
	magnitudeOpening = regexp.MustCompile(`^(?:[百千]?亿|[百千]?万)`)
)

// sharedMagnitudes gives thresholds listed by their magnitudes alone
// (主营业务收入超百亿、千亿元的企业) the words before the first and after the
// last's magnitude: 主营业务收入超百亿元的企业, 主营业务收入超千亿元的企业.
func sharedMagnitudes(items []string) []string {
	if len(items) < 2 {
		return items
	}
	first, last := items[0], items[len(items)-1]
	m := magnitudeEnd.FindStringIndex(first)
	// (年主营业务收入超百亿元、超千亿元的大型骨干企业: each threshold with
	// its 超, said before the first too.)
	if m != nil {
		for _, over := range []string{"超过", "超"} {
			if strings.HasSuffix(first[:m[0]], over) && strings.HasPrefix(last, over) {
				items = append([]string(nil), items...)
				for k := 1; k < len(items); k++ {
					items[k] = strings.TrimPrefix(items[k], over)
				}
				last = items[len(items)-1]
				break
			}
		}
	}
	if m == nil || m[0] == 0 || !magnitudeStart.MatchString(last) {
		return items
	}
	tail := last[len(magnitudeOpening.FindString(last)):] // what follows the last's magnitude: 元的企业
	out := make([]string, len(items))
	for k, it := range items {
		t := tail
		if cur := magnitudeOpening.FindString(last); strings.HasSuffix(it, "元") {
			t = strings.TrimPrefix(last[len(cur):], "美元") // (超千亿元、百亿元的企业: the item has its 元)
			t = strings.TrimPrefix(t, "元")
		}
		switch {
		case k == len(items)-1:
			out[k] = first[:m[0]] + it
		case magnitudeEnd.MatchString(it):
			if k == 0 {
				out[k] = it + t
			} else {
				out[k] = first[:m[0]] + it + t
			}
		default:
			return items
		}
	}
	return out
}

// examplesOfKind closes a list of examples with the kind they are of and a
// word of its rank (等支柱产业, 等重点行业): each item is of the kind.
var examplesOfKind = regexp.MustCompile(`等(?:支柱|主导|重点|优势|新兴|特色|传统)(产业|行业|领域)`)

// jointShort writes two things named with one word's first characters
// (存、贷款余额) as the joint word townAndCountry splits (存贷款余额).
var jointShort = strings.NewReplacer("城、乡", "城乡", "存、贷款", "存贷款", "进、出口", "进出口", "内、外资", "内外资")

// threeSectors names the three sectors of the economy written together
// (一二三产增加值, 一、二、三产业增加值): 第一产业增加值 …; nil for any other name.
func threeSectors(name string) []string {
	for _, w := range []string{"一二三产业", "一、二、三产业", "一二三产", "一、二、三产"} {
		if i := strings.Index(name, w); i >= 0 {
			rest := name[i+len(w):]
			return []string{"第一产业" + rest, "第二产业" + rest, "第三产业" + rest}
		}
	}
	return nil
}

// townAndCountry splits a name for two things together (城乡居民人均可支配
// 收入, 存贷款余额) into each one's; nil for any other name.
func townAndCountry(name string) []string {
	for _, p := range jointPairs {
		i := strings.Index(name, p[0])
		if i < 0 || p[0] == "城乡" && i > 0 || utf8.RuneCountInString(name) < utf8.RuneCountInString(p[0])+2 {
			continue
		}
		town := p[1]
		if p[0] == "城乡" && (strings.Contains(name, "低保") || strings.Contains(name, "特困")) {
			town = "城市" // 城乡低保: 城市低保 and 农村低保, the programmes' own names
		}
		return []string{name[:i] + town + name[i+len(p[0]):], name[:i] + p[2] + name[i+len(p[0]):]}
	}
	return nil
}

// listNames splits a name that lists things sharing one number: 生产安全
// 事故起数、死亡人数均下降75%, 网上信访满意率、办结率和好评率达到95%以上. A
// list with 等 is a category's examples, one thing (老旧小区改造、供热管网
// 更新等4个项目), and without 均 only a rate is shared; 和 splits only things of the same kind (办结率和好评率, not
// 租赁和商务服务业).
func listNames(name string, n number) []string {
	name = jointShort.Replace(name)
	// 进出口总额突破万亿元、增速居全国第5位: a mark crossed in words, then
	// a measure of the same thing, is no list.
	if first, rest, ok := strings.Cut(name, "、"); ok && !strings.Contains(rest, "、") && crossedMark.MatchString(first) {
		return []string{crossedMark.ReplaceAllString(first, "") + rest}
	}
	// 均, 各 and 双双 say the number is each one's: 新建省重点实验室、省技术
	// 创新中心、省工程研究中心各20家; 存、贷款余额双双突破6万亿元.
	jun := strings.HasSuffix(name, "均") && !strings.HasSuffix(name, "年均") && !strings.HasSuffix(name, "人均") && !strings.HasSuffix(name, "平均") || strings.HasSuffix(name, "各") && strings.Contains(name, "、") || strings.HasSuffix(name, "双双")
	if jun {
		name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, "均"), "各"), "双双")
	}
	// 人民币存款、贷款余额连跨4个万亿元台阶、双双突破9万亿元: the milestones
	// crossed on the way are no part of the things listed.
	if m := milestoneClause.FindStringSubmatch(name); m != nil && m[1] != "" {
		name = m[1]
	}
	if pair := townAndCountry(name); pair != nil && (jun || strings.Contains(n.before, "分别") || townAndCountryIncome(name) && n.unit == "%") {
		return pair // 城乡居民人均可支配收入分别增长7.5%: each of the two
	}
	// Without 均 only a level in percent is each thing's: 东山、西山绿化修复
	// 1080亩 is one total, and A、B增长5% may be the growth of both together.
	// 本科高校、高职院校、技师学院均实现21个地级以上市全覆盖: a count of
	// what follows it is no list's.
	_, change := isChange(n)
	// (中药材、高原夏菜及玉米制种、马铃薯原原种产量稳居全国第1位: a place
	// in a ranking is each one's, as a level in per cent is.)
	rate := n.unit == "%" && !change || strings.HasSuffix(trimSpace(n.before), "第") || placesCrossing(name, n)
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
				// (中药材、高原夏菜及玉米制种、马铃薯原原种产量: 及 inside an
				// item of a 、 list joins two more items.)
				// (按时办理答复率和满意度均为100%: with 均, two measures
				// of one thing.)
				// (高端医疗器械和大健康产业产值均增长10%以上: with 均, a thing
				// and another with the measure they share.)
				if ra[len(ra)-1] == rb[len(rb)-1] || sep == "及" && strings.Contains(name, "、") && len(ra) >= 2 && len(rb) >= 2 && !strings.HasPrefix(b, "以") || jun && sep == "和" && endsInMeasure(a) && (endsInMeasure(b) || strings.HasSuffix(b, "度")) || jun && sep == "和" && !endsInMeasure(a) && endsInMeasure(b) && len(ra) >= 2 && len(rb) >= 4 {
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
	names := rankedTail(items, n.unit)
	// 新建省重点实验室、省技术创新中心…各20家: the verb of making the first
	// opens on is each one's.
	if v := listVerb(names[0]); v != "" && jun {
		for k := 1; k < len(names); k++ {
			if !hasAnyPrefix(names[k], sharedVerbs) && !hasAnyPrefix(names[k], leadingVerbs) {
				names[k] = v + names[k]
			}
		}
	}
	return names
}

// placesCrossing reports whether a name lists short place names whose one
// measure crossed a mark (内江、眉山、自贡、遂宁经济总量突破2000亿元): each
// crossed it, no sum of them did.
func placesCrossing(name string, n number) bool {
	i := strings.LastIndex(name, "、")
	if i < 0 || !containsWord(n.qualifier, "突破") && !containsWord(n.qualifier, "超过") {
		return false
	}
	for _, place := range strings.Split(name[:i], "、") { // (the last place stands with the measure: 遂宁经济总量)
		if k := utf8.RuneCountInString(place); k < 2 || k > 4 || hasAnyPrefix(place, exampleVerbs) {
			return false
		}
	}
	return utf8.RuneCountInString(name[i+len("、"):]) > 4 && endsInMeasure(name) // (not 棚户区、城中村、城市危旧房改造超过11万户: work done)
}

// townAndCountryIncome reports whether a name is the income of town and
// country residents, whose one growth rate is each one's even without 分别
// (城乡居民可支配收入增长18%): the statistics have no joint income.
func townAndCountryIncome(name string) bool {
	return strings.HasPrefix(name, "城乡居民") && strings.HasSuffix(name, "收入") && !strings.Contains(name, "比")
}

// listSubjectVerbs stand between who does something and what, at the start of a
// clause that lists what they did: 省属企业完成产业类投资553.1亿元、研发投入….
var listSubjectVerbs = []string{"完成", "实现"}

// subjectOfList is who does what a clause lists, before its first number
// (b): the words before a verb of listSubjectVerbs, two to eight characters of
// no number and no scope word; or "".
func subjectOfList(b string) string {
	// “包抓联”服务企业46万户、解决问题9.8万个: a programme named in quotes
	// at the clause's start does what the list says.
	if t := trimSpace(b); strings.HasPrefix(t, "“") {
		// (Not when a thing of the programme does it: “渝字号”文艺精品获文华奖3项.)
		if i := strings.Index(t, "”"); i > 0 && utf8.RuneCountInString(t[:i]) <= 10 && startsWithHan(t[i+len("”"):]) && !hasAnyWord(t[i+len("”"):], []string{"获", "入选", "的"}) && !hasAnyPrefix(t[i+len("”"):], []string{"工程", "行动", "计划", "项目", "品牌", "活动"}) {
			return t[:i+len("”")]
		}
	}
	if !strings.Contains(b, "完成") && !strings.Contains(b, "实现") {
		return "" // (cleanName costs: most clauses have neither)
	}
	b = cleanName(b)
	for _, v := range listSubjectVerbs {
		i := strings.Index(b, v)
		if i <= 0 {
			continue
		}
		s := b[:i]
		if k := utf8.RuneCountInString(s); k < 2 || k > 8 || numberRe.MatchString(s) || strings.ContainsAny(s, "、，") || containsWord(scopeWords, s) {
			return ""
		}
		return s
	}
	return ""
}

// withListSubject names a later item of a list by its subject (研发投入 →
// 省属企业研发投入), and the first without the verb between them
// (省属企业完成产业类投资 → 省属企业产业类投资).
func withListSubject(name string, n number) string {
	if n.listSubject != "" {
		if !strings.HasPrefix(name, n.listSubject) && name != "" && !bareMeasure(name) {
			return n.listSubject + name
		}
		return name
	}
	if s := subjectOfList(n.before); s != "" && strings.HasPrefix(name, s) && strings.Contains(n.after, "、") {
		for _, v := range listSubjectVerbs {
			if rest, ok := strings.CutPrefix(name[len(s):], v); ok && utf8.RuneCountInString(rest) >= 2 && !bareMeasure(v+rest) { // (完成投资 is a measure)
				return s + rest
			}
		}
	}
	return name
}

// stagesOfOneSubject names the stages a clause lists after one subject by
// it: 自治区重大项目开工390个、竣工437个 counts 自治区重大项目竣工, and
// 重点项目签约120个、开工95个 重点项目开工. A stage alone is named so only
// after a fact of the same clause named by the subject and another stage.
// An amount 折合 in another currency is the fact before's.
func (x *extractor) stagesOfOneSubject() {
	x.recordGroups(func(kind recordKind, g []record) {
		if kind != inResults && kind != inTasks {
			return
		}
		for j := 1; j < len(g); j++ {
			if prev, cur := g[j-1], g[j]; prev.quote == cur.quote {
				if name := oneSubjectName(*prev.name, *cur.name, cur.quote); name != *cur.name {
					*cur.name = name
					delete(x.d.Checks, cur.path+".name") // (竣工 alone was too short; the name is checked again)
					x.check(cur.path, name, cur.quote)
				}
			}
		}
	})
}

// oneSubjectName names a record after the record before it in the same
// clause: a stage alone by the subject the one before is named with
// (开工390个、竣工437个), an amount 折合 in another currency as the one
// before (实际使用外资…、折合1148亿元人民币); else it is name.
func oneSubjectName(prev, name, quote string) string {
	// 新增全国乡村治理示范镇5个、示范村49个: a kind said as the end of the
	// one before is, the words before it are its too.
	// (新增示范村: the list's verb given it first is the one before's.)
	kind := name
	if pr := []rune(prev); len(pr) > 2 && strings.HasPrefix(name, string(pr[:2])) && containsWord(sharedVerbs, string(pr[:2])) {
		kind = strings.TrimPrefix(name, string(pr[:2]))
	}
	if r, pr := []rune(kind), []rune(prev); len(r) >= 3 && len(r) <= 4 && len(pr) >= len(r)+2 {
		if tail := pr[len(pr)-len(r):]; string(tail[:len(r)-1]) == string(r[:len(r)-1]) && tail[len(r)-1] != r[len(r)-1] {
			return string(pr[:len(pr)-len(r)]) + kind
		}
	}
	if name == "折合" && prev != "" {
		if strings.Contains(quote, "元人民币") {
			return prev + "折合人民币"
		}
		return prev + "折合"
	}
	// 新建公园28个、改造提升23个: work alone after things made is done on
	// the same kind of thing (改造公园).
	if containsWord(bareWorks, name) || bareVerbs(name) {
		for _, v := range append(makingVerbs[:len(makingVerbs):len(makingVerbs)], "新增", "新建", "建成", "引进", "培育") {
			if thing, ok := strings.CutPrefix(prev, v); ok && utf8.RuneCountInString(thing) >= 2 && !containsWord(bareWorks, v) {
				return name + thing
			}
		}
	}
	if !containsWord(listedStages, name) {
		return name
	}
	for _, v := range listedStages {
		if subject, ok := strings.CutSuffix(prev, v); ok && utf8.RuneCountInString(subject) >= 2 {
			return subject + name
		}
	}
	// 建成过江通道4座、在建8座: the same things at another stage.
	for _, v := range listedStages {
		if thing, ok := strings.CutPrefix(prev, v); ok && utf8.RuneCountInString(thing) >= 2 && v != name {
			return name + thing
		}
	}
	// 实施…工程项目2758个、完工2746个: the stage the projects reached.
	if hasAnySuffix(prev, []string{"项目", "工程"}) && !hasAnyPrefix(prev, listedStages) {
		return name + strings.TrimPrefix(prev, "实施")
	}
	return name
}

// bareVerbs reports whether a name is verbs of making or bringing in and
// nothing else (引进培育, 新建): what they made is said before.
func bareVerbs(name string) bool {
	if containsWord(sharedVerbs, name) {
		return true
	}
	for _, v := range sharedVerbs {
		if rest, ok := strings.CutPrefix(name, v); ok && rest != "" && containsWord(sharedVerbs, rest) {
			return true
		}
	}
	return false
}

// listedStages are the stages of projects a clause lists one after another.
var listedStages = []string{"新开工", "开工", "竣工", "投产", "新建成", "建成", "完工", "签约", "开业", "投用", "通车", "落地", "交付", "续建", "达产", "在建", "供应", "分配"}
