package extract

import (
	"encoding"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// toNode builds the YAML node of a report value directly, as yaml.v3's
// Node.Encode would: that one writes the value out as text and parses the
// text back, and for a draft that round trip was most of the time drafting
// takes. It handles what the report's types use — structs with yaml tags
// and omitempty, pointers, slices, strings, integers, booleans and text
// marshalers (report.Decimal); a draft's bytes are the same either way
// (TestNodeAsYAMLEncodes).
func toNode(v reflect.Value) (*yaml.Node, error) {
	if v.Kind() != reflect.Pointer && v.CanAddr() {
		if m, ok := v.Addr().Interface().(encoding.TextMarshaler); ok && v.Kind() == reflect.Struct {
			return textNode(m)
		}
	}
	if v.Kind() != reflect.Pointer {
		if m, ok := v.Interface().(encoding.TextMarshaler); ok {
			return textNode(m)
		}
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"}, nil
		}
		return toNode(v.Elem())
	case reflect.Struct:
		n := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			name, opts, _ := strings.Cut(f.Tag.Get("yaml"), ",")
			if name == "-" {
				continue
			}
			if name == "" {
				name = strings.ToLower(f.Name)
			}
			fv := v.Field(i)
			if opts == "omitempty" && fv.IsZero() {
				continue
			}
			if opts != "" && opts != "omitempty" {
				return nil, fmt.Errorf("yaml option %q of %s.%s is not handled", opts, t.Name(), f.Name)
			}
			val, err := toNode(fv)
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: name}, val)
		}
		return n, nil
	case reflect.Slice, reflect.Array:
		n := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		for i := 0; i < v.Len(); i++ {
			c, err := toNode(v.Index(i))
			if err != nil {
				return nil, err
			}
			n.Content = append(n.Content, c)
		}
		return n, nil
	case reflect.String:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: v.String()}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatInt(v.Int(), 10)}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.FormatUint(v.Uint(), 10)}, nil
	case reflect.Bool:
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v.Bool())}, nil
	}
	return nil, fmt.Errorf("a %s cannot be written as YAML here", v.Type())
}

func textNode(m encoding.TextMarshaler) (*yaml.Node, error) {
	b, err := m.MarshalText()
	if err != nil {
		return nil, err
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: string(b)}, nil
}
