package report

// The closed vocabularies of the model. Each is a string in the data file;
// Values lists what is allowed, so the loader can say what was expected and
// the schema can enumerate it.

// Level is the level of government that gave the report. Reports come from
// every level, and each level's own word is accepted in a data file too
// (省, 自治区, 直辖市, 地级市, 区, 旗 …): see Aliases.
type Level string

const (
	LevelNational     Level = "national"          // 国务院: the State Council's report
	LevelProvince     Level = "province"          // 省
	LevelAutonomous   Level = "autonomous-region" // 自治区
	LevelMunicipality Level = "municipality"      // 直辖市: 北京, 天津, 上海, 重庆
	LevelCity         Level = "city"              // 市 (地级市, 盟, 自治州: a prefecture-level city or its like)
	LevelCountyCity   Level = "county-city"       // 县级市
	LevelDistrict     Level = "district"          // 区 (市辖区)
	LevelCounty       Level = "county"            // 县, 自治县
	LevelBanner       Level = "banner"            // 旗, 自治旗 (内蒙古)
	LevelTownship     Level = "township"          // 乡, 镇, 街道
)

// Values lists the allowed levels, from the top down.
func (Level) Values() []string {
	return []string{"national", "province", "autonomous-region", "municipality", "city", "county-city", "district", "county", "banner", "township"}
}

// Aliases maps the Chinese words for each level to its value, so that
// `level: 区` or `level: 地级市` loads as written by a person.
func (Level) Aliases() map[string]string {
	return map[string]string{
		"全国": "national", "国家": "national", "国务院": "national",
		"省": "province", "自治区": "autonomous-region", "直辖市": "municipality",
		"市": "city", "地级市": "city", "设区的市": "city", "盟": "city", "自治州": "city", "州": "city",
		"县级市": "county-city", "区": "district", "市辖区": "district",
		"县": "county", "自治县": "county", "旗": "banner", "自治旗": "banner",
		"乡": "township", "镇": "township", "乡镇": "township", "街道": "township",
	}
}

// Label is the Chinese name of the level.
func (l Level) Label() string {
	return map[Level]string{
		LevelNational: "全国", LevelProvince: "省", LevelAutonomous: "自治区", LevelMunicipality: "直辖市",
		LevelCity: "市", LevelCountyCity: "县级市", LevelDistrict: "区", LevelCounty: "县", LevelBanner: "旗", LevelTownship: "乡镇",
	}[l]
}

// Rank orders levels from the top (0, national) down, for sorting reports.
func (l Level) Rank() int {
	for i, v := range l.Values() {
		if v == string(l) {
			return i
		}
	}
	return len(l.Values())
}

// Kind says what sort of quantity a fact is. Only flows and stocks are
// amounts that a chart may draw or a sum may add; the others are never
// summed or charted as amounts.
type Kind string

const (
	KindFlow      Kind = "flow"      // of the period (the default): 地区生产总值, 新增就业
	KindStock     Kind = "stock"     // a level at a date: 累计, 总量, 存栏, 年末余额
	KindRank      Kind = "rank"      // a position: 居全省第5位
	KindStreak    Kind = "streak"    // a run of years: 连续21年
	KindThreshold Kind = "threshold" // a criterion, not a quantity: 2000万元以上项目
	KindStandard  Kind = "standard"  // a rate per person or period: 每人1万元, 每月815元 (see Per)
)

// Values lists the allowed kinds.
func (Kind) Values() []string {
	return []string{"flow", "stock", "rank", "streak", "threshold", "standard"}
}

// Label is the Chinese name of the kind.
func (k Kind) Label() string {
	return map[Kind]string{"": "流量", KindFlow: "流量", KindStock: "存量", KindRank: "位次", KindStreak: "连续", KindThreshold: "门槛", KindStandard: "标准"}[k]
}

// Amount reports whether facts of this kind are amounts, which charts draw
// and sums add (flows and stocks); ranks, streaks, thresholds and
// per-person standards are not.
func (k Kind) Amount() bool { return k == "" || k == KindFlow || k == KindStock }

// Measure says what a figure over a multi-year period measures.
type Measure string

const (
	MeasureTotal   Measure = "total"   // the sum over the period: 累计
	MeasureAverage Measure = "average" // the average per year: 年均增长, 年均
	MeasureEnd     Measure = "end"     // the level at the period's end: 到2025年末, 达到
	MeasureChange  Measure = "change"  // the change since the year before the period: 比2020年下降
)

// Values lists the allowed measures.
func (Measure) Values() []string { return []string{"total", "average", "end", "change"} }

// Label is the Chinese name of the measure.
func (m Measure) Label() string {
	return map[Measure]string{MeasureTotal: "累计", MeasureAverage: "年均", MeasureEnd: "期末", MeasureChange: "期间变化"}[m]
}

// Money says what kind of money a planned figure is, so that only like is
// added to like: an investment total never includes a trade volume.
type Money string

const (
	MoneyInvestment Money = "investment" // 投资
	MoneySpending   Money = "spending"   // 支出, 资金投入
	MoneyRevenue    Money = "revenue"    // 收入
	MoneyDebt       Money = "debt"       // 债券, 债务, 偿还
	MoneyTrade      Money = "trade"      // 贸易额, 交易额, 销售额
	MoneySubsidy    Money = "subsidy"    // 补贴, 奖补, 资助
	MoneyFinancing  Money = "financing"  // 贷款, 融资, 授信
	MoneyOutput     Money = "output"     // 产值, 营收
	MoneyOther      Money = "other"
)

// Values lists the allowed kinds of money.
func (Money) Values() []string {
	return []string{"investment", "spending", "revenue", "debt", "trade", "subsidy", "financing", "output", "other"}
}

// Label is the Chinese name of the kind of money.
func (m Money) Label() string {
	return map[Money]string{MoneyInvestment: "投资", MoneySpending: "支出", MoneyRevenue: "收入", MoneyDebt: "债务", MoneyTrade: "交易额",
		MoneySubsidy: "补贴", MoneyFinancing: "融资", MoneyOutput: "产值", MoneyOther: "其他"}[m]
}

// ChangeKind says what a change rate measures.
type ChangeKind string

const (
	ChangeYoY   ChangeKind = "yoy"   // year-on-year growth, %
	ChangeShare ChangeKind = "share" // share of a whole, %
	ChangeRate  ChangeKind = "rate"  // a ratio such as 签章率, %
	ChangePP    ChangeKind = "pp"    // difference in percentage points
)

// Values lists the allowed change kinds.
func (ChangeKind) Values() []string { return []string{"yoy", "share", "rate", "pp"} }

// Label is the Chinese name of the change kind.
func (c ChangeKind) Label() string {
	return map[ChangeKind]string{ChangeYoY: "同比", ChangeShare: "占比", ChangeRate: "比率", ChangePP: "百分点"}[c]
}

// TargetKind says how a target is stated.
type TargetKind string

const (
	TargetGrowth      TargetKind = "growth"      // 增长5.8%左右
	TargetLevel       TargetKind = "level"       // 城镇新增就业1200万人以上
	TargetCap         TargetKind = "cap"         // 赤字率4%左右, 控制在…以内
	TargetFloor       TargetKind = "floor"       // 不低于…
	TargetQualitative TargetKind = "qualitative" // 居民收入增幅与经济增长速度基本同步
)

// Values lists the allowed target kinds.
func (TargetKind) Values() []string {
	return []string{"growth", "level", "cap", "floor", "qualitative"}
}

// Label is the Chinese name of the target kind.
func (t TargetKind) Label() string {
	return map[TargetKind]string{TargetGrowth: "增速", TargetLevel: "水平", TargetCap: "上限", TargetFloor: "下限", TargetQualitative: "定性"}[t]
}

// Nature tells expected (预期性) from binding (约束性) targets.
type Nature string

const (
	NatureExpected Nature = "expected"
	NatureBinding  Nature = "binding"
)

// Values lists the allowed natures.
func (Nature) Values() []string { return []string{"expected", "binding"} }

// Label is the Chinese name of the nature.
func (n Nature) Label() string {
	if n == NatureBinding {
		return "约束性"
	}
	return "预期性"
}

// Qualifiers are the words a report uses to qualify a number. A qualifier
// field holds one of these, or several joined by 、.
var Qualifiers = []string{
	"预计", "约", "余", "多", "近", "以上", "以下", "以内", "超过", "突破", "左右",
	"不低于", "不少于", "不超过", "超", "累计", "按可比口径", "力争", "确保", "拟", "平均",
	// The verbs that state a level to reach or hold, as the reports write
	// them; their variants are normalised by VerbVariants.
	"达到", "控制在", "降至", "稳定在", "保持在", "提高至", "提升至", "缩减至", "增至", "突破至",
}

// VerbVariants maps the other spellings of the verbs in Qualifiers to the
// one kept: 提高到 is written 提高至, 下降到 降至.
var VerbVariants = map[string]string{
	"达": "达到", "提高到": "提高至", "提升到": "提升至", "降到": "降至", "下降到": "降至", "下降至": "降至",
	"缩减到": "缩减至", "增加到": "增至", "增加至": "增至", "增长到": "增至", "增长至": "增至",
	"控制到": "控制在", "稳定到": "稳定在", "保持": "保持在",
}
