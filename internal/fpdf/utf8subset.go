package fpdf

// Patch 11 (see PATCHES.md): a UTF-8 font that the caller has already cut
// to the characters a document draws, embedded as it is. AddUTF8FontFromBytes
// parses the whole file for every document (cmap, widths, metrics) and the
// output cuts it again; a caller that measures and cuts its faces itself
// does both once, and a font's metrics do not change from one cut to the
// next.

import (
	"errors"
	"hash/crc32"
	"sort"
)

// UTF8FontMetrics is what AddUTF8FontFromBytes reads from a TrueType file
// besides its characters and widths: the font descriptor and the underline.
// These come from the head, hhea, OS/2 and post tables and glyph 0's advance,
// so every cut of a face that keeps those tables and .notdef has the same.
type UTF8FontMetrics struct {
	Desc FontDescType
	Up   int // underline position, thousandths of an em
	Ut   int // underline thickness, thousandths of an em
}

// UTF8FontMetricsFromBytes parses a TrueType file as AddUTF8FontFromBytes
// does and returns its metrics. Parse a small cut of a face once and reuse
// the result for every cut of it.
func UTF8FontMetricsFromBytes(utf8Bytes []byte) (UTF8FontMetrics, error) {
	utf8File := newUTF8Font(&fileReader{readerPosition: 0, array: utf8Bytes})
	if err := utf8File.parseFile(); err != nil {
		return UTF8FontMetrics{}, err
	}
	return UTF8FontMetrics{
		Desc: FontDescType{
			Ascent:       int(utf8File.Ascent),
			Descent:      int(utf8File.Descent),
			CapHeight:    utf8File.CapHeight,
			Flags:        utf8File.Flags,
			FontBBox:     utf8File.Bbox,
			ItalicAngle:  utf8File.ItalicAngle,
			StemV:        utf8File.StemV,
			MissingWidth: round(utf8File.DefaultWidth),
		},
		Up: int(round(utf8File.UnderlinePosition)),
		Ut: round(utf8File.UnderlineThickness),
	}, nil
}

// UTF8FontSubset is a TrueType font already cut to (at least) the characters
// a document draws with it.
type UTF8FontSubset struct {
	// File is embedded as the FontFile2 stream byte for byte; fpdf does not
	// cut it again. It must be a complete TrueType file whose glyph indices
	// are those of Glyphs.
	File []byte
	// Metrics as UTF8FontMetricsFromBytes returns them for the face.
	Metrics UTF8FontMetrics
	// Widths by rune, 65,536 entries, as AddUTF8FontFromBytes computes them
	// from File: round(advance × 1000 / unitsPerEm), 65535 for an advance
	// that rounds to 0, and 0 for a rune File has no glyph for. fpdf keeps
	// the slice (GetStringWidth and the /W array read it) and does not
	// change it, so it may be shared by documents.
	Widths []int
	// Glyphs maps each rune of File's cmap to its glyph index; the
	// CIDToGIDMap is made from it. fpdf does not change it.
	Glyphs map[int]int
	// PostScriptName is the face's PostScript name (name table, name ID 6),
	// e.g. "NotoSerifSC-Regular". The font is named in the PDF (/BaseFont
	// of the Type0 and CIDFontType2 fonts, /FontName of the descriptor)
	// TAG+PostScriptName, as ISO 32000-1 §9.6.4 asks of a subset, TAG being
	// six capital letters derived from File (patch 20). Characters that may
	// not stand in a PDF name as they are are written #XX. Empty: fpdf's own
	// name ("utf8" and the font key) after the tag.
	PostScriptName string
}

// AddUTF8FontSubset adds a UTF-8 font like AddUTF8FontFromBytes, from a file
// the caller has already cut: fpdf neither parses nor cuts it. Every rune
// drawn with the font must be in sub.Glyphs, or it is drawn as glyph 0; and
// every rune in sub.Glyphs counts as used, drawn or not (its width goes into
// the /W array, its glyph into the CIDToGIDMap), so that Text need not
// record the runes it draws (patch 18): cut the font to the runes drawn.
func (f *Fpdf) AddUTF8FontSubset(familyStr, styleStr string, sub *UTF8FontSubset) {
	if f.err != nil {
		return
	}
	if sub == nil || len(sub.File) == 0 || len(sub.Widths) != 256*256 || sub.Glyphs == nil {
		f.err = errors.New("AddUTF8FontSubset: the subset needs a file, 65,536 widths and a glyph map")
		return
	}
	fontkey := getFontKey(familyStr, styleStr)
	if _, ok := f.fonts[fontkey]; ok {
		return
	}
	sbarr := makeSubsetRange(57) // upstream: 32 with an alias for the page count
	def := fontDefType{
		Tp:        "UTF8",
		Name:      fontkey,
		Desc:      sub.Metrics.Desc,
		Up:        sub.Metrics.Up,
		Ut:        sub.Metrics.Ut,
		Cw:        sub.Widths,
		usedRunes: sbarr,
		subset:    sub,
	}
	// The widths are non-zero only for runes in the cmap (see Widths), so
	// the ID hashes those instead of scanning the table.
	runes := make([]int, 0, len(sub.Glyphs))
	for r := range sub.Glyphs {
		if r >= 0 && r < len(sub.Widths) {
			runes = append(runes, r)
		}
	}
	sort.Ints(runes)
	def.i, _ = generateFontIDSparse(def, runes)
	f.fonts[fontkey] = def
}

// cutSubset does for a font added by AddUTF8FontSubset what GenerateCutFont
// does for one added from bytes: the font file, the used runes' glyphs and
// the largest used rune, for the CIDToGIDMap and the /W array.
func (sub *UTF8FontSubset) cutSubset(usedRunes map[int]int) (file []byte, glyphs map[int]int, lastRune int) {
	glyphs = make(map[int]int, len(usedRunes))
	for _, r := range usedRunes {
		if g, ok := sub.Glyphs[r]; ok {
			glyphs[r] = g
		}
		lastRune = max(lastRune, r)
	}
	return sub.File, glyphs, lastRune
}

// subsetFontName is the PDF name, without the slash, of a font cut to a
// subset (patch 20): a tag of six capital letters, '+', and the PostScript
// name. The tag is a function of the embedded file alone (its CRC-32, in
// base 26), so the same document gives the same bytes and different cuts of
// a face, different tags. CRC-32 is hardware-assisted (~0.05 ms for the
// ~420 KB of a Hailar PDF's four files); the tag only has to tell subsets
// of a face apart, not resist forgery.
func subsetFontName(file []byte, postScriptName string) string {
	h := crc32.ChecksumIEEE(file)
	b := make([]byte, 7, 7+len(postScriptName))
	for i := 0; i < 6; i++ {
		b[i] = 'A' + byte(h%26)
		h /= 26
	}
	b[6] = '+'
	return string(appendPDFName(b, postScriptName))
}

// appendPDFName appends s as the body of a PDF name (ISO 32000-1 §7.3.5):
// regular characters as they are; '#', delimiters, white space and bytes
// outside '!'…'~' as '#' and two hexadecimal digits.
func appendPDFName(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF"
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c < '!' || c > '~', c == '#', c == '/', c == '%',
			c == '(', c == ')', c == '<', c == '>', c == '[', c == ']', c == '{', c == '}':
			b = append(b, '#', hex[c>>4], hex[c&15])
		default:
			b = append(b, c)
		}
	}
	return b
}
