package sheets

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// The comparison workbook of a run of thousands of reports has sheets of
// tens of MB of XML. excelize's StreamWriter holds a sheet in memory until
// it passes StreamChunkSize (16 MB, not settable) and keeps it until the
// workbook is written, so the memory of a run would grow with its reports
// (`workreport index` over 4,000 reports: 103 MiB). With Options.SpillDir,
// a streamed grid's rows after the header are written instead by SetRow
// into a scratch workbook, about indexSpillSize of XML at a time; each
// chunk's <row> elements, as excelize wrote them, go to a file in SpillDir,
// unlinked as soon as it is made (a killed run leaves nothing behind); and
// sortedZip puts them into the sheet's part before its </sheetData> as the
// workbook is written, where the sheet's own stream would have had them.

// spillChunk is about how many bytes of XML a chunk holds (a variable for
// the test that spills in many chunks).
var spillChunk = indexSpillSize

// rowSpill is the rows of one sheet kept on disk.
type rowSpill struct {
	file     *os.File
	size     int64
	unlinked bool // file has no name left to remove
	// The chunk being written: a scratch workbook's stream, and about how
	// many bytes of XML it holds.
	scratch *excelize.File
	sw      *excelize.StreamWriter
	pending int
}

func newRowSpill(dir string) (*rowSpill, error) {
	f, err := os.CreateTemp(dir, "workreport-rows-")
	if err != nil {
		return nil, err
	}
	return &rowSpill{file: f, unlinked: os.Remove(f.Name()) == nil}, nil
}

// setRow writes row r through rw into the current chunk.
func (s *rowSpill) setRow(rw *rowWriter, r int, height float64, row []cell, ids []int) error {
	if s.sw == nil {
		s.scratch = excelize.NewFile()
		sw, err := s.scratch.NewStreamWriter("Sheet1")
		if err != nil {
			return err
		}
		s.sw = sw
	}
	if err := rw.setRow(s.sw, r, height, row, ids); err != nil {
		return err
	}
	s.pending += 48
	for _, c := range row {
		s.pending += 48 + len(c.text) + len(c.formula)
	}
	if s.pending >= spillChunk {
		return s.flush()
	}
	return nil
}

// flush appends the rows of the current chunk to the file: the scratch
// workbook is written, and its sheet's <sheetData> kept.
func (s *rowSpill) flush() error {
	if s.sw == nil {
		return nil
	}
	scratch, sw := s.scratch, s.sw
	s.scratch, s.sw, s.pending = nil, nil, 0
	defer scratch.Close()
	if err := sw.Flush(); err != nil {
		return err
	}
	capture := &sheetCapture{}
	scratch.SetZipWriter(func(io.Writer) excelize.ZipWriter { return capture })
	if err := scratch.Write(io.Discard); err != nil {
		return err
	}
	data := capture.sheet.Bytes()
	i, j := bytes.Index(data, []byte("<sheetData>")), bytes.LastIndex(data, []byte(sheetDataEnd))
	if i < 0 || j < i {
		return errors.New("spilling rows: no <sheetData> in the scratch sheet")
	}
	n, err := s.file.Write(data[i+len("<sheetData>") : j])
	s.size += int64(n)
	return err
}

// rows reads the rows written so far.
func (s *rowSpill) rows() io.Reader { return io.NewSectionReader(s.file, 0, s.size) }

func (s *rowSpill) close() error {
	err := s.file.Close()
	if !s.unlinked {
		_ = os.Remove(s.file.Name())
	}
	if s.scratch != nil {
		_ = s.scratch.Close()
	}
	return err
}

// sheetPart is the name of the zip part of sw's sheet in a workbook
// excelize made, whose sheet N is always xl/worksheets/sheetN.xml.
func sheetPart(sw *excelize.StreamWriter) string {
	return "xl/worksheets/sheet" + strconv.Itoa(sw.SheetID) + ".xml"
}

const sheetDataEnd = "</sheetData>"

// sheetCapture is an excelize.ZipWriter that keeps the first sheet and
// drops every other part.
type sheetCapture struct{ sheet bytes.Buffer }

func (c *sheetCapture) Create(name string) (io.Writer, error) {
	if name == "xl/worksheets/sheet1.xml" {
		return &c.sheet, nil
	}
	return io.Discard, nil
}

func (c *sheetCapture) AddFS(fs.FS) error { return nil }
func (c *sheetCapture) Close() error      { return nil }

// writeSpliced writes b to a part that gets the rows of insert before its
// </sheetData>: what comes before that is held, then written with the rows.
func (p *zipPart) writeSpliced(b []byte) (int, error) {
	p.head = append(p.head, b...)
	i := bytes.Index(p.head, []byte(sheetDataEnd))
	if i < 0 {
		return len(b), nil
	}
	head, insert := p.head, p.insert
	p.head, p.insert = nil, nil
	if _, err := p.Write(head[:i]); err != nil {
		return 0, err
	}
	if _, err := io.Copy(p, insert); err != nil {
		return 0, fmt.Errorf("spilled rows: %w", err)
	}
	if _, err := p.Write(head[i:]); err != nil {
		return 0, err
	}
	return len(b), nil
}
