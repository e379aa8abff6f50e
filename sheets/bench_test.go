package sheets

import (
	"io"
	"testing"
)

// BenchmarkWriteHailar measures one workbook of the Hailar sample, written
// to nowhere.
//
//	go test ./sheets -run '^$' -bench . -benchmem
func BenchmarkWriteHailar(b *testing.B) {
	r := loadSample(b, "hailar-2025")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Write(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReadHailar measures reading the Hailar workbook back.
func BenchmarkReadHailar(b *testing.B) {
	data := writeBook(b, loadSample(b, "hailar-2025"))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read("hailar-2025.xlsx", data); err != nil {
			b.Fatal(err)
		}
	}
}
