package lint

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// Version is newslint's version, stamped into every report.
const Version = "0.1.0"

// ReportOptions tune how a report is written.
type ReportOptions struct {
	// Color turns on ANSI colors in the text format (a terminal).
	Color bool
	// Rules are the rules that ran, for formats that describe them (SARIF).
	Rules []*Rule
	// BaseDir is the directory paths are made relative to in formats that
	// want repository-relative paths (SARIF); empty means the paths as given.
	BaseDir string
	// Summary, when set, receives the github format's full Markdown table
	// of findings (the file named by $GITHUB_STEP_SUMMARY).
	Summary io.Writer
}

// Formatter writes one report format from the one finding model.
type Formatter func(w io.Writer, results []Result, opts ReportOptions) error

// formatters holds the output formats by name; each lives in its own
// format_<name>.go file.
var formatters = map[string]Formatter{
	"text":       writeText,
	"json":       writeJSON,
	"line":       writeLine,
	"github":     writeGitHub,
	"sarif":      writeSARIF,
	"rdjsonl":    writeRDJSONL,
	"checkstyle": writeCheckstyle,
}

// Formats lists the names of the output formats, sorted.
func Formats() []string {
	names := make([]string, 0, len(formatters))
	for n := range formatters {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// WriteReport writes results in the named format.
func WriteReport(w io.Writer, format string, results []Result, opts ReportOptions) error {
	f, ok := formatters[format]
	if !ok {
		return fmt.Errorf("unknown format %q", format)
	}
	return f(w, results, opts)
}

// errorLabel names the kind of a result's error: "input error" for a file
// that could not be read or parsed, "error" otherwise (a bad directive).
func errorLabel(r Result) string {
	if _, ok := errors.AsType[*InputError](r.Err); ok {
		return "input error"
	}
	return "error"
}

// errorMessage is an input error's message without the path it repeats.
func errorMessage(r Result) string {
	return strings.TrimPrefix(r.Err.Error(), r.Path+": ")
}

// relPath makes p relative to base when p lies inside it, with forward
// slashes, and says whether it does; otherwise it returns p with forward
// slashes.
func relPath(base, p string) (string, bool) {
	if base != "" {
		abs, err := filepath.Abs(p)
		if err == nil {
			if rel, err := filepath.Rel(base, abs); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				return filepath.ToSlash(rel), true
			}
		}
	}
	return filepath.ToSlash(p), false
}
