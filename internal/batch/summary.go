package batch

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

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

// readSummaries collects the results recorded by the run summaries at
// paths, one per input (a later path's winning), sorted by input, with
// their headlines moved into spool. Each summary is read a result at a
// time. strict (the index) makes a summary that is missing, not a regular
// file, or damaged an error naming it; otherwise (a run looking for what
// its last run learnt) what could be read is used, and the rest rebuilt.
func readSummaries(paths []string, spool *headlineSpool, strict bool) ([]Result, error) {
	byInput := map[string]Result{}
	for _, p := range paths {
		var spoolErr error // the spool failing is always the caller's failure
		err := eachSummaryResult(p, func(r Result) error {
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
		if err != nil && strict {
			return nil, fmt.Errorf("%s: damaged run summary (%v); run the batch (or the shard) that wrote it again, then `workreport index`", p, err)
		}
	}
	out := make([]Result, 0, len(byInput))
	for _, r := range byInput {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Input < out[j].Input })
	return out, nil
}

var shardSummary = regexp.MustCompile(`^workreport-run-(\d+)-of-(\d+)\.json$`)

// summaryLayout finds the run summaries in dir that the index is made
// from: those of one way of running, either the one summary of a whole
// run or the N summaries of a run in N shards, all of them. Summaries of
// two ways (an earlier run in 8 shards, a later one in 16, or a whole run
// too) would mix reports since deleted or moved back into the index, and
// a missing shard would drop its reports: both are errors telling which
// files to delete or which shards to run.
func summaryLayout(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	type layout struct {
		n      int // 0: a whole run
		paths  []string
		shards map[int]bool
		newest time.Time
	}
	layouts := map[int]*layout{}
	for _, e := range entries {
		n, k := -1, 0
		if e.Name() == SummaryFile {
			n = 0
		} else if m := shardSummary.FindStringSubmatch(e.Name()); m != nil {
			k, _ = strconv.Atoi(m[1])
			n, _ = strconv.Atoi(m[2])
			if n < 1 || k >= n {
				continue
			}
		}
		if n < 0 {
			continue
		}
		l := layouts[n]
		if l == nil {
			l = &layout{n: n, shards: map[int]bool{}}
			layouts[n] = l
		}
		l.paths = append(l.paths, filepath.Join(dir, e.Name()))
		l.shards[k] = true
		if info, err := e.Info(); err == nil && info.ModTime().After(l.newest) {
			l.newest = info.ModTime()
		}
	}
	describe := func(l *layout) string {
		if l.n == 0 {
			return "a whole run (" + SummaryFile + ")"
		}
		return fmt.Sprintf("a run in %d shards (workreport-run-*-of-%d.json)", l.n, l.n)
	}
	switch len(layouts) {
	case 0:
		return nil, fmt.Errorf("%s: no run summary (%s or workreport-run-K-of-N.json); run `workreport batch` into this folder first", dir, SummaryFile)
	case 1:
	default:
		var all []*layout
		for _, l := range layouts {
			all = append(all, l)
		}
		sort.Slice(all, func(i, j int) bool { return all[i].newest.After(all[j].newest) })
		var older []string
		for _, l := range all[1:] {
			older = append(older, describe(l))
		}
		return nil, fmt.Errorf("%s: holds the summaries of %s and, older, of %s; an index of both would bring back reports since deleted or moved: delete the older summaries, then run `workreport index` again",
			dir, describe(all[0]), strings.Join(older, " and "))
	}
	for _, l := range layouts {
		var missing []string
		for k := 0; k < l.n; k++ {
			if !l.shards[k] {
				missing = append(missing, strconv.Itoa(k))
			}
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("%s: no summary of shard %s of %d (workreport-run-K-of-%d.json); run those shards, then `workreport index` again", dir, strings.Join(missing, ", "), l.n, l.n)
		}
		sort.Strings(l.paths)
		return l.paths, nil
	}
	panic("unreachable")
}

// eachSummaryResult calls fn with each result of the run summary at path,
// decoded one at a time.
func eachSummaryResult(path string, fn func(Result) error) error {
	f, size, err := openRegular(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if size > maxSummaryBytes {
		return fmt.Errorf("%s: larger than %d MiB", path, maxSummaryBytes>>20)
	}
	dec := json.NewDecoder(bufio.NewReader(io.LimitReader(f, maxSummaryBytes)))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return fmt.Errorf("%s: not a run summary", path)
	}
	results := false
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
		if _, err := dec.Token(); err != nil { // the results' closing bracket
			return err
		}
		results = true
		continue
	}
	if _, err := dec.Token(); err != nil { // the summary's closing brace
		return err
	}
	if !results {
		return fmt.Errorf("%s: no results in the run summary", path)
	}
	return nil
}
