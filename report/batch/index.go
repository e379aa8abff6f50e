package batch

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"

	"workreport/report"
	"workreport/sheets"
)

// IndexFile is the comparison workbook across the reports of a run.
const IndexFile = "index.xlsx"

// summaryName is the run summary's file name: one per shard, so the pods
// of a sharded run can share an output volume.
func summaryName(s Shard) string {
	if s.N == 0 {
		return SummaryFile
	}
	return fmt.Sprintf("workreport-run-%d-of-%d.json", s.K, s.N)
}

// readSummaries collects the results recorded by every run summary in dir
// (one per shard, or the single one), one per input, sorted by input.
// Unreadable summaries are passed over: they only cost a report's row.
func readSummaries(dir string) []Result {
	paths, _ := filepath.Glob(filepath.Join(dir, "workreport-run*.json"))
	sort.Strings(paths)
	byInput := map[string]Result{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		var s Summary
		if json.Unmarshal(data, &s) != nil {
			continue
		}
		for _, r := range s.Results {
			if r.Meta != nil {
				byInput[r.Input] = r
			}
		}
	}
	out := make([]Result, 0, len(byInput))
	for _, r := range byInput {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out
}

// WriteIndex writes dir/index.xlsx from the run summaries in dir: every
// report that was written or found unchanged, one row each. It is what
// `workreport index` runs after the shards of a cluster run. The workbook
// is dated with date when given, else with the latest report date, so it
// too is the same bytes for the same reports.
func WriteIndex(dir string, date *time.Time) error {
	return writeIndex(dir, readSummaries(dir), date)
}

// writeIndex writes dir/index.xlsx from results in input order.
func writeIndex(dir string, results []Result, date *time.Time) error {
	var rows []sheets.IndexRow
	var latest time.Time
	for _, r := range results {
		if r.Status != StatusWritten && r.Status != StatusSkipped || r.Meta == nil {
			continue
		}
		m := r.Meta
		var hs []report.Headline
		if len(m.Headlines) > 0 {
			if err := json.Unmarshal(m.Headlines, &hs); err != nil {
				return fmt.Errorf("%s: headlines of %s: %w", dir, r.Input, err)
			}
		}
		rows = append(rows, sheets.IndexRow{Input: r.Input, Title: m.Title, Region: m.Region, Level: m.Level, Year: m.Year, Headlines: hs})
		if d, err := time.Parse("2006-01-02", m.Date); err == nil && d.After(latest) {
			latest = d
		}
	}
	if len(rows) == 0 {
		return fmt.Errorf("%s: no run summary with a written report (run `workreport batch` first)", dir)
	}
	if date != nil {
		latest = *date
	}
	return writeAtomicWith(filepath.Join(dir, IndexFile), func(w io.Writer) error {
		return sheets.WriteIndex(w, rows, sheets.Options{Created: latest})
	})
}
