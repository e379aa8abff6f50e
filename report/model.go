package report

import "fmt"

// Report is one work report: who gave it, what the past year achieved, what
// this year aims at, the planned tasks and the glossary. Every renderer reads
// this and nothing else.
type Report struct {
	Meta     Meta      `yaml:"meta" json:"meta" jsonschema:"required"`
	Results  []Section `yaml:"results" json:"results" jsonschema:"required"`
	Targets  []Target  `yaml:"targets,omitempty" json:"targets,omitempty"`
	Tasks    []Task    `yaml:"tasks,omitempty" json:"tasks,omitempty"`
	Annexes  []Annex   `yaml:"annexes,omitempty" json:"annexes,omitempty"`
	Glossary []Term    `yaml:"glossary,omitempty" json:"glossary,omitempty"`
}

// Meta describes the report as a document.
type Meta struct {
	// Title as printed, e.g. 海拉尔区2025年政府工作报告.
	Title string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	// Region the report governs, e.g. 海拉尔区.
	Region string `yaml:"region" json:"region" jsonschema:"required,minLength=1"`
	// Level of government.
	Level Level `yaml:"level" json:"level" jsonschema:"required"`
	// Year the report plans for; its results are for Year-1.
	Year int `yaml:"year" json:"year" jsonschema:"required,minimum=1949,maximum=2100"`
	// Date the report was delivered, YYYY-MM-DD.
	Date string `yaml:"date" json:"date" jsonschema:"required,pattern=^[0-9]{4}-[0-9]{2}-[0-9]{2}$"`
	// Speaker with office, e.g. 海拉尔区人民政府区长 于民.
	Speaker string `yaml:"speaker,omitempty" json:"speaker,omitempty"`
	// Occasion: the meeting line under the title.
	Occasion string `yaml:"occasion,omitempty" json:"occasion,omitempty"`
	// Issuer: the publishing body (发布机构).
	Issuer string `yaml:"issuer,omitempty" json:"issuer,omitempty"`
	// Source: where the text was taken from (URL or citation).
	Source string `yaml:"source,omitempty" json:"source,omitempty"`
	// Drafted: the data were drafted automatically from the report's text
	// (workreport extract) and not yet reviewed; the PDF says so on its
	// title page. Remove it once a person has checked the data.
	Drafted bool `yaml:"drafted,omitempty" json:"drafted,omitempty"`
	// DateUnknown: the text gave no date, so Date is a stand-in (the 1st
	// of January of the report's year, as the model needs one); the PDF
	// and the workbook print the date as unknown. Remove it once the real
	// date is written.
	DateUnknown bool `yaml:"date_unknown,omitempty" json:"date_unknown,omitempty"`
}

// SetDateUnknown marks the date unknown, with the stand-in the model
// requires: the 1st of January of the report's year.
func (m *Meta) SetDateUnknown() {
	m.Date, m.DateUnknown = fmt.Sprintf("%d-01-01", m.Year), true
}

// ResultsYear is the year the results describe.
func (m Meta) ResultsYear() int { return m.Year - 1 }

// Section is one of the report's own groupings of last year's results,
// e.g. （一）“进”的步伐更为稳健.
type Section struct {
	ID    string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Title string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	// Number: the report's own numbering of the section, such as （一） or
	// 1.; renderers print it instead of numbering the sections themselves.
	Number string `yaml:"number,omitempty" json:"number,omitempty"`
	// Part: the heading of the report's part the section sits in, when the
	// review has parts above its sections (一、“十四五”时期主要成就).
	Part       string      `yaml:"part,omitempty" json:"part,omitempty"`
	Indicators []Indicator `yaml:"indicators" json:"indicators" jsonschema:"required"`
}

// Indicator is one measured fact of the review: of the past year unless its
// Period says otherwise.
type Indicator struct {
	ID   string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name string `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	// Theme: the report's sub-heading inside the section that the fact sits
	// under, such as 经济运行稳中有进; consecutive indicators share it.
	Theme string `yaml:"theme,omitempty" json:"theme,omitempty"`
	// Period the fact is about: empty for the past year (meta.year − 1);
	// a year (2024); a span of years (2021-2025, the 十四五 period), with a
	// Measure; or a date for a stock (2025-12-31, 2025-12).
	Period Period `yaml:"period,omitempty" json:"period,omitempty"`
	// Measure of a fact over a span: total (累计), average (年均), end (the
	// level at its end) or change (since the year before it began).
	Measure Measure `yaml:"measure,omitempty" json:"measure,omitempty"`
	// Value: the level as printed. Absent for a rate-only fact (地区生产总值
	// 增长4.7%, with no level in the text): then Change holds the rate.
	Value *Decimal `yaml:"value,omitempty" json:"value,omitempty"`
	// Upper: the upper end of a range (4.5%–5%: value 4.5, upper 5).
	Upper *Decimal `yaml:"upper,omitempty" json:"upper,omitempty"`
	// From: the earlier level of a from→to statement (由5元提高至10元:
	// from 5, value 10).
	From *Decimal `yaml:"from,omitempty" json:"from,omitempty"`
	// Fraction: a share the report writes as a fraction, kept as written
	// (约占全国1/10: fraction 1/10, with no value); never summed or charted.
	Fraction string `yaml:"fraction,omitempty" json:"fraction,omitempty" jsonschema:"pattern=^[0-9]+/[0-9]+$"`
	// Unit as written: 亿元, 万亩, 头(只), %, 个 … Required with a value.
	Unit string `yaml:"unit,omitempty" json:"unit,omitempty"`
	// Per: what a standard is per (人, 月, 亩 …): 每人1万元 is value 1,
	// unit 万元, per 人, kind standard.
	Per string `yaml:"per,omitempty" json:"per,omitempty"`
	// Qualifier words from the text, joined by 、 when several: 预计, 余, 以上 …
	Qualifier string `yaml:"qualifier,omitempty" json:"qualifier,omitempty"`
	// Kind: flow (of the period, the default), stock (累计, 总量, 存栏 …),
	// rank, streak, threshold or standard; only flows and stocks are
	// charted and summed.
	Kind Kind `yaml:"kind,omitempty" json:"kind,omitempty"`
	// Change: year-on-year growth, a share, a rate or percentage points.
	Change *Change `yaml:"change,omitempty" json:"change,omitempty"`
	// Target: last year's target for this indicator, when the report states it.
	Target *Decimal `yaml:"target,omitempty" json:"target,omitempty"`
	// Quote: the exact source sentence or clause the value comes from.
	Quote string `yaml:"quote" json:"quote" jsonschema:"required,minLength=1"`
}

// Change is a rate attached to a value: 同比增长5.5%, 占…52.99%, 签章率99.99%.
type Change struct {
	Kind ChangeKind `yaml:"kind" json:"kind" jsonschema:"required"`
	// Value in percent (or percentage points for kind pp); negative for a fall.
	Value Decimal `yaml:"value" json:"value" jsonschema:"required"`
	// Label: what the rate is, when not plain growth: 签章率, 占一般公共预算支出, 实际增长.
	Label string `yaml:"label,omitempty" json:"label,omitempty"`
	// Against: the benchmark the change is measured against, when not the
	// year before: 全国 in 高于全国0.3个百分点.
	Against string `yaml:"against,omitempty" json:"against,omitempty"`
}

// Target is one of this year's targets, or a goal for a later year.
type Target struct {
	ID   string     `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name string     `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	Kind TargetKind `yaml:"kind" json:"kind" jsonschema:"required"`
	// Period the target is for: empty for the report's year; a span
	// (2026-2030, the 十五五 period) or a year (2030) for a multi-year goal.
	Period Period `yaml:"period,omitempty" json:"period,omitempty"`
	// Measure of a goal over a span: average (年均增长), total, end, change.
	Measure Measure `yaml:"measure,omitempty" json:"measure,omitempty"`
	// Value: percent for growth targets; in Unit otherwise. Absent only for qualitative targets.
	Value *Decimal `yaml:"value,omitempty" json:"value,omitempty"`
	// Upper: the upper end of a range target (增长4.5%—5%: value 4.5, upper 5).
	Upper *Decimal `yaml:"upper,omitempty" json:"upper,omitempty"`
	Unit  string   `yaml:"unit,omitempty" json:"unit,omitempty"`
	// Reach: the level a growth target also names, as one target: 增长7.5%，
	// 达到309亿元 is value 7.5 and reach {value: 309, unit: 亿元}.
	Reach *Amount `yaml:"reach,omitempty" json:"reach,omitempty"`
	// Qualifier as written: 左右, 以上, 以内, 不低于 …
	Qualifier string `yaml:"qualifier,omitempty" json:"qualifier,omitempty"`
	// Nature: expected (预期性, the default) or binding (约束性).
	Nature Nature `yaml:"nature,omitempty" json:"nature,omitempty"`
	// Base: id of the past-year indicator this target grows from.
	Base string `yaml:"base,omitempty" json:"base,omitempty" jsonschema:"pattern=^[a-z0-9][a-z0-9-]*$"`
	// Text: the target's wording when it has no number (qualitative targets).
	Text  string `yaml:"text,omitempty" json:"text,omitempty"`
	Quote string `yaml:"quote" json:"quote" jsonschema:"required,minLength=1"`
}

// Amount is a level with its unit: a target's Reach.
type Amount struct {
	Value     Decimal `yaml:"value" json:"value" jsonschema:"required"`
	Unit      string  `yaml:"unit" json:"unit" jsonschema:"required,minLength=1"`
	Qualifier string  `yaml:"qualifier,omitempty" json:"qualifier,omitempty"`
}

// Task is one of the planned tasks (the report's 坚持 / 重点工作).
type Task struct {
	ID    string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Title string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	// Number: the report's own numbering, such as （三） or 3.
	Number string `yaml:"number,omitempty" json:"number,omitempty"`
	// Part: the heading of the report's part the task sits in, when the
	// plan has parts above its tasks (一、着力扩大内需).
	Part    string `yaml:"part,omitempty" json:"part,omitempty"`
	Summary string `yaml:"summary,omitempty" json:"summary,omitempty"`
	Items   []Item `yaml:"items,omitempty" json:"items,omitempty"`
}

// Item is a sub-heading of a task with the figures planned under it.
type Item struct {
	Title string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	// Number: the report's own numbering, such as 1. or （1）.
	Number  string   `yaml:"number,omitempty" json:"number,omitempty"`
	Summary string   `yaml:"summary,omitempty" json:"summary,omitempty"`
	Figures []Figure `yaml:"figures,omitempty" json:"figures,omitempty"`
}

// Annex is an annex of the report (附件), such as 2026年民生实事: a list of
// items, each with the unit that leads it and its figures.
type Annex struct {
	ID    string      `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Title string      `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	Items []AnnexItem `yaml:"items" json:"items" jsonschema:"required"`
}

// AnnexItem is one entry of an annex: 新增托位1万个 … 牵头单位: 省卫生健康委.
type AnnexItem struct {
	Title  string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	Number string `yaml:"number,omitempty" json:"number,omitempty"`
	// Text: the entry's wording.
	Text string `yaml:"text,omitempty" json:"text,omitempty"`
	// Lead: the 牵头单位 (and 责任单位) named for it.
	Lead    string   `yaml:"lead,omitempty" json:"lead,omitempty"`
	Figures []Figure `yaml:"figures,omitempty" json:"figures,omitempty"`
}

// Figure is one planned quantity: 计划投资4,000万元, 改造21个老旧小区.
type Figure struct {
	ID    string  `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name  string  `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	Value Decimal `yaml:"value" json:"value" jsonschema:"required"`
	Unit  string  `yaml:"unit" json:"unit" jsonschema:"required,minLength=1"`
	// Upper: the upper end of a range.
	Upper *Decimal `yaml:"upper,omitempty" json:"upper,omitempty"`
	// Per: what a standard is per (人, 月 …); such a figure is never summed.
	Per string `yaml:"per,omitempty" json:"per,omitempty"`
	// Money: what kind of money an amount in 元 is — investment, spending,
	// revenue, debt, trade, subsidy, financing, output or other — so that
	// only like is added to like. Unset money in a task is counted as
	// investment only when its name says 投资.
	Money Money `yaml:"money,omitempty" json:"money,omitempty"`
	// Qualifier as written: 约, 余, 以上, 超过 …
	Qualifier string `yaml:"qualifier,omitempty" json:"qualifier,omitempty"`
	// Purpose: what the amount is for.
	Purpose string  `yaml:"purpose,omitempty" json:"purpose,omitempty"`
	Change  *Change `yaml:"change,omitempty" json:"change,omitempty"`
	Quote   string  `yaml:"quote" json:"quote" jsonschema:"required,minLength=1"`
}

// Term is one glossary entry (名词解释).
type Term struct {
	Term       string `yaml:"term" json:"term" jsonschema:"required,minLength=1"`
	Definition string `yaml:"definition" json:"definition" jsonschema:"required,minLength=1"`
}
