// Package report is the data model of a work report (政府工作报告) and its
// loading and validation: the heart of workreport, which the PDF renderer
// (package report/pdf), the workbook renderer (package sheets) and the
// command line all read and none of them changes.
//
// # The model
//
// A Report is what a government says in its annual work report, as data:
//
//   - Meta: title, region, level of government, the year the report plans
//     for, its date, speaker and occasion;
//   - Results: last year's results, by the report's own sections; each
//     Indicator has its value with the digits as printed (231.52, 9.50),
//     its unit as written (亿元, 万亩, %), an optional qualifier (预计, 余,
//     以上), an optional Change (同比增长5.5%) and the exact clause it came
//     from (Quote);
//   - Targets: this year's expected and binding targets; a growth Target
//     names the past-year indicator it grows from (Base), so the level it
//     implies is computed exactly: 231.52亿元 × 1.058 → 244.95 (Implied);
//   - Tasks: the planned work, with the figures (investments, counts) of
//     each item;
//   - Glossary: the report's 名词解释.
//
// Numbers are Decimal, never float64: a value keeps the digits the report
// printed, and arithmetic on it is exact. Units convert where comparable
// (Unit, Convert): 亿元 and 万元 are both money, 万亩 and 亩 both area.
//
// # Loading and validation
//
// Parse reads YAML (with comments) or JSON — one model, the same positions
// in messages — and LoadFile reads a file. Loading is strict: unknown keys
// (with a "did you mean"), wrong types, missing keys, a target whose base
// names no indicator, duplicate ids, NaN, control characters, invalid
// UTF-8 and oversized files are each a Problem with its file, line and
// column, and the returned error is Errors, every problem of the file at
// once, so a person fixes a file in one pass:
//
//	my-district.yaml:4:10: meta.level: "distrct" is not one of district, county, city, province, national (did you mean "district"?)
//
// A Report that Parse returned is valid; the renderers rely on that.
// SchemaJSON is the same rules as a JSON Schema, for editors.
//
// Package samples embeds real reports written as data, to start from and to
// test against.
package report
