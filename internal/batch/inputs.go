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
	// Rel names the input in logs, the run summary and the run state: the
	// path relative to the folder or glob root it was found under.
	Rel string
	// Out is where its outputs go, relative to the output folder, without
	// the extension: Rel's folders and name without its extension, each
	// made safe (outputName). Run sets it when it is empty.
	Out string
	// data holds an embedded input's bytes.
	data []byte
}

// Embedded is an input whose bytes are compiled into the binary.
func Embedded(name string, data []byte) Input {
	return Input{Rel: name, data: data}
}

// inputExts are the kinds of file a folder walk or a glob takes. A report's
// text (.txt, .docx, .html) is read only when named as a file: a folder
// of data may hold notes and pages that are not reports.
var inputExts = map[string]bool{".yaml": true, ".yml": true, ".json": true, ".xlsx": true}

// IsInput reports whether a file name has an extension batch reads.
func IsInput(name string) bool { return inputExts[strings.ToLower(filepath.Ext(name))] }

// Find expands the arguments of a command into inputs: a file is itself, a
// folder is every input file under it, anything with glob characters is
// matched with ** support. The result is sorted by Rel and has no file
// twice.
//
// Walks and globs pass over hidden files and folders and never follow a
// link to a folder (so a link to "." or ".." cannot make a tree endless or
// lead out of it); a link to a file is read like the file. Files under
// skipDir (the output folder) are never inputs, so a run over a tree that
// holds its own outputs does not read them back; an argument that is the
// output folder, or inside it, is an error, and so is one that yields no
// input.
func Find(args []string, skipDir string) ([]Input, error) {
	skipAbs := ""
	if skipDir != "" {
		skipAbs = realAbs(skipDir)
	}
	under := func(path string) bool {
		if skipAbs == "" {
			return false
		}
		abs := realAbs(path)
		return abs == skipAbs || strings.HasPrefix(abs, skipAbs+string(filepath.Separator))
	}
	seen := map[string]bool{}
	var out []Input
	add := func(path, rel string) {
		abs, _ := filepath.Abs(path)
		if seen[abs] {
			return
		}
		seen[abs] = true
		out = append(out, Input{Path: path, Rel: filepath.ToSlash(rel)})
	}
	// folderLink reports whether path is a link to a folder, which a walk
	// or glob does not follow.
	folderLink := func(path string) bool {
		st, err := os.Stat(path)
		return err == nil && st.IsDir()
	}
	for _, arg := range args {
		if strings.ContainsAny(arg, "*?[{") {
			root, pattern := doublestar.SplitPattern(filepath.ToSlash(arg))
			if under(root) {
				return nil, insideOut(arg, skipDir)
			}
			matches, err := doublestar.Glob(os.DirFS(root), pattern,
				doublestar.WithFilesOnly(), doublestar.WithNoFollow(), doublestar.WithNoHidden())
			if err != nil {
				return nil, fmt.Errorf("%s: bad pattern: %w", arg, err)
			}
			if len(matches) == 0 {
				return nil, fmt.Errorf("%s: no file matches", arg)
			}
			n := len(out)
			for _, m := range matches {
				p := filepath.Join(root, filepath.FromSlash(m))
				if !IsInput(m) || under(p) {
					continue
				}
				if st, err := os.Lstat(p); err == nil && st.Mode()&fs.ModeSymlink != 0 && folderLink(p) {
					continue
				}
				add(p, m)
			}
			if len(out) == n {
				return nil, fmt.Errorf("%s: no .yaml, .yml, .json or .xlsx file matches (hidden files, links to folders and the output folder are passed over)", arg)
			}
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			return nil, err
		}
		if under(arg) {
			return nil, insideOut(arg, skipDir)
		}
		if !st.IsDir() {
			add(arg, filepath.Base(arg))
			continue
		}
		// A folder named through a link is walked: the user named it.
		root := arg
		if resolved, err := filepath.EvalSymlinks(arg); err == nil {
			root = resolved
		}
		n := len(out)
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if path != root && strings.HasPrefix(d.Name(), ".") || under(path) {
					return filepath.SkipDir
				}
				return nil
			}
			if !IsInput(d.Name()) || strings.HasPrefix(d.Name(), ".") || strings.HasPrefix(d.Name(), "~$") {
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 && folderLink(path) {
				return nil
			}
			rel, _ := filepath.Rel(root, path)
			add(filepath.Join(arg, rel), rel)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no .yaml, .yml, .json or .xlsx file under this folder (hidden files, links to folders and the output folder are passed over)", arg)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Rel < out[j].Rel })
	return out, nil
}

func insideOut(arg, out string) error {
	if realAbs(arg) == realAbs(out) {
		return fmt.Errorf("%s: is the output folder (--out %s) too; give the outputs a folder of their own, such as --out out", arg, out)
	}
	return fmt.Errorf("%s: is inside the output folder %s, whose files a run never reads back; move it out, or choose another --out", arg, out)
}

// realAbs is path made absolute, with its links resolved as far as they
// exist.
func realAbs(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	// The path does not exist yet (an output folder to be made): resolve
	// its nearest existing parent.
	dir, base := filepath.Split(abs)
	if dir = filepath.Clean(dir); dir != abs {
		return filepath.Join(realAbs(dir), base)
	}
	return abs
}
