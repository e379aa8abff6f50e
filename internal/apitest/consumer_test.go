package apitest

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

const modulePath = "github.com/workreport/workreport"

// consumerMain uses every public package: the model and its loading, both
// renderers, the reader of edited workbooks and the samples.
const consumerMain = `package main

import (
	"bytes"
	"fmt"
	"log"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/report/pdf"
	"github.com/workreport/workreport/samples"
	"github.com/workreport/workreport/sheets"
)

func main() {
	data, err := samples.Bytes(samples.Default)
	if err != nil {
		log.Fatal(err)
	}
	r, err := report.Parse("sample.yaml", data)
	if err != nil {
		log.Fatal(err)
	}
	var doc, book bytes.Buffer
	if _, err := pdf.Render(&doc, r, pdf.Options{}); err != nil {
		log.Fatal(err)
	}
	if _, err := sheets.Write(&book, r, sheets.Options{}); err != nil {
		log.Fatal(err)
	}
	back, err := sheets.Read("sample.xlsx", book.Bytes())
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(back.Meta.Region, bytes.HasPrefix(doc.Bytes(), []byte("%PDF-")))
}
`

// TestSeparateModuleBuildsWithOnlyARequire builds a program in a module of
// its own whose go.mod has only a require line for this module — no
// replace, no workspace — as `go get` would give it. The module is served
// from a file proxy made of this working tree, and every other module from
// the local module cache (the network only for what it lacks).
func TestSeparateModuleBuildsWithOnlyARequire(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a separate module")
	}
	t.Parallel()
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on the PATH")
	}
	root := moduleRoot(t)
	gomod, err := os.ReadFile(filepath.Join(root, "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(gomod, []byte("\nreplace ")) || bytes.HasPrefix(gomod, []byte("replace ")) {
		t.Fatalf("go.mod has a replace directive: a program that requires this module would not get it")
	}
	envOut, err := exec.Command(goBin, "env", "GOMODCACHE", "GOPROXY").Output()
	if err != nil {
		t.Fatal(err)
	}
	goEnv := strings.Split(strings.TrimSpace(string(envOut)), "\n")
	realCache, upstreamProxy := goEnv[0], goEnv[len(goEnv)-1]

	// A version of its own per run: the consumer uses the machine's module
	// cache (so the modules this one needs are found there and their
	// compiled packages in the build cache), and this version is removed
	// from it when the test ends.
	version := "v0.0.0-" + time.Now().UTC().Format("20060102150405") + "-" + strconv.FormatInt(int64(os.Getpid())%1000000, 10) + "000000"
	t.Cleanup(func() { removeFromCache(realCache, version) })
	proxy := t.TempDir()
	vdir := filepath.Join(proxy, modulePath, "@v")
	if err := os.MkdirAll(vdir, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(vdir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("list", []byte(version+"\n"))
	write(version+".info", []byte(`{"Version":"`+version+`","Time":"2026-12-06T00:00:00Z"}`))
	write(version+".mod", gomod)
	write(version+".zip", moduleZip(t, root, modulePath+"@"+version))

	consumer := t.TempDir()
	if err := os.WriteFile(filepath.Join(consumer, "go.mod"), []byte("module example.com/consumer\n\ngo 1.26\n\nrequire "+modulePath+" "+version+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(consumer, "main.go"), []byte(consumerMain), 0o644); err != nil {
		t.Fatal(err)
	}
	env := append(os.Environ(),
		// This module from the file proxy; the others from the module
		// cache, and from the usual proxy for anything the cache lacks.
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(filepath.Join(realCache, "cache", "download"))+","+upstreamProxy,
		"GOFLAGS=-mod=mod",
		"GOSUMDB=off",
		"GOWORK=off",
		"GOTOOLCHAIN=local",
	)
	run := func(args ...string) []byte {
		t.Helper()
		cmd := exec.Command(goBin, args...)
		cmd.Dir = consumer
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
		return out
	}
	run("mod", "tidy")
	run("build", "-o", "consumer", ".")
	cmd := exec.Command(filepath.Join(consumer, "consumer"))
	out, err := cmd.CombinedOutput()
	if err != nil || strings.TrimSpace(string(out)) != "海拉尔区 true" {
		t.Fatalf("the consumer ran with %v:\n%s", err, out)
	}
}

// removeFromCache deletes what the test put into the module cache: the
// extracted module (read-only, as the go command leaves it) and its
// downloaded files.
func removeFromCache(cache, version string) {
	dir := filepath.Join(cache, modulePath+"@"+version)
	filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			os.Chmod(path, 0o755)
		}
		return nil
	})
	os.RemoveAll(dir)
	dl, _ := filepath.Glob(filepath.Join(cache, "cache", "download", modulePath, "@v", version+".*"))
	for _, p := range dl {
		os.Remove(p)
	}
}

// moduleRoot is the folder of this module's go.mod.
func moduleRoot(t *testing.T) string {
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test")
		}
		dir = parent
	}
}

// moduleZip is the module as the Go proxy protocol serves it: every file of
// the tree under prefix/, without version control data and without
// folders that are modules of their own or would not be published.
func moduleZip(t *testing.T, root, prefix string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			if rel != "." {
				name := d.Name()
				if strings.HasPrefix(name, ".") || name == "node_modules" || name == "vendor" || name == "out" {
					return filepath.SkipDir
				}
				if _, err := os.Stat(filepath.Join(path, "go.mod")); err == nil {
					return filepath.SkipDir
				}
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		w, err := zw.Create(prefix + "/" + filepath.ToSlash(rel))
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	})
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
