package extract

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/workreport/workreport/report"
)

// YAML writes the draft as a data file: the report, with a comment on each
// field a person should check, and the numbers that are not facts listed
// at the end with their clauses and reasons. The same draft always gives
// the same bytes.
func (d *Draft) YAML(source string) ([]byte, error) {
	doc, err := toNode(reflect.ValueOf(&d.Report))
	if err != nil {
		return nil, err
	}
	root := yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{doc}}
	numbersAsWritten(&root)
	annotate(&root, "", d.Checks)
	facts := d.Report.FactCount()
	root.HeadComment = strings.Join([]string{
		fmt.Sprintf("%s — drafted by `workreport extract` from %s.", d.Report.Meta.Title, source),
		"DRAFTED AUTOMATICALLY, NOT REVIEWED: check every record against the text; the",
		"comments \"check:\" mark what is most likely wrong.",
		fmt.Sprintf("%d facts, %d targets, %d glossary terms; %d numbers of the text are not facts (listed at the end).",
			facts, len(d.Report.Targets), len(d.Report.Glossary), len(d.Skipped)),
		"Check it with: workreport validate --source " + source + " THIS.yaml",
	}, "\n")
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(&root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	if len(d.Skipped) > 0 {
		b.WriteString("\n# Numbers of the text that are not facts, and why:\n")
		for _, s := range d.Skipped {
			fmt.Fprintf(&b, "#   line %d: %s — %s: %s\n", s.Line, s.Number, s.Reason, oneLine(s.Clause))
		}
	}
	return b.Bytes(), nil
}

func oneLine(s string) string {
	// A control character would make the draft's comment one the loader
	// refuses (C1 controls come with copy and paste): a space instead.
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) || r == 0xFFFE || r == 0xFFFF {
			return ' '
		}
		return r
	}, s)
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return s
}

// numbersAsWritten makes the decimals plain YAML numbers (231.52, not
// "231.52"), keeping their digits.
func numbersAsWritten(n *yaml.Node) {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "value", "upper", "from", "target":
				if v.Kind == yaml.ScalarNode {
					if _, err := report.ParseDecimal(v.Value); err == nil && !strings.Contains(v.Value, ",") {
						v.Tag, v.Style = "", 0 // plain: 231.52, 17
					}
				}
			case "period":
				if _, err := strconv.Atoi(v.Value); err == nil {
					v.Tag, v.Style = "", 0
				}
			}
		}
	}
	for _, c := range n.Content {
		numbersAsWritten(c)
	}
}

// annotate puts each check on the line of its field (or of the object).
func annotate(n *yaml.Node, path string, checks map[string]string) {
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			annotate(c, path, checks)
		}
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			if c, ok := checks[p]; ok {
				k.LineComment = "check: " + c
			}
			annotate(v, p, checks)
		}
	case yaml.SequenceNode:
		for i, c := range n.Content {
			annotate(c, fmt.Sprintf("%s[%d]", path, i), checks)
		}
	}
}
