package pdf

// fpdf parses each embedded font completely for every document: it maps all
// 9,600 characters of a face, builds width tables for them and cuts the
// subset again when it writes the file, which made the four faces most of
// the cost of a document. So the layout measures with width tables read
// once per process (sfnt below), records the characters each face draws,
// and fpdf is given, per document, a font reduced to those characters: the
// same glyphs, advances and metrics, a cmap of a few hundred entries and a
// glyf table of a few hundred glyphs. fpdf embeds that file as it is
// (fpdf.AddUTF8FontSubset, fpdfdoc.go): it neither parses nor cuts it again.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"sync"
)

// sfnt is what the renderer needs of a TrueType font: its tables, the glyph
// of each BMP character and each glyph's advance.
type sfnt struct {
	data      []byte
	tables    map[string][]byte
	tags      []string  // in file order
	glyph     []uint16  // by rune (BMP); 0 = none
	advance   []uint16  // by glyph, font units
	width1000 []float64 // by glyph, thousandths of an em as fpdf rounds them
	loca      []byte
	glyf      []byte
	hmtx      []byte
	unitsEm   int
	numGlyphs int
	nMetrics  int // hhea.numberOfHMetrics
	locaLong  bool
	// psName is the PostScript name (name ID 6), "" if the font has none;
	// fpdf names the embedded subset TAG+psName (PATCHES.md, patch 20).
	psName string
	err    error
}

var (
	sfntOnce  [numFaces]sync.Once
	sfntFaces [numFaces]*sfnt
)

// faceFont parses face fc once per process.
func faceFont(fc face) *sfnt {
	sfntOnce[fc].Do(func() { sfntFaces[fc] = parseSfnt(faceFiles[fc].Data) })
	return sfntFaces[fc]
}

func parseSfnt(data []byte) *sfnt {
	f := &sfnt{data: data, tables: map[string][]byte{}}
	f.err = f.parse()
	return f
}

var be = binary.BigEndian

func (f *sfnt) parse() error {
	d := f.data
	if len(d) < 12 {
		return errors.New("font file too short")
	}
	if v := be.Uint32(d); v != 0x00010000 && v != 0x74727565 {
		return fmt.Errorf("not a TrueType font (version %#x)", v)
	}
	n := int(be.Uint16(d[4:]))
	if len(d) < 12+16*n {
		return errors.New("table directory truncated")
	}
	for i := 0; i < n; i++ {
		rec := d[12+16*i:]
		tag := string(rec[:4])
		off, length := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if uint64(off)+uint64(length) > uint64(len(d)) {
			return fmt.Errorf("table %q out of bounds", tag)
		}
		f.tables[tag] = d[off : off+length]
		f.tags = append(f.tags, tag)
	}
	for _, tag := range []string{"head", "hhea", "maxp", "hmtx", "cmap", "loca", "glyf"} {
		if f.tables[tag] == nil {
			return fmt.Errorf("no %q table", tag)
		}
	}
	head, hhea, maxp := f.tables["head"], f.tables["hhea"], f.tables["maxp"]
	if len(head) < 54 || len(hhea) < 36 || len(maxp) < 6 {
		return errors.New("head, hhea or maxp table truncated")
	}
	f.unitsEm = int(be.Uint16(head[18:]))
	f.locaLong = be.Uint16(head[50:]) == 1
	f.numGlyphs = int(be.Uint16(maxp[4:]))
	nMetrics := int(be.Uint16(hhea[34:]))
	f.nMetrics = nMetrics
	hmtx := f.tables["hmtx"]
	if f.unitsEm == 0 || nMetrics == 0 || len(hmtx) < 4*nMetrics {
		return errors.New("hmtx table truncated")
	}
	f.advance = make([]uint16, f.numGlyphs)
	f.width1000 = make([]float64, f.numGlyphs)
	for g := range f.advance {
		if g < nMetrics {
			f.advance[g] = be.Uint16(hmtx[4*g:])
		} else {
			f.advance[g] = be.Uint16(hmtx[4*(nMetrics-1):])
		}
		f.width1000[g] = float64(roundHalfAway(1000 * float64(f.advance[g]) / float64(f.unitsEm)))
	}
	f.loca, f.glyf, f.hmtx = f.tables["loca"], f.tables["glyf"], hmtx
	f.psName = postScriptName(f.tables["name"])
	return f.parseCmap()
}

// postScriptName reads name ID 6 from a name table: the Windows Unicode
// record in US English if there is one, else another Windows Unicode record,
// else a Macintosh Roman one (ASCII, as PostScript names are). It returns ""
// if the table has none or is damaged: the name is a label, not something
// the font is unusable without.
func postScriptName(name []byte) string {
	if len(name) < 6 {
		return ""
	}
	count, strOff := int(be.Uint16(name[2:])), int(be.Uint16(name[4:]))
	best, bestRank := []byte(nil), 0
	var utf16 bool
	for i := 0; i < count; i++ {
		rec := name[6+12*i:]
		if len(rec) < 12 {
			break
		}
		platform, encoding, lang, id := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint16(rec[4:]), be.Uint16(rec[6:])
		length, off := int(be.Uint16(rec[8:])), int(be.Uint16(rec[10:]))
		if id != 6 || strOff+off+length > len(name) {
			continue
		}
		rank := 0
		switch {
		case platform == 3 && encoding == 1 && lang == 0x409:
			rank = 3
		case platform == 3 && (encoding == 1 || encoding == 0):
			rank = 2
		case platform == 1 && encoding == 0:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank, utf16 = name[strOff+off:strOff+off+length], rank, platform == 3
		}
	}
	if !utf16 {
		return string(best)
	}
	out := make([]rune, 0, len(best)/2)
	for i := 0; i+2 <= len(best); i += 2 {
		out = append(out, rune(be.Uint16(best[i:]))) // BMP: PostScript names are ASCII
	}
	return string(out)
}

// parseCmap reads the format 4 Unicode subtable, as fpdf does.
func (f *sfnt) parseCmap() error {
	cmap := f.tables["cmap"]
	if len(cmap) < 4 {
		return errors.New("cmap truncated")
	}
	var sub []byte
	for i := 0; i < int(be.Uint16(cmap[2:])); i++ {
		rec := cmap[4+8*i:]
		if len(rec) < 8 {
			return errors.New("cmap records truncated")
		}
		platform, encoding, off := be.Uint16(rec), be.Uint16(rec[2:]), be.Uint32(rec[4:])
		if (platform == 3 && encoding == 1) || platform == 0 {
			if int(off)+14 <= len(cmap) && be.Uint16(cmap[off:]) == 4 {
				sub = cmap[off:]
				break
			}
		}
	}
	if sub == nil {
		return errors.New("no format 4 Unicode cmap")
	}
	segX2 := int(be.Uint16(sub[6:]))
	if len(sub) < 16+4*segX2 {
		return errors.New("cmap format 4 truncated")
	}
	ends, starts := sub[14:], sub[16+segX2:]
	deltas, ranges := sub[16+2*segX2:], sub[16+3*segX2:]
	f.glyph = make([]uint16, 0x10000)
	for s := 0; s < segX2/2; s++ {
		end, start := int(be.Uint16(ends[2*s:])), int(be.Uint16(starts[2*s:]))
		delta, ro := be.Uint16(deltas[2*s:]), int(be.Uint16(ranges[2*s:]))
		for c := start; c <= end && c < 0xFFFF; c++ {
			var g uint16
			if ro == 0 {
				g = uint16(c) + delta
			} else {
				p := 16 + 3*segX2 + 2*s + ro + 2*(c-start)
				if p+2 > len(sub) {
					continue
				}
				if g = be.Uint16(sub[p:]); g != 0 {
					g += delta
				}
			}
			if int(g) < f.numGlyphs {
				f.glyph[c] = g
			}
		}
	}
	return nil
}

// width is the advance of r in thousandths of an em, rounded as fpdf
// rounds it, so that measuring here and drawing there agree.
func (f *sfnt) width(r rune) float64 {
	if r < 0 || r > 0xFFFF || f.err != nil {
		return 0
	}
	// A character without a glyph has glyph 0's (.notdef's) width.
	return f.width1000[f.glyph[r]]
}

func roundHalfAway(x float64) int {
	if x < 0 {
		return -int(-x + 0.5)
	}
	return int(x + 0.5)
}

// glyphData returns glyph g's outline bytes.
func (f *sfnt) glyphData(g int) []byte {
	loca, glyf := f.loca, f.glyf
	var a, b int
	if f.locaLong {
		if 4*g+8 > len(loca) {
			return nil
		}
		a, b = int(be.Uint32(loca[4*g:])), int(be.Uint32(loca[4*g+4:]))
	} else {
		if 2*g+4 > len(loca) {
			return nil
		}
		a, b = 2*int(be.Uint16(loca[2*g:])), 2*int(be.Uint16(loca[2*g+2:]))
	}
	if a > b || b > len(glyf) {
		return nil
	}
	return glyf[a:b]
}

// componentRefs lists where a composite glyph names the glyphs it is made
// of: the byte offsets of the glyph indices in data.
func componentRefs(data []byte) []int {
	if len(data) < 10 || int16(be.Uint16(data)) >= 0 {
		return nil
	}
	var out []int
	p := 10
	for p+4 <= len(data) {
		flags := be.Uint16(data[p:])
		out = append(out, p+2)
		p += 4
		if flags&0x0001 != 0 { // ARG_1_AND_2_ARE_WORDS
			p += 4
		} else {
			p += 2
		}
		switch {
		case flags&0x0008 != 0: // WE_HAVE_A_SCALE
			p += 2
		case flags&0x0040 != 0: // WE_HAVE_AN_X_AND_Y_SCALE
			p += 4
		case flags&0x0080 != 0: // WE_HAVE_A_TWO_BY_TWO
			p += 8
		}
		if flags&0x0020 == 0 { // MORE_COMPONENTS
			break
		}
	}
	return out
}

// lsb is glyph g's left side bearing.
func (f *sfnt) lsb(g int) uint16 {
	hmtx := f.hmtx
	p := 4*g + 2
	if g >= f.nMetrics {
		p = 4*f.nMetrics + 2*(g-f.nMetrics)
	}
	if p+2 > len(hmtx) {
		return 0
	}
	return be.Uint16(hmtx[p:])
}

// subset writes a TrueType font with the glyphs of the given runes only,
// plus .notdef and the parts of composite glyphs, renumbered from 0 in their
// original order. The result is the font file the PDF embeds.
// Advances, side bearings and every other table stay as they are; glyf,
// loca, hmtx, cmap, maxp, hhea and post are rebuilt. glyphs maps each rune
// of the new cmap to its glyph in the new font.
func (f *sfnt) subset(runes []rune) (data []byte, glyphs map[int]int, err error) {
	if f.err != nil {
		return nil, nil, f.err
	}
	keep := make([]bool, f.numGlyphs)
	keep[0] = true
	var stack []int
	type pair struct {
		r rune
		g uint16
	}
	var pairs []pair
	for _, r := range runes {
		if r < 0 || r >= 0xFFFF {
			continue
		}
		g := f.glyph[r]
		if g == 0 {
			continue
		}
		pairs = append(pairs, pair{r, g})
		if !keep[g] {
			keep[g] = true
			stack = append(stack, int(g))
		}
	}
	for len(stack) > 0 {
		g := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		data := f.glyphData(g)
		for _, p := range componentRefs(data) {
			if c := int(be.Uint16(data[p:])); c < f.numGlyphs && !keep[c] {
				keep[c] = true
				stack = append(stack, c)
			}
		}
	}
	newID := make([]uint16, f.numGlyphs)
	var order []int
	for g, k := range keep {
		if k {
			newID[g] = uint16(len(order))
			order = append(order, g)
		}
	}
	n := len(order)

	// glyf, a long loca and full metrics for every kept glyph.
	size := 0
	for _, g := range order {
		size += (len(f.glyphData(g)) + 3) &^ 3
	}
	glyf := make([]byte, 0, size)
	loca := make([]byte, 4*(n+1))
	hmtx := make([]byte, 4*n)
	for i, g := range order {
		be.PutUint32(loca[4*i:], uint32(len(glyf)))
		start := len(glyf)
		glyf = append(glyf, f.glyphData(g)...)
		for _, p := range componentRefs(glyf[start:]) {
			be.PutUint16(glyf[start+p:], newID[be.Uint16(glyf[start+p:])])
		}
		for len(glyf)%4 != 0 {
			glyf = append(glyf, 0)
		}
		be.PutUint16(hmtx[4*i:], f.advance[g])
		be.PutUint16(hmtx[4*i+2:], f.lsb(g))
	}
	be.PutUint32(loca[4*n:], uint32(len(glyf)))

	// cmap: one format 4 subtable (3,1), a segment per run of consecutive
	// characters with consecutive glyphs.
	sort.Slice(pairs, func(i, j int) bool { return pairs[i].r < pairs[j].r })
	type seg struct{ start, end, delta uint16 }
	var segs []seg
	glyphs = make(map[int]int, len(pairs))
	for _, p := range pairs {
		g := newID[p.g]
		glyphs[int(p.r)] = int(g)
		if k := len(segs); k > 0 && uint16(p.r) == segs[k-1].end+1 && g-uint16(p.r) == segs[k-1].delta {
			segs[k-1].end++
			continue
		}
		segs = append(segs, seg{uint16(p.r), uint16(p.r), g - uint16(p.r)})
	}
	segs = append(segs, seg{0xFFFF, 0xFFFF, 1})
	nseg := len(segs)
	sub := make([]byte, 16+8*nseg)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*nseg))
	pow := 1
	for pow*2 <= nseg {
		pow *= 2
	}
	be.PutUint16(sub[8:], uint16(2*pow))
	be.PutUint16(sub[10:], uint16(bitsLen(pow)))
	be.PutUint16(sub[12:], uint16(2*nseg-2*pow))
	for i, s := range segs {
		be.PutUint16(sub[14+2*i:], s.end)
		be.PutUint16(sub[16+2*nseg+2*i:], s.start)
		be.PutUint16(sub[16+4*nseg+2*i:], s.delta)
		// idRangeOffset stays 0.
	}
	cmap := make([]byte, 12, 12+len(sub))
	be.PutUint16(cmap[2:], 1)
	be.PutUint16(cmap[4:], 3)
	be.PutUint16(cmap[6:], 1)
	be.PutUint32(cmap[8:], 12)
	cmap = append(cmap, sub...)

	head := append([]byte(nil), f.tables["head"]...)
	be.PutUint32(head[8:], 0) // checksumAdjustment: set by writeSfnt
	be.PutUint16(head[50:], 1)
	hhea := append([]byte(nil), f.tables["hhea"]...)
	be.PutUint16(hhea[34:], uint16(n))
	maxp := append([]byte(nil), f.tables["maxp"]...)
	be.PutUint16(maxp[4:], uint16(n))
	// post: the header only, as format 3 (no glyph names, which the
	// renumbering would invalidate).
	var post []byte
	if old := f.tables["post"]; len(old) >= 32 {
		post = append([]byte(nil), old[:32]...)
		be.PutUint32(post, 0x00030000)
	}

	replaced := map[string][]byte{"glyf": glyf, "loca": loca, "hmtx": hmtx, "cmap": cmap, "head": head, "hhea": hhea, "maxp": maxp}
	if post != nil {
		replaced["post"] = post
	}
	var tags []string
	for _, t := range f.tags {
		switch t {
		case "DSIG", "GSUB", "GPOS", "GDEF", "BASE", "vhea", "vmtx", "VORG", "hdmx", "VDMX", "LTSH", "kern":
			continue // not read by fpdf, or invalid after renumbering
		}
		tags = append(tags, t)
	}
	sort.Strings(tags)
	return writeSfnt(tags, func(t string) []byte {
		if b, ok := replaced[t]; ok {
			return b
		}
		return f.tables[t]
	}), glyphs, nil
}

func bitsLen(n int) int {
	b := 0
	for n > 1 {
		n >>= 1
		b++
	}
	return b
}

// writeSfnt assembles a font file from its tables, in tag order, and sets
// head's checksumAdjustment (whose bytes must be zero in the head given).
func writeSfnt(tags []string, table func(string) []byte) []byte {
	n := len(tags)
	size := 12 + 16*n
	for _, t := range tags {
		size += (len(table(t)) + 3) &^ 3
	}
	out := make([]byte, 12+16*n, size)
	be.PutUint32(out, 0x00010000)
	be.PutUint16(out[4:], uint16(n))
	pow := 1
	for pow*2 <= n {
		pow *= 2
	}
	be.PutUint16(out[6:], uint16(16*pow))
	be.PutUint16(out[8:], uint16(bitsLen(pow)))
	be.PutUint16(out[10:], uint16(16*n-16*pow))
	head := -1
	var sum uint32 // of the tables, each padded with zeros
	for i, t := range tags {
		b := table(t)
		if t == "head" && len(b) >= 12 {
			head = len(out)
		}
		rec := out[12+16*i:]
		copy(rec, t)
		c := checksum(b)
		sum += c
		be.PutUint32(rec[4:], c)
		be.PutUint32(rec[8:], uint32(len(out)))
		be.PutUint32(rec[12:], uint32(len(b)))
		out = append(out, b...)
		for len(out)%4 != 0 {
			out = append(out, 0)
		}
	}
	if head >= 0 {
		// The file's checksum is the directory's plus the tables': the
		// tables start on 4-byte boundaries, padded with zeros.
		be.PutUint32(out[head+8:], 0xB1B0AFBA-checksum(out[:12+16*n])-sum)
	}
	return out
}

func checksum(b []byte) uint32 {
	var s uint32
	for ; len(b) >= 16; b = b[16:] {
		s += be.Uint32(b[0:4]) + be.Uint32(b[4:8]) + be.Uint32(b[8:12]) + be.Uint32(b[12:16])
	}
	for i := 0; i+4 <= len(b); i += 4 {
		s += be.Uint32(b[i:])
	}
	if r := len(b) % 4; r != 0 {
		var last [4]byte
		copy(last[:], b[len(b)-r:])
		s += be.Uint32(last[:])
	}
	return s
}
