package commands

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/report"
)

func validateCommand(stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "validate",
		Usage:     "check data files and report every problem with its line and column",
		ArgsUsage: "FILE...",
		UsageText: "workreport validate my-district.yaml\n" +
			"workreport validate reports/*.yaml edited.xlsx",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if err := needArgs(cmd, "at least one file"); err != nil {
				return err
			}
			failed := 0
			for _, path := range cmd.Args().Slice() {
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
				return FailedError{failed}
			}
			return nil
		},
	}
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
