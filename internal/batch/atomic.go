package batch

import (
	"bufio"
	"bytes"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
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
	tmp, err := createLocked(dir, "."+base+".*.tmp")
	if err != nil {
		return err
	}
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
// really changed). Whatever else is at path (a pipe, a folder, a longer
// file) is not read, and is replaced.
func sameContent(path string, data []byte) bool {
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() != int64(len(data)) {
		return false
	}
	old, err := readRegular(path, int64(len(data)))
	return err == nil && bytes.Equal(old, data)
}

// createLocked creates a temporary file (os.CreateTemp's pattern) and
// locks it (lockTemporary). A sweep by another run may remove the file in
// the instant between the two; then the file is made again, so a locked
// file under its name is what the caller gets, and a sweep may remove any
// unlocked temporary at once.
func createLocked(dir, pattern string) (*os.File, error) {
	for attempt := 0; ; attempt++ {
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		locked := lockTemporary(f)
		st, err1 := f.Stat()
		st2, err2 := os.Lstat(f.Name())
		if !locked || err1 == nil && err2 == nil && os.SameFile(st, st2) || attempt == 3 {
			return f, nil
		}
		f.Close()
	}
}

// sweepTemporaries removes, everywhere under the output folder dir, the
// temporary files a killed earlier run left behind (writeAtomic's
// ".name.*.tmp"); they were never complete outputs. It leaves those
// another live run is writing (the shards of a cluster run share one
// output folder, and start while others are mid-write): such a file is
// locked from the moment it has its name (createLocked). On a file system
// without locks, where a live run's file cannot be told from a dead one's,
// only those older than sweepGrace are removed.
func sweepTemporaries(dir string) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() ||
			!strings.HasPrefix(d.Name(), ".") || !strings.HasSuffix(d.Name(), ".tmp") {
			return nil
		}
		held, known := inUse(p)
		if held {
			return nil
		}
		if !known {
			if st, err := d.Info(); err != nil || time.Since(st.ModTime()) < sweepGrace {
				return nil
			}
		}
		os.Remove(p)
		return nil
	})
}

// sweepGrace is how old a temporary file must be before a sweep removes it
// on a file system without locks.
const sweepGrace = time.Minute
