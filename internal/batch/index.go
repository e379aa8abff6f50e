package batch

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"github.com/workreport/workreport/sheets"
)

// IndexFile is the comparison workbook across the reports of a run.
const IndexFile = "index.xlsx"

// WriteIndex writes dir/index.xlsx from the run summaries in dir: every
// report that was written or found unchanged, one row each. It is what
// `workreport index` runs after the shards of a cluster run. The workbook
// is dated with date when given, else with the latest report date, so it
// too is the same bytes for the same reports.
func WriteIndex(dir string, date *time.Time) error {
	spool, err := openSpool(dir)
	if err != nil {
		return err
	}
	defer spool.close()
	paths, err := summaryLayout(dir)
	if err != nil {
		return err
	}
	results, err := readSummaries(paths, spool, true)
	if err != nil {
		return err
	}
	err = writeIndex(dir, results, spool, date)
	if errors.Is(err, errNoRows) {
		return fmt.Errorf("%s: the run summaries record no report written (every input failed); fix the inputs and run `workreport batch` again", dir)
	}
	return err
}

// errNoRows: no report to make an index of.
var errNoRows = errors.New("no report written")

// writeIndex writes dir/index.xlsx from results, sorted by level, region
// and year, their headlines read back from spool one report at a time.
func writeIndex(dir string, results []Result, spool *headlineSpool, date *time.Time) error {
	// The rows in the workbook's order (sheets.CompareIndexRows: level,
	// region, year), each without its headlines, which wait in the spool.
	type entry struct {
		row  sheets.IndexRow
		meta *ResultMeta
	}
	var entries []entry
	var latest time.Time
	for _, r := range results {
		if r.Status != StatusWritten && r.Status != StatusSkipped || r.Meta == nil {
			continue
		}
		m := r.Meta
		entries = append(entries, entry{sheets.IndexRow{Input: r.Input, Title: m.Title, Region: m.Region, Level: m.Level, Year: m.Year}, m})
		if d, err := time.Parse("2006-01-02", m.Date); err == nil && d.After(latest) {
			latest = d
		}
	}
	if len(entries) == 0 {
		return errNoRows
	}
	slices.SortStableFunc(entries, func(a, b entry) int { return sheets.CompareIndexRows(a.row, b.row) })
	if date != nil {
		latest = *date
	}
	var readErr error // the first report whose headlines could not be read back
	rows := func(yield func(sheets.IndexRow) bool) {
		var scratch []byte
		for _, e := range entries {
			var err error
			row := e.row
			if row.Headlines, scratch, err = spool.getHeadlines(e.meta.spooled, scratch); err != nil {
				readErr = fmt.Errorf("%s: headlines of %s: %w", dir, row.Input, err)
				return
			}
			if !yield(row) {
				return
			}
		}
	}
	return writeAtomicWith(filepath.Join(dir, IndexFile), func(w io.Writer) error {
		if err := sheets.WriteIndex(w, rows, sheets.Options{Created: latest, SpillDir: dir}); err != nil {
			return err
		}
		return readErr
	})
}
