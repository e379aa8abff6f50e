package batch

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

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

// checkIndex reads index.xlsx back: a row per written report, labelled
// region and year and sorted by region (not by path: city-0/district-003
// before city-1/district-001), the GDP of each with its digits as the input
// wrote them.
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
	if rows[0][5] != "地区生产总值\n上年（亿元）" || rows[1][0] != "第0区2025年" || rows[1][5] != "200" || rows[2][0] != "第1区2025年" || rows[2][5] != "201.01" {
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
	// The output folder mirrors the input tree, each part made safe.
	for _, tt := range []struct{ rel, want string }{
		{"a.yaml", "a"},
		{"sub/a.b.json", "sub/a.b"},
		{".hidden/x.yaml", "hidden/x"},
		{"c:d/e|f.xlsx", "c_d/e_f"},
		{"a/../b.yaml", "b"},
		{"../../b.yaml", "b"},
		{"/.yaml", ""},
	} {
		got, err := outputName(tt.rel)
		if (tt.want == "") != (err != nil) || got != tt.want {
			t.Errorf("outputName(%q) = %q, %v; want %q", tt.rel, got, err, tt.want)
		}
	}
	// Two inputs with the same name in one folder: the second fails
	// instead of overwriting.
	in, out := t.TempDir(), t.TempDir()
	data := []byte(tinyReport("甲区"))
	os.WriteFile(filepath.Join(in, "x.json"), data, 0o644)
	os.WriteFile(filepath.Join(in, "x.yaml"), data, 0o644)
	inputs, _ := Find([]string{in}, out)
	sum, _ := Run(context.Background(), inputs, Options{OutDir: out}, nil)
	if sum.Totals.Written != 1 || sum.Totals.Failed != 1 || !strings.Contains(sum.Results[1].Error, "like those of x.json") {
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

// TestOutputsOfDeletedInputsAreRemoved: an input deleted since the last
// run takes its outputs with it, unless a person changed them since.
func TestOutputsOfDeletedInputsAreRemoved(t *testing.T) {
	t.Parallel()
	in, out := t.TempDir(), t.TempDir()
	makeInputs(t, in, 3, nil)
	run := func() *Summary {
		t.Helper()
		inputs, err := Find([]string{in}, out)
		if err != nil {
			t.Fatal(err)
		}
		sum, err := Run(context.Background(), inputs, Options{OutDir: out, Summary: true, Version: "t"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return sum
	}
	first := run()
	outputsOf := func(rel string) []string {
		for _, r := range first.Results {
			if r.Input == rel {
				var ps []string
				for _, o := range r.Outputs {
					ps = append(ps, o.Path)
				}
				return ps
			}
		}
		t.Fatalf("no result for %s", rel)
		return nil
	}
	gone, edited := outputsOf(first.Results[0].Input), outputsOf(first.Results[1].Input)
	os.Remove(filepath.Join(in, first.Results[0].Input))
	os.Remove(filepath.Join(in, first.Results[1].Input))
	os.WriteFile(edited[0], []byte("a person's own file now"), 0o644)
	second := run()
	for _, p := range gone {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s of a deleted input is still there", p)
		}
	}
	if _, err := os.Stat(edited[0]); err != nil {
		t.Errorf("an output a person changed was removed: %v", err)
	}
	if len(second.Removed) != len(gone)+len(edited)-1 {
		t.Errorf("removed %v", second.Removed)
	}
	if third := run(); len(third.Removed) != 0 {
		t.Errorf("a run with nothing deleted removed %v", third.Removed)
	}
}
