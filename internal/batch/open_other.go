//go:build !unix

package batch

import "os"

func openNonBlocking(path string) (*os.File, error) { return os.Open(path) }
