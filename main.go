// Command workreport turns the data of a government work report into a
// meeting-ready PDF summary and an Excel workbook of indicators and
// targets. The commands live in internal/commands, one file each; main only
// hands them the process's arguments, signals and version, and decides, in
// one place (exitCode), what each outcome means to the shell.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/internal/commands"
	"github.com/workreport/workreport/report"
)

// Exit codes, the contract with shells, cron and Kubernetes.
const (
	exitOK          = 0 // everything asked for was made
	exitFailed      = 1 // an input was invalid or a report failed (the rest were still made)
	exitUsage       = 2 // the command line was wrong
	exitInterrupted = 3 // SIGINT or SIGTERM before every input was done: running again finishes the job
)

// version is set at release time with -ldflags "-X main.version=…"; a
// development build names its commit instead.
var version = ""

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return exitCode(commands.Run(ctx, args, toolVersion(), stdout, stderr), stderr)
}

// exitCode is the one place that maps an outcome to an exit status, and
// prints the outcome's last line: plain text, or, for a command asked for
// JSON logs, one more JSON line like those before it.
func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return exitOK
	}
	code, msg := outcome(err)
	var asJSON commands.JSONError
	if errors.As(err, &asJSON) {
		slog.New(slog.NewJSONHandler(stderr, nil)).Error(msg, "exit_code", code)
		return code
	}
	switch {
	case code == exitUsage:
		fmt.Fprintf(stderr, "%s\nRun 'workreport help' for usage.\n", msg)
	case msg != "":
		fmt.Fprintln(stderr, msg)
	}
	return code
}

// outcome is the exit status of err and the line that says what happened.
func outcome(err error) (int, string) {
	var usage commands.UsageError
	var problems report.Errors
	switch {
	case errors.Is(err, batch.ErrInterrupted):
		return exitInterrupted, "workreport: " + err.Error()
	case errors.As(err, &usage):
		return exitUsage, "workreport: " + usage.Err.Error()
	case errors.As(err, &problems):
		return exitFailed, problems.Error()
	default:
		return exitFailed, "workreport: " + err.Error()
	}
}

// toolVersion is the version a run records in its summary and outputs.
func toolVersion() string {
	if version != "" {
		return version
	}
	v := "0.1.0-dev"
	if info, ok := debug.ReadBuildInfo(); ok {
		rev, dirty := "", false
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
		if len(rev) >= 12 {
			v += "+" + rev[:12]
			if dirty {
				v += ".dirty"
			}
		}
	}
	return v
}
