package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"github.com/workreport/workreport/report"
)

// summaryName is the run summary's file name: one per shard, so the pods
// of a sharded run can share an output volume.
func summaryName(s Shard) string {
	if s.N == 0 {
		return SummaryFile
	}
	return fmt.Sprintf("workreport-run-%d-of-%d.json", s.K, s.N)
}

// writeSummary writes sum as indented JSON, one result at a time, with
// the headlines of each read back from the spool as it goes: the bytes
// json.Encoder with SetIndent("", "  ") would write, without the whole
// summary of a large run in memory twice over (encoded, then indented).
func writeSummary(w io.Writer, sum *Summary, spool *headlineSpool) error {
	head := *sum
	head.Results = []Result{}
	data, err := json.MarshalIndent(&head, "", "  ")
	if err != nil {
		return err
	}
	// data ends with the empty list of results: `"results": []` and `}`.
	cut := bytes.LastIndex(data, []byte("[]"))
	bw := bufio.NewWriter(w)
	bw.Write(data[:cut+1])
	var scratch []byte
	for i := range sum.Results {
		r := sum.Results[i] // a copy: the headlines are put back only in it
		if r.Meta != nil && r.Meta.spooled.n > 0 {
			m := *r.Meta
			var hs []report.Headline
			if hs, scratch, err = spool.getHeadlines(m.spooled, scratch); err != nil {
				return err
			}
			if m.Headlines, err = json.Marshal(hs); err != nil {
				return fmt.Errorf("%s: %w", r.Input, err)
			}
			r.Meta = &m
		}
		item, err := json.MarshalIndent(&r, "    ", "  ")
		if err != nil {
			return fmt.Errorf("%s: %w", r.Input, err)
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(item)
	}
	if len(sum.Results) > 0 {
		bw.WriteString("\n  ")
	}
	bw.Write(data[cut+1:])
	bw.WriteByte('\n')
	return bw.Flush()
}

// readSummaries collects the results recorded by every run summary in dir
// (one per shard, or the single one), one per input, sorted by input, with
// their headlines moved into spool. Each summary is read a result at a
// time. Unreadable or damaged summaries are passed over, from where they
// stop being readable: they only cost some reports' rows.
func readSummaries(dir string, spool *headlineSpool) ([]Result, error) {
	paths, _ := filepath.Glob(filepath.Join(dir, "workreport-run*.json"))
	sort.Strings(paths)
	byInput := map[string]Result{}
	for _, p := range paths {
		var spoolErr error // the spool failing is the run's failure; a damaged summary is not
		_ = eachSummaryResult(p, func(r Result) error {
			if r.Meta == nil {
				return nil
			}
			if spoolErr = spool.spoolJSONHeadlines(r.Meta); spoolErr != nil {
				return spoolErr
			}
			byInput[r.Input] = r
			return nil
		})
		if spoolErr != nil {
			return nil, spoolErr
		}
	}
	out := make([]Result, 0, len(byInput))
	for _, r := range byInput {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out, nil
}

// eachSummaryResult calls fn with each result of the run summary at path,
// decoded one at a time.
func eachSummaryResult(path string, fn func(Result) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	dec := json.NewDecoder(bufio.NewReader(f))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("%s: not a run summary", path)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return err
		}
		if key != "results" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return fmt.Errorf("%s: results are not a list", path)
		}
		for dec.More() {
			var r Result
			if err := dec.Decode(&r); err != nil {
				return err
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		return nil
	}
	return nil
}
