// Package doubledpunctuation flags punctuation typed twice (". .", "..",
// ",,"), the mark a cut-and-paste or a spinning tool leaves where a
// sentence was removed. Ellipses ("...", ". . .") and mixed marks such as
// "?!" are left alone.
package doubledpunctuation

import (
	"strings"

	"github.com/newslint/newslint/lint"
)

// Rule is the doubled-punctuation rule.
var Rule = &lint.Rule{
	Name:     "doubled-punctuation",
	Category: lint.Garbled,
	Doc: `Punctuation doubled by damage: ". .", "..", ",,", ";;".

An ellipsis ("...", ". . .", "…") and mixed marks ("?!") are correct and
not reported. The fix removes the extra mark.

Damage is sporadic. When an article writes every semicolon doubled and
never a single one (";;", as some corpus and typesetting conversions do),
the doubling is the document's encoding, not a cut: it is noted once, at
info level, instead of at every mark.`,
	Severity: lint.Error,
	Run:      run,
}

// findDoubled returns the runs of doubled marks in text as byte ranges: a
// mark, an optional space, and the same or a clashing mark, that is the
// matches of the expression
//
//	\.(?: ?\.)+|, ?[,.]|; ?[;,.]|: ?[:;]
//
// leftmost first and without overlap. Runs of three or more periods are
// taken whole so that they can be recognised as ellipses and skipped. A
// scan, not the expression: every block is searched, and nearly every
// mark in it is followed by a space and a word.
func findDoubled(text string) [][2]int {
	var out [][2]int
	for i := 0; i+1 < len(text); i++ {
		// Every match is a mark followed by a mark, maybe after a space:
		// the common mark followed by a space and a word stops here.
		if !isStop(text[i]) || !isStop(text[i+1]) && (text[i+1] != ' ' || i+2 >= len(text) || !isStop(text[i+2])) {
			continue
		}
		end := -1
		switch text[i] {
		case '.':
			for e := markAfter(text, i+1, "."); e >= 0; e = markAfter(text, e, ".") {
				end = e
			}
		case ',':
			end = markAfter(text, i+1, ",.")
		case ';':
			end = markAfter(text, i+1, ";,.")
		case ':':
			end = markAfter(text, i+1, ":;")
		}
		if end >= 0 {
			out = append(out, [2]int{i, end})
			i = end - 1
		}
	}
	return out
}

// isStop reports whether c is one of the marks findDoubled pairs.
func isStop(c byte) bool { return c == '.' || c == ',' || c == ';' || c == ':' }

// markAfter returns the end of one of marks at text[j], or after a space
// there, or -1 when there is none.
func markAfter(text string, j int, marks string) int {
	if j < len(text) && text[j] == ' ' {
		j++
	}
	if j < len(text) && strings.IndexByte(marks, text[j]) >= 0 {
		return j + 1
	}
	return -1
}

func run(pass *lint.Pass) error {
	systematic := semicolonsAlwaysDoubled(pass.Doc)
	notedSystematic := false
	for _, b := range pass.Doc.Blocks {
		for _, m := range findDoubled(b.Text) {
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
			if run == ";;" && systematic {
				if !notedSystematic {
					notedSystematic = true
					pass.Report(lint.Finding{
						Range:    b.Span(s, e),
						Severity: lint.Info,
						Message:  "doubled punctuation “;;”: every semicolon in the article is doubled, an encoding convention of its conversion rather than a cut",
					})
				}
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

// semicolonsAlwaysDoubled reports whether the article writes every
// semicolon as ";;" and none single.
func semicolonsAlwaysDoubled(doc *lint.Document) bool {
	doubledSeen := false
	for _, b := range doc.Blocks {
		t := b.Text
		for {
			i := strings.IndexByte(t, ';')
			if i < 0 {
				break
			}
			if i+1 < len(t) && t[i+1] == ';' {
				doubledSeen = true
				t = t[i+2:]
				continue
			}
			return false
		}
	}
	return doubledSeen
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
