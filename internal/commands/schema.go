package commands

import (
	"context"
	"io"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/report"
)

func schemaCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "schema",
		Usage:     "print the JSON Schema of the data file, for editors",
		UsageText: "workreport schema > workreport.schema.json",
		Action: func(ctx context.Context, cmd *cli.Command) error {
			_, err := stdout.Write(report.SchemaJSON)
			return err
		},
	}
}
