package pdf_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/workreport/workreport/report/pdf"
	"github.com/workreport/workreport/samples"
)

// Render writes the PDF summary of a report; the fonts are embedded in the
// package, so nothing else is needed.
func ExampleRender() {
	r, err := samples.Load("hailar-2025")
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	warnings, err := pdf.Render(&buf, r, pdf.Options{})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")), len(warnings), "warnings")
	// Output: true 0 warnings
}
