package commands

import (
	"context"
	"io"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/samples"
)

func generateCommand(version string, stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "generate",
		Usage:     "write the PDF summary and the workbook of each input",
		ArgsUsage: "[FILE...]",
		UsageText: "workreport generate                          # the embedded Hailar 2025 sample → out/hailar-2025.pdf, out/hailar-2025.xlsx\n" +
			"workreport generate samples/national-2025.yaml --out reports/\n" +
			"workreport generate --format pdf my-district.yaml\n" +
			"workreport generate edited.xlsx                # a workbook this tool wrote, edited by hand\n" +
			"workreport generate -q my-district.yaml        # print only problems",
		Flags: []cli.Flag{outFlag(), formatFlag(), quietFlag()},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			var inputs []batch.Input
			if cmd.NArg() == 0 {
				data, err := samples.Bytes(samples.Default)
				if err != nil {
					return err
				}
				inputs = []batch.Input{batch.Embedded(samples.Default, data)}
			} else {
				var err error
				if inputs, err = batch.Find(cmd.Args().Slice(), ""); err != nil {
					return err
				}
			}
			opt, err := runOptions(cmd, version)
			if err != nil {
				return err
			}
			sum, err := batch.Run(ctx, inputs, opt, batch.NewLineLog(lineOut(stdout, cmd.Bool("quiet")), stderr))
			return runOutcome(sum, err)
		},
	}
}
