package sheets

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"workreport/report"
	"workreport/samples"
)

// needTool fails the test when a client it checks against is missing,
// naming the Debian package that provides it.
func needTool(t testing.TB, tool, pkg string) string {
	t.Helper()
	p, err := exec.LookPath(tool)
	if err != nil {
		t.Fatalf("%s not found: install %s (apt-get install -y %s)", tool, pkg, pkg)
	}
	return p
}

// needOpenpyxl fails the test unless /usr/bin/python3 can import openpyxl.
func needOpenpyxl(t testing.TB) string {
	t.Helper()
	py := "/usr/bin/python3"
	if out, err := exec.Command(py, "-c", "import openpyxl").CombinedOutput(); err != nil {
		t.Fatalf("openpyxl not importable by %s: install python3-openpyxl (apt-get install -y python3-openpyxl): %v\n%s", py, err, out)
	}
	return py
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
