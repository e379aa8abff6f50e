package batch

import (
	"context"
	"path/filepath"
	"testing"
)

// BenchmarkBatch is one report (PDF + workbook) of a batch, in-process:
// ns/op is the cost per report with Jobs workers.
//
//	go test ./internal/batch -run '^$' -bench Batch -benchtime 200x -cpuprofile batch.prof
func BenchmarkBatch(b *testing.B) {
	in := b.TempDir()
	makeInputs(b, in, 20, nil)
	inputs, err := Find([]string{in}, "")
	if err != nil {
		b.Fatal(err)
	}
	out := b.TempDir()
	b.ReportAllocs()
	b.ResetTimer()
	for done := 0; done < b.N; done += len(inputs) {
		part := inputs[:min(len(inputs), b.N-done)]
		sum, err := Run(context.Background(), part, Options{OutDir: filepath.Join(out), Force: true}, nil)
		if err != nil || sum.Totals.Failed > 0 {
			b.Fatalf("%v %+v", err, sum.Totals)
		}
	}
}
