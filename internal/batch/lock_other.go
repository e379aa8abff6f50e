//go:build !unix

package batch

import "os"

// lockTemporary: no flock here; sweepGrace alone protects a temporary file
// another run is writing.
func lockTemporary(f *os.File) {}

func inUse(path string) bool { return false }
