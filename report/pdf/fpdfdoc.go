package pdf

// This file is the only one that imports fpdf. fpdf is unmaintained upstream
// (pinned at v0.9.0), panics on characters outside the Basic Multilingual
// Plane and breaks Chinese lines badly; the rest of the package draws through
// the small doc type below, which gets only strings the sanitiser has
// cleaned, and does its own line breaking with package typeset.

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/go-pdf/fpdf"
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
// top left, over one fpdf document.
type doc struct {
	f      *fpdf.Fpdf
	face   face
	size   float64 // current font size in points
	fontOK bool    // a font has been selected since the last forced reset
	// widths caches each face's advance widths in thousandths of an em; the
	// line breaker asks for every character of every paragraph.
	widths [numFaces]map[rune]float64
}

// newDoc starts an A4 portrait document in millimetres with the four faces
// registered and the document dates fixed, so that the same input gives the
// same bytes.
func newDoc(faces [numFaces][]byte, created time.Time) (*doc, error) {
	f := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", SizeStr: "A4"})
	f.SetCatalogSort(true)
	f.SetCreationDate(created)
	f.SetModificationDate(created)
	f.SetAutoPageBreak(false, 0) // the layout breaks pages itself
	f.SetMargins(0, 0, 0)
	f.SetCompression(true)
	for i, data := range faces {
		n := faceNames[i]
		f.AddUTF8FontFromBytes(n.family, n.style, data)
		if err := f.Error(); err != nil {
			return nil, fmt.Errorf("embedding the %s %s font: %w", n.family, n.style, err)
		}
	}
	d := &doc{f: f, face: -1}
	for i := range d.widths {
		d.widths[i] = make(map[rune]float64, 512)
	}
	// fpdf reports a font it could not parse only when it is first used.
	for i := range faces {
		d.setFont(face(i), 10)
		if err := f.Error(); err != nil {
			return nil, fmt.Errorf("font %s %s: %w", faceNames[i].family, faceNames[i].style, err)
		}
	}
	return d, nil
}

// setMeta records the document information dictionary, in Chinese.
func (d *doc) setMeta(title, author, subject, keywords, creator string) {
	d.f.SetTitle(title, true)
	d.f.SetAuthor(author, true)
	d.f.SetSubject(subject, true)
	d.f.SetKeywords(keywords, true)
	d.f.SetCreator(creator, true)
	d.f.SetProducer("workreport", true)
	d.f.SetLang("zh-CN")
	d.f.SetDisplayMode("fullwidth", "single")
}

// setFont selects a face and size, writing nothing when both are current.
func (d *doc) setFont(fc face, size float64) {
	if d.fontOK && fc == d.face && size == d.size {
		return
	}
	n := faceNames[fc]
	d.f.SetFont(n.family, n.style, size)
	d.face, d.size, d.fontOK = fc, size, true
}

// forgetFont makes the next setFont write the font selection even if it
// seems current: needed when going back to an earlier page, whose content
// stream ended with whatever font that page used last.
func (d *doc) forgetFont() { d.fontOK = false }

// runeWidth is the advance of r in the current face and size, in mm.
func (d *doc) runeWidth(r rune) float64 {
	m := d.widths[d.face]
	w, ok := m[r]
	if !ok {
		w = float64(d.f.GetStringSymbolWidth(string(r)))
		m[r] = w
	}
	return w * d.size / 1000 / ptPerMM
}

// width is the advance of s in the current face and size, in mm.
func (d *doc) width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += d.runeWidth(r)
	}
	return w
}

// ptPerMM converts millimetres to points.
const ptPerMM = 72 / 25.4

// text draws s with its baseline at y, starting at x.
func (d *doc) text(x, y float64, s string) {
	if s != "" {
		d.f.Text(x, y, s)
	}
}

// textSpaced draws s like text with extra mm after each character: Chinese
// justification. fpdf has no character spacing, so the Tc operator is
// written around the text and reset after it.
func (d *doc) textSpaced(x, y float64, s string, extra float64) {
	if extra == 0 {
		d.text(x, y, s)
		return
	}
	d.f.RawWriteStr(strconv.FormatFloat(extra*ptPerMM, 'f', 3, 64) + " Tc")
	d.text(x, y, s)
	d.f.RawWriteStr("0 Tc")
}

func (d *doc) setTextColor(c rgb) { d.f.SetTextColor(c.r, c.g, c.b) }
func (d *doc) setFillColor(c rgb) { d.f.SetFillColor(c.r, c.g, c.b) }
func (d *doc) setDrawColor(c rgb) { d.f.SetDrawColor(c.r, c.g, c.b) }
func (d *doc) setLineWidth(w float64) {
	d.f.SetLineWidth(w)
}

// fillRect paints a rectangle in the fill colour.
func (d *doc) fillRect(x, y, w, h float64) { d.f.Rect(x, y, w, h, "F") }

// strokeRect outlines a rectangle in the draw colour.
func (d *doc) strokeRect(x, y, w, h float64) { d.f.Rect(x, y, w, h, "D") }

// line draws a line in the draw colour.
func (d *doc) line(x1, y1, x2, y2 float64) { d.f.Line(x1, y1, x2, y2) }

// dashed sets a dash pattern in mm; no arguments for a solid line.
func (d *doc) dashed(pattern ...float64) { d.f.SetDashPattern(pattern, 0) }

// addPage starts a new page.
func (d *doc) addPage() {
	d.f.AddPage()
	d.forgetFont() // fpdf writes its own font selection at the top of a page
}

// page is the current page number, from 1.
func (d *doc) page() int { return d.f.PageNo() }

// pageCount is the number of pages so far.
func (d *doc) pageCount() int { return d.f.PageCount() }

// goToPage makes later drawing go to page n, which must exist. The page's
// content stream ends in an unknown graphics state, so the font is reselected
// on the next use; colours are set by every caller anyway.
func (d *doc) goToPage(n int) {
	d.f.SetPage(n)
	d.forgetFont()
}

// bookmark adds an outline entry for the current page at y. fpdf encodes the
// title by the current font, which must be a UTF-8 one: setFont has always
// selected one of the embedded faces by the time the layout runs.
func (d *doc) bookmark(title string, level int, y float64) {
	if !d.fontOK {
		d.setFont(sans, 10)
	}
	d.f.Bookmark(title, level, y)
}

// newLink makes an internal link target; setLink points it at a page and y.
func (d *doc) newLink() int                          { return d.f.AddLink() }
func (d *doc) setLink(link int, page int, y float64) { d.f.SetLink(link, y, page) }

// link makes the rectangle a clickable link to target.
func (d *doc) link(x, y, w, h float64, target int) { d.f.Link(x, y, w, h, target) }

// err is the first error fpdf recorded.
func (d *doc) err() error { return d.f.Error() }

// output finishes the document and writes it.
func (d *doc) output(w io.Writer) error { return d.f.Output(w) }
