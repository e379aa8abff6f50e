package batch

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"

	"github.com/workreport/workreport/report"
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

// spoolRef is where one report's headlines are in the spool; the zero
// ref is no headlines.
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

// putHeadlines stores hs and tells where they went.
func (s *headlineSpool) putHeadlines(hs []report.Headline) (spoolRef, error) {
	if len(hs) == 0 {
		return spoolRef{}, nil
	}
	return s.put(appendHeadlines(nil, hs))
}

// getHeadlines reads back the headlines put at ref (none for the zero
// ref); scratch is storage for the encoded bytes, handed back for reuse.
func (s *headlineSpool) getHeadlines(ref spoolRef, scratch []byte) ([]report.Headline, []byte, error) {
	if ref.n == 0 {
		return nil, scratch, nil
	}
	data, err := s.get(ref, scratch)
	if err != nil {
		return nil, scratch, err
	}
	hs, err := decodeHeadlines(data)
	return hs, data[:0], err
}

// spoolJSONHeadlines moves m's headlines, read from a run summary as JSON,
// into the spool.
func (s *headlineSpool) spoolJSONHeadlines(m *ResultMeta) error {
	if m == nil || len(m.Headlines) == 0 {
		return nil
	}
	var hs []report.Headline
	if err := json.Unmarshal(m.Headlines, &hs); err != nil {
		m.Headlines = nil // a damaged entry costs its report's headlines, not the run
		return nil
	}
	ref, err := s.putHeadlines(hs)
	if err != nil {
		return err
	}
	m.Headlines, m.spooled = nil, ref
	return nil
}

// The spool holds headlines in a form of its own rather than JSON: the
// index workbook reads every report's headlines five times, and decoding
// their JSON was 80 % of an incremental run over 1,000 reports (pprof).
// Each headline is its nine strings (those of its target's reach last),
// then its six numbers (the reach's value last, present when the reach
// is), each a 0 byte when absent or a 1 byte and the digits as written
// (Decimal.String, so 9.50 stays 9.50); strings are a uvarint length and
// the bytes.

func appendHeadlines(dst []byte, hs []report.Headline) []byte {
	dst = binary.AppendUvarint(dst, uint64(len(hs)))
	for i := range hs {
		h := &hs[i]
		var reach report.Amount
		var reachValue *report.Decimal
		if h.TargetReach != nil {
			reach, reachValue = *h.TargetReach, &h.TargetReach.Value
		}
		for _, s := range [...]string{h.Name, h.Indicator, h.Unit, h.Qualifier, string(h.TargetKind), h.TargetUnit, h.TargetQualifier, reach.Unit, reach.Qualifier} {
			dst = appendString(dst, s)
		}
		for _, d := range [...]*report.Decimal{h.Value, h.Growth, h.Target, h.TargetUpper, h.Implied, reachValue} {
			if d == nil {
				dst = append(dst, 0)
				continue
			}
			dst = appendString(append(dst, 1), d.String())
		}
	}
	return dst
}

func appendString(dst []byte, s string) []byte {
	return append(binary.AppendUvarint(dst, uint64(len(s))), s...)
}

var errSpoolDamaged = errors.New("spool for the reports' headlines: damaged record")

func decodeHeadlines(data []byte) ([]report.Headline, error) {
	n, k := binary.Uvarint(data)
	if k <= 0 || n > uint64(len(data)) {
		return nil, errSpoolDamaged
	}
	data = data[k:]
	str := func() (string, bool) {
		l, k := binary.Uvarint(data)
		if k <= 0 || l > uint64(len(data)-k) {
			return "", false
		}
		s := string(data[k : k+int(l)])
		data = data[k+int(l):]
		return s, true
	}
	hs := make([]report.Headline, n)
	for i := range hs {
		h := &hs[i]
		var kind string
		var reach report.Amount
		var reachValue *report.Decimal
		for _, p := range [...]*string{&h.Name, &h.Indicator, &h.Unit, &h.Qualifier, &kind, &h.TargetUnit, &h.TargetQualifier, &reach.Unit, &reach.Qualifier} {
			s, ok := str()
			if !ok {
				return nil, errSpoolDamaged
			}
			*p = s
		}
		h.TargetKind = report.TargetKind(kind)
		for _, p := range [...]**report.Decimal{&h.Value, &h.Growth, &h.Target, &h.TargetUpper, &h.Implied, &reachValue} {
			if len(data) == 0 {
				return nil, errSpoolDamaged
			}
			present := data[0] == 1
			data = data[1:]
			if !present {
				continue
			}
			s, ok := str()
			if !ok {
				return nil, errSpoolDamaged
			}
			d, err := report.ParseDecimal(s)
			if err != nil {
				return nil, errSpoolDamaged
			}
			*p = &d
		}
		if reachValue != nil {
			reach.Value = *reachValue
			h.TargetReach = &reach
		} else if reach.Unit != "" || reach.Qualifier != "" {
			return nil, errSpoolDamaged
		}
	}
	if len(data) != 0 {
		return nil, errSpoolDamaged
	}
	return hs, nil
}
