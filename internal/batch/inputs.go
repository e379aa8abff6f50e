package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Input is one data file to turn into outputs.
type Input struct {
	// Path is where the file is read from; empty for an embedded sample.
	Path string
	// Rel names the input in logs, the run summary and for sharding: the
	// path relative to the folder or glob root it was found under.
	Rel string
	// Base is the output base name: the file name without its extension.
	Base string
	// data holds an embedded input's bytes.
	data []byte
}

// Embedded is an input whose bytes are compiled into the binary.
func Embedded(name string, data []byte) Input {
	return Input{Rel: name, Base: name, data: data}
}

// inputExts are the kinds of file batch reads.
var inputExts = map[string]bool{".yaml": true, ".yml": true, ".json": true, ".xlsx": true}

// IsInput reports whether a file name has an extension batch reads.
func IsInput(name string) bool { return inputExts[strings.ToLower(filepath.Ext(name))] }

// Find expands the arguments of a command into inputs: a file is itself, a
// folder is every input file under it (hidden folders skipped), anything
// with glob characters is matched with ** support. Files under skipDir
// (the output folder) are never inputs, so a run over a tree that holds
// its own outputs does not read them back. The result is sorted by Rel and
// has no duplicates.
func Find(args []string, skipDir string) ([]Input, error) {
	skipAbs := ""
	if skipDir != "" {
		skipAbs, _ = filepath.Abs(skipDir)
	}
	skipped := func(path string) bool {
		if skipAbs == "" {
			return false
		}
		abs, err := filepath.Abs(path)
		return err == nil && (abs == skipAbs || strings.HasPrefix(abs, skipAbs+string(filepath.Separator)))
	}
	seen := map[string]bool{}
	var out []Input
	add := func(path, rel string) {
		abs, _ := filepath.Abs(path)
		if seen[abs] || skipped(path) {
			return
		}
		seen[abs] = true
		name := filepath.Base(path)
		out = append(out, Input{Path: path, Rel: filepath.ToSlash(rel), Base: strings.TrimSuffix(name, filepath.Ext(name))})
	}
	for _, arg := range args {
		if strings.ContainsAny(arg, "*?[{") {
			root, pattern := doublestar.SplitPattern(filepath.ToSlash(arg))
			matches, err := doublestar.Glob(os.DirFS(root), pattern, doublestar.WithFilesOnly())
			if err != nil {
				return nil, fmt.Errorf("%s: bad pattern: %w", arg, err)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("%s: no file matches", arg)
			}
			for _, m := range matches {
				if IsInput(m) {
					add(filepath.Join(root, m), m)
				}
			}
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if !st.IsDir() {
			add(arg, filepath.Base(arg))
			continue
		}
		err = filepath.WalkDir(arg, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != arg && strings.HasPrefix(d.Name(), ".") || skipped(path) {
					return filepath.SkipDir
				}
				return nil
			}
			if IsInput(d.Name()) && !strings.HasPrefix(d.Name(), ".") && !strings.HasPrefix(d.Name(), "~$") {
				rel, _ := filepath.Rel(arg, path)
				add(path, rel)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rel < out[j].Rel })
	return out, nil
}
