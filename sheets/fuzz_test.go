package sheets

import (
	"testing"

	"github.com/workreport/workreport/samples"
)

// FuzzRead feeds Read damaged and hostile workbooks, starting from the ones
// Write makes: it must return a model or an error, never panic or hang.
//
//	go test ./sheets -run '^$' -fuzz FuzzRead -fuzztime 60s
func FuzzRead(f *testing.F) {
	for _, name := range samples.Names() {
		r, err := samples.Load(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(writeBook(f, r))
	}
	f.Add(writeBook(f, edgeReport()))
	f.Add([]byte("PK\x03\x04"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read("fuzz.xlsx", data)
		if err == nil && r == nil {
			t.Fatal("Read returned neither a model nor an error")
		}
	})
}
