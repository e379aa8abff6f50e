//go:build unix

package batch

import (
	"os"
	"syscall"
)

// lockTemporary marks f, a temporary output being written, as in use: an
// exclusive flock held until f is closed, or its process dies. Best effort:
// a file system without locks leaves only sweepGrace to protect it.
func lockTemporary(f *os.File) {
	if rc, err := f.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) { _ = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) })
	}
}

// inUse reports whether a live process holds the lock of the temporary
// file at path: another run writing into the same folder (the shards of a
// cluster run share one output volume).
func inUse(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	held := false
	if rc, err := f.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) {
			held = syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) == syscall.EWOULDBLOCK
		})
	}
	return held
}
