package commands

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/samples"
)

func sampleCommand(stdout io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "sample",
		Usage:     "print an embedded sample data file, to start your own from",
		ArgsUsage: "[NAME]",
		UsageText: "workreport sample > my-district.yaml\n" +
			"workreport sample national-2025\n" +
			"workreport sample --list",
		Flags: []cli.Flag{&cli.BoolFlag{Name: "list", Sources: cli.EnvVars("WORKREPORT_SAMPLE_LIST"), Usage: "list the embedded samples"}},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if cmd.Bool("list") {
				fmt.Fprintln(stdout, strings.Join(samples.Names(), "\n"))
				return nil
			}
			name := samples.Default
			if cmd.NArg() > 0 {
				name = strings.TrimSuffix(cmd.Args().First(), ".yaml")
			}
			data, err := samples.Bytes(name)
			if err != nil {
				return usagef("no sample %q (expected one of %s)", name, strings.Join(samples.Names(), ", "))
			}
			_, err = stdout.Write(data)
			return err
		},
	}
}
