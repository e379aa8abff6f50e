package batch

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
)

// killPhases are the runs TestKilledRunLeavesNoPartialOutput kills: a
// first run into an empty folder, and a later one that rewrites one
// report, adds another and keeps the rest, over the first one's outputs.
var killPhases = []struct {
	name   string
	inputs map[string]string
}{
	{"first", map[string]string{"a.yaml": tinyReport("甲区"), "sub/b.yaml": tinyReport("乙区"), "sub/c.yaml": tinyReport("丙区")}},
	{"rerun", map[string]string{"a.yaml": tinyReport("甲区"), "sub/b.yaml": tinyReport("乙区二"), "sub/c.yaml": tinyReport("丙区"), "d.yaml": tinyReport("丁区")}},
}

// TestKilledRunLeavesNoPartialOutput kills a child process running a batch
// at every step of every atomic write it makes (writeStepHook: a temporary
// file created, complete and synced, renamed to its final name) of every
// file, outputs, run summary, state and index, in a first run and in a
// rerun over earlier outputs. After each kill, every file under a final
// name must be whole: an output is byte for byte the one an uninterrupted
// run makes (or, in the rerun, the earlier one), a summary and the state
// are whole JSON. Then the next run must complete at once, sweep every
// temporary file, and leave exactly what an uninterrupted run leaves.
func TestKilledRunLeavesNoPartialOutput(t *testing.T) {
	t.Parallel()
	if dir := os.Getenv("WORKREPORT_TEST_CHILD_BATCH"); dir != "" {
		killAt, _ := strconv.Atoi(os.Getenv("WORKREPORT_TEST_KILL_AT"))
		var mu sync.Mutex
		var steps []string
		writeStepHook = func(step, path string) {
			mu.Lock()
			defer mu.Unlock()
			rel, _ := filepath.Rel(filepath.Join(dir, "out"), path)
			steps = append(steps, step+" "+filepath.ToSlash(rel))
			if len(steps) == killAt {
				syscall.Kill(os.Getpid(), syscall.SIGKILL)
				select {} // the signal is on its way
			}
		}
		killRun(filepath.Join(dir, "in"), filepath.Join(dir, "out"))
		os.WriteFile(filepath.Join(dir, "steps"), []byte(strings.Join(steps, "\n")), 0o644)
		os.Exit(3) // never killed: the parent reads the steps
	}
	root := t.TempDir()
	// ref[phase] is what an uninterrupted run of each phase leaves.
	var ref []map[string][]byte
	for i, ph := range killPhases {
		writeTree(t, filepath.Join(root, ph.name, "in"), ph.inputs)
		if i > 0 {
			copyTree(t, filepath.Join(root, killPhases[i-1].name, "out"), filepath.Join(root, ph.name, "out"))
		}
		killRun(filepath.Join(root, ph.name, "in"), filepath.Join(root, ph.name, "out"))
		ref = append(ref, finalFiles(t, filepath.Join(root, ph.name, "out")))
	}
	total := 0
	for i, ph := range killPhases {
		// A child run without a kill lists the steps, in the order a run
		// with one job always takes them.
		dir := filepath.Join(t.TempDir(), "child")
		prepareKillRun(t, root, i, dir)
		if err := killChild(dir, 0).Run(); err == nil || !strings.Contains(err.Error(), "exit status 3") {
			t.Fatalf("%s: listing the steps: %v", ph.name, err)
		}
		data, _ := os.ReadFile(filepath.Join(dir, "steps"))
		steps := strings.Split(string(data), "\n")
		if len(steps) < 9 {
			t.Fatalf("%s: only %d steps: %q", ph.name, len(steps), steps)
		}
		total += len(steps)
		for n, step := range steps {
			t.Run(ph.name+"/"+strconv.Itoa(n+1)+"-"+strings.ReplaceAll(step, "/", "_"), func(t *testing.T) {
				t.Parallel()
				dir := filepath.Join(t.TempDir(), "child")
				prepareKillRun(t, root, i, dir)
				out := filepath.Join(dir, "out")
				err := killChild(dir, n+1).Run()
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
					t.Fatalf("the child was not killed at %q: %v", step, err)
				}
				// Every file under a final name is whole.
				for name, data := range finalFiles(t, out) {
					ok := bytes.Equal(data, ref[i][name]) || i > 0 && bytes.Equal(data, ref[i-1][name])
					switch {
					case ok:
					case strings.HasSuffix(name, ".json"):
						if !json.Valid(data) {
							t.Errorf("%s is not whole JSON", name)
						}
					case name == IndexFile:
						if _, err := zip.NewReader(bytes.NewReader(data), int64(len(data))); err != nil {
							t.Errorf("%s is not a whole workbook: %v", name, err)
						}
					default:
						t.Errorf("%s is neither the earlier nor the new output (%d bytes)", name, len(data))
					}
				}
				// The next run completes, sweeps, and leaves what an
				// uninterrupted run leaves.
				sum := killRun(filepath.Join(dir, "in"), out)
				if sum.Failed() || sum.Totals.Written+sum.Totals.Unchanged != len(ph.inputs) {
					t.Fatalf("recovery run: %+v", sum.Totals)
				}
				got := finalFiles(t, out)
				for name, want := range ref[i] {
					if strings.HasSuffix(name, ".json") {
						continue // durations differ
					}
					if !bytes.Equal(got[name], want) {
						t.Errorf("after the recovery run, %s differs from an uninterrupted run's", name)
					}
				}
				if len(got) != len(ref[i]) {
					t.Errorf("after the recovery run, %d files; an uninterrupted run leaves %d", len(got), len(ref[i]))
				}
				filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
					if err == nil && strings.HasSuffix(p, ".tmp") {
						t.Errorf("temporary file left after the recovery run: %s", p)
					}
					return nil
				})
			})
		}
	}
	t.Logf("killed at %d steps", total)
}

// killRun is the run TestKilledRunLeavesNoPartialOutput kills.
func killRun(in, out string) *Summary {
	inputs, err := Find([]string{in}, out)
	if err != nil {
		panic(err)
	}
	sum, _ := Run(context.Background(), inputs, Options{OutDir: out, Jobs: 1, Summary: true, Version: "t"}, nil)
	return sum
}

// prepareKillRun makes dir/in (phase i's inputs) and dir/out (empty, or
// what the phase before left).
func prepareKillRun(t *testing.T, root string, i int, dir string) {
	t.Helper()
	copyTree(t, filepath.Join(root, killPhases[i].name, "in"), filepath.Join(dir, "in"))
	os.MkdirAll(filepath.Join(dir, "out"), 0o755)
	if i > 0 {
		copyTree(t, filepath.Join(root, killPhases[i-1].name, "out"), filepath.Join(dir, "out"))
	}
}

func killChild(dir string, at int) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestKilledRunLeavesNoPartialOutput$")
	cmd.Env = append(os.Environ(), "WORKREPORT_TEST_CHILD_BATCH="+dir, "WORKREPORT_TEST_KILL_AT="+strconv.Itoa(at))
	return cmd
}

// finalFiles is every file under a final name in dir (temporaries and the
// unlinked spool aside), by slash-separated relative name.
func finalFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(p, ".tmp") {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	return files
}

func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(to, rel), 0o755)
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
