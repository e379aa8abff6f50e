package sheets

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/workreport/workreport/internal/clienttest"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// needTool returns the path of a client, or skips naming the Debian package
// to install (fails instead under WORKREPORT_CLIENT_TESTS=1).
func needTool(t testing.TB, tool, pkg string) string {
	t.Helper()
	return clienttest.Tool(t, tool, pkg)
}

// needOpenpyxl returns the Python that imports openpyxl, or skips naming
// python3-openpyxl (fails instead under WORKREPORT_CLIENT_TESTS=1).
func needOpenpyxl(t testing.TB) string {
	t.Helper()
	return clienttest.PythonModule(t, "openpyxl", "python3-openpyxl")
}

// loadSample loads one of the shipped samples.
func loadSample(t testing.TB, name string) *report.Report {
	t.Helper()
	r, err := samples.Load(name)
	if err != nil {
		t.Fatalf("sample %s: %v", name, err)
	}
	return r
}

// writeBook renders r and returns the bytes.
func writeBook(t testing.TB, r *report.Report) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := Write(&buf, r, Options{}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// writeFile renders r into dir/name.xlsx and returns the path.
func writeFile(t testing.TB, dir, name string, r *report.Report) string {
	t.Helper()
	p := filepath.Join(dir, name+".xlsx")
	if err := os.WriteFile(p, writeBook(t, r), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
