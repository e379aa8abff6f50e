package batch

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"github.com/workreport/workreport/report"
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

// writeIndex writes dir/index.xlsx from results in input order, their
// headlines read back from spool one report at a time.
func writeIndex(dir string, results []Result, spool *headlineSpool, date *time.Time) error {
	var metas []*ResultMeta
	var inputs []string
	var latest time.Time
	for _, r := range results {
		if r.Status != StatusWritten && r.Status != StatusSkipped || r.Meta == nil {
			continue
		}
		metas, inputs = append(metas, r.Meta), append(inputs, r.Input)
		if d, err := time.Parse("2006-01-02", r.Meta.Date); err == nil && d.After(latest) {
			latest = d
		}
	}
	if len(metas) == 0 {
		return errNoRows
	}
	if date != nil {
		latest = *date
	}
	var readErr error // the first report whose headlines could not be read back
	rows := func(yield func(sheets.IndexRow) bool) {
		var scratch []byte
		for i, m := range metas {
			var hs []report.Headline
			var err error
			if hs, scratch, err = spool.getHeadlines(m.spooled, scratch); err != nil {
				readErr = fmt.Errorf("%s: headlines of %s: %w", dir, inputs[i], err)
				return
			}
			if !yield(sheets.IndexRow{Input: inputs[i], Title: m.Title, Region: m.Region, Level: m.Level, Year: m.Year, Headlines: hs}) {
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
