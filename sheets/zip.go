package sheets

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"io/fs"
	"regexp"
	"sort"
	"sync"
	"time"

	"github.com/xuri/excelize/v2"
)

// sortedZip is an excelize.ZipWriter that makes the same workbook give the
// same bytes: excelize writes its parts in map order, and archive/zip stamps
// each entry with the clock. sortedZip collects the parts, then writes them
// sorted by name ([Content_Types].xml sorts first) with one fixed time.
type sortedZip struct {
	out   io.Writer
	when  time.Time
	parts map[string]*bytes.Buffer
}

func newSortedZip(out io.Writer, when time.Time) *sortedZip {
	return &sortedZip{out: out, when: when, parts: map[string]*bytes.Buffer{}}
}

func (z *sortedZip) Create(name string) (io.Writer, error) {
	b := &bytes.Buffer{}
	z.parts[name] = b
	return b, nil
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
		z.parts[name] = bytes.NewBuffer(data)
		return nil
	})
}

func (z *sortedZip) Close() error {
	names := make([]string, 0, len(z.parts))
	for name := range z.parts {
		names = append(names, name)
	}
	sort.Strings(names)
	zw := zip.NewWriter(z.out)
	// Fast compression: the parts are small XML; level 1 is most of the
	// size win at a fraction of the time.
	// flate.NewWriter allocates about 1 MB; one pooled compressor, reset
	// per part, serves every part of every workbook.
	fw := flateWriters.Get().(*flate.Writer)
	defer flateWriters.Put(fw)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		fw.Reset(w)
		return fw, nil
	})
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: z.when})
		if err != nil {
			return err
		}
		data := z.parts[name].Bytes()
		if name == "[Content_Types].xml" {
			data = sortOverrides(data)
		}
		if _, err := w.Write(data); err != nil {
			return err
		}
	}
	return zw.Close()
}

var flateWriters = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(io.Discard, flate.BestSpeed)
	return w
}}

var _ excelize.ZipWriter = (*sortedZip)(nil)

// contentTypeElems are the Default and Override entries of
// [Content_Types].xml as excelize writes them.
var contentTypeElems = []*regexp.Regexp{
	regexp.MustCompile(`<Default [^>]*></Default>|<Default [^>]*/>`),
	regexp.MustCompile(`<Override [^>]*></Override>|<Override [^>]*/>`),
}

// sortOverrides puts the Default and the Override entries of
// [Content_Types].xml each in sorted order: excelize emits them in map
// order, so without this the same workbook differs from run to run (field
// notes: 98 distinct hashes in 100 runs once a chart is present).
func sortOverrides(data []byte) []byte {
	for _, re := range contentTypeElems {
		data = sortMatches(data, re)
	}
	return data
}

// sortMatches sorts the matches of re among their own places in data.
func sortMatches(data []byte, re *regexp.Regexp) []byte {
	locs := re.FindAllIndex(data, -1)
	if len(locs) < 2 {
		return data
	}
	elems := make([]string, len(locs))
	for i, l := range locs {
		elems[i] = string(data[l[0]:l[1]])
	}
	sort.Strings(elems)
	var out bytes.Buffer
	prev := 0
	for i, l := range locs {
		out.Write(data[prev:l[0]])
		out.WriteString(elems[i])
		prev = l[1]
	}
	out.Write(data[prev:])
	return out.Bytes()
}
