package lint

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiBlue   = "\x1b[34m"
	ansiDim    = "\x1b[2m"
)

// writeText writes "path:line:col severity message [rule]", the source
// line and a caret underline for each finding: the human format.
func writeText(w io.Writer, results []Result, opts ReportOptions) error {
	paint := func(code, s string) string {
		if !opts.Color {
			return s
		}
		return code + s + ansiReset
	}
	var b strings.Builder
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(&b, "%s: %s\n", paint(ansiBold, r.Path), paint(ansiRed, errorLabel(r)+": "+errorMessage(r)))
			if r.Doc == nil {
				continue
			}
		}
		for _, f := range r.Findings {
			start, end := r.Doc.Position(f.Range.Start), r.Doc.Position(f.Range.End)
			sev := f.Severity.String()
			switch f.Severity {
			case Error:
				sev = paint(ansiRed, sev)
			case Warning:
				sev = paint(ansiYellow, sev)
			default:
				sev = paint(ansiBlue, sev)
			}
			fmt.Fprintf(&b, "%s:%d:%d %s %s %s\n", paint(ansiBold, r.Path), start.Line, start.Column, sev, f.Message, paint(ansiDim, "["+f.Rule+"]"))
			line := r.Doc.LineText(start.Line)
			fmt.Fprintf(&b, "    %s\n", strings.ReplaceAll(line, "\t", " "))
			var width int
			if end.Line == start.Line {
				width = max(1, end.Column-start.Column)
			} else {
				width = max(1, utf8.RuneCountInString(line)-start.Column+1)
			}
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", start.Column-1), paint(ansiRed, strings.Repeat("^", width)))
			for _, rel := range f.Related {
				p := r.Doc.Position(rel.Range.Start)
				fmt.Fprintf(&b, "    %s %s:%d:%d\n", paint(ansiDim, "related: "+rel.Message), r.Path, p.Line, p.Column)
			}
			for _, e := range f.Evidence {
				ev := "evidence: " + e.Text
				if e.Source != "" {
					ev += " (" + e.Source + ")"
				}
				fmt.Fprintf(&b, "    %s\n", paint(ansiDim, ev))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
