// Package fonts embeds the typefaces the PDF renderer sets work reports in:
// a 宋体-style serif for body text (WorkReport Serif) and a 黑体-style sans
// for headings (WorkReport Sans), each in a regular and a bold weight, as
// TrueType files ready for go-pdf/fpdf's AddUTF8FontFromBytes.
//
// # Where they come from
//
// The faces are Noto Serif CJK SC and Noto Sans CJK SC, designed by Adobe
// (where they are Source Han Serif and Source Han Sans) with Google, taken from
// Debian's fonts-noto-cjk package. fonts/build.py picks the Simplified Chinese
// member of each .ttc collection, cuts it down, converts it and renames it; it
// is deterministic, so anyone can rebuild the same bytes (see README.md and
// SHA256SUMS).
//
// # Why a subset
//
// A Noto CJK collection holds 65,535 glyphs shared by its Japanese, Korean,
// Chinese and Hong Kong members and weighs 19–27 MB. A work report needs the 通用规范汉字表 (the 8,105 standard
// characters of 2013; the 7,909 in the Basic Multilingual Plane), GB2312 (which
// adds 125 hanzi, mostly radicals used as characters — 亻 氵 扌 艹 钅 — and
// rare forms, plus its symbol rows: punctuation, Greek, Cyrillic, kana,
// pinyin, bopomofo, box drawing),
// ASCII, Latin-1, and the punctuation and symbols of Chinese documents —
// fullwidth forms, CJK punctuation, ①–⑳, Ⅰ–Ⅻ, arrows, ℃, №, ㎡, □ ■ ● ○ ◆ ▲ △.
// That is about 9,600 code points and 2.5–3.5 MB per face. Characters outside
// the BMP are left out on purpose: fpdf cannot set them (it errors in
// MultiCell and panics in CellFormat and Text), so callers must replace them
// anyway. Use Face.Has to decide, character by character, whether a face can
// draw a rune, and fall back to another face or to □ (U+25A1, present in
// every face) when none can.
//
// # Why TrueType
//
// Noto CJK ships CFF (PostScript) outlines, and fpdf embeds only TrueType
// (glyf) outlines: it rejects OpenType/CFF fonts and collections. The build
// approximates every cubic curve by quadratic ones within 1 font unit (1/1000
// em, invisible at any print size), drops OpenType layout (GSUB/GPOS, which
// fpdf does not use), vertical metrics and hinting, and keeps one format-4
// (BMP) cmap, the one fpdf and Face.Has read. Because fpdf does no OpenType
// shaping, the Simplified Chinese forms (the locl feature for ZHS, e.g. the
// centred full-width — U+2014) are baked into that cmap. Every glyph gets its
// own horizontal metric: fpdf v0.9.0 otherwise writes into the font bytes it
// is given, which here are shared by every document.
//
// # Licence
//
// The fonts are under the SIL Open Font License 1.1, © Adobe, with the
// Reserved Font Name "Source"; the full text and the copyright lines are in
// OFL.txt, which must travel with the fonts. As a Modified Version they carry
// new names (WorkReport Serif, WorkReport Sans). The licence does not extend
// to documents made with the fonts: PDFs that embed them are not covered by it.
package fonts
