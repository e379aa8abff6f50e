package report

// The closed vocabularies of the model. Each is a string in the data file;
// Values lists what is allowed, so the loader can say what was expected and
// the schema can enumerate it.

// Level is the level of government that gave the report.
type Level string

const (
	LevelDistrict Level = "district"
	LevelCounty   Level = "county"
	LevelCity     Level = "city"
	LevelProvince Level = "province"
	LevelNational Level = "national"
)

// Values lists the allowed levels.
func (Level) Values() []string {
	return []string{"district", "county", "city", "province", "national"}
}

// Label is the Chinese name of the level.
func (l Level) Label() string {
	return map[Level]string{LevelDistrict: "区", LevelCounty: "县", LevelCity: "市", LevelProvince: "省", LevelNational: "全国"}[l]
}

// Kind tells a flow of the year from a stock total.
type Kind string

const (
	KindFlow  Kind = "flow"
	KindStock Kind = "stock"
)

// Values lists the allowed kinds.
func (Kind) Values() []string { return []string{"flow", "stock"} }

// Label is the Chinese name of the kind.
func (k Kind) Label() string {
	if k == KindStock {
		return "存量"
	}
	return "流量"
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
}
