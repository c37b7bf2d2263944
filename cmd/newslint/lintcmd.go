package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
)

// lintFlags are the parsed flags of "newslint lint".
type lintFlags struct {
	format, date, failLevel, stdinName, enable string
	outputs                                    outputList
	configPath                                 string
	noConfig, quiet                            bool
	baseline                                   string
	updateBaseline                             bool
	newFromRev                                 string
	fix, diff                                  bool
	fixRules                                   string
	kbFiles                                    pathList
	cpuProfile, memProfile                     string
	set                                        map[string]bool // flags given on the command line
}

func runLint(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint lint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var fl lintFlags
	fs.StringVar(&fl.format, "format", "text", "output format: "+strings.Join(lint.Formats(), ", "))
	fs.Var(&fl.outputs, "output", "also write a report to a file: FORMAT=FILE, or FILE with the format taken from its extension (.sarif, .json, .xml, .rdjsonl, .txt); repeatable")
	fs.StringVar(&fl.configPath, "config", "", "configuration file (default: "+lint.ConfigFileName+" in the current directory or a parent)")
	fs.BoolVar(&fl.noConfig, "no-config", false, "do not look for a configuration file")
	fs.StringVar(&fl.date, "date", "", "article date YYYY-MM-DD; overrides every date found in the articles")
	fs.StringVar(&fl.failLevel, "fail-level", "error", "exit 1 when a finding is at or above this severity: error, warning, info")
	fs.BoolVar(&fl.quiet, "quiet", false, "report only findings at or above --fail-level")
	fs.StringVar(&fl.stdinName, "stdin-filename", "", "path to report for - (stdin); its extension picks the format")
	fs.StringVar(&fl.enable, "rules", "", "comma-separated rules to run (default: all, or the configuration's rules); -name disables one")
	fs.StringVar(&fl.baseline, "baseline", "", "report only findings not recorded in this baseline file")
	fs.BoolVar(&fl.updateBaseline, "update-baseline", false, "write today's findings to the --baseline file instead of reporting")
	fs.StringVar(&fl.newFromRev, "new-from-rev", "", "report only findings on lines changed since this git revision")
	fs.BoolVar(&fl.fix, "fix", false, "apply the certain fixes to the files, then report what is left")
	fs.BoolVar(&fl.diff, "diff", false, "print the fixes as a unified diff instead of writing them")
	fs.Var(&fl.kbFiles, "kb", "extra knowledge-base file (YAML, see kb/README) merged over the built-in one; repeatable")
	fs.StringVar(&fl.fixRules, "fix-rules", "", "rules whose fixes --fix and --diff apply: default (the certain ones: "+strings.Join(defaultFixRules, ", ")+"), all, or rule names")
	fs.StringVar(&fl.cpuProfile, "cpuprofile", "", "write a CPU profile of the run to this file (for go tool pprof)")
	fs.StringVar(&fl.memProfile, "memprofile", "", "write an allocation profile of the run to this file (for go tool pprof)")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newslint lint [flags] PATH...\n\nLints news articles (.txt, .md, .html; directories recursively; - for stdin).\n\nFlags:\n")
		fs.PrintDefaults()
		fmt.Fprintf(stderr, "\nExit codes: 0 clean at --fail-level, 1 findings at or above it, 2 usage, configuration or input error.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fl.set = map[string]bool{}
	fs.Visit(func(f *flag.Flag) { fl.set[f.Name] = true })
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "newslint lint: no paths given (use - for stdin)")
		fs.Usage()
		return 2
	}
	stopProfiles, err := startProfiles(fl.cpuProfile, fl.memProfile)
	if err != nil {
		fmt.Fprintf(stderr, "newslint lint: %v\n", err)
		return 2
	}
	defer stopProfiles(stderr)
	setup, err := newSetup(&fl)
	if err != nil {
		printErrors(stderr, "newslint lint", err)
		return 2
	}

	inputs, results := lint.CollectInputs(fs.Args())
	inputs = slices.DeleteFunc(inputs, func(in lint.Input) bool {
		return in.Path != "-" && setup.file != nil && !setup.file.Matches(in.Path)
	})
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
		if fl.stdinName != "" {
			inputs[i].Path = fl.stdinName
		}
		inputs[i].Format = lint.FormatOf(inputs[i].Path)
	}
	if fl.fix || fl.diff {
		if code := setup.fixFiles(inputs, stdout, stderr); code != 0 || fl.diff {
			return code
		}
	}
	results = append(results, lint.Lint(inputs, setup.cfg)...)
	for i := range results {
		setup.suppress(&results[i])
	}
	if fl.updateBaseline {
		return writeBaseline(fl.baseline, results, stderr)
	}
	if fl.baseline != "" {
		b, err := lint.ReadBaseline(fl.baseline)
		if err != nil {
			fmt.Fprintf(stderr, "newslint lint: %v\n", err)
			return 2
		}
		b.Filter(results, fl.baseline)
	}
	if fl.newFromRev != "" {
		if err := filterNewFromRev(results, fl.newFromRev); err != nil {
			fmt.Fprintf(stderr, "newslint lint: --new-from-rev: %v\n", err)
			return 2
		}
	}
	if fl.quiet {
		for i := range results {
			results[i].Findings = atLeast(results[i].Findings, setup.fail)
		}
	}
	if code := setup.writeReports(results, stdout, stderr); code != 0 {
		return code
	}
	code := 0
	for _, r := range results {
		if r.Err != nil {
			if fl.format != "text" {
				fmt.Fprintf(stderr, "newslint: %v\n", r.Err)
			}
			code = 2
		}
	}
	if code == 0 {
		for _, r := range results {
			if len(atLeast(r.Findings, setup.fail)) > 0 {
				return 1
			}
		}
	}
	return code
}

// printErrors prints each of a joined error on a line of its own.
func printErrors(w io.Writer, prefix string, err error) {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(w, "%s: %s\n", prefix, line)
	}
}

func writeBaseline(file string, results []lint.Result, stderr io.Writer) int {
	if file == "" {
		fmt.Fprintln(stderr, "newslint lint: --update-baseline needs --baseline FILE")
		return 2
	}
	b := lint.NewBaseline(results, file)
	if err := b.WriteFile(file); err != nil {
		fmt.Fprintf(stderr, "newslint lint: writing baseline: %v\n", err)
		return 2
	}
	fmt.Fprintf(stderr, "newslint: wrote %d findings to %s\n", len(b.Findings), file)
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(stderr, "newslint: %v\n", r.Err)
			return 2
		}
	}
	return 0
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

// output is one --output: a report format written to a file.
type output struct{ format, path string }

// outputList is the repeatable --output flag.
type outputList []output

func (o *outputList) String() string {
	var parts []string
	for _, x := range *o {
		parts = append(parts, x.format+"="+x.path)
	}
	return strings.Join(parts, ",")
}

// outputExts map a report file's extension to its format.
var outputExts = map[string]string{".sarif": "sarif", ".json": "json", ".xml": "checkstyle", ".rdjsonl": "rdjsonl", ".jsonl": "rdjsonl", ".txt": "line", ".log": "text"}

func (o *outputList) Set(v string) error {
	format, path, ok := strings.Cut(v, "=")
	if !ok || !slices.Contains(lint.Formats(), format) {
		path = v
		format = outputExts[strings.ToLower(filepath.Ext(v))]
		if format == "" {
			return fmt.Errorf("want FORMAT=FILE (FORMAT one of %s) or a file ending in .sarif, .json, .xml, .rdjsonl or .txt", strings.Join(lint.Formats(), ", "))
		}
	}
	if path == "" {
		return errors.New("empty file name")
	}
	*o = append(*o, output{format, path})
	return nil
}

// writeReports writes the terminal report and every --output file. The
// github format's step summary goes to $GITHUB_STEP_SUMMARY when it is set.
func (s *setup) writeReports(results []lint.Result, stdout, stderr io.Writer) int {
	base := os.Getenv("GITHUB_WORKSPACE")
	if base == "" {
		base, _ = os.Getwd()
	}
	opts := func(format string) (lint.ReportOptions, func() error) {
		o := lint.ReportOptions{Rules: s.cfg.Rules, BaseDir: base}
		done := func() error { return nil }
		if format == "github" {
			if p := os.Getenv("GITHUB_STEP_SUMMARY"); p != "" {
				f, err := os.OpenFile(p, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
				if err == nil {
					o.Summary = f
					done = f.Close
				} else {
					fmt.Fprintf(stderr, "newslint lint: GITHUB_STEP_SUMMARY: %v\n", err)
				}
			}
		}
		return o, done
	}
	o, done := opts(s.flags.format)
	o.Color = s.flags.format == "text" && isTerminal(stdout) && os.Getenv("NO_COLOR") == ""
	err := lint.WriteReport(stdout, s.flags.format, results, o)
	if cerr := done(); err == nil {
		err = cerr
	}
	if err != nil {
		fmt.Fprintf(stderr, "newslint lint: writing report: %v\n", err)
		return 2
	}
	for _, out := range s.flags.outputs {
		var b strings.Builder
		o, done := opts(out.format)
		if out.format == s.flags.format {
			o.Summary = nil // written once already
		}
		err := lint.WriteReport(&b, out.format, results, o)
		if cerr := done(); err == nil {
			err = cerr
		}
		if err == nil {
			err = lint.WriteFileAtomic(out.path, []byte(b.String()), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "newslint lint: writing %s: %v\n", out.path, err)
			return 2
		}
	}
	return 0
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// pathList is a repeatable flag of file paths.
type pathList []string

func (p *pathList) String() string { return strings.Join(*p, ",") }

// Set adds one path.
func (p *pathList) Set(v string) error {
	*p = append(*p, v)
	return nil
}
