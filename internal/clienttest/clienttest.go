// Package clienttest finds the real clients that tests check outputs with
// (pdftotext, qpdf, LibreOffice, Python's openpyxl…).
//
// A test that needs a client the machine lacks is skipped, with the Debian
// package to install in the skip message, so `go test ./...` passes on a
// machine with only Go. When WORKREPORT_CLIENT_TESTS=1 (CI sets it, after
// .ci/install-test-tools) a missing client fails the test instead: CI never
// passes by skipping.
package clienttest

import (
	"os"
	"os/exec"
	"sync"
	"testing"
)

// Required reports whether missing clients fail tests rather than skip them.
func Required() bool { return os.Getenv("WORKREPORT_CLIENT_TESTS") == "1" }

// missing skips or fails t for a client that is not there.
func missing(t testing.TB, what, debianPackage string, detail string) {
	t.Helper()
	msg := what + " not found: install " + debianPackage + " (apt-get install -y " + debianPackage + ", or .ci/install-test-tools)"
	if detail != "" {
		msg += ": " + detail
	}
	if Required() {
		t.Fatal(msg + " [WORKREPORT_CLIENT_TESTS=1]")
	}
	t.Skip(msg)
}

// Tool returns the path of a command-line client, or skips (fails under
// WORKREPORT_CLIENT_TESTS=1) naming the Debian package that provides it.
func Tool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		missing(t, name, debianPackage, "")
	}
	return path
}

// Python is the interpreter whose Debian packages the tests use; a
// virtualenv's python3 first on the PATH would not see python3-openpyxl.
const Python = "/usr/bin/python3"

var pyModules sync.Map // module name → error of importing it (nil when importable)

// PythonModule returns Python once it can import module, or skips (fails
// under WORKREPORT_CLIENT_TESTS=1) naming the Debian package to install.
func PythonModule(t testing.TB, module, debianPackage string) string {
	t.Helper()
	v, ok := pyModules.Load(module)
	if !ok {
		out, err := exec.Command(Python, "-c", "import "+module).CombinedOutput()
		var res error
		if err != nil {
			res = &importError{err: err, out: string(out)}
		}
		v, _ = pyModules.LoadOrStore(module, res)
	}
	if err, _ := v.(error); err != nil {
		missing(t, "Python module "+module+" for "+Python, debianPackage, err.Error())
	}
	return Python
}

type importError struct {
	err error
	out string
}

func (e *importError) Error() string { return e.err.Error() + ": " + e.out }
