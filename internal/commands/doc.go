// Package commands is workreport's command line: one file per command, each
// a *cli.Command (github.com/urfave/cli/v3) that reads its flags and
// arguments and calls the packages below it (batch, report, samples).
//
// It decides nothing about exit statuses: a command returns nil, a
// UsageError (the command line was wrong) or any other error (an input or
// a report failed; FailedError when the problems were already printed), and
// package main maps those to exit codes in one place.
package commands
