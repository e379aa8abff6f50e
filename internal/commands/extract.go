package commands

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/internal/extract"
	"github.com/workreport/workreport/report"
)

func extractCommand(stdin io.Reader, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "draft a data file from a report's text (.txt in UTF-8/GB18030/UTF-16, .docx, .html)",
		ArgsUsage: "FILE...",
		UsageText: "workreport extract 政府工作报告.txt --out drafts/        # drafts/政府工作报告.yaml, to review\n" +
			"workreport extract --out - report.docx                  # the draft on standard output\n" +
			"curl … | workreport extract --out - -                   # a text on standard input\n" +
			"workreport extract --against samples/hailar-2025.yaml hailar-2025.txt   # precision and recall against hand-made data\n" +
			"workreport extract --against samples/hailar-2025.yaml --details hailar-2025.txt   # and every difference",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Sources: cli.EnvVars("WORKREPORT_OUT"),
				Usage: "write DIR/<base>.yaml; - for standard output (one input)"},
			&cli.StringFlag{Name: "against", Usage: "compare the draft with the hand-made data file `SAMPLE` of the same text and print the scores"},
			&cli.BoolFlag{Name: "details", Usage: "with --against: list the numbers missed and extra, and each field that differs"},
			&cli.BoolFlag{Name: "force", Usage: "write over an existing draft (a reviewed draft is work: by default it is kept)"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if err := needArgs(cmd, "at least one report text (or - for standard input)"); err != nil {
				return err
			}
			out := cmd.String("out")
			if out == "-" && cmd.NArg() > 1 {
				return usagef("--out - writes one draft: give one input")
			}
			var sample *report.Report
			if p := cmd.String("against"); p != "" {
				data, err := batch.ReadInput(p)
				if err != nil {
					return UsageError{fmt.Errorf("--against: %w", err)}
				}
				if sample, err = batch.Load(p, data); err != nil {
					return err
				}
			}
			failed := 0
			for _, path := range cmd.Args().Slice() {
				if ctx.Err() != nil {
					return batch.ErrInterrupted
				}
				if err := extractOne(path, stdin, out, cmd.Bool("force"), sample, cmd.Bool("details"), stdout); err != nil {
					fmt.Fprintln(stderr, err)
					failed++
				}
			}
			if failed > 0 {
				return FailedError{failed}
			}
			return nil
		},
	}
}

// extractOne drafts one input and writes (or scores) the draft.
func extractOne(path string, stdin io.Reader, out string, force bool, sample *report.Report, details bool, stdout io.Writer) error {
	var data []byte
	var err error
	name := path
	if path == "-" {
		name = "stdin.txt"
		data, err = io.ReadAll(io.LimitReader(stdin, batch.MaxWorkbookBytes+1))
		if err == nil && len(data) > batch.MaxWorkbookBytes {
			err = fmt.Errorf("standard input is larger than %d MiB", batch.MaxWorkbookBytes>>20)
		}
	} else {
		data, err = batch.ReadInput(path)
	}
	if err != nil {
		return err
	}
	text, _, err := extract.ReadText(name, data)
	if err != nil {
		return err
	}
	d := extract.Extract(text)
	if sample != nil {
		fmt.Fprintf(stdout, "%s against %s\n", path, sample.Meta.Title)
		sc := extract.CompareDraft(d, sample)
		sc.Write(stdout)
		if details {
			sc.WriteDetails(stdout)
		}
		return nil
	}
	yaml, err := d.YAML(filepath.Base(name))
	if err != nil {
		return err
	}
	// The draft must load as it is: the extractor's own guarantee.
	if _, err := report.Parse(name+".yaml", yaml); err != nil {
		return fmt.Errorf("%s: the draft does not validate (please report it):\n%w", path, err)
	}
	if out == "-" {
		_, err = stdout.Write(yaml)
		return err
	}
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	dst := filepath.Join(out, base+".yaml")
	if _, err := os.Stat(dst); err == nil && !force {
		return fmt.Errorf("%s: %s exists (a draft may have been reviewed since); use --force to write over it, or another --out", path, dst)
	} else if err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	if err := writeFile(dst, yaml); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "drafted %s (%d facts, %d targets, %d numbers skipped, %d fields marked check:): review it, then workreport validate --source %s %s\n",
		dst, d.Report.FactCount(), len(d.Report.Targets), len(d.Skipped), len(d.Checks), path, dst)
	return nil
}
