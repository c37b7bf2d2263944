package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
)

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output format: "+strings.Join(lint.Formats(), ", "))
	date := fs.String("date", "", "article date YYYY-MM-DD; overrides every date found in the articles")
	failLevel := fs.String("fail-level", "error", "exit 1 when a finding is at or above this severity: error, warning, info")
	quiet := fs.Bool("quiet", false, "report only findings at or above --fail-level")
	stdinName := fs.String("stdin-filename", "", "path to report for - (stdin); its extension picks the format")
	enable := fs.String("rules", "", "comma-separated rules to run (default: all); -name disables one")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newslint lint [flags] PATH...\n\nLints news articles (.txt, .md, .html; directories recursively; - for stdin).\n\nFlags:\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExit codes: 0 clean at --fail-level, 1 findings at or above it, 2 usage or input error.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "newslint lint: no paths given (use - for stdin)")
		fs.Usage()
		return 2
	}
	fail, ok := lint.ParseSeverity(*failLevel)
	if !ok {
		fmt.Fprintf(stderr, "newslint lint: --fail-level must be error, warning or info, not %q\n", *failLevel)
		return 2
	}
	cfg := &lint.Config{}
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			fmt.Fprintf(stderr, "newslint lint: --date must be YYYY-MM-DD, not %q\n", *date)
			return 2
		}
		cfg.Date = t
	}
	selected, err := selectRules(*enable)
	if err != nil {
		fmt.Fprintf(stderr, "newslint lint: %v\n", err)
		return 2
	}
	cfg.Rules = selected
	if !slices.Contains(lint.Formats(), *format) {
		fmt.Fprintf(stderr, "newslint lint: unknown --format %q (one of %s)\n", *format, strings.Join(lint.Formats(), ", "))
		return 2
	}

	inputs, results := lint.CollectInputs(fs.Args())
	for i := range inputs {
		if inputs[i].Path != "-" {
			continue
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "newslint lint: reading stdin: %v\n", err)
			return 2
		}
		inputs[i].Data = data
		if *stdinName != "" {
			inputs[i].Path = *stdinName
		}
		inputs[i].Format = lint.FormatOf(inputs[i].Path)
	}
	results = append(results, lint.Lint(inputs, cfg)...)
	if *quiet {
		for i := range results {
			results[i].Findings = atLeast(results[i].Findings, fail)
		}
	}
	color := *format == "text" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	if err := lint.WriteReport(stdout, *format, results, lint.ReportOptions{Color: color}); err != nil {
		fmt.Fprintf(stderr, "newslint lint: writing report: %v\n", err)
		return 2
	}
	code := 0
	for _, r := range results {
		if r.Err != nil {
			if *format != "text" {
				fmt.Fprintf(stderr, "newslint: %v\n", r.Err)
			}
			code = 2
		}
		if code == 0 && len(atLeast(r.Findings, fail)) > 0 {
			code = 1
		}
	}
	if code == 0 {
		for _, r := range results {
			if len(atLeast(r.Findings, fail)) > 0 {
				return 1
			}
		}
	}
	return code
}

func atLeast(fs []lint.Finding, s lint.Severity) []lint.Finding {
	var out []lint.Finding
	for _, f := range fs {
		if f.Severity >= s {
			out = append(out, f)
		}
	}
	return out
}

// selectRules turns "a,b" or "-a" into the rule list; empty means all.
func selectRules(spec string) ([]*lint.Rule, error) {
	if strings.TrimSpace(spec) == "" {
		return rules.All, nil
	}
	on := map[string]bool{}
	onlyNegative := true
	for name := range strings.SplitSeq(spec, ",") {
		name = strings.TrimSpace(name)
		neg := strings.HasPrefix(name, "-")
		name = strings.TrimPrefix(name, "-")
		if name == "all" {
			for _, r := range rules.All {
				on[r.Name] = true
			}
			continue
		}
		if rules.ByName(name) == nil {
			return nil, fmt.Errorf("unknown rule %q (see 'newslint rules')", name)
		}
		if !neg {
			onlyNegative = false
		}
		on[name] = !neg
	}
	var out []*lint.Rule
	for _, r := range rules.All {
		v, set := on[r.Name]
		if v || (!set && onlyNegative) {
			out = append(out, r)
		}
	}
	return out, nil
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}
