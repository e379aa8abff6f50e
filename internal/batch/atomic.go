package batch

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

// writeAtomic puts data at path so that a reader, or a later run, sees
// either the old file or the complete new one, never a torn one: the bytes
// go to a temporary file in the same folder (same file system, so the
// rename is atomic), are synced, and only then renamed over path. A failure
// or a kill before the rename leaves the old output untouched; the
// temporary name starts with a dot and ends in .tmp so it is easy to sweep.
func writeAtomic(path string, data []byte) error {
	return writeAtomicWith(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// writeAtomicWith is writeAtomic for content produced by write, streamed
// into the temporary file rather than built in memory first.
func writeAtomicWith(path string, write func(io.Writer) error) error {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
	lockTemporary(tmp)
	name := tmp.Name()
	atWriteStep("created", path)
	ok := false
	defer func() {
		if !ok {
			tmp.Close()
			os.Remove(name)
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err := write(bw); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	atWriteStep("synced", path)
	// Renamed while still open, so its lock keeps another run's sweep off
	// it until it has its final name.
	if err := os.Rename(name, path); err != nil {
		return err
	}
	ok = true
	atWriteStep("renamed", path)
	return tmp.Close()
}

// writeStepHook, when a test sets it, is called at each step of an atomic
// write: "created" (an empty temporary file), "synced" (complete, not yet
// renamed) and "renamed" (under its final name). The kill test stops the
// process at a chosen step of a chosen file, so every moment it checks is
// reached, whatever the machine's speed.
var writeStepHook func(step, path string)

func atWriteStep(step, path string) {
	if writeStepHook != nil {
		writeStepHook(step, path)
	}
}

// sameContent reports whether path already holds exactly data, so an
// unchanged output is not rewritten (its mtime then tells when it last
// really changed).
func sameContent(path string, data []byte) bool {
	old, err := os.ReadFile(path)
	return err == nil && bytes.Equal(old, data)
}

// safeBase turns an input's name into an output base name that cannot
// leave the output folder or confuse a shell: no separators, no leading
// dots, no control characters.
func safeBase(name string) (string, error) {
	var b []rune
	for _, r := range name {
		switch {
		case r == '/' || r == '\\' || r == 0 || r < 0x20 || r == 0x7f:
			b = append(b, '_')
		case r == ':' || r == '*' || r == '?' || r == '"' || r == '<' || r == '>' || r == '|':
			b = append(b, '_')
		default:
			b = append(b, r)
		}
	}
	s := string(b)
	for len(s) > 0 && (s[0] == '.' || s[0] == ' ') {
		s = s[1:]
	}
	if s == "" {
		return "", fmt.Errorf("input name %q gives no usable output name", name)
	}
	if len(s) > 200 {
		s = s[:200]
	}
	return s, nil
}

// sweepTemporaries removes the temporary files a killed earlier run left
// behind (writeAtomic's ".name.*.tmp"); they were never complete outputs.
// It leaves those another live run is writing: the shards of a cluster run
// share one output folder, and start while others are mid-write. Such a
// file is locked (lockTemporary) or, in the instant between its creation
// and its lock, younger than sweepGrace.
func sweepTemporaries(dir string) {
	leftovers, _ := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	for _, p := range leftovers {
		st, err := os.Lstat(p)
		if err != nil || !st.Mode().IsRegular() || time.Since(st.ModTime()) < sweepGrace || inUse(p) {
			continue
		}
		os.Remove(p)
	}
}

// sweepGrace is how old a temporary file must be before a sweep removes it.
const sweepGrace = time.Minute
