// Package fusedheadline flags a headline or photo caption glued into body
// text: a title-case run with no final punctuation before a sentence
// ("… final. Rivals Sign Landmark Pact With Neighbours The deal …"), a
// headline-like fragment left at the end of a paragraph, and a caption
// ending in a date fused before a sentence ("…, March 3, 2021 Earlier, …").
package fusedheadline

import (
	"strings"

	"github.com/newslint/newslint/rules/internal/lazyre"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/garbled"
)

// Rule is the fused-headline rule.
var Rule = &lint.Rule{
	Name:     "fused-headline",
	Category: lint.Garbled,
	Doc: `A headline or photo caption fused into a paragraph.

Three shapes are reported. A run of title-case words after a sentence end
or at the start of a paragraph, with no punctuation, that capitalises a
word a sentence would write in lower case ("With", "At", "For", "To"…),
then a sentence opener such as "The": the headline of another story glued
in. A paragraph whose last sentence has no final punctuation, no finite
verb and does not end mid-phrase: a headline-like tail. And a date
("November 2, 2021") directly followed by a capitalised sentence opener,
the end of a photo caption run into the text. Headings, quotations and
names ("Bank of America", "Gone with the Wind") are not reported.`,
	Severity: lint.Warning,
	Run:      run,
	Prepare:  func() { captionDate() },
}

// titleFunctionWords are written in lower case in a sentence but
// capitalised in a title-case headline.
var titleFunctionWords = map[string]bool{
	"With": true, "At": true, "To": true, "For": true, "From": true, "Into": true,
	"Over": true, "Amid": true, "Against": true, "After": true, "As": true, "On": true,
	"Of": true, "By": true, "Is": true, "Are": true, "Be": true, "Than": true, "Via": true,
}

// headlineLower are the short words a headline may keep in lower case.
var headlineLower = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "in": true,
	"on": true, "at": true, "to": true, "for": true, "by": true, "vs": true, "with": true,
	"from": true, "as": true,
}

// sentenceOpeners end a fused headline: the body sentence resumes there.
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "In": true, "On": true, "It": true, "Its": true,
	"Their": true, "Earlier": true, "Meanwhile": true, "However": true, "But": true,
	"This": true, "These": true, "Officials": true, "Several": true, "Some": true,
}

// captionDate is a caption's closing date ("November 2, 2021", AP's
// "Nov. 2, 2021") run into a capitalised sentence opener. It is compiled
// on first use or by Prepare, off the critical path: its Unicode class
// makes it the costliest part of the package's initialisation.
var captionDate = lazyre.New(`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|` +
	`(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.) \d{1,2}, \d{4} (` +
	`The|A|An|Earlier|Later|Meanwhile|However|But|In|On|At|After|Before|When|While|Several|Some|It|He|She|They|His|Her|Its|Their|This)(,| \p{Ll})`)

func run(pass *lint.Pass) error {
	for _, b := range pass.Doc.Blocks {
		if b.Kind == lint.BlockHeading || b.Kind == lint.BlockPlainTitle || b.Kind == lint.BlockTableCell {
			continue
		}
		fields := garbled.BlockFields(pass.Doc, b)
		checkTitleRun(pass, b, fields)
		if b.Kind == lint.BlockParagraph {
			checkTail(pass, b, fields)
		}
		if !hasYear(b.Text) {
			continue // the caption pattern ends in a year; skip the regexp
		}
		for _, m := range captionDate().FindAllStringSubmatchIndex(b.Text, -1) {
			if b.InQuote(m[0]) {
				continue
			}
			pass.Report(lint.Finding{
				Range:    b.Span(m[0], m[3]),
				Severity: lint.Warning,
				Message:  "fused caption: a date with no final punctuation runs straight into “" + b.Text[m[2]:m[3]] + "”, the end of a photo caption glued to the paragraph",
			})
		}
	}
	return nil
}

// hasYear reports whether text holds ", " and four digits, as a written
// date ("May 9, 2020") does.
func hasYear(text string) bool {
	for i := strings.Index(text, ", "); i >= 0 && i+6 <= len(text); {
		if isDigits(text[i+2 : i+6]) {
			return true
		}
		next := strings.Index(text[i+2:], ", ")
		if next < 0 {
			return false
		}
		i += 2 + next
	}
	return false
}

func isDigits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// checkTitleRun reports a title-case run at a sentence start that ends at
// a sentence opener.
func checkTitleRun(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	for i := 0; i < len(fields); i++ {
		if i > 0 && !garbled.EndsSentence(fields[i-1].Raw) {
			continue
		}
		// findOpener before InQuote: it rejects an ordinary sentence at
		// its first lower-case word, while InQuote walks the quotations.
		opener := findOpener(fields[i:])
		if opener < 0 || b.InQuote(fields[i].Start) {
			continue
		}
		opener += i
		pass.Report(lint.Finding{
			Range:    b.Span(fields[i].Start, fields[opener-1].End),
			Severity: lint.Warning,
			Message: "fused headline: “" + b.Text[fields[i].Start:fields[opener-1].End] +
				"” is a title-case phrase with no verb or final punctuation glued before the sentence “" + fields[opener].Core + " …”",
		})
		i = opener
	}
}

// findOpener walks a run of title-case words (capitalised, or short
// words a headline keeps in lower case) at the start of fields and
// returns the index of the sentence opener that ends it, or -1. The run
// must hold four capitalised words and a capitalised function word
// ("With", "At") before the opener, and contain no punctuation.
func findOpener(fields []garbled.Field) int {
	capitals, titleWord := 0, false
	for j, f := range fields {
		if f.Core != f.Raw || !garbled.IsCapitalised(f.Core) && !headlineLower[f.Core] {
			return -1 // punctuation or a lower-case content word: a sentence
		}
		if !garbled.IsCapitalised(f.Core) {
			continue
		}
		if j > 0 && sentenceOpeners[f.Core] && capitals >= 4 && titleWord && j+1 < len(fields) {
			return j
		}
		if j > 0 && titleFunctionWords[f.Core] {
			titleWord = true
		}
		capitals++
	}
	return -1
}

// checkTail reports a paragraph whose last sentence is a headline-like
// fragment: no final punctuation and no finite verb.
func checkTail(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	if len(fields) == 0 {
		return
	}
	last := fields[len(fields)-1]
	if garbled.EndsSentence(last.Raw) || strings.ContainsAny(last.Raw, "\"”’):;,-—–") || last.Core != last.Raw {
		return
	}
	if garbled.IsDanglingWord(strings.ToLower(last.Core)) {
		return // cut mid-phrase: truncated-sentence reports it
	}
	start := -1
	for i := len(fields) - 2; i >= 0; i-- {
		if garbled.EndsSentence(fields[i].Raw) {
			start = i + 1
			break
		}
	}
	if start < 1 {
		return // the paragraph has no complete sentence before the tail
	}
	tail := fields[start:]
	if len(tail) < 3 || len(tail) > 20 || b.InQuote(tail[0].Start) {
		return
	}
	for _, f := range tail {
		if garbled.Auxiliaries[strings.ToLower(f.Core)] || strings.ContainsAny(f.Raw, "\"“”") {
			return
		}
	}
	pass.Report(lint.Finding{
		Range:    b.Span(tail[0].Start, last.End),
		Severity: lint.Warning,
		Message:  "fused headline: the paragraph ends with “" + b.Text[tail[0].Start:last.End] + "”, a fragment with no verb or final punctuation, like a headline or a sentence's detached tail",
	})
}
