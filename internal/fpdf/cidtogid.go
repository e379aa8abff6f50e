package fpdf

// Patch 15 (see PATCHES.md): the CIDToGIDMap of a UTF-8 font is 131,072
// bytes (a glyph index for each of the 65,536 CIDs), all zero but for the
// few hundred characters a document uses. Upstream filled the whole array
// and deflated it, four times per document with four faces. It is now
// written straight from the used characters as a zlib stream: one
// fixed-Huffman deflate block, the non-zero bytes as literals and each run
// of zeros as a zero literal and matches at distance 1, the Adler-32 sum
// computed over the runs arithmetically. Decompressed, it is the same array.

import (
	"encoding/binary"
	"sort"
)

// cidToGIDMapLen is the length of a full CIDToGIDMap, in bytes.
const cidToGIDMapLen = 256 * 256 * 2

// compressedCIDToGIDMap returns the zlib-compressed CIDToGIDMap that maps
// each cid of glyphs (0 ≤ cid < 65,536) to its glyph, every other cid to 0.
func compressedCIDToGIDMap(glyphs map[int]int) []byte {
	cids := make([]int, 0, len(glyphs))
	for cc := range glyphs {
		if cc >= 0 && cc < 256*256 {
			cids = append(cids, cc)
		}
	}
	sort.Ints(cids)
	var z sparseDeflater
	z.out = make([]byte, 0, 64+5*len(cids))
	z.out = append(z.out, 0x78, 0x01) // zlib: deflate, 32K window, fastest
	z.adlerA, z.adlerB = 1, 0
	z.bits(1, 1) // BFINAL
	z.bits(1, 2) // BTYPE 01, fixed Huffman codes
	pos := 0
	for _, cc := range cids {
		g := glyphs[cc]
		z.zeros(2*cc - pos)
		z.byte(byte(g >> 8))
		z.byte(byte(g))
		pos = 2*cc + 2
	}
	z.zeros(cidToGIDMapLen - pos)
	z.code(256) // end of block
	z.flush()
	return binary.BigEndian.AppendUint32(z.out, z.adlerB<<16|z.adlerA)
}

// sparseDeflater writes one fixed-Huffman deflate block of literals and
// distance-1 matches (RFC 1951) and keeps the Adler-32 sum (RFC 1950) of
// what it encodes.
type sparseDeflater struct {
	out            []byte
	acc            uint64 // bits not yet in out, least significant first
	nacc           uint
	prev           int // last byte encoded, -1 before the first
	started        bool
	adlerA, adlerB uint32
}

const adlerMod = 65521

// bits appends the n low bits of v, least significant first.
func (z *sparseDeflater) bits(v uint32, n uint) {
	z.acc |= uint64(v) << z.nacc
	z.nacc += n
	for z.nacc >= 8 {
		z.out = append(z.out, byte(z.acc))
		z.acc >>= 8
		z.nacc -= 8
	}
}

func (z *sparseDeflater) flush() {
	if z.nacc > 0 {
		z.out = append(z.out, byte(z.acc))
		z.acc, z.nacc = 0, 0
	}
}

// code appends literal/length symbol s with its fixed Huffman code.
func (z *sparseDeflater) code(s int) {
	c := fixedCodes[s]
	z.bits(uint32(c.bits), uint(c.n))
}

// fixedCodes are deflate's fixed Huffman codes of the literal/length
// symbols, bit-reversed: deflate writes a code most significant bit first
// into a stream filled from the least significant bit.
var fixedCodes = func() (t [288]struct {
	bits uint16
	n    uint8
}) {
	for s := range t {
		var c, n uint32
		switch {
		case s < 144:
			c, n = 0x30+uint32(s), 8
		case s < 256:
			c, n = 0x190+uint32(s-144), 9
		case s < 280:
			c, n = uint32(s-256), 7
		default:
			c, n = 0xC0+uint32(s-280), 8
		}
		var r uint32
		for i := uint32(0); i < n; i++ {
			r = r<<1 | (c>>i)&1
		}
		t[s].bits, t[s].n = uint16(r), uint8(n)
	}
	return t
}()

// byte encodes b as a literal.
func (z *sparseDeflater) byte(b byte) {
	z.code(int(b))
	z.adlerA = (z.adlerA + uint32(b)) % adlerMod
	z.adlerB = (z.adlerB + z.adlerA) % adlerMod
	z.prev = int(b)
	z.started = true
}

// Length codes 257…285: the first length of each and its extra bits.
var (
	lengthBase  = [29]int{3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258}
	lengthExtra = [29]uint{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0}
)

// match encodes a copy of length n (3…258) from distance 1.
func (z *sparseDeflater) match(n int) {
	i := len(lengthBase) - 1
	for lengthBase[i] > n {
		i--
	}
	z.code(257 + i)
	if lengthExtra[i] > 0 {
		z.bits(uint32(n-lengthBase[i]), lengthExtra[i])
	}
	z.bits(0, 5) // distance code 0: distance 1, no extra bits
}

// zeros encodes n zero bytes: matches at distance 1 once the last byte is a
// zero, literals for what a match cannot cover.
func (z *sparseDeflater) zeros(n int) {
	if n <= 0 {
		return
	}
	// Adler-32 of n zeros: a stays, b grows by n·a.
	z.adlerB = uint32((uint64(z.adlerB) + uint64(n)*uint64(z.adlerA)) % adlerMod)
	if !z.started || z.prev != 0 {
		z.code(0)
		z.prev, z.started = 0, true
		n--
	}
	for n >= 3 {
		m := min(n, 258)
		if n-m == 1 || n-m == 2 {
			m = n - 3 // leave a last match of 3 rather than literals
			if m < 3 {
				m = n
			}
		}
		z.match(m)
		n -= m
	}
	for ; n > 0; n-- {
		z.code(0)
	}
}
