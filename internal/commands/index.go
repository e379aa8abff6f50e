package commands

import (
	"context"
	"fmt"
	"io"
	"path/filepath"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
)

func indexCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "index",
		Usage:     "write DIR/index.xlsx comparing every report the run summaries in DIR record",
		ArgsUsage: "DIR",
		UsageText: "workreport index out/        # after the shards of a cluster run have all finished",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.NArg() != 1 {
				return usagef("index needs the output folder of a batch run")
			}
			date, err := sourceDate()
			if err != nil {
				return err
			}
			dir := cmd.Args().First()
			if err := batch.WriteIndex(dir, date); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "written %s\n", filepath.Join(dir, batch.IndexFile))
			return nil
		},
	}
}
