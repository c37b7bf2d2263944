package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
	"text/tabwriter"
)

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint rules", flag.ContinueOnError)
	fs.SetOutput(stderr)
	configPath := fs.String("config", "", "show the rule set this configuration file makes effective (default: "+".newslint.yaml in the current directory or a parent)")
	noConfig := fs.Bool("no-config", false, "ignore any configuration file")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newslint rules [--config FILE]\n\nLists every rule with whether it runs, its category, severity and summary,\nas the configuration file sets them.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	file, err := loadFileConfig(*configPath, *noConfig)
	if err != nil {
		printErrors(stderr, "newslint rules", err)
		return 2
	}
	selected, err := effectiveRules(file, "")
	if err != nil {
		printErrors(stderr, "newslint rules", err)
		return 2
	}
	if file != nil {
		fmt.Fprintf(stdout, "configuration: %s\n\n", file.Path)
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tON\tCATEGORY\tSEVERITY\tSUMMARY")
	for _, r := range allRules() {
		on := "yes"
		if !slices.Contains(selected, r) {
			on = "no"
		}
		sev := r.Severity.String()
		if file != nil {
			if s, ok := file.Severity[r.Name]; ok {
				sev = s.String() + " (set)"
			}
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.Name, on, r.Category, sev, r.Summary())
	}
	if err := tw.Flush(); err != nil {
		return 2
	}
	if file != nil && len(file.Options) > 0 {
		fmt.Fprintln(stdout, "\noptions:")
		names := make([]string, 0, len(file.Options))
		for n := range file.Options {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			var kv []string
			for k, v := range file.Options[n] {
				kv = append(kv, fmt.Sprintf("%s=%v", k, v))
			}
			sort.Strings(kv)
			fmt.Fprintf(stdout, "  %s: %s\n", n, strings.Join(kv, " "))
		}
	}
	return 0
}
