//go:build unix

package batch

import (
	"os"
	"syscall"
)

// openNonBlocking opens path for reading without waiting for a pipe's
// writer or a device's carrier: O_NONBLOCK changes nothing for a regular
// file, and readRegular refuses anything else before reading.
func openNonBlocking(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}
