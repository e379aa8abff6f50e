package commands

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/internal/clienttest"
)

// TestCompletionScripts: each shell's completion script is one that shell
// reads without a syntax error.
func TestCompletionScripts(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		shell, pkg string
		check      []string // the shell's flags to parse a file without running it
	}{
		{"bash", "bash", []string{"-n"}},
		{"zsh", "zsh", []string{"-n"}},
		{"fish", "fish", []string{"--no-execute"}},
	} {
		t.Run(tt.shell, func(t *testing.T) {
			t.Parallel()
			var out bytes.Buffer
			if err := Run(context.Background(), []string{"workreport", "completion", tt.shell}, "test", &out, io.Discard); err != nil {
				t.Fatal(err)
			}
			if !bytes.Contains(out.Bytes(), []byte("workreport")) {
				t.Fatalf("script does not name the program:\n%s", out.String())
			}
			sh := clienttest.Tool(t, tt.shell, tt.pkg)
			p := filepath.Join(t.TempDir(), "workreport."+tt.shell)
			os.WriteFile(p, out.Bytes(), 0o644)
			if msg, err := exec.Command(sh, append(tt.check, p)...).CombinedOutput(); err != nil {
				t.Errorf("%s rejects the script: %v\n%s", tt.shell, err, msg)
			}
		})
	}
}

// TestValidateHearsSignals: validate stops between files once interrupted,
// with the interruption's own outcome.
func TestValidateHearsSignals(t *testing.T) {
	t.Parallel()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err := Run(ctx, []string{"workreport", "validate", "a.yaml", "b.yaml"}, "test", io.Discard, io.Discard)
	if !errors.Is(err, batch.ErrInterrupted) {
		t.Fatalf("validate after a signal: %v", err)
	}
}
