// Package strayfragment flags very short sentences that belong to nothing,
// as spinning tools leave them: a first-person scrap in reported prose
// ("I'm leaving."), a pronoun with an empty passive ("It is being
// made."), a verbless prepositional phrase ("Of the pier and the
// harbour."). Real short sentences and quoted speech are left alone.
package strayfragment

import (
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/garbled"
)

// Rule is the stray-fragment rule.
var Rule = &lint.Rule{
	Name:     "stray-fragment",
	Category: lint.Garbled,
	Doc: `A very short sentence fragment that belongs to nothing.

Reported, outside quotation marks, in a paragraph of reported prose: a
first-person sentence of at most four words ("I'm making."), a pronoun
with an empty progressive passive ("It is being done."), and a verbless
phrase of at most eight words that opens with a preposition ("Of the pier
and the harbour."). Real short sentences ("He declined.", "No one was
hurt.", "It was not.") and anything in quotes are not reported, nor is a
paragraph that is written in the first person. Closed word lists are used,
not POS tags, to keep the rule cheap.`,
	Severity: lint.Warning,
	Run:      run,
}

// firstPerson are the first-person subject forms, with contractions.
var firstPerson = map[string]bool{
	"i": true, "i'm": true, "i’m": true, "i've": true, "i’ve": true, "i'll": true,
	"i’ll": true, "i'd": true, "i’d": true, "we": true, "we're": true, "we’re": true,
	"we've": true, "we’ve": true, "we'll": true, "we’ll": true,
}

// fragmentPrepositions open a phrase that needs a clause to attach to.
// "Among them, the mayor." and "With good reason." are deliberate
// verbless sentences in news style, so "Among" and "With" are not here.
var fragmentPrepositions = map[string]bool{
	"Of": true, "From": true, "Into": true, "Onto": true, "Upon": true, "Via": true,
}

// idioms are short prepositional sentences that stand alone in news.
var idioms = map[string]bool{
	"of course": true, "with that": true, "from there": true, "with reporting by": true,
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	type candidate struct {
		s   lint.Sentence
		why string
	}
	var found []candidate
	for _, s := range doc.Sentences() {
		b := doc.Blocks[s.Block]
		if b.Kind != lint.BlockParagraph {
			continue
		}
		// The length test comes first: it is free and rules out nearly
		// every sentence before the costlier ones.
		fields := garbled.SentenceFields(doc, s)
		if len(fields) == 0 || len(fields) > maxFragmentFields || !garbled.EndsSentence(fields[len(fields)-1].Raw) ||
			b.InQuote(s.Pos.Start) || strings.ContainsAny(s.Text, "\"“”‘:") {
			continue
		}
		if why := classify(fields); why != "" {
			found = append(found, candidate{s, why})
		}
	}
	// First-person words outside quotations and outside the candidate
	// fragments mean the article is written in the first person (a
	// column, a letter): a short "I" sentence is then the writer's voice.
	firstPersonElsewhere := -1
	for _, c := range found {
		if c.why == "first" && firstPersonElsewhere < 0 {
			firstPersonElsewhere = countFirstPerson(doc)
			for _, o := range found {
				if o.why == "first" {
					firstPersonElsewhere -= countFirstPersonIn(o.s.Text)
				}
			}
		}
		if c.why == "first" && firstPersonElsewhere > 0 {
			continue
		}
		pass.Report(lint.Finding{
			Range:    c.s.Src,
			Severity: lint.Warning,
			Message:  "stray fragment “" + c.s.Text + "”: " + fragmentKinds[c.why] + "; it belongs to no sentence",
		})
	}
	return nil
}

// fragmentKinds explain each kind of fragment.
var fragmentKinds = map[string]string{
	"first":   "a first-person scrap in reported prose",
	"passive": "a pronoun with an empty passive and nothing it refers to",
	"prep":    "a phrase with no verb, opening with a preposition it has nothing to attach to",
}

// maxFragmentFields is the longest fragment classify reports.
const maxFragmentFields = 8

// classify says which kind of fragment the sentence is, or "".
func classify(fields []garbled.Field) string {
	words := make([]string, len(fields))
	for i, f := range fields {
		words[i] = strings.ToLower(f.Core)
	}
	switch {
	case len(fields) <= 4 && firstPerson[words[0]]:
		return "first"
	case len(fields) <= 4 && (words[0] == "it" || words[0] == "this") && len(words) >= 3 &&
		(words[1] == "is" || words[1] == "was") && words[2] == "being":
		return "passive"
	case len(fields) >= 2 && len(fields) <= maxFragmentFields && fragmentPrepositions[fields[0].Core]:
		if idioms[strings.Join(words[:min(3, len(words))], " ")] || idioms[strings.Join(words[:2], " ")] {
			return ""
		}
		for _, w := range words {
			if garbled.Auxiliaries[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
				return ""
			}
		}
		return "prep"
	}
	return ""
}

// countFirstPerson counts first-person words outside quotations in the
// article.
func countFirstPerson(doc *lint.Document) int {
	n := 0
	for _, b := range doc.Blocks {
		for _, f := range garbled.BlockFields(doc, b) {
			if isFirstPerson(f.Core) && !b.InQuote(f.Start) {
				n++
			}
		}
	}
	return n
}

// countFirstPersonIn counts the first-person words of one sentence.
func countFirstPersonIn(text string) int {
	n := 0
	for _, f := range garbled.Fields(text) {
		if isFirstPerson(f.Core) {
			n++
		}
	}
	return n
}

func isFirstPerson(word string) bool {
	w := strings.ToLower(word)
	return firstPerson[w] || w == "my" || w == "me" || w == "our" || w == "us"
}
