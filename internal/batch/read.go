package batch

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/sheets"
)

// The limit policy, one for every file the tool reads: an input is read up
// to the limit its loader accepts (the loader's own constant, so the two
// cannot drift apart), never more; the files a run keeps in its output
// folder are read up to limits far above what a run writes. A file that is
// not a regular file (a named pipe, a device, a socket, a folder) is
// refused before it is opened, so nothing waits on a pipe's writer or
// reads /dev/zero forever.
const (
	// MaxDataBytes bounds a YAML or JSON data file.
	MaxDataBytes = report.MaxInputSize
	// MaxWorkbookBytes bounds a workbook read back.
	MaxWorkbookBytes = sheets.MaxReadSize
	// maxStateBytes and maxSummaryBytes bound the run's own records: a
	// summary holds about 3 KB per report, so 1 GiB is some 300,000 reports.
	maxStateBytes   = 256 << 20
	maxSummaryBytes = 1 << 30
)

// InputLimit is how many bytes an input of this name may have.
func InputLimit(name string) int64 {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".xlsx", ".docx", ".html", ".htm":
		return MaxWorkbookBytes // zipped or wrapped in markup: more bytes than their text
	}
	return MaxDataBytes
}

// ReadInput reads the input file at path under the limit policy: refused
// at once if it is not a regular file or is larger than its kind allows.
// validate, generate and batch all read their inputs through it.
func ReadInput(path string) ([]byte, error) {
	limit := InputLimit(path)
	data, err := readRegular(path, limit)
	if errors.Is(err, errTooLarge) {
		what := "a data file"
		if limit == MaxWorkbookBytes {
			what = "a workbook"
		}
		return nil, fmt.Errorf("%s: file is larger than the limit of %d MiB for %s (a work report's data is far smaller; is this the right file?)", path, limit>>20, what)
	}
	return data, err
}

var errTooLarge = errors.New("file is larger than its limit")

// readRegular reads the regular file at path (following a symbolic link)
// if it has at most limit bytes: a non-regular file is refused before it
// is opened, and opened without blocking (a file swapped for a pipe in
// between is refused after the open, still without a read).
func readRegular(path string, limit int64) ([]byte, error) {
	f, size, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if size > limit {
		return nil, errTooLarge
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, errTooLarge
	}
	return data, nil
}

// openRegular opens the regular file at path, and tells its size; see
// readRegular.
func openRegular(path string) (*os.File, int64, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, 0, err
	}
	if err := regular(path, st); err != nil {
		return nil, 0, err
	}
	f, err := openNonBlocking(path)
	if err != nil {
		return nil, 0, err
	}
	st, err = f.Stat()
	if err == nil {
		err = regular(path, st)
	}
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, st.Size(), nil
}

// regular is nil for a regular file, else the one-line refusal.
func regular(path string, st fs.FileInfo) error {
	if st.Mode().IsRegular() {
		return nil
	}
	return fmt.Errorf("%s: not a regular file but %s; expected a .yaml, .yml, .json or .xlsx data file", path, kindOf(st.Mode()))
}

func kindOf(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	default:
		return "a special file (" + m.Type().String() + ")"
	}
}
