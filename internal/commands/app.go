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
	return err
}

// New is the root command with every subcommand.
func New(version string, stdout, stderr io.Writer) *cli.Command {
	app := &cli.Command{
		Name:    "workreport",
		Usage:   "turn a government work report's data into a PDF summary and an Excel workbook",
		Version: version,
		Description: "Input is a data file (YAML or JSON; see `workreport sample` and `workreport schema`) or a workbook\n" +
			"this tool wrote. With no file, generate renders the embedded Hailar 2025 sample.\n\n" +
			"Exit status: 0 all good, 1 an input was invalid or a report failed, 2 wrong usage.\n" +
			"SOURCE_DATE_EPOCH, when set, stamps every document with that date instead of the report's own.",
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		OnUsageError: func(_ context.Context, _ *cli.Command, err error, _ bool) error {
			return UsageError{err}
		},
		ExitErrHandler: func(context.Context, *cli.Command, error) {}, // main alone decides exit codes
		Commands: []*cli.Command{
			generateCommand(version, stdout, stderr),
			batchCommand(version, stdout, stderr),
			indexCommand(stdout),
			validateCommand(stdout, stderr),
			sampleCommand(stdout),
			schemaCommand(stdout),
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
		c.HideHelpCommand = true
	}
	return app
}

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

// sourceDate reads SOURCE_DATE_EPOCH, the reproducible-builds convention:
// when set, every document is dated with it instead of the report's date.
func sourceDate() (*time.Time, error) {
	s, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || s == "" {
		return nil, nil
	}
	sec, err := strconv.ParseInt(s, 10, 64)
	if err != nil || sec < 0 {
		return nil, usagef("SOURCE_DATE_EPOCH=%q: expected seconds since 1970, such as 1737331200", s)
	}
	t := time.Unix(sec, 0).UTC()
	return &t, nil
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
