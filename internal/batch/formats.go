package batch

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/workreport/workreport/internal/extract"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/report/pdf"
	"github.com/workreport/workreport/sheets"
)

// Format is one kind of output and the renderer that makes it.
type Format struct {
	Name   string
	Ext    string
	Render func(w io.Writer, r *report.Report, date time.Time) ([]report.Warning, error)
}

// formats are the renderers, in the order a run writes them.
var formats = []Format{
	{Name: "pdf", Ext: ".pdf", Render: func(w io.Writer, r *report.Report, date time.Time) ([]report.Warning, error) {
		return pdf.Render(w, r, pdf.Options{Created: date})
	}},
	{Name: "xlsx", Ext: ".xlsx", Render: func(w io.Writer, r *report.Report, date time.Time) ([]report.Warning, error) {
		return sheets.Write(w, r, sheets.Options{Created: date})
	}},
}

// FormatNames lists the output formats this build can write.
func FormatNames() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name
	}
	return names
}

func selectFormats(names []string) ([]Format, error) {
	if len(names) == 0 {
		return formats, nil
	}
	var out []Format
	for _, f := range formats {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), f.Name) {
				out = append(out, f)
				break
			}
		}
	}
	for _, n := range names {
		found := false
		for _, f := range formats {
			found = found || strings.EqualFold(strings.TrimSpace(n), f.Name)
		}
		if !found {
			return nil, fmt.Errorf("unknown format %q (expected one of %s)", n, strings.Join(FormatNames(), ", "))
		}
	}
	return out, nil
}

// loaders read an input by its extension.
var loaders = map[string]func(name string, data []byte) (*report.Report, error){
	".yaml": report.Parse,
	".yml":  report.Parse,
	".json": report.Parse,
	".xlsx": sheets.Read,
	".txt":  drafted,
	".docx": drafted,
	".html": drafted,
	".htm":  drafted,
}

// drafted reads a report's text and drafts its data (package extract): a
// report rendered straight from its text says on its title page that its
// data were drafted automatically and not reviewed.
func drafted(name string, data []byte) (*report.Report, error) {
	text, _, err := extract.ReadText(name, data)
	if err != nil {
		return nil, err
	}
	d := extract.Extract(text)
	return &d.Report, nil
}

// Load reads one input, choosing the reader by the name's extension; an
// embedded sample (no extension) is YAML.
func Load(name string, data []byte) (*report.Report, error) {
	ext := strings.ToLower(filepath.Ext(name))
	if ext == "" {
		ext = ".yaml"
	}
	load, ok := loaders[ext]
	if !ok {
		return nil, fmt.Errorf("%s: cannot read %s files (expected .yaml, .yml, .json, .xlsx, or a report's text: .txt, .docx, .html)", name, ext)
	}
	return load(name, data)
}

// CheckFormats tells whether every name is a format this build writes.
func CheckFormats(names []string) ([]string, error) {
	fs, err := selectFormats(names)
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Name
	}
	return out, err
}
