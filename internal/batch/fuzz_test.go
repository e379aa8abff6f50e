package batch

import (
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzOutputName: whatever an input is called, its output name stays under
// the output folder (no "..", no absolute path, no empty or hidden part),
// is valid UTF-8, and each part fits a file name with room for the
// extension and the temporary file's suffix.
func FuzzOutputName(f *testing.F) {
	for _, s := range []string{"a.yaml", "sub/a.b.json", "../../etc/passwd", ".hidden/x.yaml", "c:d/e|f.xlsx",
		strings.Repeat("海", 80) + ".yaml", "a/./b/../c.yml", "\xff\xfe.yaml", "/.yaml", "x\x00y.json", " . /a.yaml"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, rel string) {
		out, err := outputName(rel)
		if err != nil {
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error of several lines: %q", err)
			}
			return
		}
		if !utf8.ValidString(out) || out == "" || path.IsAbs(out) || path.Clean(out) != out {
			t.Fatalf("outputName(%q) = %q", rel, out)
		}
		for _, part := range strings.Split(out, "/") {
			if part == "" || part == "." || part == ".." || strings.HasPrefix(part, ".") || len(part) > maxNameBytes ||
				strings.ContainsAny(part, "\\:*?\"<>|\x00") {
				t.Fatalf("outputName(%q) = %q: part %q", rel, out, part)
			}
		}
	})
}

// FuzzFind: a glob pattern, or a tree whose shape the fuzzer chooses
// (folders, files, links to ".", "..", other folders and files, pipes),
// never makes Find hang, panic, follow a link to a folder or leave the
// root, and whatever it finds, Run refuses or writes without a clash.
func FuzzFind(f *testing.F) {
	f.Add("**/*.yaml", "a.yaml sub/b.yaml sub/up->.. self->. p.yaml|")
	f.Add("*/*.{yaml,json}", "x/a.json x/b.yaml x/l->../x")
	f.Add("[", "a.yaml")
	f.Add("", "a.yaml A.yaml a.json d/a.yaml")
	f.Fuzz(func(t *testing.T, pattern, tree string) {
		if len(tree) > 300 || len(pattern) > 100 || strings.Contains(pattern, "..") || strings.HasPrefix(pattern, "/") {
			return
		}
		root := t.TempDir()
		made := 0
		for _, item := range strings.Fields(tree) {
			if made++; made > 12 || strings.Contains(item, "\x00") {
				break
			}
			name, target, link := strings.Cut(item, "->")
			p := filepath.Join(root, filepath.Clean("/"+strings.TrimSuffix(name, "|")))
			if p == root || !utf8.ValidString(p) {
				continue
			}
			os.MkdirAll(filepath.Dir(p), 0o755)
			switch {
			case link:
				os.Symlink(target, p)
			case strings.HasSuffix(name, "|"):
				syscall.Mkfifo(p, 0o644)
			case strings.HasSuffix(name, "/"):
				os.MkdirAll(p, 0o755)
			default:
				os.WriteFile(p, []byte("x"), 0o644)
			}
		}
		arg := root
		if pattern != "" {
			arg = filepath.Join(root, pattern)
		}
		done := make(chan []Input, 1)
		go func() {
			inputs, _ := Find([]string{arg}, filepath.Join(root, "out"))
			done <- inputs
		}()
		var inputs []Input
		select {
		case inputs = <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("Find(%q) over %q hangs", pattern, tree)
		}
		seen := map[string]bool{}
		for _, in := range inputs {
			if seen[in.Rel] || slices.Contains(strings.Split(in.Rel, "/"), "..") || !strings.HasPrefix(in.Path, root) {
				t.Fatalf("input %+v", in)
			}
			seen[in.Rel] = true
			if st, err := os.Stat(in.Path); err == nil && st.IsDir() {
				t.Fatalf("a folder as input: %+v", in)
			}
			if strings.Count(in.Rel, "/") > 12 {
				t.Fatalf("followed a link: %+v", in)
			}
		}
		results := make([]Result, len(inputs))
		named := nameOutputs(inputs)
		if err := claimOutputs(named, results, formats, Options{OutDir: filepath.Join(root, "out")}); err != nil {
			return
		}
		owners := map[string]string{}
		for i, in := range named {
			if results[i].Status != "" {
				continue
			}
			key := shardKey(in.Out)
			if first, ok := owners[key]; ok {
				t.Fatalf("%s and %s both write %s", first, in.Rel, in.Out)
			}
			owners[key] = in.Rel
		}
	})
}

// FuzzRunRecords: whatever bytes a run summary or the run state hold, the
// readers neither panic nor hang, a run over them completes, and the
// index either has every report or is refused.
func FuzzRunRecords(f *testing.F) {
	f.Add([]byte(`{"tool":"workreport","results":[{"input":"a.yaml","status":"written","meta":{"title":"t","headlines":[{"name":"x","value":1}]}}]}`), []byte(`{"a.yaml":"00"}`))
	f.Add([]byte(`{"results":[`), []byte(`{`))
	f.Add([]byte(`{"results":[{"meta":{"headlines":"x"}}]}`), []byte(`[]`))
	f.Add([]byte(`{"results":[]}{}`), []byte(`{"a.yaml":1}`))
	f.Fuzz(func(t *testing.T, summary, state []byte) {
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, SummaryFile), summary, 0o644)
		os.WriteFile(filepath.Join(dir, stateFile), state, 0o644)
		readState(dir)
		spool, err := openSpool(dir)
		if err != nil {
			t.Fatal(err)
		}
		defer spool.close()
		readSummaries([]string{filepath.Join(dir, SummaryFile)}, spool, true)
		readSummaries([]string{filepath.Join(dir, SummaryFile)}, spool, false)
		WriteIndex(dir, nil)
	})
}

// FuzzParseShard: ParseShard accepts exactly K/N with 0 ≤ K < N, and a
// shard it accepts prints back as it was read.
func FuzzParseShard(f *testing.F) {
	for _, s := range []string{"3/16", "0/1", "16/16", "-1/4", "a/b", "1/0", "+1/2", "01/2", "9223372036854775807/9223372036854775807"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		sh, err := ParseShard(s)
		if err != nil {
			return
		}
		if sh.K < 0 || sh.N < 1 || sh.K >= sh.N {
			t.Fatalf("ParseShard(%q) = %+v", s, sh)
		}
		again, err := ParseShard(sh.String())
		if err != nil || again != sh {
			t.Fatalf("ParseShard(%q) = %v; its String %q reads back as %v, %v", s, sh, sh.String(), again, err)
		}
	})
}
