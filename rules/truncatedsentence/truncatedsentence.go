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

Three shapes are reported. A paragraph whose last word is a determiner,
preposition or conjunction, or which ends on a comma or a hyphen, with no
final mark ("…across the strait. Malta, a"). A sentence closed with a
period right after an article, "of", "and" or "or" ("asleep in their."). And a lower-case word followed,
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
		fields := garbled.BlockFields(pass.Doc, b)
		checkFused(pass, b, fields)
		checkStop(pass, b, fields)
		if b.Kind == lint.BlockParagraph || b.Kind == lint.BlockQuote {
			checkEnd(pass, b, fields)
		}
	}
	return nil
}

// stopWords can never close an English sentence: articles, possessive
// determiners that have a separate pronoun form (their/theirs, our/ours),
// "of" and coordinating conjunctions. "his" and "her" are left out
// ("the choice was his", "police found her"), and so are prepositions
// ("what it was about").
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "their": true, "its": true, "our": true,
	"your": true, "of": true, "and": true, "or": true, "nor": true,
}

// checkStop reports a sentence cut off mid-phrase and closed with a
// period: "asleep in their. The fire spread".
func checkStop(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	for i, f := range fields {
		if i < 2 || !strings.HasSuffix(f.Raw, ".") || f.Core+"." != f.Raw || !stopWords[f.Core] {
			continue
		}
		if b.InQuote(f.Start) || !garbled.IsLowerWord(fields[i-1].Core) {
			continue // quoted speech trails off; "Plan A." and "vitamin A." are names
		}
		start := 0
		for j := i - 1; j >= 0; j-- {
			if garbled.EndsSentence(fields[j].Raw) {
				start = fields[j+1].Start
				break
			}
		}
		pass.Report(lint.Finding{
			Range:    b.Span(start, f.End),
			Severity: lint.Warning,
			Message:  "truncated sentence: it ends on “" + f.Core + "”, which no sentence can end on: the rest of it was cut off",
		})
	}
}

// checkEnd reports a paragraph that ends mid-phrase.
func checkEnd(pass *lint.Pass, b *lint.Block, fields []garbled.Field) {
	if len(fields) < 4 {
		return // too short to be a sentence: a label, a byline
	}
	last := fields[len(fields)-1]
	r, _ := utf8.DecodeLastRuneInString(last.Raw)
	sev := lint.Warning
	var why string
	switch {
	case r == ',':
		why = "ends on a comma"
	case r == '-' && len(last.Raw) > 1:
		why = "ends on a hyphen"
	case last.Core == last.Raw && (garbled.IsDanglingWord(strings.ToLower(last.Core)) || prenominal[last.Core]):
		why = "ends on “" + last.Core + "”, a word that needs more after it,"
	case last.Core == last.Raw && garbled.IsLowerWord(last.Core) && isClause(fields):
		// A sentence with a verb and no final mark: cut, or only missing
		// its period; which one is unsure, so it is only noted.
		sev, why = lint.Info, "ends without final punctuation after “"+last.Core+"”,"
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
		Severity: sev,
		Message:  "truncated sentence: the paragraph " + why + " with no final punctuation: the sentence was probably cut off",
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
		// Every opener is capitalised: that test is the cheapest and
		// rules out most fields before the word and map tests.
		if !garbled.IsCapitalised(opener.Core) || !garbled.Openers[opener.Core] ||
			!garbled.IsLowerWord(prev.Core) || introducers[prev.Core] {
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

// prenominal words stand before a noun and never end a sentence ("the
// so-called", "their respective"). Words that can also stand alone ("the
// former", "a large following", "winter is coming") are not here.
var prenominal = map[string]bool{
	"upcoming": true, "so-called": true, "respective": true, "various": true,
	"would-be": true, "whose": true,
}

// isClause reports whether the paragraph's last sentence (after its last
// sentence end) is long and has a finite verb: a sentence, not a label or
// a headline-like tail, so a missing final mark means it was cut.
func isClause(fields []garbled.Field) bool {
	start := 0
	for i := len(fields) - 2; i >= 0; i-- {
		if garbled.EndsSentence(fields[i].Raw) {
			start = i + 1
			break
		}
	}
	tail := fields[start:]
	if len(tail) < minCutSentenceWords {
		return false
	}
	for i, f := range tail {
		if strings.HasSuffix(f.Raw, ":") {
			return false // a label: "SEE ALSO: …", "Read more: …"
		}
		if i > 0 && garbled.Auxiliaries[f.Core] {
			return true
		}
	}
	return false
}

// minCutSentenceWords is the length from which a paragraph's unpunctuated
// last sentence with a verb is taken for a cut one.
const minCutSentenceWords = 10

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
