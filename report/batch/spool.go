package batch

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
)

// headlineSpool keeps the headlines of a run's reports on disk, in the
// output folder, from when each report is loaded until the summary and the
// index workbook are written at the end of the run. Held in memory, they
// made a run's memory grow with its number of inputs (about 2 KB of JSON a
// report, and twice that in heap the collector lets grow around it): peak
// RSS was 48 MiB for 100 reports and 56 MiB for 1,000 before the index was
// even begun. On disk, a run of any size needs the memory of a few reports.
//
// The file is unlinked as soon as it is made, so not even a kill -9 leaves
// it behind; where a file cannot be unlinked while open, it is removed on
// close, or swept by the next run as a temporary (".*.tmp").
type headlineSpool struct {
	mu       sync.Mutex
	f        *os.File
	size     int64
	unlinked bool
}

// spoolRef is where one report's headlines are in the spool.
type spoolRef struct {
	off int64
	n   int
}

func openSpool(dir string) (*headlineSpool, error) {
	f, err := os.CreateTemp(dir, ".workreport-headlines.*.tmp")
	if err != nil {
		return nil, fmt.Errorf("spool for the reports' headlines: %w", err)
	}
	return &headlineSpool{f: f, unlinked: os.Remove(f.Name()) == nil}, nil
}

// put appends data and tells where it went.
func (s *headlineSpool) put(data []byte) (spoolRef, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ref := spoolRef{off: s.size, n: len(data)}
	if _, err := s.f.WriteAt(data, s.size); err != nil {
		return spoolRef{}, fmt.Errorf("spool for the reports' headlines: %w", err)
	}
	s.size += int64(len(data))
	return ref, nil
}

// get reads back what put stored at ref, into buf's storage when it has
// room.
func (s *headlineSpool) get(ref spoolRef, buf []byte) ([]byte, error) {
	if cap(buf) < ref.n {
		buf = make([]byte, ref.n)
	}
	buf = buf[:ref.n]
	if _, err := s.f.ReadAt(buf, ref.off); err != nil {
		return nil, fmt.Errorf("spool for the reports' headlines: %w", err)
	}
	return buf, nil
}

func (s *headlineSpool) close() {
	s.f.Close()
	if !s.unlinked {
		os.Remove(s.f.Name())
	}
}

// spoolHeadlines moves m's headlines from memory into the spool.
func (s *headlineSpool) spoolHeadlines(m *ResultMeta) error {
	if s == nil || m == nil || len(m.Headlines) == 0 {
		return nil
	}
	ref, err := s.put(m.Headlines)
	if err != nil {
		return err
	}
	m.Headlines, m.spooled = nil, ref
	return nil
}

// headlines are m's headlines as JSON, from the spool or from memory,
// copied into buf's storage when it has room (so the caller may reuse it).
func (s *headlineSpool) headlines(m *ResultMeta, buf []byte) (json.RawMessage, error) {
	if m.spooled.n == 0 || s == nil {
		return append(buf[:0], m.Headlines...), nil
	}
	return s.get(m.spooled, buf)
}
