package report

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

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

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// Parse reads a work report from YAML or JSON (JSON is read as the YAML it
// also is, so both get the same positions in messages). name is used in
// messages only. On failure the error is Errors: every problem found.
func Parse(name string, data []byte) (*Report, error) {
	if len(data) > MaxInputSize {
		return nil, Errors{{File: name, Msg: fmt.Sprintf("file is larger than the limit of %d MiB (a work report's data is far smaller; is this the right file?)", MaxInputSize>>20)}}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if p, bad := firstInvalidUTF8(data); bad {
		p.File = name
		return nil, Errors{p}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, Errors{{File: name, Msg: "file is empty (expected a work report with meta and results; `workreport sample` prints one to start from)"}}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		p := Problem{File: name, Msg: err.Error()}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = "syntax error: " + m[2]
		}
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

// firstInvalidUTF8 finds the first byte that is not UTF-8 and says where.
func firstInvalidUTF8(data []byte) (Problem, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return Problem{Line: line, Col: col, Msg: fmt.Sprintf("byte 0x%02x is not UTF-8 (save the file as UTF-8; GBK/GB18030 files can be converted with iconv -f GB18030 -t UTF-8)", data[i])}, true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	return Problem{}, false
}
