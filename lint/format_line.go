package lint

import (
	"fmt"
	"io"
	"strings"
)

// writeLine writes "path:line:column: severity: message [rule]", one line
// per finding, for editors' quickfix lists, grep and problem matchers. An
// input error is "path: error: message". Line breaks in a message become
// spaces so that one finding is always one line.
func writeLine(w io.Writer, results []Result, _ ReportOptions) error {
	var b strings.Builder
	for _, r := range results {
		if r.Err != nil && r.Doc == nil {
			fmt.Fprintf(&b, "%s: error: %s\n", oneLine(r.Path), oneLine(errorMessage(r)))
			continue
		}
		for _, f := range r.Findings {
			p := r.Doc.Position(f.Range.Start)
			fmt.Fprintf(&b, "%s:%d:%d: %s: %s [%s]\n", oneLine(r.Path), p.Line, p.Column, f.Severity, oneLine(f.Message), f.Rule)
		}
		if r.Err != nil {
			fmt.Fprintf(&b, "%s: error: %s\n", oneLine(r.Path), oneLine(errorMessage(r)))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var lineBreaks = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")

func oneLine(s string) string { return lineBreaks.Replace(s) }
