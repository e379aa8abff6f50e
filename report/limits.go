package report

import "unicode/utf8"

// The limits on text, in characters: one policy for every field, so that
// whatever validates can be drawn by both renderers (issue 12: a 250-
// character title passed validate, then the workbook's page header
// refused it and the PDF was left without its XLSX).
//
// What the renderers can draw:
//   - a workbook cell holds 32,767 UTF-16 units (Excel, excelize);
//   - a sheet's page header or footer holds 255 (excelize refuses more);
//     the title goes there with about 55 of formatting and the sheet's
//     name, and is shortened with … when its characters outside the
//     Basic Multilingual Plane or its & (written &&) would pass it;
//   - sheet names are the tool's own (指标, 目标 …), never the data's;
//   - the PDF breaks any text over lines and pages (a table row taller
//     than a page goes on over the next), and has no limit of its own that
//     these reach.
//
// So a long text (a quote, a summary, an annex entry's wording, a
// definition, the source) may have up to MaxLongText characters, at most
// 2 × 5,000 UTF-16 units, well inside a cell; every other text (titles,
// names, units, ids …) up to MaxText, which keeps the title inside the
// page header. Real reports stay far below both: the longest quote in the
// samples has 49 characters, the longest summary 189, the longest title 46.
const (
	MaxText     = 200
	MaxLongText = 5000
)

// longText are the fields (the last key of their path) that hold running
// text rather than a name.
var longText = map[string]bool{"quote": true, "summary": true, "text": true, "definition": true, "source": true}

// textLimit is the limit for the field at path.
func textLimit(path string) int {
	if longText[lastKey(path)] {
		return MaxLongText
	}
	return MaxText
}

// tooLong reports a text longer than its field's limit.
func (v *validator) tooLong(path, s string) bool {
	limit := textLimit(path)
	if len(s) <= limit { // bytes ≥ characters: most texts stop here
		return false
	}
	n := utf8.RuneCountInString(s)
	if n <= limit {
		return false
	}
	v.problem(path, "%s has %d characters, more than its limit of %d (shorten it: the workbook and the PDF are made for at most that)", lastKey(path), n, limit)
	return true
}
