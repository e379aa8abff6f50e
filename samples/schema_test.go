package samples

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"go.yaml.in/yaml/v3"

	"github.com/workreport/workreport/report"
)

// TestSamplesMatchSchema checks the shipped samples against the shipped JSON
// Schema with an independent validator, so an editor using the schema
// accepts exactly what the loader accepts.
func TestSamplesMatchSchema(t *testing.T) {
	t.Parallel()
	schema := compiledSchema(t)
	for _, name := range Names() {
		data, _ := Bytes(name)
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			t.Fatal(err)
		}
		if err := schema.Validate(jsonValue(root.Content[0])); err != nil {
			t.Errorf("%s does not match the schema: %v", name, err)
		}
	}
	// And the schema rejects what the loader rejects: an unknown key.
	bad := map[string]any{"meta": map[string]any{"titel": "x"}, "results": []any{}}
	if err := schema.Validate(bad); err == nil || !strings.Contains(err.Error(), "titel") {
		t.Errorf("schema accepted an unknown key: %v", err)
	}
}

// compiledSchema is the shipped schema, compiled by an independent validator.
func compiledSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(report.SchemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource(report.SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	schema, err := c.Compile(report.SchemaID)
	if err != nil {
		t.Fatal(err)
	}
	return schema
}

// jsonValue is the JSON data model of a YAML node, with numbers kept as
// written (json.Number) as a JSON parser would see them.
func jsonValue(n *yaml.Node) any {
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = jsonValue(n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		s := make([]any, len(n.Content))
		for i, c := range n.Content {
			s[i] = jsonValue(c)
		}
		return s
	}
	switch n.Tag {
	case "!!int", "!!float":
		return json.Number(n.Value)
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

// TestLoaderAtLeastAsStrictAsSchema feeds mutated documents to the shipped
// JSON Schema and to the loader: whatever the schema rejects, the loader
// rejects too, so an editor's green light never hides a file that
// `workreport validate` refuses the other way round. The mutations are made
// on a compact copy of every sample (each list cut to its first two items):
// each key deleted, each text emptied, each scalar replaced by a list, by
// text and by a negative number, an unknown key added to each mapping.
func TestLoaderAtLeastAsStrictAsSchema(t *testing.T) {
	t.Parallel()
	schema := compiledSchema(t)
	cases, disagree := 0, 0
	for _, name := range Names() {
		data, _ := Bytes(name)
		var root yaml.Node
		if err := yaml.Unmarshal(data, &root); err != nil {
			t.Fatal(err)
		}
		doc := root.Content[0]
		prune(doc, 1)
		for _, m := range mutations(doc) {
			m.apply()
			schemaErr := schema.Validate(jsonValue(doc))
			out, err := yaml.Marshal(doc)
			m.undo()
			if err != nil {
				t.Fatal(err)
			}
			_, loadErr := report.Parse(name+".yaml", out)
			cases++
			if schemaErr != nil && loadErr == nil {
				disagree++
				if disagree <= 10 {
					t.Errorf("%s, %s: the schema rejects it (%v) but the loader accepts it", name, m.what, firstLine(schemaErr.Error()))
				}
			}
		}
	}
	if cases < 200 {
		t.Errorf("only %d mutated documents", cases)
	}
	t.Logf("%d mutated documents, %d accepted by the loader against the schema", cases, disagree)
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// prune cuts every list of the tree to its first n items.
func prune(n *yaml.Node, keep int) {
	if n.Kind == yaml.SequenceNode && len(n.Content) > keep {
		n.Content = n.Content[:keep]
	}
	for _, c := range n.Content {
		prune(c, keep)
	}
}

// mutation changes the tree in place and puts it back.
type mutation struct {
	what        string
	apply, undo func()
}

func mutations(root *yaml.Node) []mutation {
	var out []mutation
	var walk func(n *yaml.Node, path string)
	walk = func(n *yaml.Node, path string) {
		switch n.Kind {
		case yaml.MappingNode:
			out = append(out, mutation{what: "unknown key in " + path,
				apply: func() {
					n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: "zzz"}, &yaml.Node{Kind: yaml.ScalarNode, Value: "1"})
				},
				undo: func() { n.Content = n.Content[:len(n.Content)-2] }})
			for i := 0; i+1 < len(n.Content); i += 2 {
				i := i
				key := n.Content[i].Value
				saved := append([]*yaml.Node(nil), n.Content...)
				out = append(out, mutation{what: "without " + path + "." + key,
					apply: func() { n.Content = append(append([]*yaml.Node(nil), saved[:i]...), saved[i+2:]...) },
					undo:  func() { n.Content = saved }})
				walk(n.Content[i+1], path+"."+key)
			}
		case yaml.SequenceNode:
			for i, c := range n.Content {
				walk(c, fmt.Sprintf("%s[%d]", path, i))
			}
		case yaml.ScalarNode:
			old := *n
			set := func(what string, v yaml.Node) {
				out = append(out, mutation{what: path + " " + what,
					apply: func() { *n = v }, undo: func() { *n = old }})
			}
			set("empty", yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: ""})
			set("as text", yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: "x"})
			set("negative", yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "-1"})
			set("as a list", yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"})
		}
	}
	walk(root, "")
	return out
}
