//go:build !unix

package batch

import "os"

// lockTemporary: no flock here; sweepGrace alone protects a temporary file
// another run is writing.
func lockTemporary(f *os.File) bool { return false }

func inUse(path string) (held, known bool) { return false, false }
