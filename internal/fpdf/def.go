// Copyright ©2023 The go-pdf Authors. All rights reserved.
// Use of this source code is governed by a MIT-style
// license that can be found in the LICENSE file.

/*
 * Copyright (c) 2013-2014 Kurt Jung (Gmail: kurt.w.jung)
 *
 * Permission to use, copy, modify, and distribute this software for any
 * purpose with or without fee is hereby granted, provided that the above
 * copyright notice and this permission notice appear in all copies.
 *
 * THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
 * WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
 * MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
 * ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
 * WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
 * ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
 * OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
 */

package fpdf

import (
	"bytes"
	"crypto/sha1"
	"encoding/binary"
	"encoding/json"
	"fmt"
	"strconv"
	"time"
)

// Version of FPDF from which this package is derived
const (
	cnFpdfVersion = "1.7"
)

type colorType struct {
	r, g, b    float64
	ir, ig, ib int
	gray       bool
	str        string
}

// SizeType fields Wd and Ht specify the horizontal and vertical extents of a
// document element such as a page.
type SizeType struct {
	Wd, Ht float64
}

type linkType struct {
	x, y, wd, ht float64
	link         int    // Auto-generated internal link ID or...
	linkStr      string // ...application-provided external link string
}

type intLinkType struct {
	page int
	y    float64
}

// outlineType is used for a sidebar outline of bookmarks
type outlineType struct {
	text                                   string
	level, parent, first, last, next, prev int
	y                                      float64
	p                                      int
}

// InitType is used with NewCustom() to customize an Fpdf instance.
// OrientationStr, UnitStr, SizeStr and FontDirStr correspond to the arguments
// accepted by New(). If the Wd and Ht fields of Size are each greater than
// zero, Size will be used to set the default page size rather than SizeStr. Wd
// and Ht are specified in the units of measure indicated by UnitStr.
type InitType struct {
	OrientationStr string
	UnitStr        string
	SizeStr        string
	Size           SizeType
	FontDirStr     string
}

// Fpdf is the principal structure for creating a single PDF document
type Fpdf struct {
	isCurrentUTF8  bool                   // is current font used in utf-8 mode
	isRTL          bool                   // is is right to left mode enabled
	page           int                    // current page number
	n              int                    // current object number
	offsets        []int                  // array of object offsets
	buffer         fmtBuffer              // buffer holding in-memory PDF
	pages          []*bytes.Buffer        // slice[page] of page content; 1-based
	state          int                    // current document state
	compress       bool                   // compression flag
	k              float64                // scale factor (number of points in user unit)
	defOrientation string                 // default orientation
	curOrientation string                 // current orientation
	stdPageSizes   map[string]SizeType    // standard page sizes
	defPageSize    SizeType               // default page size
	curPageSize    SizeType               // current page size
	pageSizes      map[int]SizeType       // used for pages with non default sizes or orientations
	wPt, hPt       float64                // dimensions of current page in points
	w, h           float64                // dimensions of current page in user unit
	tMargin        float64                // top margin
	y              float64                // current position in user unit
	lineWidth      float64                // line width in user unit
	fonts          map[string]fontDefType // array of used fonts
	fontFamily     string                 // current font family
	fontStyle      string                 // current font style
	underline      bool                   // underlining flag
	strikeout      bool                   // strike out flag
	currentFont    fontDefType            // current font info
	fontSizePt     float64                // current font size in points
	fontSize       float64                // current font size in user unit
	ws             float64                // word spacing
	pageLinks      [][]linkType           // pageLinks[page][link], both 1-based
	links          []intLinkType          // array of internal links
	outlines       []outlineType          // array of outlines
	outlineRoot    int                    // root of outlines
	zoomMode       string                 // zoom display mode
	layoutMode     string                 // layout display mode
	producer       string                 // producer
	title          string                 // title
	subject        string                 // subject
	author         string                 // author
	lang           string                 // lang
	keywords       string                 // keywords
	creator        string                 // creator
	creationDate   time.Time              // override for document CreationDate value
	modDate        time.Time              // override for document ModDate value
	pdfVersion     pdfVersion             // PDF version number
	capStyle       int                    // line cap style: butt 0, round 1, square 2
	joinStyle      int                    // line segment join style: miter 0, round 1, bevel 2
	dashArray      []float64              // dash array
	dashPhase      float64                // dash phase
	err            error                  // Set if error occurs during life cycle of instance
	catalogSort    bool                   // sort resource catalogs in document
	colorFlag      bool                   // indicates whether fill and text colors are different
	color          struct {
		// Composite values of colors
		draw, fill, text colorType
	}
	userUnderlineThickness float64 // A custom user underline thickness multiplier.

	fmt struct {
		buf []byte       // buffer used to format numbers.
		col bytes.Buffer // buffer used to build color strings.
	}
}

const (
	pdfVers1_3 = pdfVersion(uint16(1)<<8 | uint16(3))
	pdfVers1_5 = pdfVersion(uint16(1)<<8 | uint16(5))
)

type pdfVersion uint16

func (v pdfVersion) String() string {
	maj := int64(byte(v >> 8))
	min := int64(byte(v))
	return strconv.FormatInt(maj, 10) + "." + strconv.FormatInt(min, 10)
}

type fontBoxType struct {
	Xmin, Ymin, Xmax, Ymax int
}

// FontDescType (font descriptor) specifies metrics and other
// attributes of a font, as distinct from the metrics of individual
// glyphs (as defined in the pdf specification).
type FontDescType struct {
	// The maximum height above the baseline reached by glyphs in this
	// font (for example for "S"). The height of glyphs for accented
	// characters shall be excluded.
	Ascent int
	// The maximum depth below the baseline reached by glyphs in this
	// font. The value shall be a negative number.
	Descent int
	// The vertical coordinate of the top of flat capital letters,
	// measured from the baseline (for example "H").
	CapHeight int
	// A collection of flags defining various characteristics of the
	// font.
	Flags int
	// A rectangle, expressed in the glyph coordinate system, that
	// shall specify the font bounding box. This should be the smallest
	// rectangle enclosing the shape that would result if all of the
	// glyphs of the font were placed with their origins coincident
	// and then filled.
	FontBBox fontBoxType
	// The angle, expressed in degrees counterclockwise from the
	// vertical, of the dominant vertical strokes of the font. (The
	// 9-o’clock position is 90 degrees, and the 3-o’clock position
	// is –90 degrees.) The value shall be negative for fonts that
	// slope to the right, as almost all italic fonts do.
	ItalicAngle int
	// The thickness, measured horizontally, of the dominant vertical
	// stems of glyphs in the font.
	StemV int
	// The width to use for character codes whose widths are not
	// specified in a font dictionary’s Widths array. This shall have
	// a predictable effect only if all such codes map to glyphs whose
	// actual widths are the same as the value of the MissingWidth
	// entry. (Default value: 0.)
	MissingWidth int
}

type fontDefType struct {
	Tp           string          // "Core", "TrueType", ...
	Name         string          // "Courier-Bold", ...
	Desc         FontDescType    // Font descriptor
	Up           int             // Underline position
	Ut           int             // Underline thickness
	Cw           []int           // Character width by ordinal
	Enc          string          // "cp1252", ...
	Diff         string          // Differences from reference encoding
	File         string          // "Redressed.z"
	Size1, Size2 int             // Type1 values
	OriginalSize int             // Size of uncompressed font file
	N            int             // Set by font loader
	DiffN        int             // Position of diff in app array, set by font loader
	i            string          // 1-based position in font list, set by font loader, not this program
	utf8File     *utf8FontFile   // UTF-8 font
	subset       *UTF8FontSubset // UTF-8 font cut by the caller (AddUTF8FontSubset)
	usedRunes    map[int]int     // Array of used runes
}

// generateFontID generates a font Id from the font definition
//
// The width table of a UTF-8 font has 65,536 entries, and marshalling it to
// JSON took longer than the rest of a small document. So the table is left
// out of the JSON and hashed after it as its length and the (index, width)
// pairs of its non-zero entries: the ID still depends on everything it did,
// at a fraction of the cost. IDs differ from upstream's.
func generateFontID(fdt fontDefType) (string, error) {
	return generateFontIDSparse(fdt, nil)
}

// generateFontIDSparse is generateFontID for a width table whose non-zero
// entries are all at the given indices, ascending (nil: scan the table).
// Patch 12: a font added by AddUTF8FontSubset names them (its runes), which
// spares a scan of 65,536 entries per font; the ID is the same.
func generateFontIDSparse(fdt fontDefType, nonZero []int) (string, error) {
	// file can be different if generated in different instance
	fdt.File = ""
	cw := fdt.Cw
	fdt.Cw = nil
	b, err := json.Marshal(&fdt)
	h := sha1.New()
	h.Write(b)
	var pair [8]byte
	binary.BigEndian.PutUint32(pair[:4], uint32(len(cw)))
	h.Write(pair[:4])
	put := func(i, w int) {
		if w != 0 {
			binary.BigEndian.PutUint32(pair[:4], uint32(i))
			binary.BigEndian.PutUint32(pair[4:], uint32(w))
			h.Write(pair[:])
		}
	}
	if nonZero == nil {
		for i, w := range cw {
			put(i, w)
		}
	} else {
		for _, i := range nonZero {
			put(i, cw[i])
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil)), err
}
