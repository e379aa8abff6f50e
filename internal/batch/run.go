package batch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/workreport/workreport/report"
)

// Options say what a run makes and where.
type Options struct {
	OutDir  string
	Formats []string // names from FormatNames(); empty means all
	Jobs    int      // inputs in flight at once; 0 means the CPUs the process may use
	// Date stamps every document when set (from SOURCE_DATE_EPOCH); else
	// each document carries its report's own date. Never the clock.
	Date *time.Time
	// Force rebuilds outputs even when their input is unchanged.
	Force bool
	// Shard, when N > 0, keeps only the inputs of shard K of N.
	Shard Shard
	// Version is the tool's version: a new version rebuilds everything.
	Version string
	// Summary writes workreport-run.json (and the incremental state) into
	// OutDir; generate leaves it off, batch turns it on.
	Summary bool
}

// Parallelism is how many inputs a run has in flight at once: Jobs, or
// GOMAXPROCS, which (unlike NumCPU) follows a container's CPU limit, so a
// pod limited to 2 CPUs on a 64-core node runs 2 jobs, not 64 in 2 CPUs'
// time and 32 times the memory.
func (o Options) Parallelism() int {
	if o.Jobs > 0 {
		return o.Jobs
	}
	return runtime.GOMAXPROCS(0)
}

// MemoryLimit is a soft limit for the Go runtime's memory during a run of
// jobs inputs at once: a base for the tool itself, and room for each job's
// report in flight. Measured with gctrace over 100 Hailar-sized reports,
// the heap live after a collection is 8–10 MB with one job and 14–17 MB
// with two; the limit leaves the collector about 2.5 times that, as
// GOGC=100 would, but lets it return freed memory to the system before a
// run's peak drifts upward with its length (1,000 reports, two jobs: peak
// RSS 63–71 MiB under a 64 MiB limit, 58–59 MiB under this one's 40 MiB, and
// 56–61 MiB for 100 reports).
func MemoryLimit(jobs int) int64 {
	return (16 + 12*int64(max(jobs, 1))) << 20
}

// Status is what became of one input.
type Status string

const (
	StatusWritten Status = "written"
	StatusSkipped Status = "unchanged"
	StatusFailed  Status = "failed"
	StatusAborted Status = "interrupted"
)

// Output is one file a run wrote (or found up to date).
type Output struct {
	Format string `json:"format"`
	Path   string `json:"path"`
	Bytes  int    `json:"bytes"`
	SHA256 string `json:"sha256"`
}

// Result is what a run did with one input.
type Result struct {
	Input      string      `json:"input"`
	Status     Status      `json:"status"`
	Outputs    []Output    `json:"outputs,omitempty"`
	DurationMS float64     `json:"duration_ms"`
	Warnings   []string    `json:"warnings,omitempty"`
	Error      string      `json:"error,omitempty"`
	Meta       *ResultMeta `json:"meta,omitempty"`
	inputHash  string
}

// ResultMeta identifies the report an input held, for the summary and the
// index workbook.
type ResultMeta struct {
	Title  string       `json:"title"`
	Region string       `json:"region"`
	Level  report.Level `json:"level"`
	Year   int          `json:"year"`
	Date   string       `json:"date"`
	// Headlines are the JSON encoding of []report.Headline, as a run
	// summary holds them. A run keeps one ResultMeta per input until it
	// ends, so it keeps them not here but in its spool (headlineSpool, in
	// the output folder): in the Summary Run returns they are nil, and in
	// the summary file and the index workbook.
	Headlines json.RawMessage `json:"headlines,omitempty"`
	spooled   spoolRef
}

// Summary is the record of one run, written as workreport-run.json.
type Summary struct {
	Tool        string   `json:"tool"`
	Version     string   `json:"version"`
	OutDir      string   `json:"out_dir"`
	Formats     []string `json:"formats"`
	Shard       string   `json:"shard,omitempty"`
	Jobs        int      `json:"jobs"`
	Interrupted bool     `json:"interrupted"`
	Totals      Totals   `json:"totals"`
	// Removed lists the outputs of inputs gone since the last run, deleted
	// because their bytes were still the ones that run wrote.
	Removed []string `json:"removed,omitempty"`
	// Results stays the last field: writeSummary streams it.
	Results []Result `json:"results"`
}

// Totals count the results by status.
type Totals struct {
	Inputs      int   `json:"inputs"`
	Written     int   `json:"written"`
	Unchanged   int   `json:"unchanged"`
	Failed      int   `json:"failed"`
	Interrupted int   `json:"interrupted"`
	Bytes       int64 `json:"bytes"`
	// WallMS is the run's wall time: in the summary file, until every
	// input was done (the file cannot time its own writing); in the
	// Summary Run returns and the log's closing line, until the summary
	// and the index were written too.
	WallMS float64 `json:"wall_ms"`
}

// Failed reports whether any input failed or was not processed.
func (s *Summary) Failed() bool { return s.Totals.Failed > 0 || s.Interrupted }

// Observer hears about a run as it goes: a progress bar, a log.
type Observer interface {
	Start(total int)
	Done(r Result)
	Finish(s *Summary)
}

// SummaryFile and stateFile live in the output folder.
const (
	SummaryFile = "workreport-run.json"
	stateFile   = ".workreport-state.json"
)

// ErrInterrupted is returned when the context was cancelled mid-run.
var ErrInterrupted = errors.New("interrupted: the inputs not yet started were left for the next run")

// Run makes the outputs of every input. One bad input never stops the
// others. The returned error is for the run itself (the output folder
// cannot be made, the run was interrupted); failed inputs are in the
// summary.
func Run(ctx context.Context, inputs []Input, opt Options, obs Observer) (*Summary, error) {
	started := time.Now()
	formats, err := selectFormats(opt.Formats)
	if err != nil {
		return nil, err
	}
	inputs = nameOutputs(inputs) // a copy: the caller's inputs are left as they were
	if opt.Shard.N > 0 {
		inputs = opt.Shard.Filter(inputs)
	}
	if err := os.MkdirAll(opt.OutDir, 0o755); err != nil {
		return nil, err
	}
	sweepTemporaries(opt.OutDir)
	jobs := opt.Parallelism()
	sum := &Summary{Tool: "workreport", Version: opt.Version, OutDir: opt.OutDir, Jobs: jobs}
	for _, f := range formats {
		sum.Formats = append(sum.Formats, f.Name)
	}
	if opt.Shard.N > 0 {
		sum.Shard = opt.Shard.String()
	}
	var state map[string]string
	if opt.Summary && !opt.Force {
		state = readState(opt.OutDir)
	}
	var spool *headlineSpool
	// earlier is what this layout's last run learnt of the inputs this run
	// may skip: an input is skipped only when its row for the index is
	// known, so a summary lost or damaged (a kill between the state and
	// the summary, a full disk) costs a rebuild, never a row.
	earlier := map[string]*ResultMeta{}
	var earlierResults []Result
	if opt.Summary {
		if spool, err = openSpool(opt.OutDir); err != nil {
			return nil, err
		}
		defer spool.close()
		if earlierResults, err = readSummaries([]string{filepath.Join(opt.OutDir, summaryName(opt.Shard))}, spool, false); err != nil {
			return nil, err
		}
		for _, r := range earlierResults {
			earlier[r.Input] = r.Meta
		}
	}
	results := make([]Result, len(inputs))
	if err := claimOutputs(inputs, results, formats, opt); err != nil {
		return nil, err
	}
	if obs != nil {
		obs.Start(len(inputs))
	}
	// With fewer inputs than jobs (generate of one report, above all), an
	// input's formats are rendered at once on the CPUs no other input uses.
	spareCPU := len(inputs) < jobs && len(formats) > 1
	work := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, max(len(inputs), 1)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				if results[i].Status == "" {
					results[i] = process(inputs[i], formats, opt, state, earlier[inputs[i].Rel], spool, spareCPU)
				}
				if obs != nil {
					obs.Done(results[i])
				}
			}
		}()
	}
	interrupted := false
feed:
	for i := range inputs {
		select {
		case <-ctx.Done():
			interrupted = true
			break feed
		case work <- i:
		}
	}
	close(work)
	wg.Wait()
	for i := range results {
		if results[i].Status == "" {
			results[i] = Result{Input: inputs[i].Rel, Status: StatusAborted, Error: "not started: the run was interrupted"}
		}
	}
	sum.Results = results
	sum.Interrupted = interrupted
	for _, r := range results {
		sum.Totals.Inputs++
		switch r.Status {
		case StatusWritten:
			sum.Totals.Written++
		case StatusSkipped:
			sum.Totals.Unchanged++
		case StatusFailed:
			sum.Totals.Failed++
		case StatusAborted:
			sum.Totals.Interrupted++
		}
		for _, o := range r.Outputs {
			sum.Totals.Bytes += int64(o.Bytes)
		}
	}
	sum.Totals.WallMS = ms(time.Since(started))
	defer func() {
		sum.Totals.WallMS = ms(time.Since(started))
		if obs != nil {
			obs.Finish(sum)
		}
	}()
	if opt.Summary && !interrupted {
		// Before the summary, which will no longer list them: killed in
		// between, the next run reads the old summary and finishes this.
		sum.Removed = removeOrphans(opt.OutDir, earlierResults, inputs)
	}
	if opt.Summary {
		// The summary before the state: the state tells the next run which
		// inputs it may skip, and a skipped input's index row comes from
		// this summary. Killed between the two, the next run finds no state
		// for what this one wrote and rebuilds it, rather than skipping
		// inputs whose rows no summary holds.
		err := writeAtomicWith(filepath.Join(opt.OutDir, summaryName(opt.Shard)), func(w io.Writer) error {
			return writeSummary(w, sum, spool)
		})
		if err != nil {
			return sum, err
		}
		if err := writeState(opt.OutDir, results, state); err != nil {
			return sum, err
		}
		// A sharded run leaves the index to `workreport index`, run once
		// after every shard has finished; a whole run has every row at hand.
		if opt.Shard.N == 0 && !interrupted {
			err := writeIndex(opt.OutDir, results, spool, opt.Date)
			if errors.Is(err, errNoRows) {
				// Every input failed: an index of an earlier run would
				// contradict the summary just written.
				err = os.Remove(filepath.Join(opt.OutDir, IndexFile))
				if errors.Is(err, fs.ErrNotExist) {
					err = nil
				}
			}
			if err != nil {
				return sum, fmt.Errorf("index workbook: %w", err)
			}
		}
	}
	if interrupted {
		return sum, ErrInterrupted
	}
	return sum, nil
}

// nameOutputs returns a copy of inputs with each one's output name set
// (outputName of its Rel, unless already set); an input whose name gives
// none keeps an empty Out, and claimOutputs fails it.
func nameOutputs(inputs []Input) []Input {
	out := make([]Input, len(inputs))
	for i, in := range inputs {
		if in.Out == "" {
			in.Out, _ = outputName(in.Rel)
		}
		out[i] = in
	}
	return out
}

// claimOutputs settles, before anything is written, which input may write
// which files: the first input (in sorted order) to want an output name
// gets it and a later one fails (names that differ only in case clash too:
// they are one file on a case-insensitive file system); an input whose
// outputs would be written over an input file, its own or another's (a
// workbook read back from the output folder), fails. An input file that
// is one of the run's own records is the run's error.
func claimOutputs(inputs []Input, results []Result, formats []Format, opt Options) error {
	at := map[string]int{} // the real path of each input file
	for i, in := range inputs {
		if in.Path != "" {
			at[realAbs(in.Path)] = i
		}
	}
	if opt.Summary {
		for _, name := range []string{summaryName(opt.Shard), stateFile, IndexFile} {
			p := filepath.Join(opt.OutDir, name)
			if i, ok := at[realAbs(p)]; ok {
				return fmt.Errorf("%s: the input %s is this run's own %s; move it out of the output folder, or choose another --out", inputs[i].Path, inputs[i].Rel, p)
			}
		}
	}
	owner := map[string]string{}
	for i, in := range inputs {
		if in.Out == "" {
			_, err := outputName(in.Rel)
			results[i] = Result{Input: in.Rel, Status: StatusFailed, Error: err.Error()}
			continue
		}
		key := shardKey(in.Out)
		if first, taken := owner[key]; taken {
			results[i] = Result{Input: in.Rel, Status: StatusFailed,
				Error: fmt.Sprintf("%s: its outputs would be named %s.* like those of %s; rename one of the two inputs", in.Rel, in.Out, first)}
			continue
		}
		owner[key] = in.Rel
		for _, f := range formats {
			p := outputPath(opt.OutDir, in, f)
			j, ok := at[realAbs(p)]
			if !ok {
				continue
			}
			msg := fmt.Sprintf("%s: its %s output %s is the input file itself; nothing was written: choose another --out", in.Rel, f.Name, p)
			if j != i {
				msg = fmt.Sprintf("%s: its %s output %s would be written over the input %s; nothing was written: choose another --out", in.Rel, f.Name, p, inputs[j].Rel)
			}
			results[i] = Result{Input: in.Rel, Status: StatusFailed, Error: msg}
			break
		}
	}
	return nil
}

// outputPath is where input in's output of format f goes.
func outputPath(dir string, in Input, f Format) string {
	return filepath.Join(dir, filepath.FromSlash(in.Out)+f.Ext)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// process loads one input and writes its outputs.
// With together, its formats are rendered concurrently.
// An input unchanged since its outputs were written (state) is skipped
// when its row of the index (earlier) is known.
func process(in Input, formats []Format, opt Options, state map[string]string, earlier *ResultMeta, spool *headlineSpool, together bool) (res Result) {
	start := time.Now()
	res = Result{Input: in.Rel}
	defer func() {
		if p := recover(); p != nil { // a renderer bug must not take down the other inputs
			res.Status, res.Error, res.Outputs = StatusFailed, fmt.Sprintf("internal error (please report it): %v", p), nil
		}
		res.DurationMS = ms(time.Since(start))
	}()
	data := in.data
	if in.Path != "" {
		var err error
		if data, err = ReadInput(in.Path); err != nil {
			res.Status, res.Error = StatusFailed, err.Error()
			return res
		}
	}
	res.inputHash = inputHash(data, formats, opt)
	if state != nil && state[in.Rel] == res.inputHash && (earlier != nil || !opt.Summary) && outputsExist(opt.OutDir, in, formats) {
		res.Status, res.Meta = StatusSkipped, earlier
		for _, f := range formats {
			p := outputPath(opt.OutDir, in, f)
			st, _ := os.Stat(p)
			res.Outputs = append(res.Outputs, Output{Format: f.Name, Path: p, Bytes: int(st.Size())})
		}
		return res
	}
	name := in.Path
	if name == "" {
		name = in.Rel
	}
	r, err := Load(name, data)
	if err != nil {
		res.Status, res.Error = StatusFailed, err.Error()
		return res
	}
	res.Meta = &ResultMeta{Title: strings.Clone(r.Meta.Title), Region: strings.Clone(r.Meta.Region), Level: r.Meta.Level,
		Year: r.Meta.Year, Date: strings.Clone(r.Meta.Date)}
	date := r.Meta.DateTime()
	if opt.Date != nil {
		date = *opt.Date
	}
	rendered := renderFormats(r, formats, date, together)
	for i, f := range formats {
		out := rendered[i]
		for _, w := range out.warnings {
			res.Warnings = append(res.Warnings, f.Name+": "+w.String())
		}
		if out.err != nil {
			res.Status, res.Error, res.Outputs = StatusFailed, fmt.Sprintf("%s: %v", f.Name, out.err), nil
			return res
		}
		data := out.buf.Bytes()
		p := outputPath(opt.OutDir, in, f)
		if i == 0 && strings.Contains(in.Out, "/") {
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				res.Status, res.Error, res.Outputs = StatusFailed, err.Error(), nil
				return res
			}
		}
		if !sameContent(p, data) {
			if err := writeAtomic(p, data); err != nil {
				res.Status, res.Error, res.Outputs = StatusFailed, err.Error(), nil
				return res
			}
		}
		sum := sha256.Sum256(data)
		res.Outputs = append(res.Outputs, Output{Format: f.Name, Path: p, Bytes: len(data), SHA256: hex.EncodeToString(sum[:])})
	}
	res.Status = StatusWritten
	if spool != nil {
		if res.Meta.spooled, err = spool.putHeadlines(r.Headlines()); err != nil {
			res.Warnings = append(res.Warnings, "index: its headlines are left out: "+err.Error())
		}
	}
	return res
}

// removeOrphans deletes the outputs that the last run of this layout wrote
// for inputs no longer among this run's (deleted or renamed): only files
// inside the output folder whose bytes are still the ones that run wrote
// (its SHA-256), so an output a person edited or replaced is kept. It
// returns what it removed.
func removeOrphans(outDir string, earlier []Result, inputs []Input) []string {
	present := map[string]bool{}
	for _, in := range inputs {
		present[in.Rel] = true
	}
	root, err := filepath.Abs(outDir)
	if err != nil {
		return nil
	}
	var removed []string
	for _, r := range earlier {
		if present[r.Input] {
			continue
		}
		for _, o := range r.Outputs {
			abs, err := filepath.Abs(o.Path)
			if err != nil {
				continue
			}
			if rel, err := filepath.Rel(root, abs); err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				continue // not in this output folder
			}
			data, err := readRegular(abs, MaxWorkbookBytes*4)
			if err != nil {
				continue
			}
			if got := sha256.Sum256(data); hex.EncodeToString(got[:]) != o.SHA256 {
				continue // changed since written: a person's file now
			}
			if os.Remove(abs) == nil {
				removed = append(removed, o.Path)
			}
		}
	}
	sort.Strings(removed)
	return removed
}

// rendering is one format of a report, rendered.
type rendering struct {
	buf      bytes.Buffer
	warnings []report.Warning
	err      error
}

// renderFormats renders r in every format, one after the other or, with
// together, each on its own goroutine. The renderers share r read-only.
func renderFormats(r *report.Report, formats []Format, date time.Time, together bool) []rendering {
	out := make([]rendering, len(formats))
	renderOne := func(i int) {
		defer func() {
			if p := recover(); p != nil { // as process does, for the goroutine's own panics
				out[i].err = fmt.Errorf("internal error (please report it): %v", p)
			}
		}()
		out[i].warnings, out[i].err = formats[i].Render(&out[i].buf, r, date)
	}
	if !together {
		for i := range formats {
			renderOne(i)
		}
		return out
	}
	var wg sync.WaitGroup
	for i := range formats {
		wg.Add(1)
		go func() {
			defer wg.Done()
			renderOne(i)
		}()
	}
	wg.Wait()
	return out
}

// inputHash identifies what an input's outputs depend on: its bytes, the
// tool's version, the formats and the document date.
func inputHash(data []byte, formats []Format, opt Options) string {
	h := sha256.New()
	h.Write(data)
	fmt.Fprintf(h, "\x00%s\x00", opt.Version)
	for _, f := range formats {
		fmt.Fprintf(h, "%s,", f.Name)
	}
	if opt.Date != nil {
		fmt.Fprintf(h, "\x00%d", opt.Date.Unix())
	}
	return hex.EncodeToString(h.Sum(nil))
}

func outputsExist(dir string, in Input, formats []Format) bool {
	for _, f := range formats {
		if st, err := os.Stat(outputPath(dir, in, f)); err != nil || !st.Mode().IsRegular() {
			return false
		}
	}
	return true
}

// readState reads which input hash each input's outputs were made from.
func readState(dir string) map[string]string {
	state := map[string]string{}
	data, err := readRegular(filepath.Join(dir, stateFile), maxStateBytes)
	if err == nil {
		_ = json.Unmarshal(data, &state) // a damaged state only costs a rebuild
	}
	return state
}

// writeState records the inputs whose outputs are now complete, keeping
// what an earlier run (another shard, say) recorded for inputs this run
// did not touch.
func writeState(dir string, results []Result, old map[string]string) error {
	state := readState(dir)
	for k, v := range old {
		if _, ok := state[k]; !ok {
			state[k] = v
		}
	}
	for _, r := range results {
		switch r.Status {
		case StatusWritten, StatusSkipped:
			state[r.Input] = r.inputHash
		case StatusFailed:
			delete(state, r.Input)
		}
	}
	keys := make([]string, 0, len(state))
	for k := range state {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("{\n")
	for i, k := range keys {
		kj, _ := json.Marshal(k)
		fmt.Fprintf(&b, "  %s: %q", kj, state[k])
		if i < len(keys)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	return writeAtomic(filepath.Join(dir, stateFile), []byte(b.String()))
}
