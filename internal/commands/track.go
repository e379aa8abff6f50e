package commands

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/urfave/cli/v3"

	"github.com/workreport/workreport/internal/batch"
	"github.com/workreport/workreport/report"
	"github.com/workreport/workreport/report/pdf"
	"github.com/workreport/workreport/sheets"
)

func trackCommand(stdout, stderr io.Writer) *cli.Command {
	return &cli.Command{
		Name:      "track",
		Usage:     "one region across years: each year's targets beside the results stated a year later",
		ArgsUsage: "FILE...",
		UsageText: "workreport track hailar-2013.yaml hailar-2014.yaml hailar-2015.yaml --out track/\n" +
			"workreport track reports/hailar-*.txt          # report texts are drafted first (marked unreviewed)\n" +
			"                                               # → out/海拉尔区-track.xlsx and out/海拉尔区-track.pdf",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "out", Aliases: []string{"o"}, Value: "out", Sources: cli.EnvVars("WORKREPORT_OUT"), Usage: "write into `DIR`"},
		},
		Action: func(ctx context.Context, cmd *cli.Command) error {
			if err := needArgs(cmd, "the reports of a region, a file for each year (data files, workbooks or texts)"); err != nil {
				return err
			}
			date, err := sourceDate()
			if err != nil {
				return err
			}
			var reports []*report.Report
			failed := 0
			for _, path := range cmd.Args().Slice() {
				if ctx.Err() != nil {
					return batch.ErrInterrupted
				}
				data, err := batch.ReadInput(path)
				if err == nil {
					var r *report.Report
					if r, err = batch.Load(path, data); err == nil {
						reports = append(reports, r)
						continue
					}
				}
				fmt.Fprintln(stderr, err)
				failed++
			}
			var created time.Time
			if date != nil {
				created = *date
			}
			if err := writeTracks(report.Tracks(reports), cmd.String("out"), created, stdout); err != nil {
				return err
			}
			if failed > 0 {
				return FailedError{failed}
			}
			return nil
		},
	}
}

// writeTracks writes DIR/<region>-track.xlsx and .pdf for each track.
func writeTracks(tracks []report.Track, out string, created time.Time, stdout io.Writer) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	for _, t := range tracks {
		base := filepath.Join(out, fileSafe(t.Region)+"-track")
		var book, doc bytes.Buffer
		if err := sheets.WriteTrack(&book, t, sheets.Options{Created: created}); err != nil {
			return err
		}
		if err := pdf.RenderTrack(&doc, t, pdf.Options{Created: created}); err != nil {
			return err
		}
		for _, o := range []struct {
			path string
			data []byte
		}{{base + ".xlsx", book.Bytes()}, {base + ".pdf", doc.Bytes()}} {
			if err := writeFile(o.path, o.data); err != nil {
				return err
			}
			fmt.Fprintf(stdout, "written %s (%d years, %d targets lined up)\n", o.path, len(t.Years), len(t.Rows))
		}
	}
	return nil
}

// fileSafe makes a region's name a file name: no separators or controls.
func fileSafe(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r < 0x20 || strings.ContainsRune(`:*?"<>|`, r) {
			return '_'
		}
		return r
	}, s)
	s = strings.TrimLeft(s, ". ")
	if s == "" {
		return "region"
	}
	return s
}

// writeFile writes data at path through a temporary file renamed over it,
// so a reader never sees half a file.
func writeFile(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return err
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		os.Remove(tmp.Name())
		return err
	}
	return os.Rename(tmp.Name(), path)
}
