package sheets

import (
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// The column layouts of the four list sheets. Write puts the columns in this
// order; Read finds them by their header text, so a person may move or add
// columns. The position constants index the slices below.

// column is one column of a list sheet.
type column struct {
	header string
	min    float64 // width in character units
	max    float64 // wider content wraps
	wrap   bool    // long text: wrap and grow the row
	hidden bool    // machine columns a person need not see
	muted  bool    // identifiers: small grey text
	// optional columns hold what not every report says (periods, ranges,
	// annex numbering …): hidden in a workbook whose report leaves them
	// all empty, so a simple report's sheets stay as simple.
	optional bool
}

// 指标: one row per past-year result.
const (
	indSection = iota
	indTheme
	indName
	indQualifier
	indValue
	indUnit
	indChange
	indChangeKind
	indChangeLabel
	indTarget
	indKind
	indQuote
	indSectionID
	indID
	indKindRaw
	// Columns for what not every report says; hidden when it does not.
	indPeriod
	indMeasure
	indUpper
	indFrom
	indPer
	indAgainst
	indSectionNo
	indPart
	indFraction
)

var indicatorColumns = []column{
	indSection:     {header: "板块", min: 8, max: 24, wrap: true},
	indTheme:       {header: "主题", min: 6, max: 16, wrap: true},
	indName:        {header: "指标", min: 8, max: 26, wrap: true},
	indQualifier:   {header: "限定词", min: 7, max: 12},
	indValue:       {header: "数值", min: 8, max: 16},
	indUnit:        {header: "单位", min: 6, max: 12},
	indChange:      {header: "变化率", min: 8, max: 14},
	indChangeKind:  {header: "变化类型", min: 9, max: 10},
	indChangeLabel: {header: "变化说明", min: 9, max: 18, wrap: true},
	indTarget:      {header: "上年目标", min: 9, max: 14},
	indKind:        {header: "存量/流量", min: 10, max: 10},
	indQuote:       {header: "原文", min: 20, max: 60, wrap: true},
	indSectionID:   {header: "板块编号", min: 9, max: 20, muted: true},
	indID:          {header: "指标编号", min: 9, max: 26, muted: true},
	indKindRaw:     {header: "存量流量原值", min: 6, max: 8, hidden: true},
	indPeriod:      {header: "时期", min: 9, max: 12, optional: true},
	indMeasure:     {header: "口径", min: 6, max: 8, optional: true},
	indUpper:       {header: "上限", min: 8, max: 14, optional: true},
	indFrom:        {header: "原值", min: 8, max: 14, optional: true},
	indPer:         {header: "每", min: 4, max: 8, optional: true},
	indAgainst:     {header: "比较对象", min: 9, max: 12, optional: true},
	indSectionNo:   {header: "板块序号", min: 9, max: 10, optional: true},
	indPart:        {header: "所属部分", min: 9, max: 24, wrap: true, optional: true},
	indFraction:    {header: "分数", min: 6, max: 8, optional: true},
}

// 目标: one row per target of this year.
const (
	tgtName = iota
	tgtKind
	tgtValue
	tgtUnit
	tgtQualifier
	tgtNature
	tgtText
	tgtBaseName
	tgtBaseValue
	tgtBaseUnit
	tgtBaseChange
	tgtBaseTarget
	tgtImplied
	tgtQuote
	tgtID
	tgtBaseID
	tgtNatureRaw
	tgtPeriod
	tgtMeasure
	tgtUpper
	tgtReach
	tgtReachUnit
	tgtReachQualifier
)

var targetColumns = []column{
	tgtName:           {header: "目标", min: 8, max: 22, wrap: true},
	tgtKind:           {header: "类型", min: 6, max: 8},
	tgtValue:          {header: "目标值", min: 8, max: 14},
	tgtUnit:           {header: "单位", min: 6, max: 10},
	tgtQualifier:      {header: "限定词", min: 7, max: 16, wrap: true},
	tgtNature:         {header: "性质", min: 8, max: 8},
	tgtText:           {header: "表述", min: 10, max: 30, wrap: true},
	tgtBaseName:       {header: "基数指标", min: 10, max: 22, wrap: true},
	tgtBaseValue:      {header: "上年数值", min: 9, max: 14},
	tgtBaseUnit:       {header: "基数单位", min: 9, max: 10},
	tgtBaseChange:     {header: "上年增速", min: 9, max: 12},
	tgtBaseTarget:     {header: "上年目标", min: 9, max: 12},
	tgtImplied:        {header: "预期今年水平", min: 13, max: 16},
	tgtQuote:          {header: "原文", min: 20, max: 40, wrap: true},
	tgtID:             {header: "目标编号", min: 9, max: 26, muted: true},
	tgtBaseID:         {header: "基数编号", min: 9, max: 24, muted: true},
	tgtNatureRaw:      {header: "性质原值", min: 6, max: 8, hidden: true},
	tgtPeriod:         {header: "时期", min: 9, max: 12, optional: true},
	tgtMeasure:        {header: "口径", min: 6, max: 8, optional: true},
	tgtUpper:          {header: "上限", min: 8, max: 14, optional: true},
	tgtReach:          {header: "达到水平", min: 9, max: 14, optional: true},
	tgtReachUnit:      {header: "水平单位", min: 9, max: 10, optional: true},
	tgtReachQualifier: {header: "水平限定词", min: 11, max: 12, optional: true},
}

// 任务: a task row, then for each item an item row and its figure rows.
// The ids and the item number on every row keep the tree when rows are
// sorted or filtered.
const (
	tskTask = iota
	tskItem
	tskLevel
	tskContent
	tskQualifier
	tskValue
	tskUnit
	tskWan
	tskTotal
	tskPurpose
	tskChange
	tskChangeKind
	tskChangeLabel
	tskQuote
	tskTaskID
	tskItemNo
	tskFigureID
	tskNumber
	tskPart
	tskMoney
	tskPer
	tskUpper
)

var taskColumns = []column{
	tskTask:        {header: "任务", min: 8, max: 20, wrap: true},
	tskItem:        {header: "事项", min: 8, max: 20, wrap: true},
	tskLevel:       {header: "层级", min: 6, max: 6},
	tskContent:     {header: "内容", min: 12, max: 40, wrap: true},
	tskQualifier:   {header: "限定词", min: 7, max: 10},
	tskValue:       {header: "数量", min: 8, max: 14},
	tskUnit:        {header: "单位", min: 6, max: 10},
	tskWan:         {header: "折合万元", min: 10, max: 16},
	tskTotal:       {header: "任务合计（万元）", min: 12, max: 18},
	tskPurpose:     {header: "用途", min: 8, max: 24, wrap: true},
	tskChange:      {header: "变化率", min: 8, max: 12},
	tskChangeKind:  {header: "变化类型", min: 9, max: 10},
	tskChangeLabel: {header: "变化说明", min: 9, max: 16, wrap: true},
	tskQuote:       {header: "原文", min: 16, max: 36, wrap: true},
	tskTaskID:      {header: "任务编号", min: 9, max: 20, muted: true},
	tskItemNo:      {header: "事项序号", min: 9, max: 9, muted: true},
	tskFigureID:    {header: "数字编号", min: 9, max: 24, muted: true},
	tskNumber:      {header: "原序号", min: 7, max: 8, optional: true},
	tskPart:        {header: "所属部分", min: 9, max: 24, wrap: true, optional: true},
	tskMoney:       {header: "资金类型", min: 9, max: 10, optional: true},
	tskPer:         {header: "每", min: 4, max: 8, optional: true},
	tskUpper:       {header: "上限", min: 8, max: 14, optional: true},
}

// 附件: for each annex, a row per item and a row per figure of the item.
const (
	anxAnnex = iota
	anxItem
	anxLevel
	anxContent
	anxLead
	anxQualifier
	anxValue
	anxUnit
	anxMoney
	anxPer
	anxUpper
	anxQuote
	anxAnnexID
	anxNumber
	anxItemNo
	anxFigureID
)

var annexColumns = []column{
	anxAnnex:     {header: "附件", min: 8, max: 20, wrap: true},
	anxItem:      {header: "事项", min: 8, max: 20, wrap: true},
	anxLevel:     {header: "层级", min: 6, max: 6},
	anxContent:   {header: "内容", min: 12, max: 40, wrap: true},
	anxLead:      {header: "牵头单位", min: 9, max: 20, wrap: true},
	anxQualifier: {header: "限定词", min: 7, max: 10},
	anxValue:     {header: "数量", min: 8, max: 14},
	anxUnit:      {header: "单位", min: 6, max: 10},
	anxMoney:     {header: "资金类型", min: 9, max: 10},
	anxPer:       {header: "每", min: 4, max: 8},
	anxUpper:     {header: "上限", min: 8, max: 14},
	anxQuote:     {header: "原文", min: 16, max: 36, wrap: true},
	anxAnnexID:   {header: "附件编号", min: 9, max: 20, muted: true},
	anxNumber:    {header: "原序号", min: 7, max: 8, muted: true},
	anxItemNo:    {header: "事项序号", min: 9, max: 9, muted: true},
	anxFigureID:  {header: "数字编号", min: 9, max: 24, muted: true},
}

// Task levels, in the 层级 column.
const (
	levelTask   = "任务"
	levelItem   = "事项"
	levelFigure = "数字"
)

// 名词解释.
const (
	glsTerm = iota
	glsDefinition
)

var glossaryColumns = []column{
	glsTerm:       {header: "名词", min: 8, max: 24, wrap: true},
	glsDefinition: {header: "解释", min: 30, max: 90, wrap: true},
}

// textWidth is the width of s in spreadsheet character units: East-Asian
// wide, fullwidth and ambiguous runes (汉字, ，, “) take two, the rest one.
func textWidth(s string) float64 {
	n := 0.0
	for i := 0; i < len(s); {
		b := s[i]
		// Fast paths for the common cases: ASCII, and the CJK ideographs
		// U+4E00–U+9FFF, whose UTF-8 is E4 B8 80 to E9 BF BF, read
		// without decoding the rune.
		if b < 0x80 {
			if b >= 0x20 {
				n++
			}
			i++
			continue
		}
		if b >= 0xE4 && b <= 0xE9 && i+2 < len(s) && (b > 0xE4 || s[i+1] >= 0xB8) &&
			s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			n += 2
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth, width.EastAsianAmbiguous:
			n += 2
		default:
			if r >= 0x20 {
				n++
			}
		}
	}
	return n
}

// linesIn counts the lines s takes in a wrapped cell colWidth units wide.
func linesIn(s string, colWidth float64) int {
	if s == "" {
		return 1
	}
	room := colWidth - 1.5 // cell padding
	if room < 2 {
		room = 2
	}
	lines := 0
	for rest, more := s, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		w := textWidth(line)
		n := int(math.Ceil(w / room))
		if n < 1 {
			n = 1
		}
		// A wide rune never splits: a line holding an odd width wastes up to
		// one unit; allow for it on long text. (The runes are counted last:
		// it is a pass over the line, and seldom needed.)
		if w > room && math.Mod(w, room) == 0 && utf8.RuneCountInString(line) > 1 {
			n++
		}
		lines += n
	}
	return lines
}

// longestLine is the width of the widest line of s.
func longestLine(s string) float64 {
	longest := 0.0
	for rest, more := s, true; more; {
		var line string
		line, rest, more = strings.Cut(rest, "\n")
		longest = max(longest, textWidth(line))
	}
	return longest
}

// lineHeight is the row height in points per line of the body font.
const lineHeight = 15.0

// maxRowHeight is the tallest row Excel allows, in points; longer text
// scrolls within its cell.
const maxRowHeight = 409

// rowHeight is the height that shows lines lines of body text.
func rowHeight(lines int) float64 {
	if lines < 1 {
		lines = 1
	}
	return min(float64(lines)*lineHeight+3, maxRowHeight)
}
