package lint

import (
	"fmt"
	"io"
	"sort"
)

// Version is newslint's version, stamped into every report.
const Version = "0.1.0"

// ReportOptions tune how a report is written.
type ReportOptions struct {
	// Color turns on ANSI colors in the text format (a terminal).
	Color bool
}

// Formatter writes one report format from the one finding model.
type Formatter func(w io.Writer, results []Result, opts ReportOptions) error

// formatters holds the output formats by name.
var formatters = map[string]Formatter{
	"text": writeText,
	"json": writeJSON,
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
