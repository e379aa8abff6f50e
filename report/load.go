package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"
)

// MaxInputSize bounds a data file. The largest real report (the national
// one) is under 200 KB as data; 4 MiB leaves room while stopping a runaway
// file or a hostile one before it costs memory.
const MaxInputSize = 4 << 20

// LoadFile reads and parses one data file (YAML or JSON).
func LoadFile(path string) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxInputSize+1))
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

// Parse reads a work report from YAML or JSON (JSON is read as the YAML it
// also is, so both get the same positions in messages). name is used in
// messages only. On failure the error is Errors: every problem found.
func Parse(name string, data []byte) (*Report, error) {
	if len(data) > MaxInputSize {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is larger than the limit of %d MiB (a work report's data is far smaller; is this the right file?)", MaxInputSize>>20)}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if p, bad := firstBadCharacter(data); bad {
		p.File = name
		return nil, Errors{p}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Errors{{File: name, Msg: "file is empty (expected a work report with meta and results; `workreport sample` prints one to start from)"}}
	}
	root, p, ok := parseOne(data)
	if !ok {
		p.File = name
		return nil, Errors{p}
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	d := &decoder{file: name, where: map[string]position{}}
	var r Report
	d.decode(doc, reflect.ValueOf(&r).Elem(), "")
	// Validate even after decode problems, so one run lists everything;
	// a check that finds trouble where the decoder already complained
	// (a zero value left by a failed decode) would only repeat it.
	complained := map[position]bool{}
	for _, p := range d.problems {
		complained[position{p.Line, p.Col}] = true
	}
	for _, p := range Validate(&r, d) {
		if !complained[position{p.Line, p.Col}] {
			d.problems = append(d.problems, p)
		}
	}
	if len(d.problems) > 0 {
		sort.SliceStable(d.problems, func(i, j int) bool {
			a, b := d.problems[i], d.problems[j]
			return a.Line < b.Line || (a.Line == b.Line && a.Col < b.Col)
		})
		return nil, d.problems
	}
	return &r, nil
}

// NewLocator reads where every field of a YAML or JSON data file was
// written, for messages about a report that Parse already loaded from it
// (CheckSource's). A file that does not parse gives a locator of paths.
func NewLocator(name string, data []byte) Locator {
	var root yaml.Node
	if len(data) > MaxInputSize || yaml.Unmarshal(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), &root) != nil {
		return PlaceByPath(name)
	}
	doc := &root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	d := &decoder{file: name, where: map[string]position{}}
	var r Report
	d.decode(doc, reflect.ValueOf(&r).Elem(), "")
	return d
}

// PlaceByPath is a Locator that places problems by file and field path
// alone, for inputs that keep no positions.
func PlaceByPath(file string) Locator { return pathLocator{file: file} }

// Locate places a field path at the line and column it was written, or at
// its nearest enclosing field that was written.
func (d *decoder) Locate(path string) (Problem, bool) {
	p := Problem{File: d.file}
	for q := path; ; {
		if pos, ok := d.where[q]; ok {
			p.Line, p.Col = pos.line, pos.col
			return p, q == path
		}
		i := strings.LastIndexAny(q, ".[")
		if i < 0 {
			return p, false
		}
		q = q[:i]
	}
}

// KeyWritten reports whether the data file wrote path's key.
func (d *decoder) KeyWritten(path string) bool {
	_, ok := d.where[path]
	return ok
}
