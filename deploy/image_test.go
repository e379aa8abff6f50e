// Package deploy holds the tests of the container image and its binary; the
// manifests beside them are checked from internal/commands, which knows
// the command line.
package deploy

import (
	"archive/tar"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/workreport/workreport/internal/clienttest"
)

var static struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// staticBinary builds the binary as every build path does (CGO_ENABLED=0),
// once per test process.
func staticBinary(t *testing.T) string {
	t.Helper()
	static.once.Do(func() {
		dir, err := os.MkdirTemp("", "workreport-static-")
		if err != nil {
			static.err = err
			return
		}
		static.path = filepath.Join(dir, "workreport")
		cmd := exec.Command("go", "build", "-trimpath", "-o", static.path, ".")
		cmd.Dir = ".." // the module root: the command
		cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
		static.out, static.err = cmd.CombinedOutput()
	})
	if static.err != nil {
		t.Fatalf("go build: %v\n%s", static.err, static.out)
	}
	return static.path
}

// TestStaticBinary: the binary CGO_ENABLED=0 builds is statically linked,
// so the image needs no libc, and it runs.
func TestStaticBinary(t *testing.T) {
	t.Parallel()
	bin := staticBinary(t)
	desc, err := exec.Command(clienttest.Tool(t, "file", "file"), bin).CombinedOutput()
	if err != nil || !strings.Contains(string(desc), "statically linked") {
		t.Errorf("file %s: %v: %s", bin, err, desc)
	}
	if out, err := exec.Command(bin, "--version").CombinedOutput(); err != nil {
		t.Errorf("%s --version: %v\n%s", bin, err, out)
	}
}

// TestContainerImage builds the image from deploy/Containerfile.prebuilt
// (FROM scratch: nothing to pull) with podman, checks it holds the static
// binary alone, runs as 65532 and has the binary as entrypoint, then runs
// `generate` in it. Where podman cannot start containers (a sandbox that
// forbids setrlimit or cgroups), the image's exported file system is run
// with chroot as user 65532 instead, and the test says so.
func TestContainerImage(t *testing.T) {
	t.Parallel()
	podman := clienttest.Tool(t, "podman", "podman")
	bin := staticBinary(t)
	// The final stage of the Dockerfile and the prebuilt Containerfile agree.
	final := func(path string) []string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		s := string(data)
		s = s[strings.LastIndex(s, "\nFROM scratch"):]
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") && !strings.HasPrefix(l, "COPY") {
				lines = append(lines, l)
			}
		}
		return lines
	}
	if a, b := final("Dockerfile"), final("Containerfile.prebuilt"); strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Errorf("final stages differ:\n%q\n%q", a, b)
	}
	ctxDir := t.TempDir()
	data, _ := os.ReadFile(bin)
	os.WriteFile(filepath.Join(ctxDir, "workreport"), data, 0o755)
	tag := "localhost/workreport-test:" + filepath.Base(ctxDir)
	podmanDo := func(args ...string) ([]byte, error) {
		var stderr bytes.Buffer
		cmd := exec.Command(podman, args...)
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if err != nil {
			return append(out, stderr.Bytes()...), err
		}
		return out, nil
	}
	if out, err := podmanDo("build", "-q", "-f", "Containerfile.prebuilt", "-t", tag, ctxDir); err != nil {
		t.Fatalf("podman build: %v\n%s", err, out)
	}
	t.Cleanup(func() { podmanDo("rmi", "-f", tag) })
	out, err := podmanDo("image", "inspect", "--format", "{{.Config.User}} {{json .Config.Entrypoint}}", tag)
	if err != nil || strings.TrimSpace(string(out)) != `65532:65532 ["/usr/local/bin/workreport"]` {
		t.Errorf("image config: %q, %v", out, err)
	}
	// Its file system: the binary, nothing else.
	cid, err := podmanDo("create", tag)
	if err != nil {
		t.Fatalf("podman create: %v\n%s", err, cid)
	}
	id := strings.TrimSpace(string(cid))
	defer podmanDo("rm", id)
	exported, err := podmanDo("export", id)
	if err != nil {
		t.Fatalf("podman export: %v", err)
	}
	rootfs := t.TempDir()
	tr := tar.NewReader(bytes.NewReader(exported))
	var files []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		files = append(files, h.Name)
		body, _ := io.ReadAll(tr)
		p := filepath.Join(rootfs, h.Name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, body, 0o755)
		if !bytes.Equal(body, data) {
			t.Errorf("%s in the image is not the binary built", h.Name)
		}
	}
	if strings.Join(files, " ") != "usr/local/bin/workreport" {
		t.Errorf("files in the image: %q", files)
	}
	// Run it.
	dataDir := t.TempDir()
	os.Chmod(dataDir, 0o777)
	out, err = podmanDo("run", "--rm", "--network", "none", "--read-only", "-v", dataDir+":/data", tag, "generate", "-q", "--out", "/data/out")
	ran := "podman run"
	if err != nil && strings.Contains(string(out), "OCI") {
		t.Logf("podman cannot start containers here (%s); running the image's file system with chroot instead", strings.TrimSpace(string(out)))
		if os.Geteuid() != 0 {
			t.Skip("chroot needs root")
		}
		os.MkdirAll(filepath.Join(rootfs, "data"), 0o777)
		os.Chmod(filepath.Join(rootfs, "data"), 0o777)
		dataDir = filepath.Join(rootfs, "data")
		out, err = exec.Command("chroot", "--userspec=65532:65532", rootfs, "/usr/local/bin/workreport", "generate", "-q", "--out", "/data/out").CombinedOutput()
		ran = "chroot"
	}
	if err != nil {
		t.Fatalf("%s: %v\n%s", ran, err, out)
	}
	for _, o := range []string{"hailar-2025.pdf", "hailar-2025.xlsx"} {
		if st, err := os.Stat(filepath.Join(dataDir, "out", o)); err != nil || st.Size() == 0 {
			t.Errorf("%s: %s not written: %v", ran, o, err)
		}
	}
}
