// Package truncatedsentence flags sentences that stop mid-phrase: a
// paragraph ending on a determiner, preposition, conjunction, comma or
// hyphen ("…, Turkey, a"), and a clause cut off and fused with the start
// of the next sentence ("his lawyers said Outside the court").
package truncatedsentence

import (
	"strings"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/garbled"
)

// Rule is the truncated-sentence rule.
var Rule = &lint.Rule{
	Name:     "truncated-sentence",
	Category: lint.Garbled,
	Doc: `A sentence cut off mid-phrase, alone or fused with the next one.

Two shapes are reported. A paragraph whose last word is a determiner,
preposition or conjunction, or which ends on a comma or a hyphen, with no
final mark ("…across the strait. Malta, a"). And a lower-case word followed,
with no punctuation, by a capitalised sentence opener that is not a name
("The", "Several", "Outside", "However", …) and then a lower-case word:
"…whether lenders Several banks said…". Names after lower-case words
("said Reuters", "told The Times", "in New York") are not reported: the
opener list holds no names, and an opener followed by a capitalised word
("The Times") is taken for a name. Headings are never reported. No fix is
offered: the lost words are unknown.`,
	Severity: lint.Warning,
	Run:      run,
}

// introducers are words after which a capitalised title or quoted word
// is normal ("a film called The hunt", "the word However").
var introducers = map[string]bool{
	"called": true, "named": true, "titled": true, "entitled": true, "dubbed": true,
	"word": true, "words": true, "term": true, "phrase": true, "headline": true,
	"read": true, "reads": true, "reading": true, "the": true, "a": true, "an": true,
	"magazine": true, "newspaper": true, "film": true, "book": true, "song": true,
	"album": true, "band": true, "show": true, "series": true, "movie": true, "novel": true, "play": true,
}

func run(pass *lint.Pass) error {
	for _, b := range pass.Doc.Blocks {
		if b.Kind == lint.BlockHeading || b.Kind == lint.BlockPlainTitle || b.Kind == lint.BlockTableCell {
			continue
		}
		fields := garbled.Fields(b.Text)
		checkFused(pass, b, fields)
		if b.Kind == lint.BlockParagraph || b.Kind == lint.BlockQuote {
			checkEnd(pass, b, fields)
		}
	}
	return nil
}

// checkEnd reports a paragraph that ends mid-phrase.
func checkEnd(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	if len(fields) < 4 {
		return // too short to be a sentence: a label, a byline
	}
	last := fields[len(fields)-1]
	r, _ := utf8.DecodeLastRuneInString(last.Raw)
	var why string
	switch {
	case r == ',':
		why = "ends on a comma"
	case r == '-' && len(last.Raw) > 1:
		why = "ends on a hyphen"
	case last.Core == last.Raw && garbled.IsDanglingWord(strings.ToLower(last.Core)):
		why = "ends on “" + last.Core + "”, a word that needs more after it,"
	default:
		return
	}
	// The cut sentence starts after the last sentence end before it.
	start := 0
	for i := len(fields) - 2; i >= 0; i-- {
		if garbled.EndsSentence(fields[i].Raw) {
			start = fields[i+1].Start
			break
		}
	}
	pass.Report(lint.Finding{
		Range:    b.Span(start, last.End),
		Severity: lint.Warning,
		Message:  "truncated sentence: the paragraph " + why + " with no final punctuation: the sentence was cut off mid-phrase",
	})
}

// checkFused reports a clause cut off and glued to the next sentence.
func checkFused(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	for i := 1; i+1 < len(fields); i++ {
		prev, opener, next := fields[i-1], fields[i], fields[i+1]
		// No punctuation at all between the lower-case word and the
		// opener, and the opener not wrapped in quotes or brackets.
		if prev.Core != prev.Raw || opener.Core != opener.Raw && !strings.HasSuffix(opener.Raw, ",") {
			continue
		}
		if !garbled.IsLowerWord(prev.Core) || introducers[prev.Core] || !garbled.Openers[opener.Core] {
			continue
		}
		// The word after the opener is lower case (or the opener takes a
		// comma, "However,"): a capitalised one makes a name ("The Times").
		if !strings.HasSuffix(opener.Raw, ",") && !garbled.IsLowerWord(next.Core) && !isNumber(next.Core) {
			continue
		}
		if strings.HasSuffix(opener.Raw, ",") && !adverbOpeners[opener.Core] {
			continue
		}
		start := 0
		for j := i - 1; j >= 0; j-- {
			if garbled.EndsSentence(fields[j].Raw) {
				start = fields[j+1].Start
				break
			}
		}
		// A clause of a few words is more likely a subheading run into
		// the paragraph than a cut sentence: still damage, but which kind
		// is unsure, so it is only noted.
		sev, msg := lint.Warning, "truncated sentence: the clause stops after “"+prev.Core+"” and a new sentence (“"+opener.Core+" …”) is fused onto it without punctuation"
		if words := i - wordIndex(fields, start); words < minClauseWords {
			sev = lint.Info
			msg = "a short phrase ending in “" + prev.Core + "” runs into a new sentence (“" + opener.Core + " …”) without punctuation: a subheading or a cut clause"
		}
		pass.Report(lint.Finding{
			Range:    b.Span(prev.Start, opener.End),
			Severity: sev,
			Message:  msg,
		})
	}
}

// minClauseWords is the length from which the words before a fused opener
// read as a clause that was cut rather than a heading-like label.
const minClauseWords = 6

// wordIndex returns the index of the field that starts at off.
func wordIndex(fields []garbled.Field, off int) int {
	for i, f := range fields {
		if f.Start >= off {
			return i
		}
	}
	return len(fields)
}

// adverbOpeners begin a sentence with a comma after them ("However, …").
var adverbOpeners = map[string]bool{
	"However": true, "Meanwhile": true, "Earlier": true, "Later": true, "Instead": true,
	"Still": true, "Separately": true, "Also": true,
}

func isNumber(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			return false
		}
	}
	return true
}
