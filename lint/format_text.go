package lint

import (
	"fmt"
	"io"
	"strings"
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
			line := []rune(strings.ReplaceAll(r.Doc.LineText(start.Line), "\t", " "))
			col := start.Column - 1
			var width int
			if end.Line == start.Line {
				width = max(1, end.Column-start.Column)
			} else {
				width = max(1, len(line)-col)
			}
			shown, caret, width := excerptWindow(line, col, width)
			fmt.Fprintf(&b, "    %s\n", shown)
			fmt.Fprintf(&b, "    %s%s\n", strings.Repeat(" ", caret), paint(ansiRed, strings.Repeat("^", width)))
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

// excerptLimit is the widest source excerpt the text format prints: news
// paragraphs are often a single line of a thousand characters.
const excerptLimit = 120

// excerptWindow cuts a long line down to a window around the span that
// starts at column col (0-based, in runes) and is width runes wide, marking
// the cuts with "…". It returns the text to show and where the caret
// underline starts in it, and how wide it is.
func excerptWindow(line []rune, col, width int) (shown string, caret, w int) {
	if len(line) <= excerptLimit {
		return string(line), col, width
	}
	w = min(width, excerptLimit-20)
	from := max(0, col-30)
	to := min(len(line), max(from+excerptLimit, col+w+10))
	if to-from > excerptLimit {
		from = max(0, to-excerptLimit)
	}
	shown = string(line[from:to])
	caret = col - from
	if from > 0 {
		shown = "…" + shown
		caret++
	}
	if to < len(line) {
		shown += "…"
	}
	return shown, caret, w
}
