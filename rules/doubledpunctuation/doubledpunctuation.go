// Package doubledpunctuation flags punctuation typed twice (". .", "..",
// ",,"), the mark a cut-and-paste or a spinning tool leaves where a
// sentence was removed. Ellipses ("...", ". . .") and mixed marks such as
// "?!" are left alone.
package doubledpunctuation

import (
	"regexp"

	"github.com/newslint/newslint/lint"
)

// Rule is the doubled-punctuation rule.
var Rule = &lint.Rule{
	Name:     "doubled-punctuation",
	Category: lint.Garbled,
	Doc: `Punctuation doubled by damage: ". .", "..", ",,", ";;".

An ellipsis ("...", ". . .", "…") and mixed marks ("?!") are correct and
not reported. The fix removes the extra mark.`,
	Severity: lint.Error,
	Run:      run,
}

// doubled matches a mark, optional spaces, and the same or a clashing
// mark. Runs of three or more periods are matched whole so that they can
// be recognised as ellipses and skipped.
var doubled = regexp.MustCompile(`\.(?: ?\.)+|, ?[,.]|; ?[;,.]|: ?[:;]`)

func run(pass *lint.Pass) error {
	for _, b := range pass.Doc.Blocks {
		for _, m := range doubled.FindAllStringIndex(b.Text, -1) {
			s, e := m[0], m[1]
			run := b.Text[s:e]
			if isEllipsis(run) || (run == ".." && e < len(b.Text) && (b.Text[e] == '/' || b.Text[e] == '\\')) {
				// An ellipsis, or a relative path ("../data").
				continue
			}
			// ".," after an abbreviation ("Inc.,") is correct, and a
			// comma after a period only shows up that way.
			if run[0] == '.' && len(run) >= 2 && run[len(run)-1] != '.' {
				continue
			}
			// Keep the first mark, drop the rest.
			fix := b.Span(s+1, e)
			pass.Report(lint.Finding{
				Range:    b.Span(s, e),
				Severity: lint.Error,
				Message:  "doubled punctuation " + quote(run) + ": a mark is repeated where text was probably cut",
				Fixes: []lint.Fix{{
					Message: "Remove the extra " + quote(run[len(run)-1:]),
					Edits:   []lint.Edit{{Start: fix.Start, End: fix.End}},
				}},
			})
		}
	}
	return nil
}

// isEllipsis reports whether a run of periods is an ellipsis: three or
// more periods, spaced evenly or not at all.
func isEllipsis(run string) bool {
	dots := 0
	for _, c := range run {
		if c == '.' {
			dots++
		} else if c != ' ' {
			return false
		}
	}
	return dots >= 3
}

func quote(s string) string { return "“" + s + "”" }
