package sheets

import (
	"archive/zip"
	"bytes"
	"io"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// readZipPart is the named part of the xlsx in data.
func readZipPart(t *testing.T, data []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer rc.Close()
	part, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return string(part)
}

// TestElementsNamedAsRegexp wants elementsNamed to find what the regular
// expression it replaced found.
func TestElementsNamedAsRegexp(t *testing.T) {
	t.Parallel()
	ct := `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"></Default><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="a"></Override><Override PartName="/xl/worksheets/sheet1.xml" ContentType="b"/></Types>`
	inputs := []string{ct, "", "<Default ", "<Default >", "<Default />", "<Default/>", "<Default a></Default", "<Default a>x</Default>",
		"<Default a/><Default b></Default><Default c>", "<Default <Default a/>", "<Defaults a/><Default  b />", "<Override x/><Default y/>"}
	for _, name := range contentTypeElems {
		re := regexp.MustCompile(`<` + name + ` [^>]*></` + name + `>|<` + name + ` [^>]*/>`)
		for _, s := range inputs {
			var want [][2]int
			for _, l := range re.FindAllStringIndex(s, -1) {
				want = append(want, [2]int{l[0], l[1]})
			}
			if got := elementsNamed([]byte(s), name); !reflect.DeepEqual(got, want) {
				t.Errorf("elementsNamed(%q, %s) = %v, want %v", s, name, got, want)
			}
		}
	}
	sorted := string(sortOverrides([]byte(ct)))
	if !strings.Contains(sorted, `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml"`) ||
		!strings.Contains(sorted, `sheet1.xml" ContentType="b"/><Override PartName="/xl/worksheets/sheet2.xml"`) || len(sorted) != len(ct) {
		t.Errorf("sortOverrides:\n%s", sorted)
	}
}
