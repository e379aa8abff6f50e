package batch

import (
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestSweepLeavesLiveTemporaries: a run's sweep removes the temporary files
// of dead runs at once, however young (issue 12: a killed run's files
// stayed until a run a minute later), in subfolders too, and not those
// another run (a shard sharing the folder) is writing: locked ones,
// whatever their age.
func TestSweepLeavesLiveTemporaries(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	touch := func(name string, age time.Duration, locked bool) string {
		t.Helper()
		p := filepath.Join(dir, name)
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if locked {
			lockTemporary(f)
			t.Cleanup(func() { f.Close() })
		} else {
			f.Close()
		}
		when := time.Now().Add(-age)
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dead := touch(".a.pdf.123.tmp", time.Hour, false)
	writing := touch(".b.pdf.456.tmp", time.Hour, true)
	fresh := touch(".c.pdf.789.tmp", time.Second, false)
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	nested := touch("sub/.e.xlsx.1.tmp", 0, false)
	output := touch("d.pdf", time.Hour, false)
	sweepTemporaries(dir)
	for p, want := range map[string]bool{dead: false, writing: true, fresh: false, nested: false, output: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: kept %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
}

// TestWriteAtomicHoldsItsLock: the temporary file of a write in progress is
// locked, so a sweep by another run leaves it even once it is old.
func TestWriteAtomicHoldsItsLock(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "index.xlsx")
	err := writeAtomicWith(path, func(w io.Writer) error {
		tmps, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
		if len(tmps) != 1 {
			t.Fatalf("temporary files while writing: %q", tmps)
		}
		old := time.Now().Add(-time.Hour)
		os.Chtimes(tmps[0], old, old)
		if held, _ := inUse(tmps[0]); !held {
			t.Error("the temporary file is not locked while it is written")
		}
		sweepTemporaries(dir)
		_, err := w.Write([]byte("complete"))
		return err
	})
	if err != nil {
		t.Fatalf("write with a sweep in between: %v", err)
	}
	if data, _ := os.ReadFile(path); string(data) != "complete" {
		t.Errorf("output holds %q", data)
	}
}
