package report

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with an input, at a place a person can find
// with an editor: file, line and column (1-based; 0 when unknown).
type Problem struct {
	File string
	Line int
	Col  int
	Msg  string
}

func (p Problem) String() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.File, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
	default:
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
}

// Errors is every problem found in one input, in file order. Loading reports
// all of them at once so a person can fix a file in one pass.
type Errors []Problem

func (e Errors) Error() string {
	lines := make([]string, len(e))
	for i, p := range e {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// Warning is something a renderer worked around, such as a character no
// embedded font can draw. Field names the data field, e.g.
// results[0].indicators[3].name.
type Warning struct {
	Field   string
	Message string
}

func (w Warning) String() string { return w.Field + ": " + w.Message }
