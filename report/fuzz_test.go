package report_test

import (
	"errors"
	"testing"

	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// FuzzParse: no input makes the loader panic, and every failure is a list
// of problems that each name the file.
//
//	go test ./report -run '^$' -fuzz FuzzParse -fuzztime 5m
func FuzzParse(f *testing.F) {
	for _, name := range samples.Names() {
		data, _ := samples.Bytes(name)
		f.Add(data)
	}
	f.Add([]byte(`{"meta": {"title": "x"}, "results": []}`))
	f.Add([]byte("meta: &a [*a]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Parse("fuzz.yaml", data)
		if err == nil {
			if r == nil {
				t.Fatal("no report and no error")
			}
			return
		}
		var problems report.Errors
		if !errors.As(err, &problems) || len(problems) == 0 {
			t.Fatalf("error is not a list of problems: %v", err)
		}
		for _, p := range problems {
			if p.File != "fuzz.yaml" || p.Msg == "" || p.Line < 0 || p.Col < 0 {
				t.Fatalf("bad problem %+v", p)
			}
		}
	})
}
