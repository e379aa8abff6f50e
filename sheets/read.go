package sheets

import (
	"bytes"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/workreport/workreport/report"
	"github.com/xuri/excelize/v2"
)

// Limits on what Read accepts: a workbook of a work report is well under a
// megabyte; these stop a hostile file (a zip bomb, a sheet of a million
// rows) before it costs much.
const (
	MaxReadSize       = 16 << 20 // the file itself
	maxUnzipSize      = 64 << 20 // all parts, unpacked
	maxUnzipXMLSize   = 16 << 20 // one part, unpacked
	maxRowsPerSheet   = 20000
	maxReportedErrors = 20
)

// CellError is one problem in a workbook, at a sheet and cell.
type CellError struct {
	File    string
	Sheet   string
	Cell    string // A1 reference, or a row number "7" for a whole row
	Problem string
}

func (e CellError) Error() string {
	return fmt.Sprintf("%s: %s!%s: %s", e.File, e.Sheet, e.Cell, e.Problem)
}

// ReadErrors are all the problems Read found, one per line.
type ReadErrors []CellError

func (es ReadErrors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}

// Read rebuilds the model from a workbook this tool wrote and a person then
// edited: values changed, rows added, deleted or re-sorted. It finds columns
// by their header text and items by the identifier columns; a row a person
// added without an identifier gets one made from its row number. Sheets
// 概览 and 指标 must be there; a deleted 目标, 任务 or 名词解释 sheet reads as
// none. Errors name the sheet, the cell and the problem.
func Read(name string, data []byte) (r *report.Report, err error) {
	if len(data) > MaxReadSize {
		return nil, fmt.Errorf("%s: %d bytes is more than a workbook of a work report needs (limit %d MiB)", name, len(data), MaxReadSize>>20)
	}
	defer func() {
		// excelize is not hardened against every malformed file; a panic in
		// it must not take the caller down.
		if p := recover(); p != nil {
			r, err = nil, fmt.Errorf("%s: not a workbook this tool can read (the file is damaged: %v)", name, p)
		}
	}()
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue: true, UnzipSizeLimit: maxUnzipSize, UnzipXMLSizeLimit: maxUnzipXMLSize,
	})
	if err != nil {
		return nil, fmt.Errorf("%s: not an xlsx workbook: %w", name, err)
	}
	defer f.Close()
	rd := &reader{name: name, f: f, formats: map[int]string{}, places: map[string]placed{}, metaAt: map[string]string{}, metaWritten: map[string]bool{}}
	r = &report.Report{}
	rd.meta(&r.Meta)
	r.Results = rd.indicators()
	r.Targets = rd.targets(r.Results)
	r.Tasks = rd.tasks()
	r.Annexes = rd.annexes()
	r.Glossary = rd.glossary()
	// The rules every loader shares: what a cell could not even be read as
	// was reported above; the rest is report.Validate's, placed at cells.
	reported := map[string]bool{}
	for _, e := range rd.errs {
		reported[e.Sheet+"!"+e.Cell] = true
	}
	for _, p := range report.Validate(r, rd) {
		sheet, cell, _ := strings.Cut(p.Cell, "!")
		if p.Cell == "" {
			sheet, cell = sheetOverview, "A1"
		}
		if !reported[sheet+"!"+cell] {
			rd.problem(sheet, cell, "%s", p.Msg)
			reported[sheet+"!"+cell] = true
		}
	}
	if len(rd.errs) > 0 {
		return nil, rd.errs
	}
	return r, nil
}

// placed is where a part of the model was read: its sheet's list and row.
type placed struct {
	l      *list
	ri     int
	fields map[string]int // model field (yaml key, dotted) → column constant
}

// at records that the model object at path was read from row ri of l.
func (rd *reader) at(path string, l *list, ri int, fields map[string]int) {
	rd.places[path] = placed{l, ri, fields}
}

// Locate places a field path at the cell it was read from (report.Locator):
// the object's row, and the field's column, or the row's first cell. A
// field is written when its cell is not empty.
func (rd *reader) Locate(path string) (report.Problem, bool) {
	obj, field := path, ""
	for {
		if pl, ok := rd.places[obj]; ok {
			c, known := pl.fields[field]
			if !known {
				c = -1
				for _, first := range pl.fields {
					if c < 0 || first < c {
						c = first
					}
				}
			}
			ref := pl.l.ref(pl.ri, c)
			written := known && pl.l.str(pl.ri, c) != ""
			return report.Problem{File: rd.name, Cell: pl.l.sheet + "!" + ref}, written
		}
		i := strings.LastIndexAny(obj, ".[")
		if i < 0 {
			return report.Problem{File: rd.name, Cell: metaCell(rd, path)}, rd.metaWritten[path]
		}
		if field == "" {
			field = strings.TrimPrefix(obj[i:], ".")
		} else {
			field = strings.TrimPrefix(obj[i:], ".") + "." + field
		}
		obj = obj[:i]
	}
}

// metaCell is the cell of a meta field on 概览, or A1.
func metaCell(rd *reader, path string) string {
	if ref, ok := rd.metaAt[path]; ok {
		return sheetOverview + "!" + ref
	}
	return sheetOverview + "!A1"
}

type reader struct {
	name    string
	f       *excelize.File
	errs    ReadErrors
	formats map[int]string // style index → number format code
	// places, metaAt and metaWritten say where each part of the model was
	// read, for the problems report.Validate finds (Locate).
	places      map[string]placed
	metaAt      map[string]string // meta.title → B2
	metaWritten map[string]bool
}

func (rd *reader) problem(sheet, cell, format string, args ...any) {
	if len(rd.errs) == maxReportedErrors {
		rd.errs = append(rd.errs, CellError{rd.name, sheet, cell, "more problems follow; fix these first"})
	}
	if len(rd.errs) > maxReportedErrors {
		return
	}
	rd.errs = append(rd.errs, CellError{rd.name, sheet, cell, fmt.Sprintf(format, args...)})
}

// list is a list sheet: its rows, and where each known header is.
type list struct {
	rd    *reader
	sheet string
	rows  [][]string
	col   []int // by the sheet's column constants; -1 when absent
}

// rows reads a sheet's raw values. ok is false when the sheet is missing.
func (rd *reader) rows(sheet string, required bool) ([][]string, bool) {
	if idx, _ := rd.f.GetSheetIndex(sheet); idx < 0 {
		if required {
			rd.problem(sheet, "A1", "the sheet is missing (a workbook written by workreport has 概览, 指标, 目标, 任务, 名词解释)")
		}
		return nil, false
	}
	// Row by row with a cap, not GetRows: a hostile sheet with one cell at
	// row 1,048,576 would otherwise make a million empty rows.
	it, err := rd.f.Rows(sheet)
	if err != nil {
		rd.problem(sheet, "A1", "cannot read the sheet: %v", err)
		return nil, false
	}
	defer it.Close()
	var rows [][]string
	for it.Next() {
		if len(rows) == maxRowsPerSheet {
			rd.problem(sheet, strconv.Itoa(maxRowsPerSheet+1), "more than %d rows; a work report has far fewer", maxRowsPerSheet)
			return nil, false
		}
		row, err := it.Columns(excelize.Options{RawCellValue: true})
		if err != nil {
			rd.problem(sheet, strconv.Itoa(len(rows)+1), "cannot read the row: %v", err)
			return nil, false
		}
		rows = append(rows, row)
	}
	if err := it.Error(); err != nil {
		rd.problem(sheet, "A1", "cannot read the sheet: %v", err)
		return nil, false
	}
	// Cell styles come from the parsed sheet, which excelize caches only
	// when it parses cleanly; a damaged sheet would be parsed again for
	// every cell.
	if _, err := rd.f.GetCellStyle(sheet, "A1"); err != nil {
		rd.problem(sheet, "A1", "the sheet is damaged: %v", err)
		return nil, false
	}
	return rows, true
}

// openList reads a list sheet and finds its columns by header. Columns
// marked required must be there.
func (rd *reader) openList(sheet string, cols []column, required bool, need ...int) *list {
	rows, ok := rd.rows(sheet, required)
	if !ok {
		return nil
	}
	l := &list{rd: rd, sheet: sheet, rows: rows, col: make([]int, len(cols))}
	for i := range l.col {
		l.col[i] = -1
	}
	if len(rows) == 0 {
		rd.problem(sheet, "A1", "the header row is missing")
		return nil
	}
	for j, h := range rows[0] {
		h = strings.TrimSpace(h)
		for i, c := range cols {
			if h == c.header && l.col[i] < 0 {
				l.col[i] = j
			}
		}
	}
	missing := false
	for _, i := range need {
		if l.col[i] < 0 {
			rd.problem(sheet, "1", "no column %q in the header row (keep the header names this tool wrote)", cols[i].header)
			missing = true
		}
	}
	if missing {
		return nil
	}
	return l
}

// str is the trimmed text of column c in row ri (0-based, 0 is the header).
func (l *list) str(ri, c int) string {
	j := l.col[c]
	if j < 0 || j >= len(l.rows[ri]) {
		return ""
	}
	return strings.TrimSpace(l.rows[ri][j])
}

// ref is the A1 reference of column c in row ri.
func (l *list) ref(ri, c int) string {
	j := l.col[c]
	if j < 0 {
		return strconv.Itoa(ri + 1)
	}
	ref, _ := excelize.CoordinatesToCellName(j+1, ri+1)
	return ref
}

// blank reports whether a data row holds nothing.
func (l *list) blank(ri int) bool {
	for _, v := range l.rows[ri] {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// numberKind says how a cell's number maps to the model.
type numberKind int

const (
	plainNumber   numberKind = iota
	percentNumber            // the cell holds a fraction; the model has percent
)

// decimal reads column c of row ri as a Decimal; ok is false when the cell
// is empty or wrong (then a problem is recorded).
func (l *list) decimal(ri, c int, kind numberKind, example string) (report.Decimal, bool) {
	s := l.str(ri, c)
	if s == "" {
		return report.Decimal{}, false
	}
	d, err := l.rd.number(l.sheet, l.ref(ri, c), s, kind)
	if err != nil {
		l.rd.problem(l.sheet, l.ref(ri, c), "%q is not a number (expected a decimal like %s)", s, example)
		return report.Decimal{}, false
	}
	return d, true
}

// number turns a cell into a Decimal with the decimals a person sees: those
// of the cell's number format, or more when the value has more digits.
func (rd *reader) number(sheet, ref, raw string, kind numberKind) (report.Decimal, error) {
	d, ok := shortestDigits(raw)
	if !ok {
		// Typed as text: read it as written, 2,431.67 and 5.5% included.
		s := strings.TrimSpace(raw)
		if kind == percentNumber {
			s = strings.TrimSuffix(strings.TrimSuffix(s, "%"), "％")
		}
		return report.ParseDecimal(s)
	}
	places := digitsAfterPoint(d)
	code := rd.numberFormat(sheet, ref)
	fp, known := formatPlaces(code)
	if kind == percentNumber {
		d = d.Shift(2)
		places = max(places-2, 0)
		if known && !strings.Contains(stripQuoted(code), "%") {
			fp = max(fp-2, 0) // a fraction shown as 0.055
		}
	}
	if known {
		places = max(places, fp)
	}
	// Through the loader's own parser, so the value is the one a data file
	// with these digits would give.
	return report.ParseDecimal(d.StringFixed(places))
}

// numberFormat is the number format code of a cell.
func (rd *reader) numberFormat(sheet, ref string) string {
	idx, err := rd.f.GetCellStyle(sheet, ref)
	if err != nil {
		return ""
	}
	if code, ok := rd.formats[idx]; ok {
		return code
	}
	code := ""
	if st, err := rd.f.GetStyle(idx); err == nil && st != nil {
		if st.CustomNumFmt != nil {
			code = *st.CustomNumFmt
		} else {
			code = builtinFormats[st.NumFmt]
		}
	}
	rd.formats[idx] = code
	return code
}

// stripQuoted drops the quoted literals of a format code.
func stripQuoted(code string) string {
	var b strings.Builder
	in := false
	for _, r := range code {
		if r == '"' {
			in = !in
			continue
		}
		if !in {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// enum reads a labelled vocabulary cell. raw is the hidden column with the
// value as the data file wrote it: when the label still says the same, raw
// wins, so a kind left out of the data file ("") stays out.
func enum[T ~string](l *list, ri, c, rawCol int, values []string, label func(T) string) (T, bool) {
	s := l.str(ri, c)
	raw := T("")
	if rawCol >= 0 {
		raw = T(l.str(ri, rawCol))
	}
	if s == label(raw) {
		return raw, true
	}
	if s == "" {
		return "", true // left empty: the model's default
	}
	var labels []string
	for _, v := range values {
		if s == v || s == label(T(v)) {
			return T(v), true
		}
		labels = append(labels, label(T(v)))
	}
	l.rd.problem(l.sheet, l.ref(ri, c), "%q is not one of %s", s, strings.Join(labels, ", "))
	return raw, false
}

// ids makes identifiers for rows a person added without one.
type ids struct {
	used map[string]string // id → cell that has it
}

func newIDs() *ids { return &ids{used: map[string]string{}} }

// take records id at ref; it reports a problem when the id is used twice.
func (x *ids) take(l *list, ri, c int, id string) bool {
	ref := l.ref(ri, c)
	if first, dup := x.used[id]; dup {
		l.rd.problem(l.sheet, ref, "the id %q is used again (first at %s); each row needs its own", id, first)
		return false
	}
	x.used[id] = ref
	return true
}

// make gives a fresh id for a row without one: indicator-r12.
func (x *ids) make(prefix string, row int) string {
	id := fmt.Sprintf("%s-r%d", prefix, row)
	for n := 2; x.used[id] != ""; n++ {
		id = fmt.Sprintf("%s-r%d-%d", prefix, row, n)
	}
	return id
}

func (x *ids) idFor(l *list, ri, c int, prefix string) string {
	id := l.str(ri, c)
	if id == "" {
		id = x.make(prefix, ri+1)
	}
	x.take(l, ri, c, id)
	return id
}

func (rd *reader) meta(m *report.Meta) {
	rows, ok := rd.rows(sheetOverview, true)
	if !ok {
		return
	}
	cell := func(ri, ci int) string {
		if ri < len(rows) && ci < len(rows[ri]) {
			return strings.TrimSpace(rows[ri][ci])
		}
		return ""
	}
	m.Title = cell(0, 0)
	if m.Title == "" {
		rd.problem(sheetOverview, "A1", "the title is empty")
	}
	rd.metaAt["meta.title"], rd.metaWritten["meta.title"] = "A1", m.Title != ""
	at := map[string]int{}
	for ri := 1; ri < len(rows); ri++ {
		if label := cell(ri, 0); label != "" {
			if _, seen := at[label]; !seen {
				at[label] = ri
			}
		}
	}
	value := func(label string, required bool) (string, string) {
		ri, ok := at[label]
		if !ok {
			if required {
				rd.problem(sheetOverview, "A", "no row labelled %q in column A", label)
			}
			return "", ""
		}
		ref, _ := excelize.CoordinatesToCellName(2, ri+1)
		v := cell(ri, 1)
		if v == "" && required {
			rd.problem(sheetOverview, ref, "%s is empty", label)
		}
		return v, ref
	}
	place := func(field, v, ref string) {
		if ref != "" {
			rd.metaAt["meta."+field], rd.metaWritten["meta."+field] = ref, v != ""
		}
	}
	var ref string
	m.Region, ref = value(labelRegion, true)
	place("region", m.Region, ref)
	if lv, ref := value(labelLevel, true); lv != "" {
		found := false
		var labels []string
		for _, v := range report.Level("").Values() {
			if lv == v || lv == report.Level(v).Label() {
				m.Level, found = report.Level(v), true
			}
			labels = append(labels, report.Level(v).Label())
		}
		if a, ok := report.Level("").Aliases()[lv]; ok && !found {
			m.Level, found = report.Level(a), true // 地级市, 乡, 自治县 …
		}
		if !found {
			rd.problem(sheetOverview, ref, "%q is not one of %s", lv, strings.Join(labels, ", "))
		}
	}
	if y, ref := value(labelYear, true); y != "" {
		place("year", y, ref)
		n, err := strconv.ParseFloat(y, 64)
		if err != nil || n != math.Trunc(n) || n < 1949 || n > 2100 {
			rd.problem(sheetOverview, ref, "%q is not a year (expected one like 2025)", y)
		} else {
			m.Year = int(n)
		}
	}
	if d, ref := value(labelDate, true); d == dateUnknown {
		m.SetDateUnknown()
	} else if d != "" {
		place("date", d, ref)
		m.Date = d
		if serial, err := strconv.ParseFloat(d, 64); err == nil {
			// Excel turns a typed 2025-01-20 into a date serial.
			t, err := excelize.ExcelDateToTime(serial, false)
			if err != nil {
				rd.problem(sheetOverview, ref, "%q is not a date (expected YYYY-MM-DD)", d)
			}
			m.Date = t.Format("2006-01-02")
		}
	}
	m.Speaker, ref = value(labelSpeaker, false)
	place("speaker", m.Speaker, ref)
	m.Occasion, ref = value(labelOccasion, false)
	place("occasion", m.Occasion, ref)
	m.Issuer, ref = value(labelIssuer, false)
	place("issuer", m.Issuer, ref)
	m.Source, ref = value(labelSource, false)
	place("source", m.Source, ref)
	status, _ := value(labelStatus, false)
	m.Drafted = status == statusDrafted
}

func (rd *reader) indicators() []report.Section {
	l := rd.openList(sheetIndicators, indicatorColumns, true, indSection, indName, indValue, indUnit, indQuote)
	if l == nil {
		return nil
	}
	var sections []report.Section
	sectionAt := map[string]int{}         // id → index in sections
	sectionByTitle := map[string]string{} // title → id
	sectionIDs, indicatorIDs := newIDs(), newIDs()
	titleAt := map[string]string{} // section id → cell of its first title
	for ri := 1; ri < len(l.rows); ri++ {
		if l.blank(ri) {
			continue
		}
		title := l.str(ri, indSection)
		sid := l.str(ri, indSectionID)
		if sid == "" {
			sid = sectionByTitle[title]
		}
		if sid == "" {
			sid = sectionIDs.make("section", ri+1)
		}
		si, seen := sectionAt[sid]
		if !seen {
			if title == "" {
				rd.problem(l.sheet, l.ref(ri, indSection), "the section title is empty")
			}
			sectionIDs.used[sid] = l.ref(ri, indSectionID)
			titleAt[sid] = l.ref(ri, indSection)
			sections = append(sections, report.Section{ID: sid, Title: title, Number: l.str(ri, indSectionNo), Part: l.str(ri, indPart)})
			si = len(sections) - 1
			sectionAt[sid] = si
			rd.at(fmt.Sprintf("results[%d]", si), l, ri, sectionFields)
			if _, ok := sectionByTitle[title]; !ok {
				sectionByTitle[title] = sid
			}
		} else if title != sections[si].Title {
			rd.problem(l.sheet, l.ref(ri, indSection), "section %q is titled %q here but %q in %s (one section, one title)", sid, title, sections[si].Title, titleAt[sid])
		}
		in := report.Indicator{
			Name:      l.str(ri, indName),
			Theme:     l.str(ri, indTheme),
			Unit:      l.str(ri, indUnit),
			Qualifier: l.str(ri, indQualifier),
			Quote:     l.str(ri, indQuote),
			Period:    report.Period(l.str(ri, indPeriod)),
			Per:       l.str(ri, indPer),
			Fraction:  l.str(ri, indFraction),
		}
		rd.at(fmt.Sprintf("results[%d].indicators[%d]", si, len(sections[si].Indicators)), l, ri, indicatorFields)
		in.ID = indicatorIDs.idFor(l, ri, indID, "indicator")
		kind := plainNumber
		if isPercentUnit(in.Unit) {
			kind = percentNumber
		}
		in.Value = l.optionalDecimal(ri, indValue, kind, "231.52")
		in.Upper = l.optionalDecimal(ri, indUpper, kind, "5")
		in.From = l.optionalDecimal(ri, indFrom, kind, "5")
		in.Measure, _ = enum(l, ri, indMeasure, -1, report.Measure("").Values(), report.Measure.Label)
		in.Change = rd.change(l, ri, indChange, indChangeKind, indChangeLabel)
		if in.Change != nil {
			in.Change.Against = l.str(ri, indAgainst)
		}
		if l.str(ri, indTarget) != "" {
			tk := kind
			if in.Change != nil && in.Change.Kind == report.ChangeYoY {
				tk = percentNumber
			}
			if v, ok := l.decimal(ri, indTarget, tk, "6"); ok {
				in.Target = &v
			}
		}
		in.Kind, _ = enum(l, ri, indKind, l.col[indKindRaw], report.Kind("").Values(), report.Kind.Label)
		sections[si].Indicators = append(sections[si].Indicators, in)
	}
	return sections
}

// The columns of each sheet's fields, for Locate: a model field's yaml key
// (dotted below a nested object) → its column.
var (
	sectionFields   = map[string]int{"title": indSection, "id": indSectionID, "number": indSectionNo, "part": indPart}
	indicatorFields = map[string]int{
		"name": indName, "theme": indTheme, "id": indID, "value": indValue, "unit": indUnit, "qualifier": indQualifier,
		"quote": indQuote, "kind": indKind, "target": indTarget, "period": indPeriod, "measure": indMeasure,
		"upper": indUpper, "from": indFrom, "per": indPer, "fraction": indFraction, "change": indChange, "change.kind": indChangeKind,
		"change.value": indChange, "change.label": indChangeLabel, "change.against": indAgainst,
	}
	targetFields = map[string]int{
		"name": tgtName, "id": tgtID, "kind": tgtKind, "value": tgtValue, "unit": tgtUnit, "qualifier": tgtQualifier,
		"nature": tgtNature, "text": tgtText, "quote": tgtQuote, "base": tgtBaseID, "period": tgtPeriod, "measure": tgtMeasure,
		"upper": tgtUpper, "reach": tgtReach, "reach.value": tgtReach, "reach.unit": tgtReachUnit, "reach.qualifier": tgtReachQualifier,
	}
	taskFields   = map[string]int{"title": tskTask, "id": tskTaskID, "summary": tskContent, "number": tskNumber, "part": tskPart}
	itemFields   = map[string]int{"title": tskItem, "summary": tskContent, "number": tskNumber}
	figureFields = map[string]int{
		"name": tskContent, "id": tskFigureID, "value": tskValue, "unit": tskUnit, "qualifier": tskQualifier, "purpose": tskPurpose,
		"quote": tskQuote, "money": tskMoney, "per": tskPer, "upper": tskUpper, "change": tskChange, "change.label": tskChangeLabel,
	}
	annexFields       = map[string]int{"title": anxAnnex, "id": anxAnnexID}
	annexItemFields   = map[string]int{"title": anxItem, "text": anxContent, "lead": anxLead, "number": anxNumber}
	annexFigureFields = map[string]int{
		"name": anxContent, "id": anxFigureID, "value": anxValue, "unit": anxUnit, "qualifier": anxQualifier,
		"quote": anxQuote, "money": anxMoney, "per": anxPer, "upper": anxUpper,
	}
	termFields = map[string]int{"term": glsTerm, "definition": glsDefinition}
)

// optionalDecimal reads column c of row ri as a Decimal, nil when the cell
// is empty (a wrong one is a problem, and nil).
func (l *list) optionalDecimal(ri, c int, kind numberKind, example string) *report.Decimal {
	if l.str(ri, c) == "" {
		return nil
	}
	if v, ok := l.decimal(ri, c, kind, example); ok {
		return &v
	}
	return nil
}

// change reads a change rate and its kind and label.
func (rd *reader) change(l *list, ri, valueCol, kindCol, labelCol int) *report.Change {
	if l.str(ri, valueCol) == "" {
		if l.str(ri, kindCol) != "" {
			rd.problem(l.sheet, l.ref(ri, valueCol), "the change rate is empty but its kind says %q", l.str(ri, kindCol))
		}
		return nil
	}
	if l.str(ri, kindCol) == "" {
		rd.problem(l.sheet, l.ref(ri, kindCol), "the change rate needs a kind (同比, 占比, 比率 or 百分点)")
		return nil
	}
	k, ok := enum(l, ri, kindCol, -1, report.ChangeKind("").Values(), report.ChangeKind.Label)
	if !ok {
		return nil
	}
	nk := percentNumber
	if k == report.ChangePP {
		nk = plainNumber
	}
	v, ok := l.decimal(ri, valueCol, nk, "5.5%")
	if !ok {
		return nil
	}
	return &report.Change{Kind: k, Value: v, Label: l.str(ri, labelCol)}
}

func (rd *reader) targets(results []report.Section) []report.Target {
	l := rd.openList(sheetTargets, targetColumns, false, tgtName, tgtKind, tgtValue, tgtUnit, tgtQuote)
	if l == nil {
		return nil
	}
	byName := map[string]string{}
	for _, s := range results {
		for _, in := range s.Indicators {
			if _, ok := byName[in.Name]; !ok {
				byName[in.Name] = in.ID
			}
		}
	}
	var out []report.Target
	targetIDs := newIDs()
	for ri := 1; ri < len(l.rows); ri++ {
		if l.blank(ri) {
			continue
		}
		t := report.Target{
			Name:      l.str(ri, tgtName),
			Unit:      l.str(ri, tgtUnit),
			Qualifier: l.str(ri, tgtQualifier),
			Text:      l.str(ri, tgtText),
			Quote:     l.str(ri, tgtQuote),
			Base:      l.str(ri, tgtBaseID),
			Period:    report.Period(l.str(ri, tgtPeriod)),
		}
		rd.at(fmt.Sprintf("targets[%d]", len(out)), l, ri, targetFields)
		t.ID = targetIDs.idFor(l, ri, tgtID, "target")
		t.Kind, _ = enum(l, ri, tgtKind, -1, report.TargetKind("").Values(), report.TargetKind.Label)
		if l.str(ri, tgtKind) == "" {
			rd.problem(l.sheet, l.ref(ri, tgtKind), "the kind is empty (expected one of 增速, 水平, 上限, 下限, 定性)")
		}
		t.Nature, _ = enum(l, ri, tgtNature, l.col[tgtNatureRaw], report.Nature("").Values(), report.Nature.Label)
		kind := plainNumber
		if t.Kind == report.TargetGrowth || isPercentUnit(t.Unit) {
			kind = percentNumber
		}
		t.Value = l.optionalDecimal(ri, tgtValue, kind, "5.8%")
		t.Upper = l.optionalDecimal(ri, tgtUpper, kind, "5%")
		t.Measure, _ = enum(l, ri, tgtMeasure, -1, report.Measure("").Values(), report.Measure.Label)
		if unit := l.str(ri, tgtReachUnit); unit != "" || l.str(ri, tgtReach) != "" {
			rk := plainNumber
			if isPercentUnit(unit) {
				rk = percentNumber
			}
			if v := l.optionalDecimal(ri, tgtReach, rk, "309"); v != nil {
				t.Reach = &report.Amount{Value: *v, Unit: unit, Qualifier: l.str(ri, tgtReachQualifier)}
			} else if l.str(ri, tgtReach) == "" {
				rd.problem(l.sheet, l.ref(ri, tgtReach), "the level to reach is empty but its unit says %q", unit)
			}
		}
		if t.Base == "" {
			if name := l.str(ri, tgtBaseName); name != "" {
				if t.Base = byName[name]; t.Base == "" {
					rd.problem(l.sheet, l.ref(ri, tgtBaseName), "no indicator in 指标 is named %q", name)
				}
			}
		}
		out = append(out, t)
	}
	return out
}

func (rd *reader) tasks() []report.Task {
	l := rd.openList(sheetTasks, taskColumns, false, tskTask, tskItem, tskLevel, tskContent, tskValue, tskUnit, tskTaskID, tskItemNo)
	if l == nil {
		return nil
	}
	type itemKey struct {
		task string
		no   int
	}
	var tasks []report.Task
	taskAt := map[string]int{}
	taskByTitle := map[string]string{}
	items := map[string][]int{} // task id → item numbers in order of appearance
	itemOf := map[itemKey]*report.Item{}
	taskIDs, figureIDs := newIDs(), newIDs()
	ensureTask := func(ri int, id, title string) int {
		if i, ok := taskAt[id]; ok {
			return i
		}
		tasks = append(tasks, report.Task{ID: id, Title: title})
		taskAt[id] = len(tasks) - 1
		taskIDs.used[id] = l.ref(ri, tskTaskID)
		if _, ok := taskByTitle[title]; !ok {
			taskByTitle[title] = id
		}
		return len(tasks) - 1
	}
	itemTitle := map[itemKey]string{}
	itemRow := map[itemKey]int{}      // the row the item was read from
	figureRows := map[itemKey][]int{} // the rows of its figures
	taskRow := map[string]int{}
	ensureItem := func(k itemKey, title string, ri int) *report.Item {
		if it := itemOf[k]; it != nil {
			return it
		}
		it := &report.Item{Title: title}
		itemOf[k] = it
		items[k.task] = append(items[k.task], k.no)
		itemTitle[k] = title
		itemRow[k] = ri
		return it
	}
	for ri := 1; ri < len(l.rows); ri++ {
		if l.blank(ri) {
			continue
		}
		title := l.str(ri, tskTask)
		tid := l.str(ri, tskTaskID)
		if tid == "" {
			tid = taskByTitle[title]
		}
		if tid == "" {
			tid = taskIDs.make("task", ri+1)
		}
		ti := ensureTask(ri, tid, title)
		if _, ok := taskRow[tid]; !ok {
			taskRow[tid] = ri
		}
		level := l.str(ri, tskLevel)
		if level == "" && (l.str(ri, tskValue) != "" || l.str(ri, tskFigureID) != "") {
			level = levelFigure
		}
		switch level {
		case levelTask:
			if title == "" {
				rd.problem(l.sheet, l.ref(ri, tskTask), "the task has no title")
			}
			tasks[ti].Title = title
			tasks[ti].Summary = l.str(ri, tskContent)
			tasks[ti].Number = l.str(ri, tskNumber)
			tasks[ti].Part = l.str(ri, tskPart)
			taskRow[tid] = ri
			continue
		case levelItem, levelFigure:
		default:
			rd.problem(l.sheet, l.ref(ri, tskLevel), "%q is not one of %s, %s, %s", level, levelTask, levelItem, levelFigure)
			continue
		}
		// The item: by its number, else by its title within the task.
		itemTitleHere := l.str(ri, tskItem)
		no := 0
		if s := l.str(ri, tskItemNo); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				rd.problem(l.sheet, l.ref(ri, tskItemNo), "%q is not an item number (expected 1, 2, 3 …)", s)
				continue
			}
			no = n
		} else {
			for _, n := range items[tid] {
				if itemTitle[itemKey{tid, n}] == itemTitleHere {
					no = n
				}
			}
			if no == 0 {
				for _, n := range items[tid] {
					no = max(no, n)
				}
				no++
			}
		}
		k := itemKey{tid, no}
		it := ensureItem(k, itemTitleHere, ri)
		if level == levelItem {
			if itemTitleHere == "" {
				rd.problem(l.sheet, l.ref(ri, tskItem), "the item has no title")
			}
			it.Title = itemTitleHere
			it.Summary = l.str(ri, tskContent)
			it.Number = l.str(ri, tskNumber)
			itemRow[k] = ri
			continue
		}
		it.Figures = append(it.Figures, rd.figure(l, ri, figureIDs, figureColumns{
			name: tskContent, unit: tskUnit, qualifier: tskQualifier, value: tskValue, quote: tskQuote, id: tskFigureID,
			purpose: tskPurpose, money: tskMoney, per: tskPer, upper: tskUpper,
			change: tskChange, changeKind: tskChangeKind, changeLabel: tskChangeLabel,
		}))
		figureRows[k] = append(figureRows[k], ri)
	}
	// Items in the order of their numbers.
	for i := range tasks {
		rd.at(fmt.Sprintf("tasks[%d]", i), l, taskRow[tasks[i].ID], taskFields)
		nos := append([]int(nil), items[tasks[i].ID]...)
		slices.Sort(nos)
		for _, n := range nos {
			k := itemKey{tasks[i].ID, n}
			p := fmt.Sprintf("tasks[%d].items[%d]", i, len(tasks[i].Items))
			rd.at(p, l, itemRow[k], itemFields)
			for j, ri := range figureRows[k] {
				rd.at(fmt.Sprintf("%s.figures[%d]", p, j), l, ri, figureFields)
			}
			tasks[i].Items = append(tasks[i].Items, *itemOf[k])
		}
	}
	return tasks
}

// figureColumns are where a sheet keeps a planned figure's fields (-1: not
// on that sheet).
type figureColumns struct {
	name, unit, qualifier, value, quote, id, purpose, money, per, upper int
	change, changeKind, changeLabel                                     int
}

// figure reads one planned figure from row ri.
func (rd *reader) figure(l *list, ri int, figureIDs *ids, c figureColumns) report.Figure {
	fg := report.Figure{
		Name:      l.str(ri, c.name),
		Unit:      l.str(ri, c.unit),
		Qualifier: l.str(ri, c.qualifier),
		Quote:     l.str(ri, c.quote),
		Per:       l.str(ri, c.per),
	}
	if c.purpose >= 0 {
		fg.Purpose = l.str(ri, c.purpose)
	}
	fg.ID = figureIDs.idFor(l, ri, c.id, "figure")
	kind := plainNumber
	if isPercentUnit(fg.Unit) {
		kind = percentNumber
	}
	if v, ok := l.decimal(ri, c.value, kind, "4,000"); ok {
		fg.Value = v
	} else if l.str(ri, c.value) == "" {
		rd.problem(l.sheet, l.ref(ri, c.value), "the amount is empty (expected a decimal like 4,000)")
	}
	fg.Upper = l.optionalDecimal(ri, c.upper, kind, "5,000")
	fg.Money, _ = enum(l, ri, c.money, -1, report.Money("").Values(), report.Money.Label)
	if c.change >= 0 {
		fg.Change = rd.change(l, ri, c.change, c.changeKind, c.changeLabel)
	}
	return fg
}

// annexes reads the 附件 sheet, when there is one.
func (rd *reader) annexes() []report.Annex {
	l := rd.openList(sheetAnnexes, annexColumns, false, anxAnnex, anxItem, anxLevel, anxContent, anxValue, anxUnit, anxAnnexID, anxItemNo)
	if l == nil {
		return nil
	}
	var out []report.Annex
	annexAt := map[string]int{}
	type itemKey struct {
		annex string
		no    int
	}
	itemAt := map[itemKey]int{}
	figureIDs := newIDs()
	for ri := 1; ri < len(l.rows); ri++ {
		if l.blank(ri) {
			continue
		}
		aid := l.str(ri, anxAnnexID)
		if aid == "" {
			aid = "annex-" + strconv.Itoa(len(out)+1)
			for _, a := range out {
				if a.Title == l.str(ri, anxAnnex) {
					aid = a.ID
				}
			}
		}
		ai, ok := annexAt[aid]
		if !ok {
			out = append(out, report.Annex{ID: aid, Title: l.str(ri, anxAnnex)})
			ai = len(out) - 1
			annexAt[aid] = ai
			rd.at(fmt.Sprintf("annexes[%d]", ai), l, ri, annexFields)
		}
		no := 0
		if s := l.str(ri, anxItemNo); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				rd.problem(l.sheet, l.ref(ri, anxItemNo), "%q is not an item number (expected 1, 2, 3 …)", s)
				continue
			}
			no = n
		}
		k := itemKey{aid, no}
		ii, ok := itemAt[k]
		if !ok {
			out[ai].Items = append(out[ai].Items, report.AnnexItem{Title: l.str(ri, anxItem)})
			ii = len(out[ai].Items) - 1
			itemAt[k] = ii
		}
		it := &out[ai].Items[ii]
		p := fmt.Sprintf("annexes[%d].items[%d]", ai, ii)
		switch l.str(ri, anxLevel) {
		case levelItem:
			it.Title, it.Text, it.Lead, it.Number = l.str(ri, anxItem), l.str(ri, anxContent), l.str(ri, anxLead), l.str(ri, anxNumber)
			rd.at(p, l, ri, annexItemFields)
		case levelFigure:
			if _, ok := rd.places[p]; !ok {
				rd.at(p, l, ri, annexItemFields)
			}
			rd.at(fmt.Sprintf("%s.figures[%d]", p, len(it.Figures)), l, ri, annexFigureFields)
			it.Figures = append(it.Figures, rd.figure(l, ri, figureIDs, figureColumns{
				name: anxContent, unit: anxUnit, qualifier: anxQualifier, value: anxValue, quote: anxQuote, id: anxFigureID,
				purpose: -1, money: anxMoney, per: anxPer, upper: anxUpper, change: -1,
			}))
		default:
			rd.problem(l.sheet, l.ref(ri, anxLevel), "%q is not one of %s, %s", l.str(ri, anxLevel), levelItem, levelFigure)
		}
	}
	return out
}

func (rd *reader) glossary() []report.Term {
	l := rd.openList(sheetGlossary, glossaryColumns, false, glsTerm, glsDefinition)
	if l == nil {
		return nil
	}
	var out []report.Term
	for ri := 1; ri < len(l.rows); ri++ {
		if l.blank(ri) {
			continue
		}
		t := report.Term{Term: l.str(ri, glsTerm), Definition: l.str(ri, glsDefinition)}
		rd.at(fmt.Sprintf("glossary[%d]", len(out)), l, ri, termFields)
		out = append(out, t)
	}
	return out
}
