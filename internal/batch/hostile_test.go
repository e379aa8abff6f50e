package batch

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// tinyReport is the smallest report that renders: one indicator, one
// target. The hostile cases use it so each costs milliseconds.
func tinyReport(region string) string {
	return `meta:
  title: ` + region + `2025年政府工作报告
  region: ` + region + `
  level: district
  year: 2025
  date: 2025-01-20
results:
  - id: r
    title: 成绩
    indicators:
      - {id: gdp, name: 地区生产总值, value: 100.5, unit: 亿元, kind: flow, change: {kind: yoy, value: 5.5}, quote: 地区生产总值100.5亿元}
targets:
  - {id: g, name: 地区生产总值, kind: growth, value: 6, unit: "%", nature: expected, base: gdp, quote: 地区生产总值增长6%}
`
}

// writeTree makes files under dir: a value "fifo" makes a named pipe, a
// value starting with "->" a symbolic link to the rest, "" an empty
// folder; anything else is the file's content.
func writeTree(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if strings.HasSuffix(name, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		var err error
		switch {
		case content == "fifo":
			err = syscall.Mkfifo(p, 0o644)
		case strings.HasPrefix(content, "->"):
			err = os.Symlink(content[2:], p)
		default:
			err = os.WriteFile(p, []byte(content), 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// within fails t if f takes longer than d: the hostile cases must end
// quickly, and a hang must fail the test rather than stall the suite.
func within[T any](t *testing.T, d time.Duration, f func() T) T {
	t.Helper()
	done := make(chan T, 1)
	go func() { done <- f() }()
	select {
	case v := <-done:
		return v
	case <-time.After(d):
		t.Fatalf("still running after %v: it hangs", d)
		panic("unreachable")
	}
}

type runOutcome struct {
	sums []*Summary
	err  error
}

// TestHostileTrees: trees a user (or an attacker) may hand batch, and what
// must become of them. Each row is a case of issue 12.
func TestHostileTrees(t *testing.T) {
	t.Parallel()
	good := tinyReport("甲区")
	tests := []struct {
		name   string
		files  map[string]string
		args   []string // relative to the tree; default "."
		out    string   // relative to the tree; default a folder of its own
		shards int      // run as this many shards into one folder
		// findErr, when set, is what Find must refuse with.
		findErr string
		// outputs are the files that must exist under out afterwards,
		// failed the inputs that must fail with the given text.
		outputs []string
		failed  map[string]string
	}{
		{name: "same name in two folders, two shards, one out folder",
			files:  map[string]string{"r001.yaml": good, "sub/r001.yaml": tinyReport("乙区")},
			shards: 2, outputs: []string{"r001.pdf", "r001.xlsx", "sub/r001.pdf", "sub/r001.xlsx"}},
		{name: "same name in two folders, five shards",
			files:  map[string]string{"r001.yaml": good, "sub/r001.yaml": good, "a/b/r001.yaml": good},
			shards: 5, outputs: []string{"r001.pdf", "sub/r001.pdf", "a/b/r001.pdf"}},
		{name: "repeated names in a tree, one run",
			files:   map[string]string{"a/x.yaml": good, "b/x.yaml": good, "b/c/x.yaml": good},
			outputs: []string{"a/x.pdf", "b/x.pdf", "b/c/x.xlsx"}},
		{name: "same base, two extensions, shards: refused before writing, never overwritten",
			files:  map[string]string{"x.yaml": good, "x.json": good},
			shards: 3, outputs: []string{"x.pdf"}, failed: map[string]string{"x.yaml": "its outputs would be named x.* like those of x.json"}},
		{name: "names that differ only in case",
			files:  map[string]string{"X.yaml": good, "x.yaml": good},
			shards: 4, failed: map[string]string{"x.yaml": "like those of X.yaml"}},
		{name: "a FIFO in the tree is refused at once, never opened",
			files:   map[string]string{"a.yaml": good, "pipe.yaml": "fifo"},
			outputs: []string{"a.pdf"}, failed: map[string]string{"pipe.yaml": "pipe.yaml: not a regular file but a named pipe (FIFO)"}},
		{name: "a link to a device is refused, not read",
			files:   map[string]string{"a.yaml": good, "zero.yaml": "->/dev/zero"},
			outputs: []string{"a.pdf"}, failed: map[string]string{"zero.yaml": "zero.yaml: not a regular file but a device"}},
		{name: "a FIFO named as an explicit file",
			files: map[string]string{"pipe.json": "fifo"}, args: []string{"pipe.json"},
			failed: map[string]string{"pipe.json": "not a regular file but a named pipe"}},
		{name: "a folder link to .. is not followed by a walk",
			files:   map[string]string{"t/a.yaml": good, "t/up": "->.."},
			args:    []string{"t"},
			outputs: []string{"a.pdf"}},
		{name: "a folder link to .. is not followed by a ** glob",
			files:   map[string]string{"t/a.yaml": good, "t/sub/b.yaml": good, "t/sub/up": "->../.."},
			args:    []string{"t/**/*.yaml"},
			outputs: []string{"a.pdf", "sub/b.pdf"}},
		{name: "a folder link to . is not followed: one file, one report",
			files:   map[string]string{"a.yaml": good, "self": "->."},
			args:    []string{"**/*.yaml"},
			outputs: []string{"a.pdf"}},
		{name: "a folder link named like an input is passed over",
			files:   map[string]string{"a.yaml": good, "d.yaml": "->sub", "sub/b.yaml": good},
			outputs: []string{"a.pdf", "sub/b.pdf"}},
		{name: "a file link inside the tree is read",
			files:   map[string]string{"a.yaml": good, "b.yaml": "->a.yaml"},
			outputs: []string{"a.pdf", "b.pdf"}},
		{name: "the output folder as the input folder",
			files: map[string]string{"a.yaml": good}, out: ".",
			findErr: "is the output folder"},
		{name: "an empty folder",
			files: map[string]string{"empty/": ""}, args: []string{"empty"},
			findErr: "no .yaml, .yml, .json or .xlsx file"},
		{name: "a folder without inputs",
			files:   map[string]string{"notes.txt": "x"},
			findErr: "no .yaml, .yml, .json or .xlsx file"},
		{name: "an input inside the output folder, named by hand",
			files: map[string]string{"out/x.yaml": good}, args: []string{"out/x.yaml"}, out: "out",
			findErr: "is inside the output folder"},
		{name: "a name of 240 bytes of Chinese is cut between characters",
			files:   map[string]string{strings.Repeat("海", 80) + ".yaml": good},
			outputs: []string{strings.Repeat("海", 66) + ".pdf"}},
		{name: "a FIFO where an output goes is replaced, not read",
			files: map[string]string{"in/a.yaml": good, "out/a.pdf": "fifo"},
			args:  []string{"in"}, out: "out",
			outputs: []string{"a.pdf", "a.xlsx"}},
		{name: "a FIFO as the run state is not read",
			files: map[string]string{"in/a.yaml": good, "out/" + stateFile: "fifo"},
			args:  []string{"in"}, out: "out",
			outputs: []string{"a.pdf", "a.xlsx"}},
		{name: "a FIFO as an earlier run summary is not read",
			files: map[string]string{"in/a.yaml": good, "out/" + SummaryFile: "fifo"},
			args:  []string{"in"}, out: "out",
			outputs: []string{"a.pdf", "a.xlsx"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, tt.files)
			out := filepath.Join(t.TempDir(), "out")
			if tt.out != "" {
				out = filepath.Join(root, tt.out)
			}
			args := tt.args
			if args == nil {
				args = []string{"."}
			}
			for i := range args {
				args[i] = filepath.Join(root, args[i])
			}
			got := within(t, 10*time.Second, func() runOutcome {
				inputs, err := Find(args, out)
				if err != nil {
					return runOutcome{err: err}
				}
				var o runOutcome
				for k := 0; k < max(tt.shards, 1); k++ {
					opt := Options{OutDir: out, Jobs: 2, Summary: true, Version: "t"}
					if tt.shards > 0 {
						opt.Shard = Shard{K: k, N: tt.shards}
					}
					sum, err := Run(context.Background(), inputs, opt, nil)
					if err != nil {
						return runOutcome{err: err}
					}
					o.sums = append(o.sums, sum)
				}
				return o
			})
			if tt.findErr != "" {
				if got.err == nil || !strings.Contains(got.err.Error(), tt.findErr) {
					t.Fatalf("error %v, want one containing %q", got.err, tt.findErr)
				}
				if strings.Contains(got.err.Error(), "\n") {
					t.Errorf("error of several lines: %q", got.err)
				}
				return
			}
			if got.err != nil {
				t.Fatal(got.err)
			}
			failures := map[string]string{}
			written := 0
			for _, sum := range got.sums {
				for _, r := range sum.Results {
					switch r.Status {
					case StatusFailed:
						failures[r.Input] = r.Error
					case StatusWritten:
						written++
					}
				}
			}
			for in, want := range tt.failed {
				if !strings.Contains(failures[in], want) {
					t.Errorf("%s: error %q, want one containing %q", in, failures[in], want)
				}
				if strings.Contains(failures[in], "\n") {
					t.Errorf("%s: error of several lines: %q", in, failures[in])
				}
			}
			for in, err := range failures {
				if _, ok := tt.failed[in]; !ok {
					t.Errorf("%s failed: %s", in, err)
				}
			}
			for _, o := range tt.outputs {
				if st, err := os.Stat(filepath.Join(out, o)); err != nil || !st.Mode().IsRegular() || st.Size() == 0 {
					t.Errorf("output %s: %v", o, err)
				}
			}
			// Nothing lost: as many reports written as outputs claimed, and
			// each output file names valid UTF-8.
			var files []string
			filepath.WalkDir(out, func(p string, d os.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(p, ".pdf") {
					files = append(files, p)
				}
				if !utf8.ValidString(p) {
					t.Errorf("output name is not UTF-8: %q", p)
				}
				return nil
			})
			if len(files) != written {
				t.Errorf("%d reports written, %d PDFs in the folder: %v", written, len(files), files)
			}
			if t.Failed() {
				t.Logf("failures: %v\nfiles: %v", failures, files)
			}
		})
	}
}

// TestNoOutputOverItsInput: a workbook read back (generate out/x.xlsx,
// --out out) must never be written over by its own outputs.
func TestNoOutputOverItsInput(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	first, err := Run(context.Background(), []Input{Embedded("x", []byte(tinyReport("甲区")))}, Options{OutDir: out}, nil)
	if err != nil || first.Failed() {
		t.Fatal(err, first.Results)
	}
	edited := filepath.Join(out, "x.xlsx")
	before, _ := os.ReadFile(edited)
	os.Remove(filepath.Join(out, "x.pdf"))
	inputs, err := Find([]string{edited}, "")
	if err != nil {
		t.Fatal(err)
	}
	sum, err := Run(context.Background(), inputs, Options{OutDir: out}, nil)
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(edited)
	if string(after) != string(before) {
		t.Error("the input workbook was written over")
	}
	if !sum.Failed() || !strings.Contains(sum.Results[0].Error, "is the input file itself") {
		t.Errorf("results %+v", sum.Results)
	}
	if _, err := os.Stat(filepath.Join(out, "x.pdf")); err == nil {
		t.Error("a PDF was written for an input refused before writing")
	}
}

// TestHostileRunRecords: the run's own records (summaries, state) damaged,
// lost or left by an earlier way of running must never change the index
// silently: either every report has its row, or the index is refused with
// what to do.
func TestHostileRunRecords(t *testing.T) {
	t.Parallel()
	inputs := map[string]string{"a.yaml": tinyReport("甲区"), "b.yaml": tinyReport("乙区"), "sub/c.yaml": tinyReport("丙区")}
	run := func(t *testing.T, in, out string, shard Shard) *Summary {
		t.Helper()
		found, err := Find([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := Run(context.Background(), found, Options{OutDir: out, Summary: true, Version: "t", Shard: shard, Jobs: 2}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	shards := func(n int) func(t *testing.T, in, out string) {
		return func(t *testing.T, in, out string) {
			for k := 0; k < n; k++ {
				run(t, in, out, Shard{K: k, N: n})
			}
		}
	}
	tests := []struct {
		name string
		// before runs the batches that set the scene; damage then changes
		// the folder; index is whether `workreport index` is run (else a
		// whole batch run is).
		before   func(t *testing.T, in, out string)
		damage   func(t *testing.T, in, out string)
		index    bool
		rows     int    // rows the index must have
		indexErr string // or the error it must be refused with
	}{
		{name: "summary lost after the state was written: the next run rebuilds, every row kept",
			before: func(t *testing.T, in, out string) { run(t, in, out, Shard{}) },
			damage: func(t *testing.T, in, out string) { os.Remove(filepath.Join(out, SummaryFile)) },
			rows:   3},
		{name: "summary cut short: the next run rebuilds what it lost",
			before: func(t *testing.T, in, out string) { run(t, in, out, Shard{}) },
			damage: func(t *testing.T, in, out string) { truncateHalf(t, filepath.Join(out, SummaryFile)) },
			rows:   3},
		{name: "summary cut short: index refuses it, naming the file",
			before: shards(2),
			damage: func(t *testing.T, in, out string) { truncateHalf(t, filepath.Join(out, "workreport-run-1-of-2.json")) },
			index:  true, indexErr: "workreport-run-1-of-2.json: damaged run summary"},
		{name: "summary cut just before its closing brace",
			before: shards(2),
			damage: func(t *testing.T, in, out string) {
				p := filepath.Join(out, "workreport-run-0-of-2.json")
				data, _ := os.ReadFile(p)
				os.WriteFile(p, bytes.TrimRight(bytes.TrimSpace(data), "}"), 0o644)
			},
			index: true, indexErr: "workreport-run-0-of-2.json: damaged run summary"},
		{name: "summaries of an earlier shard count: a deleted report would come back",
			before: func(t *testing.T, in, out string) {
				shards(3)(t, in, out)
				os.Remove(filepath.Join(in, "b.yaml"))
				shards(2)(t, in, out)
			},
			index: true, indexErr: "holds the summaries of a run in 2 shards (workreport-run-*-of-2.json) and, older, of a run in 3 shards"},
		{name: "a shard's summary missing",
			before: func(t *testing.T, in, out string) {
				shards(3)(t, in, out)
				os.Remove(filepath.Join(out, "workreport-run-1-of-3.json"))
			},
			index: true, indexErr: "no summary of shard 1 of 3"},
		{name: "all shards there",
			before: shards(3), index: true, rows: 3},
		{name: "a whole run after shards: its index is its own",
			before: shards(3),
			damage: func(t *testing.T, in, out string) { os.Remove(filepath.Join(in, "b.yaml")) },
			rows:   2},
		{name: "a state that is not JSON costs a rebuild",
			before: func(t *testing.T, in, out string) { run(t, in, out, Shard{}) },
			damage: func(t *testing.T, in, out string) {
				os.WriteFile(filepath.Join(out, stateFile), []byte("{\"a.yaml\": "), 0o644)
			},
			rows: 3},
		{name: "every input failed: no index of an earlier run is left to contradict the summary",
			before: func(t *testing.T, in, out string) { run(t, in, out, Shard{}) },
			damage: func(t *testing.T, in, out string) {
				for name := range inputs {
					os.WriteFile(filepath.Join(in, name), []byte("meta: {}\n"), 0o644)
				}
			},
			rows: -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			in, out := t.TempDir(), t.TempDir()
			writeTree(t, in, inputs)
			tt.before(t, in, out)
			if tt.damage != nil {
				tt.damage(t, in, out)
			}
			if tt.index {
				err := WriteIndex(out, nil)
				if tt.indexErr != "" {
					if err == nil || !strings.Contains(err.Error(), tt.indexErr) {
						t.Fatalf("index: %v, want an error containing %q", err, tt.indexErr)
					}
					return
				}
				if err != nil {
					t.Fatal(err)
				}
			} else {
				run(t, in, out, Shard{})
			}
			if tt.rows < 0 {
				if _, err := os.Stat(filepath.Join(out, IndexFile)); err == nil {
					t.Error("an index is left though no report was written")
				}
				return
			}
			if got := indexRows(t, out); got != tt.rows {
				t.Errorf("index has %d reports, want %d", got, tt.rows)
			}
		})
	}
}

func truncateHalf(t *testing.T, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(path, data[:len(data)/2], 0o644)
}

// indexRows is the number of reports in dir's index workbook.
func indexRows(t *testing.T, dir string) int {
	t.Helper()
	f, err := excelize.OpenFile(filepath.Join(dir, IndexFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("对比")
	if err != nil {
		t.Fatal(err)
	}
	return len(rows) - 1
}
