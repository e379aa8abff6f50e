package pdf

import (
	"io"
	"syscall"
	"testing"
	"time"

	"github.com/workreport/workreport/samples"
)

// BenchmarkRenderHailar renders the Hailar sample's PDF (17 pages, four
// embedded faces). The font bytes are read once, by package fonts.
//
// Besides wall time it reports cpu-ms/op, the process's user and system CPU
// time per PDF (garbage collection included): on a machine shared with
// other work, wall time mostly measures the neighbours.
func BenchmarkRenderHailar(b *testing.B) {
	r, err := samples.Load("hailar-2025")
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := processCPU(b)
	for b.Loop() {
		if _, err := Render(io.Discard, r, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(processCPU(b)-start)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
}

// processCPU is the user plus system CPU time the process has used.
func processCPU(b testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		b.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
