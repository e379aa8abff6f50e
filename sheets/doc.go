// Package sheets writes a work report as an Excel workbook and reads an
// edited copy of it back.
//
// # The workbook
//
// It is what people share, sort, filter, chart and edit, in Excel, WPS or
// LibreOffice. Five sheets:
//
//   - 概览: the title, the report's facts (地区, 层级, 年度, 报告日期 …, one
//     label per row in column A), the headline growth targets with last
//     year's value and growth, the level each implies as a live formula, and
//     a column chart of last year's growth against this year's target.
//   - 指标: every past-year result, one row each, as an Excel table.
//   - 目标: every target of the year; a growth target's implied level is
//     ROUND(base × (1 + growth), decimals) — the same rounding as
//     report.Implied; conditional formats mark where last year's target was
//     met (green) and where this year's growth target is above last year's
//     growth (amber).
//   - 任务: a row per task, per item and per planned figure; money is
//     converted to 万元 by formula and summed per task with SUMIFS.
//   - 名词解释: the glossary.
//
// Numbers are numbers. A cell's number format carries the decimals the
// report wrote (231.52, 5,260.57, 9.50). Percentages — change rates, values
// whose unit is %, growth targets — are stored as fractions with a % format
// (5.5% is 0.055 shown by 0.0%), the way a spreadsheet stores what a person
// types as "5.5%", so formulas read naturally. Percentage points are not a
// share of anything and stay plain (0.5 shown by 0.0"个百分点"). Formula
// cells carry their result too, for viewers that do not recalculate.
// Text is always written as text, so data that starts with = + - @ never
// becomes a formula.
//
// The same report and Options give the same bytes: parts are written in
// sorted order with one fixed time (Options.Created, else the report's
// date), and nothing reads the clock.
//
// # Reading it back
//
// Read finds each column by its header text, so a person may move columns
// or add their own. Each list row carries its identifiers at the right
// (板块编号, 指标编号, 目标编号, 基数编号, 任务编号, 事项序号, 数字编号), which keep
// the tree when rows are sorted or filtered; a row added without them gets
// an id made from its row number, and joins its section or task by title.
// Decimals come from the cell's number format, or from the value when it
// has more digits than its format shows; text typed into a number cell
// ("1,231.52", "5.5%") is read as written. Two hidden columns keep the kind
// and nature as the data file wrote them, so a default left out stays left
// out. The order of rows is the order of the model; items keep their
// numbers' order.
//
// Errors name the file, sheet, cell and problem, all of them at once:
//
//	hailar-2025.xlsx: 指标!D7: "abc" is not a number (expected a decimal like 231.52)
//
// Read is guarded against hostile files: a size limit on the file and on
// what it unpacks to, a cap on rows read while streaming, damaged sheets
// rejected once, and no panic escapes (FuzzRead).
//
// # Speed
//
// One Hailar workbook takes about 10–15 ms on the shared machine, twice
// what it took with the patched copy of excelize used before: excelize is
// used unmodified, and the rows go through its StreamWriter.SetRow. Small
// parts are stored, the others deflated in parallel with klauspost's
// level 1. The
// comparison workbook of a batch keeps its rows on disk past about 1 MB
// (spill.go). PERFORMANCE.md has the measurements before and after, the
// commands, and where the time goes now.
package sheets
