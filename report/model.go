package report

// Report is one work report: who gave it, what the past year achieved, what
// this year aims at, the planned tasks and the glossary. Every renderer reads
// this and nothing else.
type Report struct {
	Meta     Meta      `yaml:"meta" json:"meta" jsonschema:"required"`
	Results  []Section `yaml:"results" json:"results" jsonschema:"required"`
	Targets  []Target  `yaml:"targets,omitempty" json:"targets,omitempty"`
	Tasks    []Task    `yaml:"tasks,omitempty" json:"tasks,omitempty"`
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
}

// ResultsYear is the year the results describe.
func (m Meta) ResultsYear() int { return m.Year - 1 }

// Section is one of the report's own groupings of last year's results,
// e.g. （一）“进”的步伐更为稳健.
type Section struct {
	ID         string      `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Title      string      `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	Indicators []Indicator `yaml:"indicators" json:"indicators" jsonschema:"required"`
}

// Indicator is one measured fact of the past year.
type Indicator struct {
	ID   string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name string `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	// Theme: the report's sub-heading inside the section that the fact sits
	// under, such as 经济运行稳中有进; consecutive indicators share it.
	Theme string  `yaml:"theme,omitempty" json:"theme,omitempty"`
	Value Decimal `yaml:"value" json:"value" jsonschema:"required"`
	// Unit as written: 亿元, 万亩, 头(只), %, 个 …
	Unit string `yaml:"unit" json:"unit" jsonschema:"required,minLength=1"`
	// Qualifier words from the text, joined by 、 when several: 预计, 余, 以上 …
	Qualifier string `yaml:"qualifier,omitempty" json:"qualifier,omitempty"`
	// Kind: flow (of the year, the default) or stock (累计, 总量, 存栏 …).
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
}

// Target is one of this year's expected targets.
type Target struct {
	ID   string     `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name string     `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	Kind TargetKind `yaml:"kind" json:"kind" jsonschema:"required"`
	// Value: percent for growth targets; in Unit otherwise. Absent only for qualitative targets.
	Value *Decimal `yaml:"value,omitempty" json:"value,omitempty"`
	Unit  string   `yaml:"unit,omitempty" json:"unit,omitempty"`
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

// Task is one of the planned tasks (the report's 坚持 / 重点工作).
type Task struct {
	ID      string `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Title   string `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	Summary string `yaml:"summary,omitempty" json:"summary,omitempty"`
	Items   []Item `yaml:"items,omitempty" json:"items,omitempty"`
}

// Item is a sub-heading of a task with the figures planned under it.
type Item struct {
	Title   string   `yaml:"title" json:"title" jsonschema:"required,minLength=1"`
	Summary string   `yaml:"summary,omitempty" json:"summary,omitempty"`
	Figures []Figure `yaml:"figures,omitempty" json:"figures,omitempty"`
}

// Figure is one planned quantity: 计划投资4,000万元, 改造21个老旧小区.
type Figure struct {
	ID    string  `yaml:"id" json:"id" jsonschema:"required,pattern=^[a-z0-9][a-z0-9-]*$"`
	Name  string  `yaml:"name" json:"name" jsonschema:"required,minLength=1"`
	Value Decimal `yaml:"value" json:"value" jsonschema:"required"`
	Unit  string  `yaml:"unit" json:"unit" jsonschema:"required,minLength=1"`
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
