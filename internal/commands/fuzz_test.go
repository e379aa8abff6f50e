package commands

import (
	"context"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
)

// FuzzCommandLine parses arbitrary command lines with the real commands
// and flags, each action replaced by one that reads and checks the options
// as the real one does and writes nothing: no panic, and an error is a
// usage error or names what is wrong on one line.
func FuzzCommandLine(f *testing.F) {
	for _, s := range []string{
		"batch reports/ --out out/ --jobs 4", "batch --jobs -3 x", "batch --shard 16/16 x", "generate --format pdf,docx",
		"generate -q --out o a.yaml", "validate", "help batch", "completion zsh", "sample --list", "--version",
		"batch --log-format=json --jobs 99999999999999999999 x", "index", "frobnicate", "batch -- --out",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		args := append([]string{"workreport"}, strings.Fields(line)...)
		if len(args) > 20 {
			return
		}
		app := New("test", io.Discard, io.Discard)
		var app2 func(c *cli.Command)
		app2 = func(c *cli.Command) {
			if c.Action != nil && c.Name != "help" && !strings.Contains(c.FullName(), "completion") {
				name := c.Name
				c.Action = func(ctx context.Context, cmd *cli.Command) error {
					switch name {
					case "generate", "batch":
						if _, err := runOptions(cmd, "test"); err != nil {
							return err
						}
						if name == "batch" {
							if _, err := parseJobs(cmd.Int("jobs")); err != nil {
								return err
							}
							if s := cmd.String("shard"); s != "" {
								if _, err := batch.ParseShard(s); err != nil {
									return UsageError{err}
								}
							}
						}
					}
					return nil
				}
			}
			for _, sub := range c.Commands {
				app2(sub)
			}
		}
		app2(app)
		app.CommandNotFound = func(context.Context, *cli.Command, string) {}
		err := app.Run(context.Background(), args)
		var usage UsageError
		if err != nil && !errors.As(err, &usage) && strings.Contains(err.Error(), "\n") {
			t.Fatalf("%q: %v", line, err)
		}
	})
}
