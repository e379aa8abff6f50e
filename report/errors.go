package report

import (
	"fmt"
	"strings"
)

// Problem is one thing wrong with an input, at a place a person can find:
// file, line and column (1-based; 0 when unknown) in a YAML or JSON file, or
// the cell of a workbook (目标!C5). Path is the model's field path, when the
// problem is about one field (targets[2].base).
type Problem struct {
	File string
	Line int
	Col  int
	Cell string
	Path string
	Msg  string
}

// place is where the problem is, without the file: 4:10, 目标!C5, or "".
func (p Problem) place() string {
	switch {
	case p.Cell != "":
		return p.Cell
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%d:%d", p.Line, p.Col)
	case p.Line > 0:
		return fmt.Sprintf("%d", p.Line)
	}
	return ""
}

func (p Problem) String() string {
	switch {
	case p.Cell != "":
		return fmt.Sprintf("%s: %s: %s", p.File, p.Cell, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%s: %s", p.File, p.place(), p.Msg)
	case p.File == "" && p.Path != "":
		return fmt.Sprintf("%s: %s", p.Path, p.Msg)
	case p.Path != "":
		return fmt.Sprintf("%s: %s: %s", p.File, p.Path, p.Msg)
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
