package samples

import (
	"bytes"
	"encoding/json"
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
