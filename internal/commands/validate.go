package commands

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/internal/extract"
	"github.com/workreport/workreport/report"
)

func validateCommand(stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check data files and report every problem with its line and column",
		ArgsUsage: "FILE...",
		UsageText: "workreport validate my-district.yaml\n" +
			"workreport validate reports/*.yaml edited.xlsx\n" +
			"workreport validate --source 政府工作报告.txt my-district.yaml   # every quote verbatim in the text, with its digits\n" +
			"workreport validate -q reports/*.yaml         # print only problems",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "source", Usage: "check every quote against the report's text in `FILE` (UTF-8, GB18030 or UTF-16)"},
			quietFlag(),
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if err := needArgs(cmd, "at least one file"); err != nil {
				return err
			}
			var source string
			if p := cmd.String("source"); p != "" {
				// Read under the limit policy too: a data file's limit.
				data, err := batch.ReadInput(p)
				if err != nil {
					return UsageError{fmt.Errorf("--source: %w", err)}
				}
				// The text as extract reads it: decoded, a hard-wrapped
				// one joined, a Word file's or a web page's text.
				if source, _, err = extract.ReadText(p, data); err != nil {
					return UsageError{fmt.Errorf("--source: %w", err)}
				}
			}
			out := lineOut(stdout, cmd.Bool("quiet"))
			failed := 0
			for _, path := range cmd.Args().Slice() {
				// Each file is read under the limit policy (a pipe or a
				// device refused unopened), so a signal is heard between
				// files soon enough.
				if ctx.Err() != nil {
					return batch.ErrInterrupted
				}
				data, err := batch.ReadInput(path)
				if err == nil {
					var r *report.Report
					if r, err = batch.Load(path, data); err == nil && source != "" {
						if problems := report.CheckSource(r, source, locator(path, data)); len(problems) > 0 {
							err = problems
						}
					}
					if err == nil {
						fmt.Fprintf(out, "%s: ok (%s)\n", path, describe(r))
						continue
					}
				}
				failed++
				fmt.Fprintln(stderr, err)
			}
			if failed > 0 {
				return FailedError{failed}
			}
			return nil
		},
	}
}

// locator places a problem of a data file at its line and column, or of a
// workbook at its field path.
func locator(path string, data []byte) report.Locator {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".yaml", ".yml", ".json":
		return report.NewLocator(path, data)
	}
	return report.PlaceByPath(path)
}

// describe is validate's one-line account of a report that loaded.
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
