// Package sheets writes a work report as an Excel workbook and reads an
// edited copy of it back.
//
// The workbook is what people share, sort, filter, chart and edit. It has
// five sheets: 概览 (the title, the report's facts and the headline growth
// targets with a chart), 指标 (every past-year result), 目标 (every target of
// the year, with the level a growth target implies as a live formula), 任务
// (tasks, items and planned figures, with money converted to 万元 and summed
// per task by formulas) and 名词解释 (the glossary).
//
// Numbers are numbers. Each cell's number format carries the decimals the
// report wrote (231.52, 5,260.57, 9.50), and percentages are stored as
// fractions shown with a % format (5.5% is 0.055), the way a spreadsheet
// stores what a person types as "5.5%". Formula cells carry their computed
// result too, for viewers that do not recalculate.
//
// Reading back relies on the header names, the identifier columns at the
// right of each list and the number formats: a person may change values,
// add, delete or re-sort rows, and Read rebuilds the model, naming sheet and
// cell for anything it cannot use.
//
// The same report and Options give the same bytes: parts are written in
// sorted order with one fixed time, and nothing reads the clock.
package sheets
