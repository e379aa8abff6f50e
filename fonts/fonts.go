package fonts

import _ "embed" // the font files below

// Each file is embedded as its own []byte: the bytes live in the binary's
// data and are used in place, with no copy at start-up (an embed.FS would
// copy every file on ReadFile).

//go:embed WorkReportSerif-Regular.ttf
var serifRegularTTF []byte

//go:embed WorkReportSerif-Bold.ttf
var serifBoldTTF []byte

//go:embed WorkReportSans-Regular.ttf
var sansRegularTTF []byte

//go:embed WorkReportSans-Bold.ttf
var sansBoldTTF []byte

// Family names under which the faces are meant to be registered in fpdf.
const (
	SerifFamily = "WorkReportSerif" // 宋体-style serif, for body text
	SansFamily  = "WorkReportSans"  // 黑体-style sans, for headings
)

// Face is one embedded TrueType font.
//
// Register it with fpdf as
//
//	pdf.AddUTF8FontFromBytes(f.Family, f.Style, f.Data)
//
// (or f.AddTo(pdf)) and select it with pdf.SetFont(f.Family, f.Style, size).
// A Face is a small value; copies share the data and the coverage table.
type Face struct {
	Family string // fpdf family name: SerifFamily or SansFamily
	Style  string // fpdf style: "" (regular) or "B" (bold)
	File   string // name of the font file in this package, e.g. "WorkReportSerif-Regular.ttf"
	Data   []byte // the TrueType font file; shared by all users, never modify it

	cov *coverage
}

func newFace(family, style, file string, data []byte) Face {
	return Face{Family: family, Style: style, File: file, Data: data, cov: new(coverage)}
}

// The four faces.
var (
	SerifRegular = newFace(SerifFamily, "", "WorkReportSerif-Regular.ttf", serifRegularTTF)
	SerifBold    = newFace(SerifFamily, "B", "WorkReportSerif-Bold.ttf", serifBoldTTF)
	SansRegular  = newFace(SansFamily, "", "WorkReportSans-Regular.ttf", sansRegularTTF)
	SansBold     = newFace(SansFamily, "B", "WorkReportSans-Bold.ttf", sansBoldTTF)
)

// All returns every face: serif regular and bold, sans regular and bold.
func All() []Face {
	return []Face{SerifRegular, SerifBold, SansRegular, SansBold}
}

// FontAdder is the method of *fpdf.Fpdf that AddTo calls. It is an interface
// so that this package does not depend on fpdf.
type FontAdder interface {
	AddUTF8FontFromBytes(familyStr, styleStr string, utf8Bytes []byte)
}

// AddTo registers the face with pdf under f.Family and f.Style. fpdf reports
// a font it cannot parse only on stdout, then fails later with "undefined
// font": check pdf.Err() after the first SetFont.
func (f Face) AddTo(pdf FontAdder) {
	pdf.AddUTF8FontFromBytes(f.Family, f.Style, f.Data)
}

// String returns the file name, e.g. "WorkReportSans-Bold.ttf".
func (f Face) String() string { return f.File }
