package batch

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/workreport/workreport/samples"
)

// makeInputs writes n copies of the Hailar sample with varied regions and
// numbers, plus the broken inputs given, into dir.
func makeInputs(t testing.TB, dir string, n int, broken map[string]string) {
	t.Helper()
	base, err := samples.Bytes("hailar-2025")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		doc := strings.Replace(string(base), "region: 海拉尔区", fmt.Sprintf("region: 第%d区", i), 1)
		doc = strings.Replace(doc, "value: 231.52", fmt.Sprintf("value: %d.%02d", 200+i, i%100), 1)
		sub := filepath.Join(dir, fmt.Sprintf("city-%d", i%3))
		os.MkdirAll(sub, 0o755)
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("district-%03d.yaml", i)), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, doc := range broken {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRunWritesGoodInputsAndListsBadOnes(t *testing.T) {
	t.Parallel()
	in, out := t.TempDir(), t.TempDir()
	makeInputs(t, in, 6, map[string]string{
		"broken.yaml": "meta:\n  title: x\n  levle: district\n",
		"empty.json":  "",
	})
	inputs, err := Find([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) != 8 {
		t.Fatalf("found %d inputs, want 8", len(inputs))
	}
	sum, err := Run(context.Background(), inputs, Options{OutDir: out, Jobs: 3, Summary: true, Version: "test"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum.Totals.Written != 6 || sum.Totals.Failed != 2 || !sum.Failed() {
		t.Fatalf("totals %+v", sum.Totals)
	}
	for _, r := range sum.Results {
		switch r.Input {
		case "broken.yaml":
			if !strings.Contains(r.Error, `broken.yaml:3:3: unknown key "levle" in meta (did you mean "level"?)`) {
				t.Errorf("broken.yaml error: %s", r.Error)
			}
		case "empty.json":
			if !strings.Contains(r.Error, "file is empty") {
				t.Errorf("empty.json error: %s", r.Error)
			}
		default:
			if r.Status != StatusWritten || len(r.Outputs) != len(formats) {
				t.Errorf("%s: %s %v", r.Input, r.Status, r.Outputs)
			}
		}
	}
	if _, err := os.Stat(filepath.Join(out, SummaryFile)); err != nil {
		t.Error("no run summary")
	}
	checkIndex(t, out, 6)
	// Second run: nothing changed, everything good is skipped.
	sum2, err := Run(context.Background(), inputs, Options{OutDir: out, Jobs: 3, Summary: true, Version: "test"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if sum2.Totals.Unchanged != 6 || sum2.Totals.Written != 0 || sum2.Totals.Failed != 2 {
		t.Fatalf("second run totals %+v", sum2.Totals)
	}
	checkIndex(t, out, 6) // skipped reports keep their rows
	// A new tool version rebuilds; so does --force.
	sum3, _ := Run(context.Background(), inputs, Options{OutDir: out, Summary: true, Version: "test2"}, nil)
	sum4, _ := Run(context.Background(), inputs, Options{OutDir: out, Summary: true, Version: "test2", Force: true}, nil)
	if sum3.Totals.Written != 6 || sum4.Totals.Written != 6 {
		t.Fatalf("version change wrote %d, force wrote %d; want 6 and 6", sum3.Totals.Written, sum4.Totals.Written)
	}
}

// TestOutputsIndependentOfJobs: the same bytes whatever the parallelism.
func TestOutputsIndependentOfJobs(t *testing.T) {
	t.Parallel()
	in := t.TempDir()
	makeInputs(t, in, 4, nil)
	inputs, _ := Find([]string{in}, "")
	hashes := map[int]string{}
	for _, jobs := range []int{1, 4} {
		out := t.TempDir()
		sum, err := Run(context.Background(), inputs, Options{OutDir: out, Jobs: jobs}, nil)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for _, r := range sum.Results {
			for _, o := range r.Outputs {
				fmt.Fprintf(&b, "%s %s %s\n", r.Input, o.Format, o.SHA256)
			}
		}
		hashes[jobs] = b.String()
	}
	if hashes[1] != hashes[4] {
		t.Errorf("outputs differ with parallelism:\n%s\n%s", hashes[1], hashes[4])
	}
}

// checkIndex reads index.xlsx back: a row per written report, the GDP of
// each with its digits as the input wrote them.
func checkIndex(t *testing.T, out string, reports int) {
	t.Helper()
	f, err := excelize.OpenFile(filepath.Join(out, IndexFile), excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows("对比")
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != reports+1 {
		t.Fatalf("index has %d rows, want %d", len(rows), reports+1)
	}
	if rows[0][5] != "地区生产总值\n上年（亿元）" || rows[1][0] != "第0区" || rows[1][5] != "200" || rows[2][5] != "203.03" {
		t.Errorf("index rows: %q\n%q\n%q", rows[0], rows[1], rows[2])
	}
}

// TestShardedRunsThenIndex: shards write their own summaries into one
// folder; index assembles every report afterwards.
func TestShardedRunsThenIndex(t *testing.T) {
	t.Parallel()
	in, out := t.TempDir(), t.TempDir()
	makeInputs(t, in, 7, nil)
	inputs, _ := Find([]string{in}, out)
	total := 0
	for k := 0; k < 3; k++ {
		sum, err := Run(context.Background(), inputs, Options{OutDir: out, Summary: true, Shard: Shard{K: k, N: 3}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		total += sum.Totals.Written
		if _, err := os.Stat(filepath.Join(out, fmt.Sprintf("workreport-run-%d-of-3.json", k))); err != nil {
			t.Errorf("shard %d wrote no summary of its own", k)
		}
	}
	if total != 7 {
		t.Fatalf("shards wrote %d reports, want 7", total)
	}
	if _, err := os.Stat(filepath.Join(out, IndexFile)); err == nil {
		t.Error("a shard wrote the index; only `workreport index` should")
	}
	if err := WriteIndex(out, nil); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, out, 7)
}

func TestShardsCoverEveryInputOnce(t *testing.T) {
	t.Parallel()
	var inputs []Input
	for i := 0; i < 1000; i++ {
		inputs = append(inputs, Input{Rel: fmt.Sprintf("city-%d/district-%04d.yaml", i%7, i)})
	}
	for _, n := range []int{1, 2, 3, 16} {
		seen := map[string]int{}
		for k := 0; k < n; k++ {
			part := Shard{K: k, N: n}.Filter(inputs)
			if n > 1 && (len(part) < len(inputs)/n/2 || len(part) > len(inputs)/n*2) {
				t.Errorf("shard %d/%d has %d of %d inputs: badly balanced", k, n, len(part), len(inputs))
			}
			for _, in := range part {
				seen[in.Rel]++
			}
		}
		for _, in := range inputs {
			if seen[in.Rel] != 1 {
				t.Fatalf("N=%d: %s is in %d shards", n, in.Rel, seen[in.Rel])
			}
		}
	}
	// Adding a file moves no other file between shards.
	before := Shard{K: 2, N: 16}.Filter(inputs)
	after := Shard{K: 2, N: 16}.Filter(append(inputs, Input{Rel: "new.yaml"}))
	for i, in := range before {
		if after[i].Rel != in.Rel {
			t.Fatal("adding an input reshuffled shard 2/16")
		}
	}
	for _, bad := range []string{"", "3", "16/16", "-1/4", "a/b", "1/0"} {
		if _, err := ParseShard(bad); err == nil {
			t.Errorf("ParseShard(%q) accepted", bad)
		}
	}
}

func TestOutputNamesStayInOut(t *testing.T) {
	t.Parallel()
	tests := []struct{ in, want string }{
		{"../../etc/passwd", "_.._etc_passwd"},
		{"..", ""},
		{".hidden", "hidden"},
		{"a\\b", "a_b"},
		{"海拉尔区-2025", "海拉尔区-2025"},
		{"x\x00y", "x_y"},
	}
	for _, tt := range tests {
		got, err := safeBase(tt.in)
		if (tt.want == "") != (err != nil) || got != tt.want {
			t.Errorf("safeBase(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
		if strings.ContainsAny(got, `/\`) || strings.HasPrefix(got, ".") {
			t.Errorf("safeBase(%q) = %q can leave the folder", tt.in, got)
		}
	}
	// Two inputs with the same base: the second fails instead of overwriting.
	in, out := t.TempDir(), t.TempDir()
	data, _ := samples.Bytes("hailar-2025")
	os.MkdirAll(filepath.Join(in, "a"), 0o755)
	os.MkdirAll(filepath.Join(in, "b"), 0o755)
	os.WriteFile(filepath.Join(in, "a", "x.yaml"), data, 0o644)
	os.WriteFile(filepath.Join(in, "b", "x.yaml"), data, 0o644)
	inputs, _ := Find([]string{in}, out)
	sum, _ := Run(context.Background(), inputs, Options{OutDir: out}, nil)
	if sum.Totals.Written != 1 || sum.Totals.Failed != 1 || !strings.Contains(sum.Results[1].Error, "like those of a/x.yaml") {
		t.Errorf("same-base inputs: %+v", sum.Results)
	}
}

// TestFindSkipsTheOutputFolder: a run over a tree holding its own outputs
// does not read its workbooks back as inputs.
func TestFindSkipsTheOutputFolder(t *testing.T) {
	t.Parallel()
	in := t.TempDir()
	makeInputs(t, in, 2, nil)
	out := filepath.Join(in, "out")
	os.MkdirAll(out, 0o755)
	os.WriteFile(filepath.Join(out, "old.xlsx"), []byte("x"), 0o644)
	os.WriteFile(filepath.Join(in, "notes.txt"), []byte("x"), 0o644)
	inputs, err := Find([]string{in}, out)
	if err != nil || len(inputs) != 2 {
		t.Fatalf("inputs %v, %v", inputs, err)
	}
	globbed, err := Find([]string{filepath.Join(in, "**", "*.yaml")}, out)
	if err != nil || len(globbed) != 2 || globbed[0].Rel != "city-0/district-000.yaml" {
		t.Fatalf("glob inputs %+v, %v", globbed, err)
	}
}

// TestKilledRunLeavesNoPartialOutput kills a child process running a batch
// at chosen moments of its writes (SIGKILL from inside, at the Nth time a
// step of an atomic write is reached for a file whose name ends so), then
// checks that every file under a final name is complete and that the next
// run finishes the job and sweeps the temporary files.
func TestKilledRunLeavesNoPartialOutput(t *testing.T) {
	t.Parallel()
	if dir := os.Getenv("WORKREPORT_TEST_CHILD_BATCH"); dir != "" {
		killAt := strings.Split(os.Getenv("WORKREPORT_TEST_KILL_AT"), " ")
		seen := 0
		var mu sync.Mutex
		writeStepHook = func(step, path string) {
			mu.Lock()
			defer mu.Unlock()
			if step == killAt[0] && strings.HasSuffix(path, killAt[1]) {
				if seen++; strconv.Itoa(seen) == killAt[2] {
					syscall.Kill(os.Getpid(), syscall.SIGKILL)
					select {} // the signal is on its way
				}
			}
		}
		inputs, _ := Find([]string{filepath.Join(dir, "in")}, "")
		Run(context.Background(), inputs, Options{OutDir: filepath.Join(dir, "out"), Jobs: 1, Summary: true, Version: "t"}, nil)
		os.Exit(3) // never killed: the parent reports it
	}
	const inputs = 6
	dir := t.TempDir()
	makeInputs(t, filepath.Join(dir, "in"), inputs, nil)
	for _, killAt := range []string{
		"created .pdf 1",                  // the first output just begun
		"synced .xlsx 3",                  // a complete workbook not yet renamed
		"renamed .pdf 4",                  // right after an output got its final name
		"synced .xlsx 6",                  // the last workbook
		"created workreport-run.json 1",   // outputs all written, the run summary begun
		"renamed workreport-run.json 1",   // the summary written, the state not yet
		"synced .workreport-state.json 1", // the state complete, not yet renamed
	} {
		t.Run(strings.ReplaceAll(killAt, " ", "-"), func(t *testing.T) {
			out := filepath.Join(dir, "out")
			os.RemoveAll(out)
			cmd := exec.Command(os.Args[0], "-test.run=^TestKilledRunLeavesNoPartialOutput$")
			cmd.Env = append(os.Environ(), "WORKREPORT_TEST_CHILD_BATCH="+dir, "WORKREPORT_TEST_KILL_AT="+killAt)
			err := cmd.Run()
			var exit *exec.ExitError
			if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
				t.Fatalf("the child was not killed at %q: %v", killAt, err)
			}
			entries, _ := os.ReadDir(out)
			complete, temporaries := 0, 0
			for _, e := range entries {
				p := filepath.Join(out, e.Name())
				data, _ := os.ReadFile(p)
				switch {
				case strings.HasSuffix(e.Name(), ".tmp"):
					temporaries++
				case filepath.Ext(e.Name()) == ".xlsx":
					if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
						t.Errorf("%s is not a complete workbook: %v", e.Name(), err)
					}
					complete++
				case filepath.Ext(e.Name()) == ".pdf":
					if !bytes.HasSuffix(bytes.TrimSpace(data), []byte("%%EOF")) {
						t.Errorf("%s is not a complete PDF", e.Name())
					}
					complete++
				}
			}
			if temporaries == 0 && !strings.HasPrefix(killAt, "renamed") {
				t.Errorf("no temporary file left: the kill came at another moment than %q", killAt)
			}
			t.Logf("killed at %q: %d complete outputs, %d temporary files", killAt, complete, temporaries)
			// The next run finishes the job and sweeps the temporary files:
			// those of a dead process, once older than sweepGrace (here, aged
			// by hand; a run starting in the same second may be another shard's).
			leftovers, _ := filepath.Glob(filepath.Join(out, ".*.tmp"))
			for _, p := range leftovers {
				old := time.Now().Add(-2 * sweepGrace)
				os.Chtimes(p, old, old)
			}
			found, _ := Find([]string{filepath.Join(dir, "in")}, "")
			sum, err := Run(context.Background(), found, Options{OutDir: out, Summary: true, Version: "t"}, nil)
			if err != nil || sum.Totals.Failed != 0 || sum.Totals.Written+sum.Totals.Unchanged != inputs {
				t.Fatalf("recovery run: %+v %v", sum.Totals, err)
			}
			leftovers, _ = filepath.Glob(filepath.Join(out, ".*.tmp"))
			if len(leftovers) != 0 {
				t.Errorf("temporary files left after the recovery run: %v", leftovers)
			}
		})
	}
}

func TestInterruptedRunStopsTakingInputs(t *testing.T) {
	t.Parallel()
	in, out := t.TempDir(), t.TempDir()
	makeInputs(t, in, 5, nil)
	inputs, _ := Find([]string{in}, "")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum, err := Run(ctx, inputs, Options{OutDir: out, Jobs: 1, Summary: true}, nil)
	if err != ErrInterrupted || !sum.Interrupted || sum.Totals.Interrupted == 0 {
		t.Fatalf("err %v, totals %+v", err, sum.Totals)
	}
	if _, err := os.Stat(filepath.Join(out, SummaryFile)); err != nil {
		t.Error("an interrupted run must still write its summary")
	}
}
