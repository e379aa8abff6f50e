// Package pdf renders a work report as the PDF summary a government office
// hands out at a meeting: A4, margins after GB/T 9704, a serif (宋体-style)
// body and sans (黑体-style) headings embedded as subsets, and every number
// with the digits the report printed.
//
// The document, in order: a title block (title, meeting line, speaker,
// date) with a contents block whose page numbers link to the headings; a
// one-page dashboard of the headline indicators — last year's result and
// change, this year's target with its qualifier, and the level the target
// implies (231.52亿元 × 1.058 → 约244.95亿元) — with a chart of last year's
// growth against this year's target; last year's results, one table per
// section of the report, after a chart of the growth rates; this year's
// targets, expected and binding; the planned tasks with their items and
// figures, after a chart of the largest planned amounts; the glossary. Every
// page but the first carries the title as a running header and every page
// the footer 第 N 页 / 共 M 页; the outline has an entry for every part,
// section and task.
//
// How it is built. fpdf (github.com/go-pdf/fpdf v0.9.0, archived upstream)
// is our own package internal/fpdf, patched for speed — each change and its
// measured effect is in internal/fpdf/PATCHES.md. It is used only through the doc type in
// fpdfdoc.go. Its own line breaking loses Chinese characters and ignores 禁则,
// so lines are broken by package typeset and drawn one by one, justified by
// character spacing (the Tc operator, which fpdf lacks, written raw). Every
// string from the report passes the sanitiser first: fpdf panics on
// characters outside the Basic Multilingual Plane, and a character the fonts
// lack would print as nothing; both become a visible □ and a report.Warning
// naming the field. The layout never reads the clock or iterates a map, and
// fpdf's catalog is sorted, so the same report gives the same bytes.
//
// fpdf parses every embedded font completely for each document, which made
// the four CJK faces most of the cost. So the layout measures with width
// tables read once per process (subset.go), doc records the drawing, and at
// the end fpdf is given each face reduced to the characters it draws, to
// embed as it is, then the drawing is played into it. Headers,
// footers and the contents' page numbers are drawn last, on each page
// again, once the page count and the headings' places are known — which is
// also what centres the footer exactly (fpdf's {nb} alias would be measured
// as four characters).
package pdf
