package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/workreport/workreport/internal/clienttest"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// TestCommandLine runs the command line in-process: exit codes and what a
// user sees, for the contract in the README.
func TestCommandLine(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	os.WriteFile(bad, []byte("meta:\n  title: x\n  levle: district\nresults: []\n"), 0o644)
	good := filepath.Join(dir, "my-district.yaml")
	data, _ := samples.Bytes("hailar-2025")
	os.WriteFile(good, data, 0o644)
	misquoted := filepath.Join(dir, "misquoted.yaml")
	os.WriteFile(misquoted, bytes.Replace(data, []byte("quote: 地区生产总值预计完成231.52亿元"), []byte("quote: 地区生产总值完成231.52亿元"), 1), 0o644)
	source := filepath.Join("samples", "testdata", "seeds", "hailar-2025.txt")
	series := filepath.Join(dir, "series")
	os.MkdirAll(series, 0o755)
	for _, s := range []string{"hailar-2018", "hailar-2025"} {
		b, _ := samples.Bytes(s)
		os.WriteFile(filepath.Join(series, s+".yaml"), b, 0o644)
	}
	fifo := filepath.Join(dir, "pipe.yaml")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	// A workbook this tool wrote, in the folder generate writes into.
	edited := filepath.Join(dir, "e", "my-district.xlsx")
	if code := run([]string{"workreport", "generate", "-q", "--out", filepath.Dir(edited), good}, io.Discard, io.Discard); code != 0 {
		t.Fatal("generate for the edited workbook:", code)
	}
	editedBytes, _ := os.ReadFile(edited)

	tests := []struct {
		name       string
		args       []string
		env        map[string]string
		code       int
		stdout     string // substring expected on stdout
		stderr     string // substring expected on stderr
		wantOutput []string
		quiet      bool // nothing on stdout
		jsonLines  bool // every line on stderr is JSON
	}{
		{name: "version", args: []string{"--version"}, code: 0, stdout: "workreport version "},
		{name: "help lists commands", args: []string{"--help"}, code: 0, stdout: "validate"},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, stderr: `no command "frobnicate"`},
		{name: "unknown flag", args: []string{"generate", "--colour"}, code: 2, stderr: "flag provided but not defined: -colour"},
		{name: "validate good", args: []string{"validate", good}, code: 0, stdout: "my-district.yaml: ok (海拉尔区2025年政府工作报告, 102 indicators"},
		{name: "validate bad", args: []string{"validate", bad}, code: 1,
			stderr: `bad.yaml:3:3: unknown key "levle" in meta (did you mean "level"?)`},
		{name: "validate against the source", args: []string{"validate", "--source", source, good}, code: 0, stdout: "my-district.yaml: ok"},
		{name: "validate a quote the source lacks", args: []string{"validate", misquoted, "--source", source}, code: 1,
			stderr: `misquoted.yaml:48:16: quote is not in the source text word for word: "地区生产总值完成231.52亿元,同比增长5.5%"`},
		{name: "validate --source missing", args: []string{"validate", "--source", filepath.Join(dir, "none.txt"), good}, code: 2, stderr: "--source: stat "},
		{name: "extract a draft", args: []string{"extract", source, "--out", filepath.Join(dir, "drafts")}, code: 0,
			stdout: "drafted " + filepath.Join(dir, "drafts", "hailar-2025.yaml"), wantOutput: []string{"drafts/hailar-2025.yaml"}},
		{name: "extract keeps a draft", args: []string{"extract", source, "--out", filepath.Join(dir, "drafts")}, code: 1, stderr: "exists (a draft may have been reviewed since)"},
		{name: "extract a PDF", args: []string{"extract", filepath.Join("report", "pdf", "testdata", "none.pdf")}, code: 1, stderr: "no such file"},
		{name: "extract scored", args: []string{"extract", "--against", filepath.Join("samples", "hailar-2025.yaml"), source}, code: 0, stdout: "numbers (value + unit + overlapping quote): precision"},
		{name: "extract scored with details", args: []string{"extract", "--against", filepath.Join("samples", "hailar-2025.yaml"), "--details", source}, code: 0, stdout: `name      "新建充电桩的停车场", drafted`},
		{name: "generate from a report's text", args: []string{"generate", source, "--out", filepath.Join(dir, "fromtext")}, code: 0,
			wantOutput: []string{"fromtext/hailar-2025.pdf", "fromtext/hailar-2025.xlsx"}},
		{name: "track", args: []string{"track", "--out", filepath.Join(dir, "track"), filepath.Join("samples", "hailar-2018.yaml"), filepath.Join("samples", "hailar-2025.yaml")}, code: 0,
			stdout: "海拉尔区-track.pdf (2 years, 15 targets lined up)", wantOutput: []string{"track/海拉尔区-track.xlsx", "track/海拉尔区-track.pdf"}},
		{name: "batch with tracks", args: []string{"batch", series, "--out", filepath.Join(dir, "series-out"), "--track"}, code: 0,
			wantOutput: []string{"series-out/tracks/海拉尔区-track.xlsx", "series-out/tracks/海拉尔区-track.pdf"}},
		{name: "tracks need the whole run", args: []string{"batch", series, "--track", "--shard", "0/2"}, code: 2, stderr: "--track needs every report of a region in one run"},
		{name: "validate none", args: []string{"validate"}, code: 2, stderr: "validate needs at least one file"},
		{name: "validate missing file", args: []string{"validate", filepath.Join(dir, "nope.yaml")}, code: 1, stderr: "no such file"},
		{name: "sample unknown", args: []string{"sample", "atlantis-2025"}, code: 2, stderr: `no sample "atlantis-2025"`},
		{name: "sample list", args: []string{"sample", "--list"}, code: 0, stdout: "beijing-2026\nguangdong-2026\nhailar-2018\nhailar-2025\nnational-2025"},
		{name: "bad epoch", args: []string{"generate", "--out", dir}, env: map[string]string{"SOURCE_DATE_EPOCH": "yesterday"}, code: 2,
			stderr: `SOURCE_DATE_EPOCH="yesterday": expected seconds since 1970`},
		{name: "bad format", args: []string{"generate", "--format", "docx", "--out", dir}, code: 2, stderr: `unknown format "docx"`},
		{name: "bad shard", args: []string{"batch", "--shard", "16/16", dir}, code: 2, stderr: `shard "16/16": expected K/N with 0 ≤ K < N`},
		{name: "batch without inputs", args: []string{"batch"}, code: 2, stderr: "batch needs at least one folder, file or glob"},
		{name: "generate embedded sample", args: []string{"generate", "--out", filepath.Join(dir, "a")}, code: 0,
			wantOutput: []string{"a/hailar-2025.xlsx"}},
		{name: "flags after files", args: []string{"generate", good, "--out", filepath.Join(dir, "b")}, code: 0,
			wantOutput: []string{"b/my-district.xlsx"}},
		{name: "out from environment", args: []string{"generate", good}, env: map[string]string{"WORKREPORT_OUT": filepath.Join(dir, "c")}, code: 0,
			wantOutput: []string{"c/my-district.xlsx"}},
		{name: "generate with a bad input still writes the good one", args: []string{"generate", "--out", filepath.Join(dir, "d"), bad, good}, code: 1,
			stderr: `unknown key "levle"`, wantOutput: []string{"d/my-district.xlsx"}},
		// The hostile cases of issue 12.
		{name: "validate a FIFO", args: []string{"validate", fifo}, code: 1, stderr: "pipe.yaml: not a regular file but a named pipe (FIFO)"},
		{name: "validate /dev/zero", args: []string{"validate", "/dev/zero"}, code: 1, stderr: "/dev/zero: not a regular file but a device"},
		{name: "generate a FIFO", args: []string{"generate", "--out", filepath.Join(dir, "f"), fifo}, code: 1, stderr: "not a regular file but a named pipe"},
		{name: "batch a FIFO", args: []string{"batch", "--out", filepath.Join(dir, "f"), fifo}, code: 1, stderr: "not a regular file but a named pipe"},
		{name: "generate never writes over its input", args: []string{"generate", edited, "--out", filepath.Dir(edited)}, code: 1,
			stderr: "its xlsx output " + edited + " is the input file itself; nothing was written"},
		{name: "batch DIR --out DIR", args: []string{"batch", empty, "--out", empty}, code: 1, stderr: "is the output folder (--out " + empty + ") too"},
		{name: "batch of an empty folder", args: []string{"batch", empty, "--out", filepath.Join(dir, "g")}, code: 1,
			stderr: "empty: no .yaml, .yml, .json or .xlsx file under this folder"},
		{name: "huge SOURCE_DATE_EPOCH", args: []string{"generate", "--out", dir}, env: map[string]string{"SOURCE_DATE_EPOCH": "99999999999999"}, code: 2,
			stderr: "up to 253402300799 (9999-12-31"},
		{name: "negative --jobs", args: []string{"batch", "--jobs", "-3", dir}, code: 2, stderr: "--jobs -3: expected 1 to 256"},
		{name: "negative WORKREPORT_JOBS", args: []string{"batch", dir}, env: map[string]string{"WORKREPORT_JOBS": "-3"}, code: 2, stderr: "--jobs -3: expected 1 to 256"},
		{name: "too many --jobs", args: []string{"batch", "--jobs", "100000", dir}, code: 2, stderr: "--jobs 100000"},
		{name: "help command", args: []string{"help"}, code: 0, stdout: "completion"},
		{name: "help of a command", args: []string{"help", "batch"}, code: 0, stdout: "--shard"},
		{name: "bash completion", args: []string{"completion", "bash"}, code: 0, stdout: "workreport"},
		{name: "zsh completion", args: []string{"completion", "zsh"}, code: 0, stdout: "compdef"},
		{name: "fish completion", args: []string{"completion", "fish"}, code: 0, stdout: "complete -c workreport"},
		{name: "quiet generate", args: []string{"generate", "-q", "--out", filepath.Join(dir, "h"), good}, code: 0, quiet: true,
			wantOutput: []string{"h/my-district.pdf"}},
		{name: "quiet validate", args: []string{"validate", "--quiet", good}, code: 0, quiet: true},
		{name: "quiet batch still tells failures", args: []string{"batch", "--quiet", "--out", filepath.Join(dir, "i"), bad, good}, code: 1, quiet: true,
			stderr: `unknown key "levle"`},
		{name: "JSON logs are JSON to the last line", args: []string{"batch", "--log-format", "json", "--out", filepath.Join(dir, "j"), bad, good}, code: 1,
			jsonLines: true, stderr: `"exit_code":1`},
		{name: "JSON logs: a usage error too", args: []string{"batch", "--log-format=json", "--jobs", "-3", dir}, code: 2,
			jsonLines: true, stderr: `"exit_code":2`},
		{name: "JSON logs from the environment: a usage error too", args: []string{"batch", "--shard", "9/4", dir}, code: 2,
			env: map[string]string{"WORKREPORT_LOG_FORMAT": "json"}, jsonLines: true, stderr: `shard \"9/4\"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			var stdout, stderr bytes.Buffer
			code := within(t, 10*time.Second, func() int { return run(append([]string{"workreport"}, tt.args...), &stdout, &stderr) })
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, stdout.String(), stderr.String())
			}
			if !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.stdout, stdout.String())
			}
			if !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, stderr.String())
			}
			for _, o := range tt.wantOutput {
				if st, err := os.Stat(filepath.Join(dir, o)); err != nil || st.Size() == 0 {
					t.Errorf("output %s not written: %v", o, err)
				}
			}
			if tt.quiet && stdout.Len() > 0 {
				t.Errorf("--quiet printed:\n%s", stdout.String())
			}
			if tt.jsonLines {
				for _, line := range strings.Split(strings.TrimSpace(stderr.String()), "\n") {
					if !json.Valid([]byte(line)) {
						t.Errorf("not a JSON line: %q", line)
					}
				}
			}
		})
	}
	if now, _ := os.ReadFile(edited); !bytes.Equal(now, editedBytes) {
		t.Error("generate wrote over the workbook it read")
	}
}

// within fails t if f takes longer than d: a hostile input must end
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

// TestSampleAndSchemaCommands: what they print is the embedded sample and
// the schema, usable as they are.
func TestSampleAndSchemaCommands(t *testing.T) {
	var out, errw bytes.Buffer
	if code := run([]string{"workreport", "sample"}, &out, &errw); code != 0 {
		t.Fatalf("sample: exit %d: %s", code, errw.String())
	}
	if _, err := report.Parse("sample.yaml", out.Bytes()); err != nil {
		t.Fatalf("the printed sample does not load: %v", err)
	}
	out.Reset()
	if code := run([]string{"workreport", "schema"}, &out, &errw); code != 0 {
		t.Fatalf("schema: exit %d", code)
	}
	var schema map[string]any
	if err := json.Unmarshal(out.Bytes(), &schema); err != nil || schema["$id"] != report.SchemaID {
		t.Fatalf("schema output is not the schema: %v", err)
	}
}

// TestSIGTERMStopsCleanly sends SIGTERM to a batch run in a child process:
// it stops taking inputs, writes its summary (marked interrupted) and exits
// 3, the status of an interruption (a scheduler retries it, and not a bad
// input's 1); every output it wrote is complete.
func TestSIGTERMStopsCleanly(t *testing.T) {
	if args := os.Getenv("WORKREPORT_TEST_CHILD_ARGS"); args != "" {
		os.Exit(run(strings.Split(args, "\x1f"), io.Discard, io.Discard))
	}
	dir := t.TempDir()
	data, _ := samples.Bytes("hailar-2025")
	for i := 0; i < 200; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%03d.yaml", i)), data, 0o644)
	}
	out := filepath.Join(dir, "out")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSIGTERMStopsCleanly$")
	cmd.Env = append(os.Environ(), "WORKREPORT_TEST_CHILD_ARGS="+strings.Join([]string{"workreport", "batch", dir, "--out", out, "--jobs", "1"}, "\x1f"))
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Wait for the first outputs, then ask it to stop.
	deadline := time.Now().Add(20 * time.Second)
	for {
		if m, _ := filepath.Glob(filepath.Join(out, "*.pdf")); len(m) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	err := cmd.Wait()
	var exit *exec.ExitError
	if !errors.As(err, &exit) || exit.ExitCode() != exitInterrupted {
		t.Fatalf("exit: %v, want status %d", err, exitInterrupted)
	}
	raw, err := os.ReadFile(filepath.Join(out, "workreport-run.json"))
	if err != nil {
		t.Fatalf("no summary after SIGTERM: %v", err)
	}
	var sum struct {
		Interrupted bool
		Totals      struct{ Written, Interrupted int }
	}
	json.Unmarshal(raw, &sum)
	if !sum.Interrupted || sum.Totals.Interrupted == 0 || sum.Totals.Written == 0 {
		t.Fatalf("summary after SIGTERM: %s", raw)
	}
	pdfs, _ := filepath.Glob(filepath.Join(out, "*.pdf"))
	for _, p := range pdfs {
		b, _ := os.ReadFile(p)
		if !bytes.HasSuffix(bytes.TrimSpace(b), []byte("%%EOF")) {
			t.Errorf("%s is incomplete", p)
		}
	}
	t.Logf("stopped after %d of 200 reports", sum.Totals.Written)
}

// TestLatestSourceDateOpens: the last SOURCE_DATE_EPOCH accepted
// (9999-12-31T23:59:59Z) gives a workbook openpyxl opens and a PDF qpdf
// accepts; one second more is a usage error (TestCommandLine).
func TestLatestSourceDateOpens(t *testing.T) {
	python := clienttest.PythonModule(t, "openpyxl", "python3-openpyxl")
	qpdf := clienttest.Tool(t, "qpdf", "qpdf")
	t.Setenv("SOURCE_DATE_EPOCH", "253402300799")
	out := t.TempDir()
	if code := run([]string{"workreport", "generate", "-q", "--out", out}, io.Discard, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	msg, err := exec.Command(python, "-c", "import openpyxl,sys; print(openpyxl.load_workbook(sys.argv[1]).properties.created)",
		filepath.Join(out, "hailar-2025.xlsx")).CombinedOutput()
	if err != nil || !strings.Contains(string(msg), "9999-12-31 23:59:59") {
		t.Errorf("openpyxl: %v\n%s", err, msg)
	}
	if msg, err := exec.Command(qpdf, "--check", filepath.Join(out, "hailar-2025.pdf")).CombinedOutput(); err != nil {
		t.Errorf("qpdf --check: %v\n%s", err, msg)
	}
}

// TestExtractSummary: the line extract prints counts what the draft holds,
// so a reviewer knows how much to look at before opening it.
func TestExtractSummary(t *testing.T) {
	dir := t.TempDir()
	source := filepath.Join("samples", "testdata", "seeds", "hailar-2025.txt")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"workreport", "extract", source, "--out", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	draft, err := os.ReadFile(filepath.Join(dir, "hailar-2025.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	checks := strings.Count(string(draft), "# check:")
	if want := fmt.Sprintf(", %d fields marked check:)", checks); checks == 0 || !strings.Contains(stdout.String(), want) {
		t.Errorf("the summary does not count the draft's %d checks (%q):\n%s", checks, want, stdout.String())
	}
}
