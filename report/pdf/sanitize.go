package pdf

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/workreport/workreport/fonts"
	"github.com/workreport/workreport/report"
)

// replacement is drawn for a character the fonts cannot draw: visible, so a
// reader sees that something is missing, instead of a blank or a crash.
const replacement = '□'

// faceFiles are the four embedded faces in the order of the face constants.
var faceFiles = [numFaces]fonts.Face{
	serif:     fonts.SerifRegular,
	serifBold: fonts.SerifBold,
	sans:      fonts.SansRegular,
	sansBold:  fonts.SansBold,
}

// drawable reports whether every face has a glyph for r. The text of a field
// can be drawn in more than one face (a section title is a heading, a
// running header and a bookmark), so a character must be in all of them.
// Characters outside the Basic Multilingual Plane never are: fpdf panics on
// them.
func drawable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r != 0x7f
	}
	// By index: ranging by value copied the Face for every character of
	// every string cleaned.
	for i := range faceFiles {
		if !faceFiles[i].Has(r) {
			return false
		}
	}
	return true
}

// sanitizer cleans every string before it reaches fpdf and remembers, per
// field of the report, what it had to replace.
type sanitizer struct {
	warnings []report.Warning
	warned   map[string]bool
	// drawable holds the characters found drawable so far: a document
	// repeats a few hundred characters thousands of times, and testing
	// four faces for each occurrence was most of the cleaning.
	drawable runeSet
}

// clean returns s with line breaks and tabs turned into spaces and every
// character the fonts cannot draw replaced by □; field names where s comes
// from in the report (results[0].indicators[3].name) for the warning.
func (z *sanitizer) clean(field, s string) string {
	// Invalid UTF-8 (possible in a report built in Go) would make fpdf
	// panic: ranging below turns each bad byte into U+FFFD.
	ok := utf8.ValidString(s)
	for _, r := range s {
		if !ok {
			break
		}
		if z.drawable.has(r) {
			continue
		}
		if !drawable(r) {
			ok = false
			break
		}
		z.drawable.add(r)
	}
	if ok {
		return s
	}
	var b strings.Builder
	var missing []string
	for _, r := range s {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			b.WriteByte(' ')
		case drawable(r):
			b.WriteRune(r)
		default:
			b.WriteRune(replacement)
			missing = append(missing, fmt.Sprintf("%q (U+%04X)", r, r))
		}
	}
	if len(missing) > 0 && !z.warned[field] {
		if z.warned == nil {
			z.warned = make(map[string]bool)
		}
		z.warned[field] = true
		z.warnings = append(z.warnings, report.Warning{
			Field:   field,
			Message: fmt.Sprintf("the embedded fonts cannot draw %s; the PDF shows □ in its place (use a character of the Basic Multilingual Plane, e.g. a common variant)", strings.Join(missing, ", ")),
		})
	}
	return b.String()
}
