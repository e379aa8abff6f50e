// Command workreport turns the data of a government work report into a
// meeting-ready PDF summary and an Excel workbook of indicators and
// targets. main only wires the command line to the packages below and
// decides, in one place (exitCode), what each outcome means to the shell.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/samples"
)

// Exit codes, the contract with shells, cron and Kubernetes.
const (
	exitOK     = 0 // everything asked for was made
	exitFailed = 1 // an input was invalid or a report failed (the rest were still made)
	exitUsage  = 2 // the command line was wrong
)

// version is set at release time with -ldflags "-X main.version=…"; a
// development build names its commit instead.
var version = ""

func main() {
	os.Exit(run(os.Args, os.Stdout, os.Stderr))
}

// usageError is a mistake on the command line.
type usageError struct{ error }

// failedError means some inputs failed; their problems were already printed.
type failedError struct{ n int }

func (e failedError) Error() string { return fmt.Sprintf("%d input(s) failed", e.n) }

func run(args []string, stdout, stderr io.Writer) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp(stdout, stderr)
	var unknownCommand error
	app.CommandNotFound = func(_ *cli.Context, name string) {
		unknownCommand = usageError{fmt.Errorf("no command %q", name)}
	}
	err := app.RunContext(ctx, hoistFlags(app, args))
	if err == nil {
		err = unknownCommand
	}
	return exitCode(err, stderr)
}

// exitCode is the one place that maps an outcome to an exit status.
func exitCode(err error, stderr io.Writer) int {
	var usage usageError
	var failed failedError
	var problems report.Errors
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &usage):
		fmt.Fprintf(stderr, "workreport: %v\nRun 'workreport --help' for usage.\n", usage.error)
		return exitUsage
	case errors.As(err, &failed):
		fmt.Fprintf(stderr, "workreport: %v\n", err)
		return exitFailed
	case errors.As(err, &problems):
		fmt.Fprintln(stderr, problems.Error())
		return exitFailed
	case errors.Is(err, batch.ErrInterrupted):
		fmt.Fprintf(stderr, "workreport: %v\n", err)
		return exitFailed
	default:
		fmt.Fprintf(stderr, "workreport: %v\n", err)
		return exitFailed
	}
}

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

func newApp(stdout, stderr io.Writer) *cli.App {
	outFlag := &cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", EnvVars: []string{"WORKREPORT_OUT"},
		Usage: "write outputs into `DIR`"}
	formatFlag := &cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "", EnvVars: []string{"WORKREPORT_FORMAT"},
		Usage: "comma-separated output `FORMATS` (" + strings.Join(batch.FormatNames(), ",") + "); default all"}
	app := &cli.App{
		Name:    "workreport",
		Usage:   "turn a government work report's data into a PDF summary and an Excel workbook",
		Version: toolVersion(),
		Description: "Input is a data file (YAML or JSON; see `workreport sample` and `workreport schema`) or a workbook\n" +
			"this tool wrote. With no file, generate renders the embedded Hailar 2025 sample.\n\n" +
			"Exit status: 0 all good, 1 an input was invalid or a report failed, 2 wrong usage.\n" +
			"SOURCE_DATE_EPOCH, when set, stamps every document with that date instead of the report's own.",
		Writer:          stdout,
		ErrWriter:       stderr,
		HideHelpCommand: true,
		OnUsageError: func(_ *cli.Context, err error, _ bool) error {
			return usageError{err}
		},
		ExitErrHandler: func(*cli.Context, error) {}, // exit codes are decided by exitCode alone
		Commands: []*cli.Command{
			{
				Name:      "generate",
				Usage:     "write the PDF summary and the workbook of each input",
				ArgsUsage: "[FILE...]",
				UsageText: "workreport generate                          # the embedded Hailar 2025 sample → out/hailar-2025.pdf, out/hailar-2025.xlsx\n" +
					"workreport generate samples/national-2025.yaml --out reports/\n" +
					"workreport generate --format pdf my-district.yaml\n" +
					"workreport generate edited.xlsx                # a workbook this tool wrote, edited by hand",
				Flags: []cli.Flag{outFlag, formatFlag},
				Action: func(c *cli.Context) error {
					var inputs []batch.Input
					if c.NArg() == 0 {
						data, err := samples.Bytes(samples.Default)
						if err != nil {
							return err
						}
						inputs = []batch.Input{batch.Embedded(samples.Default, data)}
					} else {
						var err error
						if inputs, err = batch.Find(c.Args().Slice(), ""); err != nil {
							return err
						}
					}
					opt, err := runOptions(c)
					if err != nil {
						return err
					}
					sum, err := batch.Run(c.Context, inputs, opt, batch.NewLineLog(stdout, stderr))
					return runOutcome(sum, err)
				},
			},
			{
				Name:      "batch",
				Usage:     "generate every input under folders or globs, in parallel, incrementally",
				ArgsUsage: "PATH|GLOB...",
				UsageText: "workreport batch reports/ --out out/ --jobs 4\n" +
					"workreport batch 'data/**/*.yaml' --out out/ --shard 3/16\n" +
					"workreport batch reports/ --out out/ --log-format json   # for cron and Kubernetes logs\n" +
					"workreport batch reports/ --out out/ --force             # rebuild even unchanged inputs",
				Flags: []cli.Flag{outFlag, formatFlag,
					&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, EnvVars: []string{"WORKREPORT_JOBS"}, Usage: "inputs in flight at once (default: the CPUs the process may use, a container's CPU limit included)"},
					&cli.StringFlag{Name: "shard", EnvVars: []string{"WORKREPORT_SHARD"}, Usage: "process only shard `K/N` of the inputs (0 ≤ K < N)"},
					&cli.BoolFlag{Name: "force", EnvVars: []string{"WORKREPORT_FORCE"}, Usage: "rebuild outputs even when the input and tool version are unchanged"},
					&cli.StringFlag{Name: "log-format", Value: "text", EnvVars: []string{"WORKREPORT_LOG_FORMAT"}, Usage: "text (progress bar on a terminal, a line per file otherwise) or json (slog JSON lines)"},
				},
				Action: func(c *cli.Context) error {
					if c.NArg() == 0 {
						return usageError{errors.New("batch needs at least one folder, file or glob")}
					}
					opt, err := runOptions(c)
					if err != nil {
						return err
					}
					opt.Jobs = c.Int("jobs")
					opt.Force = c.Bool("force")
					opt.Summary = true
					if s := c.String("shard"); s != "" {
						if opt.Shard, err = batch.ParseShard(s); err != nil {
							return usageError{err}
						}
					}
					var obs batch.Observer
					switch c.String("log-format") {
					case "json":
						obs = batch.NewSlogLog(slog.New(slog.NewJSONHandler(stderr, nil)))
					case "text":
						if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
							obs = batch.NewProgressBar(stderr)
						} else {
							obs = batch.NewLineLog(stdout, stderr)
						}
					default:
						return usageError{fmt.Errorf("--log-format %q: expected text or json", c.String("log-format"))}
					}
					// A long batch keeps its peak memory near the size of one
					// report in flight per job: a soft limit makes the GC return
					// freed memory sooner. GOMEMLIMIT, when set, wins.
					if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
						debug.SetMemoryLimit(batch.MemoryLimit(opt.Parallelism()))
					}
					inputs, err := batch.Find(c.Args().Slice(), opt.OutDir)
					if err != nil {
						return err
					}
					sum, err := batch.Run(c.Context, inputs, opt, obs)
					return runOutcome(sum, err)
				},
			},
			{
				Name:      "index",
				Usage:     "write DIR/index.xlsx comparing every report the run summaries in DIR record",
				ArgsUsage: "DIR",
				UsageText: "workreport index out/        # after the shards of a cluster run have all finished",
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return usageError{errors.New("index needs the output folder of a batch run")}
					}
					opt, err := runOptions(c)
					if err != nil {
						return err
					}
					if err := batch.WriteIndex(c.Args().First(), opt.Date); err != nil {
						return err
					}
					fmt.Fprintf(stdout, "written %s\n", filepath.Join(c.Args().First(), batch.IndexFile))
					return nil
				},
			},
			{
				Name:      "validate",
				Usage:     "check data files and report every problem with its line and column",
				ArgsUsage: "FILE...",
				UsageText: "workreport validate my-district.yaml\n" +
					"workreport validate reports/*.yaml edited.xlsx",
				Action: func(c *cli.Context) error {
					if c.NArg() == 0 {
						return usageError{errors.New("validate needs at least one file")}
					}
					failed := 0
					for _, path := range c.Args().Slice() {
						data, err := os.ReadFile(path)
						if err == nil {
							var r *report.Report
							if r, err = batch.Load(path, data); err == nil {
								fmt.Fprintf(stdout, "%s: ok (%s)\n", path, describe(r))
								continue
							}
						}
						failed++
						fmt.Fprintln(stderr, err)
					}
					if failed > 0 {
						return failedError{failed}
					}
					return nil
				},
			},
			{
				Name:      "sample",
				Usage:     "print an embedded sample data file, to start your own from",
				ArgsUsage: "[NAME]",
				UsageText: "workreport sample > my-district.yaml\n" +
					"workreport sample national-2025\n" +
					"workreport sample --list",
				Flags: []cli.Flag{&cli.BoolFlag{Name: "list", EnvVars: []string{"WORKREPORT_SAMPLE_LIST"}, Usage: "list the embedded samples"}},
				Action: func(c *cli.Context) error {
					if c.Bool("list") {
						fmt.Fprintln(stdout, strings.Join(samples.Names(), "\n"))
						return nil
					}
					name := samples.Default
					if c.NArg() > 0 {
						name = strings.TrimSuffix(c.Args().First(), ".yaml")
					}
					data, err := samples.Bytes(name)
					if err != nil {
						return usageError{fmt.Errorf("no sample %q (expected one of %s)", name, strings.Join(samples.Names(), ", "))}
					}
					_, err = stdout.Write(data)
					return err
				},
			},
			{
				Name:      "schema",
				Usage:     "print the JSON Schema of the data file, for editors",
				UsageText: "workreport schema > workreport.schema.json",
				Action: func(c *cli.Context) error {
					_, err := stdout.Write(report.SchemaJSON)
					return err
				},
			},
		},
	}
	for _, c := range app.Commands {
		c.OnUsageError = app.OnUsageError
		c.HideHelpCommand = true
	}
	return app
}

// runOptions reads the flags and environment common to generate and batch.
func runOptions(c *cli.Context) (batch.Options, error) {
	opt := batch.Options{OutDir: c.String("out"), Version: toolVersion()}
	if f := c.String("format"); f != "" {
		opt.Formats = strings.Split(f, ",")
	}
	if s, ok := os.LookupEnv("SOURCE_DATE_EPOCH"); ok && s != "" {
		sec, err := strconv.ParseInt(s, 10, 64)
		if err != nil || sec < 0 {
			return opt, usageError{fmt.Errorf("SOURCE_DATE_EPOCH=%q: expected seconds since 1970, such as 1737331200", s)}
		}
		t := time.Unix(sec, 0).UTC()
		opt.Date = &t
	}
	if _, err := batch.CheckFormats(opt.Formats); err != nil {
		return opt, usageError{err}
	}
	return opt, nil
}

func runOutcome(sum *batch.Summary, err error) error {
	if err != nil {
		return err
	}
	if sum.Failed() {
		return failedError{sum.Totals.Failed + sum.Totals.Interrupted}
	}
	return nil
}

func describe(r *report.Report) string {
	n, figures := 0, 0
	for _, s := range r.Results {
		n += len(s.Indicators)
	}
	for _, t := range r.Tasks {
		for _, it := range t.Items {
			figures += len(it.Figures)
		}
	}
	return fmt.Sprintf("%s, %d indicators in %d sections, %d targets, %d tasks with %d figures, %d glossary terms",
		r.Meta.Title, n, len(r.Results), len(r.Targets), len(r.Tasks), figures, len(r.Glossary))
}

// hoistFlags moves a command's flags ahead of its file arguments, so that
// `workreport generate a.yaml --out reports/` means what it says (urfave/cli
// v2 stops reading flags at the first argument). "--" ends the flags.
func hoistFlags(app *cli.App, args []string) []string {
	if len(args) < 3 {
		return args
	}
	var cmd *cli.Command
	for _, c := range app.Commands {
		if c.HasName(args[1]) {
			cmd = c
		}
	}
	if cmd == nil {
		return args
	}
	takesValue := map[string]bool{}
	for _, f := range cmd.Flags {
		_, isBool := f.(*cli.BoolFlag)
		for _, n := range f.Names() {
			takesValue[n] = !isBool
		}
	}
	var flags, rest []string
	for i := 2; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			rest = append(rest, args[i:]...)
			break
		}
		if len(a) > 1 && a[0] == '-' {
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if !strings.Contains(name, "=") && takesValue[name] && i+1 < len(args) {
				i++
				flags = append(flags, args[i])
			}
			continue
		}
		rest = append(rest, a)
	}
	return append(append(append([]string{}, args[:2]...), flags...), rest...)
}
