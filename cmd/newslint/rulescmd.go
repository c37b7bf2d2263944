package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/newslint/newslint/rules"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newslint rules\n\nLists every rule with its category, default severity and summary.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tCATEGORY\tSEVERITY\tSUMMARY")
	for _, r := range rules.All {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.Name, r.Category, r.Severity, r.Summary())
	}
	if err := tw.Flush(); err != nil {
		return 2
	}
	return 0
}
