package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/newslint/newslint/lint"
)

// starterConfig is what "newslint init" writes: every setting, commented.
const starterConfig = `# newslint configuration. newslint reads the .newslint.yaml in the current
# directory or the nearest parent (or the file given with --config).
# Unknown keys and rule names are errors. "newslint rules" shows the
# effective rule set.

# Rules to run: "all", rule names, and "-name" to leave one out.
rules: [all]
# rules: [all, -repeated-word]

# Severity overrides: error, warning, info, or off to disable the rule.
# severity:
#   name-variant: info
#   repeated-word: error

# Per-rule options, for rules that document some.
# options:
#   name-variant: {}

# Files to lint (globs relative to this file; "**" crosses folders).
# Without include everything given on the command line is linted.
# include: ["articles/**"]
# exclude: ["drafts/**", "*.html"]

# Date assumed for articles that give none (front matter, dateline …):
# YYYY-MM-DD, or mtime for the file's modification time.
# date: 2025-01-31

# Your own knowledge-base files (same format as kb/data/*.yaml).
# kb: [kb/house-people.yaml]

# Your own boilerplate patterns (same format as rules/boilerplate/patterns.yaml).
# boilerplate_patterns: [style/boilerplate.yaml]

# Rules whose fixes --fix applies: default (the certain ones:
# doubled-punctuation, fused-words, mojibake), all, or rule names.
# fix_rules: [default, boilerplate-promo]

# Exit 1 when a finding is at or above this level (--fail-level wins).
# fail_level: error
`

func runInit(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("newslint init", flag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "overwrite an existing file")
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: newslint init [--force] [FILE]\n\nWrites a commented starter configuration (default %s).\n\nFlags:\n", lint.ConfigFileName)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	path := lint.ConfigFileName
	if fs.NArg() > 1 {
		fs.Usage()
		return 2
	}
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	if _, err := os.Stat(path); err == nil && !*force {
		fmt.Fprintf(stderr, "newslint init: %s exists (use --force to overwrite)\n", path)
		return 2
	}
	if err := lint.WriteFileAtomic(path, []byte(starterConfig), 0o644); err != nil {
		fmt.Fprintf(stderr, "newslint init: %v\n", err)
		return 2
	}
	fmt.Fprintf(stdout, "wrote %s\n", path)
	return 0
}
