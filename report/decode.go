package report

import (
	"fmt"
	"math"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// decoder turns a YAML (or JSON) node tree into the model by reflection over
// the model's yaml tags. It is strict and patient: every unknown key, wrong
// type and missing field becomes a Problem with the node's line and column,
// and decoding goes on so all of them are reported in one run. It also
// records where each field was written, so the semantic checks that follow
// can point at the right place too.
type decoder struct {
	file     string
	problems Errors
	where    map[string]position // field path → where its value was written
}

type position struct{ line, col int }

func (d *decoder) at(n *yaml.Node, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

var (
	decimalType = reflect.TypeOf(Decimal{})
	periodType  = reflect.TypeOf(Period(""))
	valuesType  = reflect.TypeOf((*interface{ Values() []string })(nil)).Elem()
)

// fieldInfo is what the decoder needs to know of one struct field.
type fieldInfo struct {
	name     string
	index    int
	required bool
}

func fieldsOf(t reflect.Type) []fieldInfo {
	var out []fieldInfo
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "" || name == "-" {
			continue
		}
		req := false
		for _, opt := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			if opt == "required" {
				req = true
			}
		}
		out = append(out, fieldInfo{name: name, index: i, required: req})
	}
	return out
}

func nodeKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "nothing (null)"
	}
	return fmt.Sprintf("%q", shown(n.Value))
}

// shown is a value as a message quotes it: whole when short, else its first
// 40 characters and …, so that a 4 MB value gives a one-line message.
func shown(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:40]) + "…"
}

func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind == yaml.AliasNode || n.Anchor != "" {
		d.at(n, "%s: anchors and aliases are not supported (write the value out)", path)
		return
	}
	d.where[path] = position{n.Line, n.Column}
	t := v.Type()
	if t.Kind() == reflect.Pointer {
		if n.Tag == "!!null" {
			if t.Elem() == decimalType {
				d.at(n, "%s: expected a number such as 231.52, got nothing (null); leave the key out when the report gives no number", path)
			}
			return
		}
		p := reflect.New(t.Elem())
		d.decode(n, p.Elem(), path)
		v.Set(p)
		return
	}
	switch {
	case t == decimalType:
		d.decodeDecimal(n, v, path)
		return
	case t.Implements(valuesType):
		d.decodeEnum(n, v, path)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		d.decodeStruct(n, v, path)
	case reflect.Slice:
		if n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.SequenceNode {
			d.at(n, "%s: expected a list, got %s", path, nodeKind(n))
			return
		}
		s := reflect.MakeSlice(t, len(n.Content), len(n.Content))
		for i, c := range n.Content {
			d.decode(c, s.Index(i), fmt.Sprintf("%s[%d]", path, i))
		}
		v.Set(s)
	case reflect.String:
		if n.Tag == "!!null" {
			return
		}
		if n.Kind != yaml.ScalarNode {
			d.at(n, "%s: expected text, got %s", path, nodeKind(n))
			return
		}
		// Text is text: a number or a truth value where text belongs is a
		// slip (or 1. read as a number); the schema says the same. A
		// period may be a bare year.
		if (n.Tag == "!!int" || n.Tag == "!!float" || n.Tag == "!!bool") && t != periodType {
			d.at(n, "%s: expected text, got %s (put it in quotes: \"%s\")", path, nodeKind(n), shown(n.Value))
			return
		}
		v.SetString(n.Value)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			d.at(n, "%s: expected true or false, got %s", path, nodeKind(n))
			return
		}
		v.SetBool(n.Value == "true" || n.Value == "True" || n.Value == "TRUE")
	case reflect.Int:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" {
			d.at(n, "%s: expected a whole number, got %s", path, nodeKind(n))
			return
		}
		i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64)
		if err != nil || i > math.MaxInt32 || i < math.MinInt32 {
			d.at(n, "%s: %q is out of range (expected a whole number such as 2025)", path, shown(n.Value))
			return
		}
		v.SetInt(i)
	default:
		panic("report: no decoder for " + t.String())
	}
}

func (d *decoder) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.MappingNode {
		d.at(n, "%s: expected a mapping of keys, got %s", label(path), nodeKind(n))
		return
	}
	fields := fieldsOf(v.Type())
	seen := map[string]int{} // key → line first written
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		var f *fieldInfo
		for j := range fields {
			if fields[j].name == k.Value {
				f = &fields[j]
			}
		}
		if f == nil {
			names := make([]string, len(fields))
			for j, fi := range fields {
				names[j] = fi.name
			}
			msg := fmt.Sprintf("unknown key %q in %s", k.Value, path)
			if path == "" {
				msg = fmt.Sprintf("unknown key %q at the top level", k.Value)
			}
			if s := closest(k.Value, names); s != "" {
				msg += fmt.Sprintf(" (did you mean %q?)", s)
			} else {
				msg += fmt.Sprintf(" (expected one of: %s)", strings.Join(names, ", "))
			}
			d.at(k, "%s", msg)
			continue
		}
		if first, dup := seen[f.name]; dup {
			d.at(k, "duplicate key %q in %s (first written at line %d)", k.Value, label(path), first)
			continue
		}
		seen[f.name] = k.Line
		d.decode(val, v.Field(f.index), join(path, f.name))
	}
	for _, f := range fields {
		if _, ok := seen[f.name]; f.required && !ok {
			d.at(n, "%s: missing required key %q", label(path), f.name)
		}
	}
}

func (d *decoder) decodeDecimal(n *yaml.Node, v reflect.Value, path string) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" || n.Tag == "!!bool" {
		d.at(n, "%s: expected a number such as 231.52, got %s", path, nodeKind(n))
		return
	}
	if n.Tag == "!!float" && strings.ContainsAny(strings.ToLower(n.Value), "ni") {
		d.at(n, "%s: %s is not a number a report can state (expected a finite decimal such as 231.52)", path, shown(n.Value))
		return
	}
	x, err := ParseDecimal(n.Value)
	if err != nil {
		d.at(n, "%s: %q is not a decimal number (%s)", path, shown(n.Value), decimalHint(n.Value))
		return
	}
	v.Set(reflect.ValueOf(x))
}

func (d *decoder) decodeEnum(n *yaml.Node, v reflect.Value, path string) {
	allowed := v.Interface().(interface{ Values() []string }).Values()
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		d.at(n, "%s: expected one of %s, got %s", path, strings.Join(allowed, ", "), nodeKind(n))
		return
	}
	for _, a := range allowed {
		if a == n.Value {
			v.SetString(n.Value)
			return
		}
	}
	if al, ok := v.Interface().(interface{ Aliases() map[string]string }); ok {
		if a, ok := al.Aliases()[strings.TrimSpace(n.Value)]; ok {
			v.SetString(a) // 区 → district: the word a person writes
			return
		}
	}
	msg := fmt.Sprintf("%s: %q is not one of %s", path, shown(n.Value), strings.Join(allowed, ", "))
	if s := closest(n.Value, allowed); s != "" {
		msg += fmt.Sprintf(" (did you mean %q?)", s)
	}
	d.at(n, "%s", msg)
}

// decimalHint says how to write a number that did not parse, for the
// mistakes people make: a unit or % typed into the value, full-width
// digits, a Chinese numeral.
func decimalHint(s string) string {
	t := strings.TrimSpace(s)
	if w := HalfWidth(t); w != t {
		if _, err := ParseDecimal(w); err == nil {
			return fmt.Sprintf("it has full-width characters; write %s", w)
		}
	}
	// The longest numeric prefix, and what follows it.
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.' || t[i] == ',' || (i == 0 && (t[i] == '-' || t[i] == '+'))) {
		i++
	}
	if num, rest := t[:i], strings.TrimSpace(t[i:]); i > 0 && rest != "" && !(rest[0] < 0x80 && rest[0] != '%') {
		if _, err := ParseDecimal(num); err == nil {
			return fmt.Sprintf("the unit goes in its own key: write value: %s and unit: %q", num, rest)
		}
	}
	if hasHan(t) {
		return "expected digits as written, such as 231.52 or 2,431.67; a number in Chinese numerals (两成, 三千) is not encoded"
	}
	return "expected digits as written, such as 231.52 or 2,431.67"
}

// HalfWidth maps full-width digits, point, comma, signs and percent sign
// (０-９ ． ， － ＋ ％) to ASCII, for reading a number typed or printed in
// full-width forms.
func HalfWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '，':
			return ','
		case '－':
			return '-'
		case '＋':
			return '+'
		case '％':
			return '%'
		}
		return asciiDigit(r)
	}, s)
}

// ASCIIDigits maps only full-width digits and point (０-９ ．) to ASCII:
// a text's numbers as written, its Chinese commas left as they are — to
// compare quotes typed in full-width digits with data written in ASCII.
func ASCIIDigits(s string) string {
	return strings.Map(asciiDigit, s)
}

func asciiDigit(r rune) rune {
	switch {
	case r >= '０' && r <= '９':
		return r - '０' + '0'
	case r == '．':
		return '.'
	}
	return r
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// label names a path for a message about the mapping itself.
func label(path string) string {
	if path == "" {
		return "the top level"
	}
	return path
}

// closest is the candidate nearest to s by edit distance, if near enough to
// be a plausible typo.
func closest(s string, candidates []string) string {
	best, bestDist := "", math.MaxInt
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	n := utf8.RuneCountInString(s)
	limit := n/3 + 1
	for _, c := range sorted {
		// The distance is at least the difference in length: a candidate
		// too long or too short is passed over unmeasured, which keeps a
		// hostile 4 MB key or base from costing its square.
		if m := utf8.RuneCountInString(c); m > n+limit || n > m+limit {
			continue
		}
		if dist := editDistance(strings.ToLower(s), c); dist < bestDist {
			best, bestDist = c, dist
		}
	}
	if bestDist <= limit {
		return best
	}
	return ""
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
