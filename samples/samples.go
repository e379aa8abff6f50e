// Package samples embeds the real work reports the tool ships with, as data
// files written by hand from the published texts (see README.md). They are
// the default input of `workreport generate`, the starting point printed by
// `workreport sample`, and the fixtures of every renderer's tests.
package samples

import (
	"embed"
	"io/fs"
	"sort"
	"strings"

	"github.com/workreport/workreport/report"
)

//go:embed *.yaml
var files embed.FS

// Default is the sample `workreport generate` renders when given no file.
const Default = "hailar-2025"

// Names lists the embedded samples by base name, sorted.
func Names() []string {
	entries, _ := fs.ReadDir(files, ".")
	var names []string
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".yaml"))
	}
	sort.Strings(names)
	return names
}

// Bytes is the sample's data file as shipped, comments and all.
func Bytes(name string) ([]byte, error) {
	return files.ReadFile(name + ".yaml")
}

// Load parses an embedded sample.
func Load(name string) (*report.Report, error) {
	data, err := Bytes(name)
	if err != nil {
		return nil, err
	}
	return report.Parse("samples/"+name+".yaml", data)
}
