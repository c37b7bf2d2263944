package boilerplate

import (
	"fmt"
	"math"
	"regexp"
	"strings"
	"unicode"

	"github.com/newslint/newslint/lint"
)

// wrapUpOpening is how a chat assistant closes the essay it was asked
// for; news copy ends on a fact or a quote instead.
var wrapUpOpening = regexp.MustCompile(`^(?:In conclusion|In summary|To conclude|To sum up|To summari[sz]e|In closing|All in all|In sum)\s*[,:]`)

// Wrap-up scoring: the opening alone is info; restating the lead makes it
// a warning.
const (
	wrapUpWeight   = 0.75
	restatedBonus  = 0.15
	restatedShare  = 0.3 // share of the wrap-up's content words found in the lead
	wrapUpTailSize = 3   // the wrap-up must be among the last body paragraphs
	leadParagraphs = 2
)

// wrapUpResult is a wrap-up paragraph with the lead it restates.
type wrapUpResult struct {
	candidate
	overlap, words int
}

// bodyBlocks lists the paragraphs that carry the article's prose: no
// headings, and no one-line labels ("Published: …") too short to be a lead.
func bodyBlocks(doc *lint.Document) []*lint.Block {
	var out []*lint.Block
	for _, b := range doc.Blocks {
		if b.Kind == lint.BlockParagraph && hasWords(b.Text, 8) {
			out = append(out, b)
		}
	}
	return out
}

// hasWords reports whether text has at least n words, as strings.Fields
// splits them, without making the list: every block is asked.
func hasWords(text string, n int) bool {
	count, inWord := 0, false
	for _, r := range text {
		if unicode.IsSpace(r) {
			inWord = false
			continue
		}
		if !inWord {
			inWord = true
			count++
			if count >= n {
				return true
			}
		}
	}
	return false
}

// wrapUp finds an "In conclusion," paragraph near the end of the article
// and measures how much of it restates the lead.
func wrapUp(doc *lint.Document, found []candidate) (wrapUpResult, []*lint.Block, bool) {
	body := bodyBlocks(doc)
	for i := len(body) - 1; i >= 0 && i >= len(body)-wrapUpTailSize; i-- {
		b := body[i]
		loc := wrapUpOpening.FindStringIndex(b.Text)
		if len(loc) < 2 || b.InQuote(loc[0]) || reportedWhole(found, b.Index) {
			continue
		}
		r := wrapUpResult{candidate: candidate{
			block: b.Index, pos: lint.Range{Start: 0, End: len(b.Text)}, wholeBlock: true,
			score: wrapUpWeight, hits: []hit{{pat: wrapUpPattern, pos: lint.Range{Start: loc[0], End: loc[1]}}},
		}}
		lead := body[:min(leadParagraphs, i)]
		if len(lead) > 0 {
			leadWords := map[string]bool{}
			for _, l := range lead {
				for w := range contentWords(l.Text) {
					leadWords[w] = true
				}
			}
			own := contentWords(b.Text)
			for w := range own {
				if leadWords[w] {
					r.overlap++
				}
			}
			r.words = len(own)
			if r.words > 0 && float64(r.overlap) >= restatedShare*float64(r.words) {
				r.score += restatedBonus
				r.reasons = append(r.reasons, "restates the lead")
			}
		}
		if b.Index == len(doc.Blocks)-1 || i == len(body)-1 {
			r.score += 0.05
			r.reasons = append(r.reasons, "closes the article")
		}
		r.score = math.Round(r.score*100) / 100
		return r, lead, true
	}
	return wrapUpResult{}, nil, false
}

// wrapUpPattern stands for the built-in wrap-up check in the evidence.
var wrapUpPattern = &Pattern{ID: "ai-wrap-up", Kind: KindAI, Weight: wrapUpWeight, Note: "AI-style wrap-up", Origin: "wrapup.go"}

func reportedWhole(found []candidate, block int) bool {
	for _, c := range found {
		if c.block == block && c.wholeBlock {
			return true
		}
	}
	return false
}

func reportWrapUp(pass *lint.Pass, r wrapUpResult, lead []*lint.Block) {
	doc := pass.Doc
	b := doc.Blocks[r.block]
	ev := []lint.Evidence{{Text: fmt.Sprintf("opens with “%s”, %d paragraph(s) from the end", b.Text[r.hits[0].pos.Start:r.hits[0].pos.End], len(doc.Blocks)-1-b.Index)}}
	var related []lint.Related
	if r.words > 0 {
		ev = append(ev, lint.Evidence{Text: fmt.Sprintf("%d of its %d content words are also in the lead", r.overlap, r.words)})
		for _, l := range lead {
			related = append(related, lint.Related{Message: "the lead it restates", Range: l.Span(0, len(l.Text))})
		}
	}
	msg := "AI-style “In conclusion” wrap-up"
	if r.score >= warnAt {
		msg = "AI-style wrap-up restating the lead"
	}
	pass.Report(lint.Finding{
		Severity: severity(r.score),
		Message:  fmt.Sprintf("%s: “%s” (ai boilerplate)", msg, excerpt(b.Text, 50)),
		Range:    b.Span(0, len(b.Text)),
		Evidence: ev,
		Related:  related,
		Fixes:    []lint.Fix{{Message: "Delete the paragraph", Edits: []lint.Edit{deletion(doc, b, r.candidate)}}},
	})
}

// contentWords returns the lower-cased words of four letters or more that
// are not function words: what a restatement shares with its source.
func contentWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 4 && !functionWord[w] {
			out[w] = true
		}
	}
	return out
}

var functionWord = map[string]bool{
	"that": true, "this": true, "with": true, "from": true, "have": true, "been": true,
	"were": true, "their": true, "there": true, "which": true, "while": true, "would": true,
	"could": true, "should": true, "about": true, "into": true, "after": true, "before": true,
	"also": true, "they": true, "them": true, "these": true, "those": true, "such": true,
	"than": true, "then": true, "when": true, "where": true, "will": true, "said": true,
	"conclusion": true, "summary": true, "overall": true, "moreover": true, "however": true,
}

// appealTheme names what an outlet's appeal is about; when it turns up in
// a trailing clause elsewhere, the appeal has leaked into the story.
var appealTheme = &lazyRegexp{expr: `(?i)\b(?:independent|free|quality|public-interest|trustworthy|accurate) (?:journalism|media|press|reporting|journalists|news(?:room)?)\b|\bpress freedom\b|\bfreedom of the press\b`}

// trailingClause matches a participial clause hung on a sentence: ",
// pointing to…", ", highlighting…"; prepositions ending in -ing
// ("including", "according to") introduce no clause.
var trailingClause = &lazyRegexp{expr: `^,\s+(\p{Ll}+ing)\b`}

var ingPrepositions = map[string]bool{
	"including": true, "according": true, "during": true, "concerning": true,
	"regarding": true, "following": true, "excluding": true, "notwithstanding": true,
}

// splicedClause reports whether text opens with a participial clause.
func splicedClause(text string) bool {
	m := trailingClause.get().FindStringSubmatch(text)
	return len(m) == 2 && !ingPrepositions[m[1]]
}

// aboutMedia finds a sentence that is itself about journalism.
var aboutMedia = &lazyRegexp{expr: `(?i)\b(?:journalism|journalists?|journalistic|media|press|outlets?|newspapers?|reporters?|censorship|broadcasters?|editors?|newsrooms?|reporting)\b`}

// leak is an appeal's theme echoed in another sentence.
type leak struct {
	block  int
	pos    lint.Range
	appeal candidate
	phrase string
}

// leaks finds the themes of the strongest appeals echoed outside them.
func leaks(doc *lint.Document, sentsByBlock [][]lint.Sentence, found []candidate) []leak {
	themes := map[string]candidate{}
	reported := map[int]bool{}
	for _, c := range found {
		reported[c.block] = true
		if c.score < warnAt || !c.wholeBlock {
			continue
		}
		b := doc.Blocks[c.block]
		for _, m := range appealTheme.get().FindAllString(b.Text[c.pos.Start:c.pos.End], -1) {
			themes[strings.ToLower(m)] = c
		}
	}
	if len(themes) == 0 {
		return nil
	}
	var out []leak
	for _, b := range doc.Blocks {
		if reported[b.Index] || skipBlock(b) || wrapUpOpening.MatchString(b.Text) {
			continue
		}
		for _, s := range sentsByBlock[b.Index] {
			for _, m := range appealTheme.get().FindAllStringIndex(s.Text, -1) {
				phrase := strings.ToLower(s.Text[m[0]:m[1]])
				appeal, ok := themes[phrase]
				if !ok || b.InQuote(s.Pos.Start+m[0]) {
					continue
				}
				// Only a clause hung on a sentence about something else is
				// spliced in: "…outlets to close, threatening independent
				// journalism" is the story itself, and a theme in a main
				// clause may be too.
				comma := strings.LastIndex(s.Text[:m[0]], ",")
				if comma < 0 || !splicedClause(s.Text[comma:]) || aboutMedia.get().MatchString(s.Text[:comma]) {
					continue
				}
				end := len(strings.TrimRight(s.Text, ".!?…"))
				l := leak{block: b.Index, pos: lint.Range{Start: s.Pos.Start + comma, End: s.Pos.Start + end}, appeal: appeal, phrase: phrase}
				out = append(out, l)
				break
			}
		}
	}
	return out
}

func reportLeak(pass *lint.Pass, l leak) {
	doc := pass.Doc
	b := doc.Blocks[l.block]
	ab := doc.Blocks[l.appeal.block]
	r := b.Span(l.pos.Start, l.pos.End)
	// A clause hung on a sentence with a comma is how rewriting tools
	// splice one paragraph's point into another: likely, and deletable.
	f := lint.Finding{
		Severity: lint.Warning,
		Message:  fmt.Sprintf("appeal text leaking into the article: “%s” echoes the outlet’s appeal (appeal boilerplate)", excerpt(strings.TrimLeft(b.Text[l.pos.Start:l.pos.End], ", "), 50)),
		Range:    r,
		Evidence: []lint.Evidence{
			{Text: fmt.Sprintf("“%s” is the theme of the appeal paragraph", l.phrase)},
			{Text: "spliced in as a trailing clause of a sentence about something else"},
		},
		Related: []lint.Related{{Message: "the appeal", Range: ab.Span(0, len(ab.Text))}},
		Fixes:   []lint.Fix{{Message: "Delete the clause", Edits: []lint.Edit{{Start: r.Start, End: r.End}}}},
	}
	pass.Report(f)
}
