// Package repeatedword flags a word typed twice in a row ("for for"), as
// editing and spinning tools leave it, while leaving grammatical doubles
// ("that that", "had had") and doubled names ("Walla Walla") alone.
package repeatedword

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// Rule is the repeated-word rule.
var Rule = &lint.Rule{
	Name:     "repeated-word",
	Category: lint.Garbled,
	Doc: `A word repeated by mistake ("talks for for peace").

Grammatical doubles ("that that", "had had"), reduplicated names ("Walla
Walla", "Bora Bora") and repeats across a line break in a list are not
reported. The fix deletes the second word.`,
	Severity: lint.Warning,
	Run:      run,
}

// grammatical holds words whose doubling is often correct English.
var grammatical = map[string]bool{
	"that": true, "had": true, "is": true, "do": true, "did": true, "was": true,
	"bye": true, "ha": true, "no": true, "very": true, "so": true, "knock": true,
	"bang": true, "boo": true, "chop": true, "tut": true, "yada": true, "hip": true,
	"what": true, "who": true, "whom": true, "pom": true, "tsk": true, "now": true,
}

// functionWords are words that are never names, so "The The" at the start
// of a sentence is a slip, not a band.
var functionWords = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "of": true, "to": true,
	"and": true, "but": true, "for": true, "it": true, "he": true, "she": true,
	"we": true, "they": true, "this": true, "at": true, "as": true, "with": true,
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	for _, s := range doc.Sentences() {
		toks := s.Tokens
		for i := 1; i < len(toks); i++ {
			a, b := toks[i-1], toks[i]
			// EqualFold first: it rejects nearly every pair at the first
			// byte, where isWord would read the whole token.
			if !strings.EqualFold(a.Text, b.Text) || !isWord(a.Text) {
				continue
			}
			low := strings.ToLower(a.Text)
			if grammatical[low] {
				continue
			}
			// "Walla Walla", "Sirhan Sirhan": both capitalised and not
			// a sentence-initial slip ("The the").
			if isCapitalised(a.Text) && isCapitalised(b.Text) && (i > 1 || !functionWords[low]) {
				continue
			}
			// Only white space on one line may separate them.
			gap := doc.Source[a.Src.End:b.Src.Start]
			if strings.ContainsAny(string(gap), "\n\r") || strings.TrimSpace(string(gap)) != "" {
				continue
			}
			pass.Report(lint.Finding{
				Range:    lint.Range{Start: a.Src.Start, End: b.Src.End},
				Severity: lint.Warning,
				Message:  "repeated word “" + b.Text + "”",
				Fixes: []lint.Fix{{
					Message: "Delete the second “" + b.Text + "”",
					Edits:   []lint.Edit{{Start: a.Src.End, End: b.Src.End}},
				}},
			})
		}
	}
	return nil
}

func isWord(s string) bool {
	if utf8.RuneCountInString(s) < 1 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isCapitalised(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
