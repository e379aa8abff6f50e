package report

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"sort"
	"testing"

	"github.com/invopop/jsonschema"
)

var update = flag.Bool("update", false, "rewrite golden files and the shipped schema")

// TestSchemaUpToDate keeps workreport.schema.json in step with the Go types:
// it regenerates the schema from the source (with doc comments as
// descriptions) and compares it with the embedded file.
func TestSchemaUpToDate(t *testing.T) {
	t.Parallel()
	r := newSchemaReflector()
	if err := r.AddGoComments("github.com/workreport/workreport/report", "."); err != nil {
		t.Fatal(err)
	}
	got, err := generateSchema(r)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("workreport.schema.json", got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(got, SchemaJSON) {
		t.Fatalf("workreport.schema.json is out of date with the Go types; run: go generate ./report")
	}
}

// newSchemaReflector reflects the model the way the loader reads it: yaml
// key names, required keys from the `jsonschema:"required"` tags, no
// unknown keys.
func newSchemaReflector() *jsonschema.Reflector {
	return &jsonschema.Reflector{
		FieldNameTag:               "yaml",
		RequiredFromJSONSchemaTags: true,
		ExpandedStruct:             true,
	}
}

// generateSchema renders the schema of Report with r's comments.
func generateSchema(r *jsonschema.Reflector) ([]byte, error) {
	s := r.Reflect(&Report{})
	s.ID = SchemaID
	s.Title = "workreport data file"
	s.Description = "A government work report as data: meta, last year's results by section, this year's targets, planned tasks with their figures, glossary."
	out, err := json.MarshalIndent(s, "", "  ")
	return append(out, '\n'), err
}

// JSONSchema: a number as written in the report, or the same as text with
// thousands separators.
func (Decimal) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Description: "A number with its digits as written in the report, such as 231.52; text with thousands separators (\"2,431.67\") is accepted too.",
		OneOf: []*jsonschema.Schema{
			{Type: "number"},
			{Type: "string", Pattern: `^[-+]?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$|^[-+]?[0-9]+(\.[0-9]+)?$`},
		},
	}
}

func enumSchema(desc string, values []string) *jsonschema.Schema {
	s := &jsonschema.Schema{Type: "string", Description: desc}
	for _, v := range values {
		s.Enum = append(s.Enum, v)
	}
	return s
}

func (l Level) JSONSchema() *jsonschema.Schema {
	values := l.Values()
	var words []string
	for w := range l.Aliases() {
		words = append(words, w)
	}
	sort.Strings(words)
	return enumSchema("Level of government that gave the report; its Chinese word (省, 自治区, 直辖市, 市, 县级市, 区, 县, 旗, 乡镇 …) is accepted too.", append(values, words...))
}
func (k Kind) JSONSchema() *jsonschema.Schema {
	return enumSchema("flow: of the period (default); stock: a level at a date (累计, 总量, 存栏); rank (第5位), streak (连续21年), threshold (2000万元以上) and standard (每人1万元, with per) are never summed or charted.", k.Values())
}
func (m Measure) JSONSchema() *jsonschema.Schema {
	return enumSchema("What a figure over a span of years measures: total (累计), average (年均), end (the level at its end), change (since the year before it began).", m.Values())
}
func (m Money) JSONSchema() *jsonschema.Schema {
	return enumSchema("The kind of money an amount in 元 is, so only like is added to like.", m.Values())
}
func (Period) JSONSchema() *jsonschema.Schema {
	return &jsonschema.Schema{
		Description: "The period: a year (2024), a span of years (2021-2025) or a date (2025-12-31, 2025-12); empty for the past year (results) or the report's year (targets).",
		OneOf: []*jsonschema.Schema{
			{Type: "integer", Minimum: "1949", Maximum: "2100"},
			{Type: "string", Pattern: `^(19|20|21)[0-9]{2}(-(19|20|21)[0-9]{2}|-[01][0-9](-[0-3][0-9])?)?$`},
		},
	}
}
func (c ChangeKind) JSONSchema() *jsonschema.Schema {
	return enumSchema("yoy: year-on-year growth in %; share: share of a whole in %; rate: a ratio in %; pp: percentage points.", c.Values())
}
func (t TargetKind) JSONSchema() *jsonschema.Schema {
	return enumSchema("growth: 增长x%; level: a level to reach; cap: a ceiling (以内, 不超过); floor: a minimum (不低于); qualitative: no number.", t.Values())
}
func (n Nature) JSONSchema() *jsonschema.Schema {
	return enumSchema("expected (预期性, default) or binding (约束性).", n.Values())
}

// JSONSchemaExtend states the rules between an indicator's keys that
// reflection cannot see: a fact has a value or a change (or both), and a
// value has its unit.
func (Indicator) JSONSchemaExtend(s *jsonschema.Schema) {
	s.AnyOf = []*jsonschema.Schema{{Required: []string{"value"}}, {Required: []string{"change"}}, {Required: []string{"fraction"}}}
	s.DependentRequired = map[string][]string{"value": {"unit"}, "upper": {"value"}, "from": {"value"}, "per": {"kind"}}
}

// JSONSchemaExtend: a range's upper end needs its lower one.
func (Target) JSONSchemaExtend(s *jsonschema.Schema) {
	s.DependentRequired = map[string][]string{"upper": {"value"}, "measure": {"period"}}
}
