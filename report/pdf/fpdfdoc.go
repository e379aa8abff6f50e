package pdf

// This file is the only one that imports fpdf. fpdf is unmaintained upstream
// (v0.9.0; now our own package internal/fpdf, patched for speed and pruned to
// what this file calls), panics on characters outside the Basic Multilingual
// Plane, and its line breaking (removed in the pruning) broke Chinese lines
// badly; the rest of the package draws through the small doc type below,
// which gets only strings the sanitiser has cleaned, and does its own line
// breaking with package typeset.
//
// doc records the drawing and plays it into fpdf at the end: only then are
// the characters each face draws known, so that fpdf can be given fonts
// reduced to them (see subset.go). Measuring uses the width tables parsed
// once per process.

import (
	"fmt"
	"io"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/workreport/workreport/internal/fpdf"
)

// face is one of the four embedded type faces.
type face int

const (
	serif face = iota
	serifBold
	sans
	sansBold
	numFaces
)

// family and style under which fpdf knows each face. Each face is registered
// once: registering one file under two names would embed it twice.
var faceNames = [numFaces]struct{ family, style string }{
	serif:     {"serif", ""},
	serifBold: {"serif", "B"},
	sans:      {"sans", ""},
	sansBold:  {"sans", "B"},
}

// rgb is a colour.
type rgb struct{ r, g, b int }

// doc is a page-description surface in millimetres with the origin at the
// top left. It records what is drawn; output plays it into one fpdf
// document.
type doc struct {
	ops    []func(f *fpdf.Fpdf)
	face   face
	size   float64 // current font size in points
	fontOK bool    // a font has been selected since the last forced reset
	fonts  [numFaces]*sfnt
	set    [numFaces]bool    // faces selected at least once
	used   [numFaces]runeSet // characters drawn in each face
	pages  int               // pages so far
	cur    int               // page drawn on
	links  int               // internal links made
	// textColor is the last text colour recorded, if textColorSet.
	textColor    rgb
	textColorSet bool
	created      time.Time
}

// newDoc starts an A4 portrait document in millimetres; the document dates
// are fixed, so that the same input gives the same bytes.
func newDoc(created time.Time) (*doc, error) {
	d := &doc{face: -1, created: created}
	for i := range d.fonts {
		f := faceFont(face(i))
		if f.err != nil {
			return nil, fmt.Errorf("font %s: %w", faceFiles[i].File, f.err)
		}
		d.fonts[i] = f
	}
	return d, nil
}

// do records a drawing operation.
func (d *doc) do(op func(f *fpdf.Fpdf)) { d.ops = append(d.ops, op) }

// setMeta records the document information dictionary, in Chinese.
func (d *doc) setMeta(title, author, subject, keywords, creator string) {
	title, author, subject, keywords, creator = validUTF8(title), validUTF8(author), validUTF8(subject), validUTF8(keywords), validUTF8(creator)
	d.do(func(f *fpdf.Fpdf) {
		f.SetTitle(title, true)
		f.SetAuthor(author, true)
		f.SetSubject(subject, true)
		f.SetKeywords(keywords, true)
		f.SetCreator(creator, true)
		f.SetProducer("workreport", true)
		f.SetLang("zh-CN")
		f.SetDisplayMode("fullwidth", "single")
	})
}

// setFont selects a face and size, writing nothing when both are current.
func (d *doc) setFont(fc face, size float64) {
	if d.fontOK && fc == d.face && size == d.size {
		return
	}
	n := faceNames[fc]
	d.do(func(f *fpdf.Fpdf) { f.SetFont(n.family, n.style, size) })
	d.face, d.size, d.fontOK = fc, size, true
	d.set[fc] = true
}

// forgetFont makes the next setFont write the font selection even if it
// seems current: needed when going back to an earlier page, whose content
// stream ended with whatever font that page used last.
func (d *doc) forgetFont() { d.fontOK = false }

// runeWidth is the advance of r in the current face and size, in mm.
func (d *doc) runeWidth(r rune) float64 {
	return d.fonts[d.face].width(r) * d.size / 1000 / ptPerMM
}

// width is the advance of s in the current face and size, in mm.
func (d *doc) width(s string) float64 {
	w := 0.0
	f := d.fonts[d.face]
	for _, r := range s {
		w += f.width(r)
	}
	return w * d.size / 1000 / ptPerMM
}

// ptPerMM converts millimetres to points.
const ptPerMM = 72 / 25.4

// text draws s with its baseline at y, starting at x.
func (d *doc) text(x, y float64, s string) {
	if s == "" {
		return
	}
	s = validUTF8(s)
	used := &d.used[d.face]
	for _, r := range s {
		used.add(r)
	}
	d.do(func(f *fpdf.Fpdf) { f.Text(x, y, s) })
}

// textSpaced draws s like text with extra mm after each character: Chinese
// justification. fpdf has no character spacing, so the Tc operator is
// written around the text and reset after it.
func (d *doc) textSpaced(x, y float64, s string, extra float64) {
	if extra == 0 {
		d.text(x, y, s)
		return
	}
	tc := strconv.FormatFloat(extra*ptPerMM, 'f', 3, 64) + " Tc"
	d.do(func(f *fpdf.Fpdf) { f.RawWriteStr(tc) })
	d.text(x, y, s)
	d.do(func(f *fpdf.Fpdf) { f.RawWriteStr("0 Tc") })
}

// setTextColor records a text colour change unless the colour is already
// the text colour: fpdf's SetTextColor writes nothing but formats the
// colour's operator each time, and the ops are played in the order they are
// recorded, with nothing else changing fpdf's text colour (pages do not).
func (d *doc) setTextColor(c rgb) {
	if d.textColorSet && d.textColor == c {
		return
	}
	d.textColor, d.textColorSet = c, true
	d.do(func(f *fpdf.Fpdf) { f.SetTextColor(c.r, c.g, c.b) })
}

func (d *doc) setFillColor(c rgb) { d.do(func(f *fpdf.Fpdf) { f.SetFillColor(c.r, c.g, c.b) }) }
func (d *doc) setDrawColor(c rgb) { d.do(func(f *fpdf.Fpdf) { f.SetDrawColor(c.r, c.g, c.b) }) }
func (d *doc) setLineWidth(w float64) {
	d.do(func(f *fpdf.Fpdf) { f.SetLineWidth(w) })
}

// fillRect paints a rectangle in the fill colour.
func (d *doc) fillRect(x, y, w, h float64) { d.do(func(f *fpdf.Fpdf) { f.Rect(x, y, w, h, "F") }) }

// line draws a line in the draw colour.
func (d *doc) line(x1, y1, x2, y2 float64) { d.do(func(f *fpdf.Fpdf) { f.Line(x1, y1, x2, y2) }) }

// dashed sets a dash pattern in mm; no arguments for a solid line.
func (d *doc) dashed(pattern ...float64) {
	d.do(func(f *fpdf.Fpdf) { f.SetDashPattern(pattern, 0) })
}

// addPage starts a new page.
func (d *doc) addPage() {
	d.pages++
	d.cur = d.pages
	d.do(func(f *fpdf.Fpdf) { f.AddPage() })
	d.forgetFont() // fpdf writes its own font selection at the top of a page
}

// page is the current page number, from 1.
func (d *doc) page() int { return d.cur }

// pageCount is the number of pages so far.
func (d *doc) pageCount() int { return d.pages }

// goToPage makes later drawing go to page n, which must exist. The page's
// content stream ends in an unknown graphics state, so the font is reselected
// on the next use; colours are set by every caller anyway.
func (d *doc) goToPage(n int) {
	d.cur = n
	d.do(func(f *fpdf.Fpdf) { f.SetPage(n) })
	d.forgetFont()
}

// bookmark adds an outline entry for the current page at y. fpdf encodes the
// title by the current font, which must be a UTF-8 one: setFont has always
// selected one of the embedded faces by the time the layout runs.
func (d *doc) bookmark(title string, level int, y float64) {
	if !d.fontOK {
		d.setFont(sans, 10)
	}
	title = validUTF8(title)
	d.do(func(f *fpdf.Fpdf) { f.Bookmark(title, level, y) })
}

// validUTF8 is s with each byte that is not UTF-8 replaced by □: fpdf
// panics on them. The sanitizer cleans every field, but a phrase may join a
// field to other text uncleaned, and Render takes reports that were never
// validated (Validate refuses invalid UTF-8).
func validUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, string(replacement))
}

// newLink makes an internal link target; setLink points it at a page and y.
func (d *doc) newLink() int {
	d.links++
	return d.links
}

func (d *doc) setLink(link int, page int, y float64) {
	d.do(func(f *fpdf.Fpdf) { f.SetLink(link, y, page) })
}

// link makes the rectangle a clickable link to target.
func (d *doc) link(x, y, w, h float64, target int) {
	d.do(func(f *fpdf.Fpdf) { f.Link(x, y, w, h, target) })
}

// output plays the recorded drawing into a new fpdf document, with each
// face reduced to the characters it draws, and writes the PDF.
func (d *doc) output(w io.Writer) error {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCatalogSort(true)
	f.SetCreationDate(d.created)
	f.SetModificationDate(d.created)
	f.SetAutoPageBreak(false, 0) // the layout breaks pages itself
	f.SetMargins(0, 0, 0)
	f.SetCompression(true)
	var subs []*fpdf.UTF8FontSubset
	for i := range d.fonts {
		if !d.set[i] {
			continue // a face never selected is not embedded
		}
		// Only the characters drawn: fpdf's own cut also kept ' '…'8', which
		// it counts as used from the start, but nothing draws them unless
		// the document does.
		runes := d.used[i].runes()
		sub, err := d.fonts[i].fpdfSubset(face(i), runes)
		if err != nil {
			return fmt.Errorf("reducing font %s: %w", faceFiles[i].File, err)
		}
		n := faceNames[i]
		f.AddUTF8FontSubset(n.family, n.style, sub)
		subs = append(subs, sub)
		if err := f.Error(); err != nil {
			return fmt.Errorf("embedding font %s: %w", faceFiles[i].File, err)
		}
	}
	for i := 0; i < d.links; i++ {
		f.AddLink()
	}
	for _, op := range d.ops {
		op(f)
	}
	// fpdf takes the current page as the page count when it closes the
	// document.
	f.SetPage(d.pages)
	if err := f.Error(); err != nil {
		return err
	}
	err := f.Output(w)
	// The width tables go back to the pool only now: fpdf reads them until
	// the document is written, and f is not used after this.
	for _, sub := range subs {
		releaseWidths(sub)
	}
	return err
}

var (
	metricsOnce [numFaces]sync.Once
	metrics     [numFaces]fpdf.UTF8FontMetrics
	metricsErr  [numFaces]error
)

// fpdfSubset reduces face fc (whose tables f are) to runes and describes
// the result to fpdf, which embeds it as it is: fpdf would otherwise parse
// the reduced font for every document and cut it again when writing it
// (internal/fpdf/PATCHES.md, patch 11). The descriptor and underline come
// from tables every reduction copies unchanged, so fpdf's parser reads them
// once per process, from a reduction to ASCII. The PostScript name, read
// with the face once per process, names the subset in the PDF
// (TAG+PostScriptName, patch 20).
func (f *sfnt) fpdfSubset(fc face, runes []rune) (*fpdf.UTF8FontSubset, error) {
	metricsOnce[fc].Do(func() {
		ascii := make([]rune, 0, 0x7f-0x20)
		for r := rune(0x20); r < 0x7f; r++ {
			ascii = append(ascii, r)
		}
		data, _, err := f.subset(ascii)
		if err == nil {
			metrics[fc], err = fpdf.UTF8FontMetricsFromBytes(data)
		}
		metricsErr[fc] = err
	})
	if metricsErr[fc] != nil {
		return nil, metricsErr[fc]
	}
	data, glyphs, err := f.subset(runes)
	if err != nil {
		return nil, err
	}
	return &fpdf.UTF8FontSubset{File: data, Metrics: metrics[fc], Widths: f.fpdfWidths(glyphs), Glyphs: glyphs,
		PostScriptName: f.psName}, nil
}

// fpdfWidths is the width table fpdf's parser would make for a reduced
// font whose cmap is glyphs (rune → new glyph; the advances are those of the
// same runes here): thousandths of an em rounded as fpdf rounds them, an
// advance of 0 written as 65535, 0 for runes the font lacks.
func (f *sfnt) fpdfWidths(glyphs map[int]int) []int {
	cw := *widthPool.Get().(*[]int)
	scale := 1000.0 / float64(f.unitsEm)
	for r := range glyphs {
		if r == 0 || r >= 0xFFFF {
			continue
		}
		adv := int(f.advance[f.glyph[r]])
		if adv >= 1<<15 {
			adv = 0
		}
		w := int(math.Round(scale * float64(adv)))
		if w == 0 {
			w = 65535
		}
		cw[r] = w
	}
	return cw
}

// widthPool holds zeroed 65,536-entry width tables: making and clearing one
// per face and document (512 KB) cost more than filling the few hundred
// entries a document uses.
var widthPool = sync.Pool{New: func() any {
	cw := make([]int, 256*256)
	return &cw
}}

// releaseWidths zeroes the entries fpdfWidths set and pools the table.
func releaseWidths(sub *fpdf.UTF8FontSubset) {
	cw := sub.Widths
	for r := range sub.Glyphs {
		if r >= 0 && r < len(cw) {
			cw[r] = 0
		}
	}
	sub.Widths = nil
	widthPool.Put(&cw)
}

// runeSet is a set of BMP characters, a bit each: text adds every character
// it draws, and a map assignment per character cost more than the rest of
// recording a line. Characters outside the BMP are not kept; the sanitiser
// has replaced them, and a font cut cannot map them anyway.
type runeSet [0x10000 / 64]uint64

func (s *runeSet) add(r rune) {
	if r >= 0 && r <= 0xFFFF {
		s[r>>6] |= 1 << (uint(r) & 63)
	}
}

func (s *runeSet) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && s[r>>6]&(1<<(uint(r)&63)) != 0
}

// runes lists the set, ascending.
func (s *runeSet) runes() []rune {
	n := 0
	for _, w := range s {
		n += bits.OnesCount64(w)
	}
	out := make([]rune, 0, n)
	for i, w := range s {
		for w != 0 {
			b := bits.TrailingZeros64(w)
			out = append(out, rune(i<<6|b))
			w &= w - 1
		}
	}
	return out
}
