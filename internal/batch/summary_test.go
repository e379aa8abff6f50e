package batch

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
)

// TestWriteSummaryAsEncoderWould: the summary written a result at a time,
// headlines read back from the spool, is byte for byte what json.Encoder
// with SetIndent writes for the whole summary held in memory.
func TestWriteSummaryAsEncoderWould(t *testing.T) {
	t.Parallel()
	headlines := json.RawMessage(`[{"name":"地区生产总值","indicator":"gdp","value":231.52,"unit":"亿元","growth":5.5,"target_kind":"growth","target":5.8,"target_unit":"%","target_qualifier":"左右","implied":244.95}]`)
	meta := func() *ResultMeta {
		return &ResultMeta{Title: "海拉尔区2025年政府工作报告", Region: "海拉尔区", Level: "district", Year: 2025, Date: "2025-01-20", Headlines: headlines}
	}
	full := []Result{
		{Input: "a<b>&.yaml", Status: StatusWritten, DurationMS: 12.5, Meta: meta(),
			Outputs: []Output{{Format: "pdf", Path: "out/a.pdf", Bytes: 10, SHA256: "ab"}}},
		{Input: "bad.yaml", Status: StatusFailed, Error: "bad.yaml:3:3: unknown key", Warnings: []string{"w"}},
		{Input: "c.yaml", Status: StatusSkipped, Meta: meta()},
		{Input: "d.yaml", Status: StatusWritten, Meta: &ResultMeta{Title: "无要点"}},
	}
	for _, results := range [][]Result{full, {}, full[1:2]} { // Run's results are never nil
		sum := &Summary{Tool: "workreport", Version: "test", OutDir: "out", Formats: []string{"pdf", "xlsx"}, Jobs: 2,
			Totals: Totals{Inputs: len(results)}, Results: results}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(sum); err != nil {
			t.Fatal(err)
		}
		spool, err := openSpool(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		spooled := make([]Result, len(results))
		for i, r := range results {
			spooled[i] = r
			if r.Meta != nil {
				m := *r.Meta
				if err := spool.spoolJSONHeadlines(&m); err != nil {
					t.Fatal(err)
				}
				spooled[i].Meta = &m
			}
		}
		var got bytes.Buffer
		err = writeSummary(&got, &Summary{Tool: sum.Tool, Version: sum.Version, OutDir: sum.OutDir, Formats: sum.Formats, Jobs: sum.Jobs,
			Totals: sum.Totals, Results: spooled}, spool)
		spool.close()
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%d results: streamed summary differs\n got: %s\nwant: %s", len(results), got.String(), want.String())
		}
	}
}

// TestSummaryKeepsHeadlinesOfSkippedInputs: a second run over unchanged
// inputs records the same headlines for them as the run that wrote them,
// and neither run leaves its spool behind.
func TestSummaryKeepsHeadlinesOfSkippedInputs(t *testing.T) {
	t.Parallel()
	in, out := t.TempDir(), t.TempDir()
	makeInputs(t, in, 4, nil)
	inputs, err := Find([]string{in}, out)
	if err != nil {
		t.Fatal(err)
	}
	headlines := func() map[string]string {
		t.Helper()
		got := map[string]string{}
		err := eachSummaryResult(filepath.Join(out, SummaryFile), func(r Result) error {
			if r.Meta == nil || len(r.Meta.Headlines) < 100 {
				t.Errorf("%s (%s): no headlines in the summary", r.Input, r.Status)
			} else {
				got[r.Input] = string(r.Meta.Headlines)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if leftovers, _ := filepath.Glob(filepath.Join(out, ".*")); len(leftovers) != 1 || filepath.Base(leftovers[0]) != stateFile {
			t.Errorf("hidden files in the output folder after a run: %q, want just %s", leftovers, stateFile)
		}
		return got
	}
	var first map[string]string
	for run, want := range []Status{StatusWritten, StatusSkipped} {
		sum, err := Run(context.Background(), inputs, Options{OutDir: out, Jobs: 2, Summary: true, Version: "test"}, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range sum.Results {
			if r.Status != want {
				t.Fatalf("run %d: %s is %s, want %s", run+1, r.Input, r.Status, want)
			}
		}
		got := headlines()
		if len(got) != 4 {
			t.Fatalf("run %d: headlines of %d inputs, want 4", run+1, len(got))
		}
		if run == 0 {
			first = got
			continue
		}
		for in, h := range first {
			if got[in] != h {
				t.Errorf("%s: the second run records other headlines\n got: %.200s\nwant: %.200s", in, got[in], h)
			}
		}
	}
}
