package pdf

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/workreport/workreport/internal/clienttest"
)

// needTool returns the path of a client, or skips naming the Debian package
// to install (fails instead under WORKREPORT_CLIENT_TESTS=1).
func needTool(t testing.TB, name, debianPackage string) string {
	t.Helper()
	return clienttest.Tool(t, name, debianPackage)
}

// run runs a tool on a PDF and returns its standard output.
func run(t testing.TB, pkg, name string, args ...string) []byte {
	t.Helper()
	path := needTool(t, name, pkg)
	cmd := exec.Command(path, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %v: %v\n%s%s", name, args, err, out, stderr.Bytes())
	}
	return out
}

// writeTemp writes a PDF to a temporary file for the tools to read.
func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name+".pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func pdftotext(t testing.TB, file string, args ...string) string {
	return string(run(t, "poppler-utils", "pdftotext", append(append([]string{"-enc", "UTF-8"}, args...), file, "-")...))
}

func fmtSscan(s string, v *float64) {
	if _, err := fmt.Sscan(s, v); err != nil {
		panic(err)
	}
}
