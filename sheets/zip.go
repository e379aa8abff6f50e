package sheets

import (
	"archive/zip"
	"bytes"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/klauspost/compress/flate"
	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that makes the same workbook give the
// same bytes: excelize writes its parts in map order, and archive/zip stamps
// each entry with the clock. sortedZip collects the parts, then writes them
// sorted by name ([Content_Types].xml sorts first) with one fixed time.
type sortedZip struct {
	out   io.Writer
	when  time.Time
	parts map[string]*zipPart
	// insert has, by part name, rows to put before </sheetData> (spill.go).
	insert map[string]io.Reader
}

func newSortedZip(out io.Writer, when time.Time) *sortedZip {
	return &sortedZip{out: out, when: when, parts: map[string]*zipPart{}}
}

// zipPart is one part as excelize writes it: held as written while it is
// small, so Close can compress the parts in parallel; compressed as it comes
// once it passes compressAbove, so a large sheet (the comparison of a run of
// thousands of reports) is never held whole, once by the stream and once
// more here.
type zipPart struct {
	raw  bytes.Buffer
	comp bytes.Buffer
	fw   *flate.Writer // non-nil once the part is compressed as it comes
	crc  uint32
	size int64
	// held parts are never compressed as they come: [Content_Types].xml
	// is sorted whole (sortOverrides) before it is compressed.
	held bool
	// insert, until written, is rows for the part's sheetData, and head
	// what came of the part before them (writeSpliced).
	insert io.Reader
	head   []byte
}

const contentTypesPart = "[Content_Types].xml"

// compressAbove is the size past which a part is compressed as it is
// written (a variable for the test that compares both ways).
var compressAbove = 1 << 20

func (p *zipPart) Write(b []byte) (int, error) {
	if p.insert != nil {
		return p.writeSpliced(b)
	}
	if p.fw == nil {
		if p.held || p.raw.Len()+len(b) <= compressAbove {
			return p.raw.Write(b)
		}
		p.fw = getFlateWriter()
		p.fw.Reset(&p.comp)
		if _, err := p.compress(p.raw.Bytes()); err != nil {
			return 0, err
		}
		p.raw = bytes.Buffer{}
	}
	return p.compress(b)
}

func (p *zipPart) compress(b []byte) (int, error) {
	p.crc = crc32.Update(p.crc, crc32.IEEETable, b)
	p.size += int64(len(b))
	return p.fw.Write(b)
}

// finish ends the compressed stream of a part compressed as it came.
func (p *zipPart) finish() error {
	err := p.fw.Close()
	putFlateWriter(p.fw)
	p.fw = nil
	return err
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	p := &zipPart{held: name == contentTypesPart, insert: z.insert[name]}
	delete(z.insert, name)
	z.parts[name] = p
	return p, nil
}

// AddFS is part of the interface; excelize calls it only for files it was
// asked to copy from a file system, which Write never does.
func (z *sortedZip) AddFS(fsys fs.FS) error {
	return fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		p := &zipPart{}
		p.raw.Write(data)
		z.parts[name] = p
		return nil
	})
}

func (z *sortedZip) Close() error {
	names := make([]string, 0, len(z.parts))
	for name := range z.parts {
		names = append(names, name)
	}
	sort.Strings(names)
	// Compress the parts in parallel (they are independent, and deflate
	// gives the same bytes for the same input), then store them in order.
	// Parts under storeBelow are stored as they are: deflate spends about
	// as long building its Huffman tables for a 300-byte part as for a
	// 30 KB one, to save a hundred bytes.
	type packed struct {
		raw    []byte
		comp   *bytes.Buffer
		stored bool
		crc    uint32
		size   int64
		err    error
	}
	packs := make([]packed, len(names))
	var work []int
	for name := range z.insert {
		return fmt.Errorf("rows for %s, which was not written", name)
	}
	for i, name := range names {
		p, part := &packs[i], z.parts[name]
		if part.insert != nil {
			return fmt.Errorf("%s has no %s for its rows", name, sheetDataEnd)
		}
		p.comp = &part.comp
		if part.fw != nil { // compressed as it came
			p.crc, p.size, p.err = part.crc, part.size, part.finish()
			continue
		}
		p.raw = part.raw.Bytes()
		if name == contentTypesPart {
			p.raw = sortOverrides(p.raw)
		}
		p.size = int64(len(p.raw))
		if p.stored = len(p.raw) < storeBelow; p.stored {
			p.crc = crc32.ChecksumIEEE(p.raw)
		} else {
			work = append(work, i)
		}
	}
	next := make(chan int, len(work))
	for _, i := range work {
		next <- i
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(work)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// klauspost's deflate at level 1 compresses these parts in
			// less than half the time of compress/flate's BestSpeed, to
			// within 2 % of its size. Compressors are pooled: reset per
			// part, they serve every part of every workbook.
			fw := getFlateWriter()
			defer putFlateWriter(fw)
			for i := range next {
				p := &packs[i]
				p.crc = crc32.ChecksumIEEE(p.raw)
				p.comp.Grow(len(p.raw)/4 + 64)
				fw.Reset(p.comp)
				if _, p.err = fw.Write(p.raw); p.err == nil {
					p.err = fw.Close()
				}
			}
		}()
	}
	wg.Wait()

	date, clock := dosTime(z.when)
	// excelize hands a bytes.Buffer: size it once for the whole archive
	// (data, and headers with the name twice, with room to spare) rather
	// than letting it double its way up.
	if buf, ok := z.out.(*bytes.Buffer); ok {
		n := 22
		for i, name := range names {
			n += 2*len(name) + 128
			if packs[i].stored {
				n += len(packs[i].raw)
			} else {
				n += packs[i].comp.Len()
			}
		}
		buf.Grow(n)
	}
	zw := zip.NewWriter(z.out)
	for i, name := range names {
		p := &packs[i]
		if p.err != nil {
			return fmt.Errorf("compressing %s: %w", name, p.err)
		}
		h := &zip.FileHeader{
			Name: name, Method: zip.Deflate,
			CRC32: p.crc, CompressedSize64: uint64(p.comp.Len()), UncompressedSize64: uint64(p.size),
		}
		// The MS-DOS date and time fields themselves: Modified would add an
		// extended-timestamp field to every entry, changing the bytes.
		//lint:ignore SA1019 see above
		h.ModifiedDate, h.ModifiedTime = date, clock
		data := p.comp.Bytes()
		if p.stored {
			h.Method, h.CompressedSize64, data = zip.Store, uint64(len(p.raw)), p.raw
		}
		w, err := zw.CreateRaw(h)
		if err != nil {
			return err
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// dosTime is t in the MS-DOS date and time fields of a zip entry.
func dosTime(t time.Time) (date, clock uint16) {
	date = uint16((t.Year()-1980)<<9 | int(t.Month())<<5 | t.Day())
	clock = uint16(t.Hour()<<11 | t.Minute()<<5 | t.Second()/2)
	return date, clock
}

// storeBelow is the size under which a part is stored uncompressed.
const storeBelow = 512

// flateWriters keeps idle compressors. Not a sync.Pool: the collector
// empties a pool every cycle, and a workbook's garbage brings one about
// every workbook, so a pool made new compressors (hundreds of KB each)
// nearly every time.
var flateWriters = make(chan *flate.Writer, 8)

func getFlateWriter() *flate.Writer {
	select {
	case w := <-flateWriters:
		return w
	default:
		w, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
		return w
	}
}

func putFlateWriter(w *flate.Writer) {
	select {
	case flateWriters <- w:
	default: // enough are idle already
	}
}

var _ excelize.ZipWriter = (*sortedZip)(nil)

// contentTypeElems are the names of the Default and Override entries of
// [Content_Types].xml.
var contentTypeElems = []string{"Default", "Override"}

// sortOverrides puts the Default and the Override entries of
// [Content_Types].xml each in sorted order: excelize emits them in map
// order, so without this the same workbook differs from run to run (field
// notes: 98 distinct hashes in 100 runs once a chart is present).
func sortOverrides(data []byte) []byte {
	for _, name := range contentTypeElems {
		data = sortMatches(data, elementsNamed(data, name))
	}
	return data
}

// elementsNamed are the places of the elements named name in data as
// excelize writes them, <name …></name> or <name …/>: what the regular
// expression `<name [^>]*></name>|<name [^>]*/>` matches, found without
// one (a regexp search was 2 % of Write).
func elementsNamed(data []byte, name string) [][2]int {
	open, end := "<"+name+" ", "</"+name+">"
	var locs [][2]int
	for i := 0; ; {
		j := bytes.Index(data[i:], []byte(open))
		if j < 0 {
			return locs
		}
		start := i + j
		k := bytes.IndexByte(data[start+len(open):], '>')
		if k < 0 {
			return locs
		}
		gt := start + len(open) + k
		switch {
		case bytes.HasPrefix(data[gt+1:], []byte(end)):
			locs = append(locs, [2]int{start, gt + 1 + len(end)})
			i = gt + 1 + len(end)
		case k > 0 && data[gt-1] == '/':
			locs = append(locs, [2]int{start, gt + 1})
			i = gt + 1
		default:
			i = start + 1
		}
	}
}

// sortMatches sorts the elements at locs among their own places in data.
func sortMatches(data []byte, locs [][2]int) []byte {
	if len(locs) < 2 {
		return data
	}
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(data[l[0]:l[1]])
	}
	sort.Strings(elems)
	var out bytes.Buffer
	out.Grow(len(data))
	prev := 0
	for i, l := range locs {
		out.Write(data[prev:l[0]])
		out.WriteString(elems[i])
		prev = l[1]
	}
	out.Write(data[prev:])
	return out.Bytes()
}
