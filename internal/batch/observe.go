package batch

import (
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// NewLineLog reports each input on a line of its own: outputs written to
// out, failures and warnings to errw. For generate, cron mail and pipes.
func NewLineLog(out, errw io.Writer) Observer { return &lineLog{out: out, err: errw} }

type lineLog struct {
	mu       sync.Mutex
	out, err io.Writer
}

func (l *lineLog) Start(int) {}

func (l *lineLog) Done(r Result) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, w := range r.Warnings {
		fmt.Fprintf(l.err, "%s: warning: %s\n", r.Input, w)
	}
	switch r.Status {
	case StatusFailed, StatusAborted:
		fmt.Fprintf(l.err, "%s\n", r.Error)
	default:
		for _, o := range r.Outputs {
			fmt.Fprintf(l.out, "%s %s (%s)\n", r.Status, o.Path, size(o.Bytes))
		}
	}
}

func (l *lineLog) Finish(s *Summary) {
	if s.Totals.Inputs > 1 {
		fmt.Fprintln(l.out, s.Totals.Line())
	}
}

// Line is the one-line account of a run: what became of the inputs, how
// long it took.
func (t Totals) Line() string {
	return fmt.Sprintf("%d inputs: %d written, %d unchanged, %d failed, %d not started; %.1f s",
		t.Inputs, t.Written, t.Unchanged, t.Failed, t.Interrupted, t.WallMS/1000)
}

func size(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)/1024)
}

// NewSlogLog reports each input as one structured log record, for
// collectors that read JSON lines (Kubernetes, journald).
func NewSlogLog(l *slog.Logger) Observer { return &slogLog{l: l} }

type slogLog struct {
	l     *slog.Logger
	total int
}

func (s *slogLog) Start(total int) {
	s.total = total
	s.l.Info("run started", "inputs", total)
}

func (s *slogLog) Finish(sum *Summary) {
	t := sum.Totals
	s.l.Info("run finished", "inputs", t.Inputs, "written", t.Written, "unchanged", t.Unchanged,
		"failed", t.Failed, "not_started", t.Interrupted, "wall_ms", t.WallMS, "interrupted", sum.Interrupted)
}

func (s *slogLog) Done(r Result) {
	attrs := []any{"input", r.Input, "status", string(r.Status), "duration_ms", r.DurationMS}
	for _, o := range r.Outputs {
		attrs = append(attrs, o.Format, o.Path)
	}
	if len(r.Warnings) > 0 {
		attrs = append(attrs, "warnings", r.Warnings)
	}
	if r.Error != "" {
		s.l.Error("input failed", append(attrs, "error", r.Error)...)
		return
	}
	s.l.Info("input done", attrs...)
}

// NewProgressBar draws files done out of the total, failures, rate and
// time left on a terminal; failures are printed above the bar as they
// happen so none scrolls away unseen.
func NewProgressBar(w io.Writer) Observer { return &bar{w: w} }

type bar struct {
	mu     sync.Mutex
	w      io.Writer
	b      *progressbar.ProgressBar
	failed int
}

func (b *bar) Start(total int) {
	b.b = progressbar.NewOptions(total,
		progressbar.OptionSetWriter(b.w),
		progressbar.OptionSetDescription("reports"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("reports"),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}

func (b *bar) Finish(s *Summary) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.b.Finish()
	fmt.Fprintln(b.w, s.Totals.Line())
}

func (b *bar) Done(r Result) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if r.Status == StatusFailed {
		b.failed++
		b.b.Clear()
		fmt.Fprintf(b.w, "%s\n", r.Error)
		b.b.Describe(fmt.Sprintf("reports (%d failed)", b.failed))
	}
	b.b.Add(1)
}
