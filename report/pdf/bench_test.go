package pdf

import (
	"io"
	"testing"

	"workreport/samples"
)

// BenchmarkRenderHailar renders the Hailar sample's PDF (17 pages, four
// embedded faces). The font bytes are read once, by package fonts.
func BenchmarkRenderHailar(b *testing.B) {
	r, err := samples.Load("hailar-2025")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Render(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
