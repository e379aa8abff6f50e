package commands

import (
	"context"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/urfave/cli/v3"
	"golang.org/x/term"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/report"
)

func batchCommand(version string, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "batch",
		Usage:     "generate every input under folders or globs, in parallel, incrementally",
		ArgsUsage: "PATH|GLOB...",
		UsageText: "workreport batch reports/ --out out/ --jobs 4\n" +
			"workreport batch 'data/**/*.yaml' --out out/ --shard 3/16\n" +
			"workreport batch reports/ --out out/ --log-format json   # for cron and Kubernetes logs\n" +
			"workreport batch reports/ --out out/ --force             # rebuild even unchanged inputs",
		Flags: []cli.Flag{outFlag(), formatFlag(), quietFlag(),
			&cli.IntFlag{Name: "jobs", Aliases: []string{"j"}, Sources: cli.EnvVars("WORKREPORT_JOBS"), Usage: "inputs in flight at once, 1 to 256 (default: the CPUs the process may use, a container's CPU limit included)"},
			&cli.StringFlag{Name: "shard", Sources: cli.EnvVars("WORKREPORT_SHARD"), Usage: "process only shard `K/N` of the inputs (0 ≤ K < N)"},
			&cli.BoolFlag{Name: "force", Sources: cli.EnvVars("WORKREPORT_FORCE"), Usage: "rebuild outputs even when the input and tool version are unchanged"},
			&cli.BoolFlag{Name: "track", Usage: "after the reports, write OUT/tracks/<region>-track.xlsx and .pdf for each region with reports of several years (not with --shard: run `workreport track` on a region's files instead)"},
			&cli.StringFlag{Name: "log-format", Value: "text", Sources: cli.EnvVars("WORKREPORT_LOG_FORMAT"), Usage: "text (progress bar on a terminal, a line per file otherwise) or json (slog JSON lines)"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			err := batchAction(ctx, cmd, version, stdout, stderr)
			if err != nil && cmd.String("log-format") == "json" {
				err = JSONError{err}
			}
			return err
		},
	}
}

func batchAction(ctx context.Context, cmd *cli.Command, version string, stdout, stderr io.Writer) error {
	if err := needArgs(cmd, "at least one folder, file or glob"); err != nil {
		return err
	}
	opt, err := runOptions(cmd, version)
	if err != nil {
		return err
	}
	if opt.Jobs, err = parseJobs(cmd.Int("jobs")); err != nil {
		return err
	}
	opt.Force = cmd.Bool("force")
	opt.Summary = true
	if s := cmd.String("shard"); s != "" {
		if opt.Shard, err = batch.ParseShard(s); err != nil {
			return UsageError{err}
		}
	}
	quiet := cmd.Bool("quiet")
	var obs batch.Observer
	switch cmd.String("log-format") {
	case "json":
		level := slog.LevelInfo
		if quiet {
			level = slog.LevelWarn
		}
		obs = batch.NewSlogLog(slog.New(slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level})))
	case "text":
		if f, ok := stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) && !quiet {
			obs = batch.NewProgressBar(stderr)
		} else {
			obs = batch.NewLineLog(lineOut(stdout, quiet), stderr)
		}
	default:
		return usagef("--log-format %q: expected text or json", cmd.String("log-format"))
	}
	// A long batch keeps its peak memory near the size of one
	// report in flight per job: a soft limit makes the GC return
	// freed memory sooner. GOMEMLIMIT, when set, wins.
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(batch.MemoryLimit(opt.Parallelism()))
	}
	if cmd.Bool("track") && opt.Shard.N > 0 {
		return usagef("--track needs every report of a region in one run: not with --shard")
	}
	inputs, err := batch.Find(cmd.Args().Slice(), opt.OutDir)
	if err != nil {
		return err
	}
	sum, err := batch.Run(ctx, inputs, opt, obs)
	if err == nil && cmd.Bool("track") {
		if terr := batchTracks(inputs, opt, lineOut(stdout, quiet)); terr != nil {
			return terr
		}
	}
	return runOutcome(sum, err)
}

// batchTracks groups the run's reports by region and writes a track for
// each region that has reports of more than one year. It reads the inputs
// again, a region at a time being all it needs to hold.
func batchTracks(inputs []batch.Input, opt batch.Options, stdout io.Writer) error {
	var reports []*report.Report
	for _, in := range inputs {
		if in.Path == "" {
			continue
		}
		data, err := batch.ReadInput(in.Path)
		if err != nil {
			continue // reported by the run
		}
		if r, err := batch.Load(in.Path, data); err == nil {
			reports = append(reports, r)
		}
	}
	var tracks []report.Track
	for _, t := range report.Tracks(reports) {
		if len(t.Years) > 1 {
			tracks = append(tracks, t)
		}
	}
	var created time.Time
	if opt.Date != nil {
		created = *opt.Date
	}
	return writeTracks(tracks, filepath.Join(opt.OutDir, "tracks"), created, stdout)
}
