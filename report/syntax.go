package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseOne parses data as exactly one YAML document (a JSON file is one
// too). What follows the document — garbage after a JSON object, a second
// object, a second YAML document after --- — is refused at its line and
// column: strict loading reads the whole file or nothing. A file of
// comments alone gives an empty node.
func parseOne(data []byte) (yaml.Node, Problem, bool) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var root yaml.Node
	if err := dec.Decode(&root); err != nil {
		if errors.Is(err, io.EOF) {
			return yaml.Node{}, Problem{}, true
		}
		p := Problem{Msg: err.Error()}
		if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
			p.Line, _ = strconv.Atoi(m[1])
			p.Msg = "syntax error: " + m[2]
		}
		return root, p, false
	}
	var next yaml.Node
	err := dec.Decode(&next)
	switch {
	case errors.Is(err, io.EOF):
		return root, Problem{}, true
	case err == nil:
		return root, Problem{Line: next.Line, Col: next.Column, Msg: "a second YAML document starts here (a data file holds one report: delete this --- and everything after it, or give each report a file of its own)"}, false
	}
	p := Problem{Msg: "unexpected content after the end of the report (a data file holds one JSON object or one YAML document: delete everything from here to the end, or give each report a file of its own)"}
	p.Line, p.Col = trailingAt(data, &root, err)
	return root, p, false
}

// trailingAt finds where the content after the first document begins,
// given the decoder's error about it. The YAML parser says only the line,
// and 0-based (line 0 unsaid): the column is found here, starting after a
// flow collection or quoted scalar at the root (JSON's case) or at the
// start of that line, and skipping blanks, comments and a ... marker. The
// place is checked: the data before it must be one whole document and
// nothing else; if it is not, the line alone is given.
func trailingAt(data []byte, root *yaml.Node, err error) (line, col int) {
	line = 1
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		line = n + 1
	}
	doc := root
	if doc.Kind == yaml.DocumentNode && len(doc.Content) == 1 {
		doc = doc.Content[0]
	}
	start := -1
	if doc.Style&(yaml.FlowStyle|yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) != 0 {
		if at := offsetOf(data, doc.Line, doc.Column); at >= 0 {
			start = endOfFlow(data, at)
		}
	}
	if start < 0 {
		start = offsetOf(data, line, 1)
	}
	if start < 0 {
		return line, 0
	}
	t := skipIgnorable(data, start)
	l, c := lineCol(data, t)
	if l != line || t >= len(data) || !oneDocument(data[:t]) {
		return line, 0
	}
	return l, c
}

// oneDocument reports whether data is one YAML document and nothing more.
func oneDocument(data []byte) bool {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var n yaml.Node
	if dec.Decode(&n) != nil {
		return false
	}
	return errors.Is(dec.Decode(&n), io.EOF)
}

// endOfFlow returns the offset just after the flow collection ({…}, […])
// or quoted scalar that starts at data[at], or -1.
func endOfFlow(data []byte, at int) int {
	depth := 0
	for i := at; i < len(data); i++ {
		switch c := data[i]; c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth <= 0 {
				return i + 1
			}
		case '"', '\'':
			if i > at && !bytes.ContainsRune([]byte(" \t\r\n[{,:"), rune(data[i-1])) {
				continue // a quote inside a plain scalar (it's)
			}
			j := i + 1
			for ; j < len(data); j++ {
				if c == '"' && data[j] == '\\' {
					j++
					continue
				}
				if data[j] == c {
					if c == '\'' && j+1 < len(data) && data[j+1] == '\'' {
						j++
						continue
					}
					break
				}
			}
			if j >= len(data) {
				return -1
			}
			i = j
			if depth == 0 {
				return i + 1
			}
		case '#':
			if i > at && (data[i-1] == ' ' || data[i-1] == '\t') {
				for i < len(data) && data[i] != '\n' && data[i] != '\r' {
					i++
				}
			}
		}
	}
	return -1
}

// skipIgnorable skips blanks, line breaks, comments and document end
// markers (...) from data[i].
func skipIgnorable(data []byte, i int) int {
	for i < len(data) {
		switch c := data[i]; {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			i++
		case c == '#' && (i == 0 || bytes.IndexByte([]byte(" \t\r\n"), data[i-1]) >= 0):
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
		case c == '.' && bytes.HasPrefix(data[i:], []byte("...")) && (i == 0 || data[i-1] == '\n' || data[i-1] == '\r') &&
			(i+3 == len(data) || bytes.IndexByte([]byte(" \t\r\n"), data[i+3]) >= 0):
			i += 3
		default:
			return i
		}
	}
	return i
}

// lineBreak returns the length of the line break at data[i], as YAML counts
// them (\r\n, \r, \n, U+0085, U+2028, U+2029), or 0.
func lineBreak(data []byte, i int) int {
	switch {
	case data[i] == '\r' && i+1 < len(data) && data[i+1] == '\n':
		return 2
	case data[i] == '\r' || data[i] == '\n':
		return 1
	case data[i] == 0xc2 && i+1 < len(data) && data[i+1] == 0x85:
		return 2
	case data[i] == 0xe2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xa8 || data[i+2] == 0xa9):
		return 3
	}
	return 0
}

// lineCol is the 1-based line and column (in characters) of data[at], as
// the YAML parser counts them.
func lineCol(data []byte, at int) (line, col int) {
	line, col = 1, 1
	for i := 0; i < at && i < len(data); {
		if n := lineBreak(data, i); n > 0 {
			line, col = line+1, 1
			i += n
			continue
		}
		_, size := utf8.DecodeRune(data[i:])
		col++
		i += size
	}
	return line, col
}

// offsetOf is the byte offset of a 1-based line and column, or -1.
func offsetOf(data []byte, line, col int) int {
	l, c := 1, 1
	for i := 0; i <= len(data); {
		if l == line && c == col {
			return i
		}
		if i == len(data) || l > line {
			return -1
		}
		if n := lineBreak(data, i); n > 0 {
			l, c = l+1, 1
			i += n
			continue
		}
		_, size := utf8.DecodeRune(data[i:])
		c++
		i += size
	}
	return -1
}

// firstBadCharacter finds the first byte that is not UTF-8, or the first
// character YAML does not allow in a file (control characters other than
// tab and line breaks, DEL, the C1 controls but U+0085, U+FFFE and U+FFFF),
// and says where, with the line and column the parser would give.
func firstBadCharacter(data []byte) (Problem, bool) {
	line, col := 1, 1
	for i := 0; i < len(data); {
		if n := lineBreak(data, i); n > 0 {
			line, col = line+1, 1
			i += n
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return Problem{Line: line, Col: col, Msg: fmt.Sprintf("byte 0x%02x is not UTF-8 (save the file as UTF-8; GBK/GB18030 files can be converted with iconv -f GB18030 -t UTF-8)", data[i])}, true
		case r < 0x20 && r != '\t' || r == 0x7f || r >= 0x80 && r <= 0x9f:
			return Problem{Line: line, Col: col, Msg: fmt.Sprintf("control character U+%04X is not allowed in a data file (remove it; it usually comes from copy and paste)", r)}, true
		case r == 0xfffe || r == 0xffff:
			return Problem{Line: line, Col: col, Msg: fmt.Sprintf("U+%04X is not a character (remove it; the file may be damaged, or UTF-16 read as UTF-8)", r)}, true
		}
		col++
		i += size
	}
	return Problem{}, false
}
