//go:build unix

package batch

import (
	"os"
	"syscall"
)

// lockTemporary marks f, a temporary output being written, as in use: an
// exclusive flock held until f is closed, or its process dies. It waits
// while another run's sweep holds the lock for the instant it takes to
// remove the file (createLocked then makes another). It reports whether
// the lock was taken; a file system without locks leaves only sweepGrace
// to protect the file.
func lockTemporary(f *os.File) bool {
	locked := false
	if rc, err := f.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) {
			for {
				err := syscall.Flock(int(fd), syscall.LOCK_EX)
				if err != syscall.EINTR {
					locked = err == nil
					return
				}
			}
		})
	}
	return locked
}

// inUse reports whether a live process holds the lock of the temporary
// file at path (another run writing into the same folder: the shards of a
// cluster run share one output volume), and whether that could be known:
// not on a file system without locks.
func inUse(path string) (held, known bool) {
	f, err := openNonBlocking(path)
	if err != nil {
		return false, false
	}
	defer f.Close()
	if rc, err := f.SyscallConn(); err == nil {
		rc.Control(func(fd uintptr) {
			switch syscall.Flock(int(fd), syscall.LOCK_EX|syscall.LOCK_NB) {
			case nil:
				known = true
			case syscall.EWOULDBLOCK:
				held, known = true, true
			}
		})
	}
	return held, known
}
