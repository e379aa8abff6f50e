package fonts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sync"
)

// coverage is the set of BMP code points a face maps to a glyph other than
// .notdef: one bit per code point (8 KiB), built on first use.
type coverage struct {
	once sync.Once
	bits *[0x10000 / 64]uint64
	n    int
	err  error
}

func (c *coverage) load(data []byte) {
	c.once.Do(func() {
		c.bits, c.n, c.err = parseCmap(data)
	})
}

// Has reports whether the face has a glyph for r. Characters outside the
// Basic Multilingual Plane are never covered (fpdf cannot render them).
// The first call for a face parses its cmap (about half a millisecond); later calls
// are a bit test. Safe for concurrent use.
func (f Face) Has(r rune) bool {
	if r < 0 || r > 0xFFFF || f.cov == nil {
		return false
	}
	f.cov.load(f.Data)
	if f.cov.bits == nil {
		return false
	}
	return f.cov.bits[r>>6]&(1<<(uint(r)&63)) != 0
}

// Len returns the number of code points the face covers.
func (f Face) Len() int {
	if f.cov == nil {
		return 0
	}
	f.cov.load(f.Data)
	return f.cov.n
}

// cmapErr returns the error met while parsing the face's cmap, if any.
func (f Face) cmapErr() error {
	if f.cov == nil {
		return errors.New("fonts: zero Face")
	}
	f.cov.load(f.Data)
	return f.cov.err
}

var errNoCmap = errors.New("fonts: no Unicode BMP (format 4) cmap subtable")

// parseCmap reads the table directory of a TrueType font, finds the Unicode
// BMP subtable of the cmap table in format 4 — platform 3 encoding 1 (Windows
// Unicode BMP), else platform 0 (Unicode) — and sets a bit for every code point
// it maps to a glyph other than 0.
func parseCmap(font []byte) (*[0x10000 / 64]uint64, int, error) {
	cmap, err := table(font, "cmap")
	if err != nil {
		return nil, 0, err
	}
	if len(cmap) < 4 {
		return nil, 0, errors.New("fonts: cmap too short")
	}
	n := int(binary.BigEndian.Uint16(cmap[2:]))
	if len(cmap) < 4+8*n {
		return nil, 0, errors.New("fonts: cmap encoding records truncated")
	}
	best, bestRank := -1, 0
	for i := 0; i < n; i++ {
		rec := cmap[4+8*i:]
		platform := binary.BigEndian.Uint16(rec)
		encoding := binary.BigEndian.Uint16(rec[2:])
		off := int(binary.BigEndian.Uint32(rec[4:]))
		if off+2 > len(cmap) || binary.BigEndian.Uint16(cmap[off:]) != 4 {
			continue
		}
		rank := 0
		switch {
		case platform == 3 && encoding == 1:
			rank = 2
		case platform == 0:
			rank = 1
		}
		if rank > bestRank {
			best, bestRank = off, rank
		}
	}
	if best < 0 {
		return nil, 0, errNoCmap
	}
	return parseFormat4(cmap[best:])
}

func parseFormat4(st []byte) (*[0x10000 / 64]uint64, int, error) {
	if len(st) < 14 {
		return nil, 0, errors.New("fonts: cmap format 4 header truncated")
	}
	length := int(binary.BigEndian.Uint16(st[2:]))
	if length < 14 || length > len(st) {
		return nil, 0, fmt.Errorf("fonts: cmap format 4 length %d out of range", length)
	}
	st = st[:length]
	segX2 := int(binary.BigEndian.Uint16(st[6:]))
	if segX2%2 != 0 || 16+4*segX2 > len(st) {
		return nil, 0, errors.New("fonts: cmap format 4 segments truncated")
	}
	ends := st[14:]
	starts := st[16+segX2:]
	deltas := st[16+2*segX2:]
	rangeOffsets := st[16+3*segX2:]
	rangeBase := 16 + 3*segX2 // offset of idRangeOffset[0] in st

	bits := new([0x10000 / 64]uint64)
	count := 0
	for i := 0; i < segX2; i += 2 {
		end := int(binary.BigEndian.Uint16(ends[i:]))
		start := int(binary.BigEndian.Uint16(starts[i:]))
		delta := int(binary.BigEndian.Uint16(deltas[i:]))
		ro := int(binary.BigEndian.Uint16(rangeOffsets[i:]))
		if start > end {
			continue
		}
		for c := start; c <= end; c++ {
			if c == 0xFFFF { // the required final segment maps 0xFFFF to .notdef
				break
			}
			var gid int
			if ro == 0 {
				gid = (c + delta) & 0xFFFF
			} else {
				// idRangeOffset is relative to its own position.
				p := rangeBase + i + ro + 2*(c-start)
				if p+2 > len(st) {
					return nil, 0, errors.New("fonts: cmap format 4 glyphIdArray out of range")
				}
				gid = int(binary.BigEndian.Uint16(st[p:]))
				if gid != 0 {
					gid = (gid + delta) & 0xFFFF
				}
			}
			if gid != 0 && bits[c>>6]&(1<<(uint(c)&63)) == 0 {
				bits[c>>6] |= 1 << (uint(c) & 63)
				count++
			}
		}
	}
	return bits, count, nil
}

// table returns the bytes of the named table of an sfnt font.
func table(font []byte, tag string) ([]byte, error) {
	if len(font) < 12 {
		return nil, errors.New("fonts: font too short")
	}
	switch v := binary.BigEndian.Uint32(font); v {
	case 0x00010000, 0x74727565: // TrueType outlines, 'true'
	default:
		return nil, fmt.Errorf("fonts: not a TrueType font (sfnt version %#08x)", v)
	}
	n := int(binary.BigEndian.Uint16(font[4:]))
	if len(font) < 12+16*n {
		return nil, errors.New("fonts: table directory truncated")
	}
	for i := 0; i < n; i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) != tag {
			continue
		}
		off := uint64(binary.BigEndian.Uint32(rec[8:]))
		size := uint64(binary.BigEndian.Uint32(rec[12:]))
		if off+size > uint64(len(font)) {
			return nil, fmt.Errorf("fonts: table %q out of range", tag)
		}
		return font[off : off+size], nil
	}
	return nil, fmt.Errorf("fonts: no %q table", tag)
}
