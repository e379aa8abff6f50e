package clienttest

import (
	"os/exec"
	"strings"
	"testing"
)

// recorder stands for a test, to watch what Tool does when a client is missing.
type recorder struct {
	testing.TB
	skipped, failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Skip(args ...any) {
	r.skipped = args[0].(string)
	panic(r)
}
func (r *recorder) Fatal(args ...any) {
	r.failed = args[0].(string)
	panic(r)
}

func call(f func()) {
	defer func() {
		if v := recover(); v != nil {
			if _, ok := v.(*recorder); !ok {
				panic(v)
			}
		}
	}()
	f()
}

func TestMissingToolSkipsOrFails(t *testing.T) {
	const tool, pkg = "workreport-no-such-client", "no-such-package"
	for _, tt := range []struct {
		env              string
		wantSkip, wantFa bool
	}{
		{env: "", wantSkip: true},
		{env: "0", wantSkip: true},
		{env: "1", wantFa: true},
	} {
		t.Run("WORKREPORT_CLIENT_TESTS="+tt.env, func(t *testing.T) {
			t.Setenv("WORKREPORT_CLIENT_TESTS", tt.env)
			r := &recorder{TB: t}
			call(func() { Tool(r, tool, pkg) })
			if (r.skipped != "") != tt.wantSkip || (r.failed != "") != tt.wantFa {
				t.Fatalf("skipped %q, failed %q; want skip %v, fail %v", r.skipped, r.failed, tt.wantSkip, tt.wantFa)
			}
			msg := r.skipped + r.failed
			if !strings.Contains(msg, "apt-get install -y "+pkg) {
				t.Errorf("message %q does not name the package to install", msg)
			}
		})
	}
}

func TestPresentToolIsFound(t *testing.T) {
	want, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go is not on the PATH")
	}
	if got := Tool(t, "go", "golang-go"); got != want {
		t.Fatalf("Tool = %q, want %q", got, want)
	}
}
