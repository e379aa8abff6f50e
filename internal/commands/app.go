package commands

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
)

// UsageError is a mistake on the command line: an unknown command or flag,
// a missing argument, a value that cannot be read.
type UsageError struct{ Err error }

func (e UsageError) Error() string { return e.Err.Error() }
func (e UsageError) Unwrap() error { return e.Err }

func usagef(format string, args ...any) error { return UsageError{fmt.Errorf(format, args...)} }

// FailedError means N inputs failed; their problems were already printed.
type FailedError struct{ N int }

func (e FailedError) Error() string { return fmt.Sprintf("%d input(s) failed", e.N) }

// JSONError is the outcome of a command asked for JSON logs
// (--log-format json): whatever is printed about it must be a JSON line
// too, so a log collector, or `| jq`, reads every line.
type JSONError struct{ Err error }

func (e JSONError) Error() string { return e.Err.Error() }
func (e JSONError) Unwrap() error { return e.Err }

// Run runs the command line args (args[0] is the program's name) with the
// given version, writing to stdout and stderr.
func Run(ctx context.Context, args []string, version string, stdout, stderr io.Writer) error {
	app := New(version, stdout, stderr)
	var unknownCommand error
	app.CommandNotFound = func(_ context.Context, _ *cli.Command, name string) {
		unknownCommand = usagef("no command %q", name)
	}
	err := app.Run(ctx, args)
	if err == nil {
		err = unknownCommand
	}
	var already JSONError
	if err != nil && !errors.As(err, &already) && jsonRequested(args) {
		err = JSONError{err} // a usage error found before the command ran
	}
	return err
}

// jsonRequested tells whether args, or the environment, ask for JSON logs,
// for errors found before a command could read its flags.
func jsonRequested(args []string) bool {
	want := os.Getenv("WORKREPORT_LOG_FORMAT") == "json"
	for i, a := range args {
		switch {
		case a == "--":
			return want
		case a == "--log-format=json" || a == "-log-format=json":
			want = true
		case (a == "--log-format" || a == "-log-format") && i+1 < len(args):
			want = args[i+1] == "json"
		}
	}
	return want
}

// New is the root command with every subcommand.
func New(version string, stdout, stderr io.Writer) *cli.Command {
	app := &cli.Command{
		Name:    "workreport",
		Usage:   "turn a government work report's data into a PDF summary and an Excel workbook",
		Version: version,
		Description: "Input is a data file (YAML or JSON; see `workreport sample` and `workreport schema`) or a workbook\n" +
			"this tool wrote. With no file, generate renders the embedded Hailar 2025 sample.\n\n" +
			"Exit status: 0 all good, 1 an input was invalid or a report failed, 2 wrong usage,\n" +
			"3 interrupted (SIGINT or SIGTERM) before every input was done: running again finishes the job.\n" +
			"SOURCE_DATE_EPOCH, when set, stamps every document with that date instead of the report's own.\n\n" +
			"Shell completion: source <(workreport completion bash), or completion zsh, completion fish.",
		Writer:                stdout,
		ErrWriter:             stderr,
		EnableShellCompletion: true,
		ConfigureShellCompletionCommand: func(c *cli.Command) {
			c.Hidden = false
			c.Usage = "print the shell completion script for bash, zsh or fish"
			c.UsageText = "source <(workreport completion bash)     # in ~/.bashrc\n" +
				"source <(workreport completion zsh)      # in ~/.zshrc\n" +
				"workreport completion fish > ~/.config/fish/completions/workreport.fish"
		},
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return UsageError{err}
		},
		ExitErrHandler: func(context.Context, *cli.Command, error) {}, // main alone decides exit codes
		Commands: []*cli.Command{
			generateCommand(version, stdout, stderr),
			batchCommand(version, stdout, stderr),
			indexCommand(stdout),
			validateCommand(stdout, stderr),
			extractCommand(os.Stdin, stdout, stderr),
			trackCommand(stdout, stderr),
			sampleCommand(stdout),
			schemaCommand(stdout),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
	}
	return app
}

// quietFlag silences the lines of what went well; problems are still
// printed.
func quietFlag() cli.Flag {
	return &cli.BoolFlag{Name: "quiet", Aliases: []string{"q"}, Sources: cli.EnvVars("WORKREPORT_QUIET"),
		Usage: "print only problems (failed inputs, warnings), not each output written"}
}

// maxJobs bounds --jobs: each job holds a report in memory and a file open.
const maxJobs = 256

// outFlag and formatFlag are shared by generate and batch.
func outFlag() cli.Flag {
	return &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Sources: cli.EnvVars("WORKREPORT_OUT"),
		Usage: "write outputs into `DIR`"}
}

func formatFlag() cli.Flag {
	return &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Sources: cli.EnvVars("WORKREPORT_FORMAT"),
		Usage: "comma-separated output `FORMATS` (" + strings.Join(batch.FormatNames(), ",") + "); default all"}
}

// runOptions reads the flags and environment common to generate and batch.
func runOptions(cmd *cli.Command, version string) (batch.Options, error) {
	opt := batch.Options{OutDir: cmd.String("out"), Version: version}
	if f := cmd.String("format"); f != "" {
		opt.Formats = strings.Split(f, ",")
	}
	date, err := sourceDate()
	if err != nil {
		return opt, err
	}
	opt.Date = date
	if _, err := batch.CheckFormats(opt.Formats); err != nil {
		return opt, UsageError{err}
	}
	return opt, nil
}

// maxSourceDate is the last second a document can be dated with: a
// workbook's dates and a PDF's (D:YYYYMMDDHHmmSS) have four-digit years.
var maxSourceDate = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC).Unix()

// sourceDate reads SOURCE_DATE_EPOCH, the reproducible-builds convention:
// when set, every document is dated with it instead of the report's date.
func sourceDate() (*time.Time, error) {
	s, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || s == "" {
		return nil, nil
	}
	return parseSourceDate(s)
}

func parseSourceDate(s string) (*time.Time, error) {
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec < 0 || sec > maxSourceDate {
		return nil, usagef("SOURCE_DATE_EPOCH=%q: expected seconds since 1970 up to %d (9999-12-31, the last date a workbook and a PDF can hold), such as 1737331200", s, maxSourceDate)
	}
	t := time.Unix(sec, 0).UTC()
	return &t, nil
}

// parseJobs checks --jobs: 0 (the default: the CPUs the process may use)
// up to maxJobs.
func parseJobs(n int) (int, error) {
	if n < 0 || n > maxJobs {
		return 0, usagef("--jobs %d: expected 1 to %d inputs at once (or 0 for the CPUs the process may use)", n, maxJobs)
	}
	return n, nil
}

// runOutcome turns a run's summary into the command's error.
func runOutcome(sum *batch.Summary, err error) error {
	if err != nil {
		return err
	}
	if sum.Failed() {
		return FailedError{sum.Totals.Failed + sum.Totals.Interrupted}
	}
	return nil
}

// needArgs is the usage error of a command run without its arguments.
func needArgs(cmd *cli.Command, what string) error {
	if cmd.NArg() == 0 {
		return UsageError{errors.New(cmd.Name + " needs " + what)}
	}
	return nil
}

// lineOut is where the lines of outputs written go: nowhere when quiet.
func lineOut(stdout io.Writer, quiet bool) io.Writer {
	if quiet {
		return io.Discard
	}
	return stdout
}
