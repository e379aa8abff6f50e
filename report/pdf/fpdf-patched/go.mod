module github.com/go-pdf/fpdf

go 1.25

retract (
	// v1.4.3 was tagged to retract v1.4.2
	v1.4.3
	// v1.4.2 was imported from phpdave11/gofpdf by mistake.
	v1.4.2
)

// Upstream also required github.com/boombuler/barcode, phpdave11/gofpdi,
// ruudk/golang-pdf417, golang.org/x/image and pkg/errors, for its contrib
// packages, which are not copied here; the root package needs only this
// (whose go.mod asks for go 1.25, hence the go line, 1.20 upstream).
require github.com/klauspost/compress v1.20.4
