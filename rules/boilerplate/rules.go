package boilerplate

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/newslint/newslint/lint"
)

// OptionPatterns is the pass option holding extra patterns ([]Pattern, as
// ParsePatterns returns them); each rule takes the patterns of its kind.
const OptionPatterns = "patterns"

const docTail = `

Candidates come from the embedded pattern library (patterns.yaml) and
from house patterns in the "patterns" option; each is scored with its
context: a second-person imperative, "we"/"our", a link or handle, the
first or last blocks of the article and a paragraph of its own raise the
score, reported speech lowers it, and quoted speech is never reported. A
finding covers the whole paragraph when the boilerplate is most of it,
else the sentences, and offers their deletion. Findings are warnings (an
editor decides) or, when the context is thin, info.`

// Appeal is the boilerplate-appeal rule.
var Appeal = &lint.Rule{
	Name:     "boilerplate-appeal",
	Category: lint.Boilerplate,
	Doc: `Donation, membership, subscription and paywall appeals pasted into an article.

Catches "You've reached your limit of free articles", "Become a member",
"support independent journalism", "disable your ad blocker", one-time gifts
and monthly supporters, including an appeal that a rewriting tool turned
into third-person narration ("They urge readers to support…") and, once
such an appeal is found, its themes leaking into other sentences as a
trailing clause. News about a charity's appeal ("the charity urged people
to donate") is reported speech and is left alone.` + docTail,
	Severity: lint.Warning,
	Run:      func(p *lint.Pass) error { return run(p, KindAppeal) },
	Prepare:  prepare,
}

// Credit is the boilerplate-credit rule.
var Credit = &lint.Rule{
	Name:     "boilerplate-credit",
	Category: lint.Boilerplate,
	Doc: `Source, republication, copyright, wire and photo credits and author bios left in the text.

Catches "Original Source: …", "This article first appeared on…",
"Republished with permission", copyright lines, wire-credit tails
("Reporting by …"), photo credits fused into a paragraph ("Image: X/handout,
all rights reserved"), author-bio tails ("Jane Doe covers politics for …")
and desk labels ("International Desk:"). A fused photo credit is reported
alone, not with the sentence it is glued to.` + docTail,
	Severity: lint.Warning,
	Run:      func(p *lint.Pass) error { return run(p, KindCredit) },
	Prepare:  prepare,
}

// Promo is the boilerplate-promo rule.
var Promo = &lint.Rule{
	Name:     "boilerplate-promo",
	Category: lint.Boilerplate,
	Doc: `Navigation and promotion: related links, sign-up, app, follow, share and comment prompts, cookie notices, ad markers.

Catches "Read more:", "SEE ALSO:", "Click here…", "Tap here for…",
newsletter and app-download prompts, "Follow us on…", share-button lines,
"Join the conversation in the comments", cookie and consent notices,
"Story continues below advertisement" and market-data disclaimers. An
article about cookies or newsletters, or a quoted "read more in the
report", is not furniture and is left alone.` + docTail,
	Severity: lint.Warning,
	Run:      func(p *lint.Pass) error { return run(p, KindPromo) },
	Prepare:  prepare,
}

// AI is the boilerplate-ai rule.
var AI = &lint.Rule{
	Name:     "boilerplate-ai",
	Category: lint.Boilerplate,
	Doc: `Chat-assistant leftovers: "Sure! Here's…", "As an AI language model", "I hope this helps", "In conclusion," wrap-ups.

Catches assistant preambles and sign-offs ("Let me know if you'd like any
changes"), template placeholders ("[Insert quote]") and the closing
paragraph that opens with "In conclusion,"/"In summary," near the end of
the article; the wrap-up is a warning when it restates the lead (most of
its content words are in the opening paragraphs), else info. "In
conclusion" inside a quotation is a speaker's and is left alone.` + docTail,
	Severity: lint.Warning,
	Run:      func(p *lint.Pass) error { return run(p, KindAI) },
	Prepare:  prepare,
}

// Rules lists the family's rules, sorted by name.
var Rules = []*lint.Rule{AI, Appeal, Credit, Promo}

// builtinOfKind lists the built-in patterns of each kind, once.
var builtinOfKind = sync.OnceValue(func() map[Kind][]*Pattern {
	out := map[Kind][]*Pattern{}
	ps := builtin()
	for i := range ps {
		if ps[i].hasExpr() {
			out[ps[i].Kind] = append(out[ps[i].Kind], &ps[i])
		}
	}
	return out
})

// patternsFor returns the built-in and house patterns of kind k.
func patternsFor(pass *lint.Pass, k Kind) ([]*Pattern, error) {
	out := builtinOfKind()[k]
	add := func(ps []Pattern) {
		for i := range ps {
			if ps[i].Kind == k && ps[i].hasExpr() {
				out = append(out, &ps[i])
			}
		}
	}
	if opt, ok := pass.Options[OptionPatterns]; ok && opt != nil {
		// The shared built-in list is never appended to in place.
		out = slices.Clip(out)
		switch v := opt.(type) {
		case []Pattern:
			add(v)
		case []*Pattern:
			for _, p := range v {
				if p != nil && p.Kind == k && p.hasExpr() {
					out = append(out, p)
				}
			}
		default:
			return nil, fmt.Errorf("option %q: want []boilerplate.Pattern, got %T", OptionPatterns, opt)
		}
	}
	return out, nil
}

// skipBlock reports whether a block is never boilerplate: a blockquote or
// table cell is quoted or tabular material.
func skipBlock(b *lint.Block) bool {
	return b.Kind == lint.BlockQuote || b.Kind == lint.BlockTableCell
}

// sentencesByBlock groups the article's sentences by block, once for the
// four rules.
var sentencesByBlock = &lint.Analysis[[][]lint.Sentence]{
	Name: "boilerplate-sentences",
	Run: func(doc *lint.Document) [][]lint.Sentence {
		out := make([][]lint.Sentence, len(doc.Blocks))
		for _, s := range doc.Sentences() {
			out[s.Block] = append(out[s.Block], s)
		}
		return out
	},
}

func run(pass *lint.Pass, k Kind) error {
	patterns, err := patternsFor(pass, k)
	if err != nil {
		return err
	}
	doc := pass.Doc
	var found []candidate
	sentsByBlock := sentencesByBlock.Of(doc)
	for _, b := range doc.Blocks {
		if skipBlock(b) {
			continue
		}
		hits := collect(doc, b, patterns)
		if len(hits) == 0 {
			continue
		}
		sents := sentsByBlock[b.Index]
		found = append(found, spans(b, sents, scoreBlock(doc, b, sents, hits))...)
	}
	for _, c := range found {
		report(pass, c, k)
	}
	switch k {
	case KindAI:
		if c, lead, ok := wrapUp(doc, found); ok {
			reportWrapUp(pass, c, lead)
		}
	case KindAppeal:
		for _, l := range leaks(doc, sentsByBlock, found) {
			reportLeak(pass, l)
		}
	default:
		// Credits and promotion are pattern findings only.
	}
	return nil
}

func severity(score float64) lint.Severity {
	if score >= warnAt {
		return lint.Warning
	}
	return lint.Info
}

// report turns a candidate into a finding with its evidence and the
// deletion of its span as the fix.
func report(pass *lint.Pass, c candidate, k Kind) {
	if c.score < infoAt {
		return
	}
	doc := pass.Doc
	b := doc.Blocks[c.block]
	rng := b.Span(c.pos.Start, c.pos.End)
	// The message names the surest pattern; the evidence lists them all.
	note := c.hits[0].pat.Note
	best := 0.0
	for _, h := range c.hits {
		if h.pat.Weight > best {
			best, note = h.pat.Weight, h.pat.Note
		}
	}
	var ev []lint.Evidence
	seen := map[string]bool{}
	for _, h := range c.hits {
		if seen[h.pat.ID] {
			continue
		}
		seen[h.pat.ID] = true
		ev = append(ev, lint.Evidence{
			Text:   fmt.Sprintf("matches pattern %s (%s, weight %.2f): “%s”", h.pat.ID, h.pat.Note, h.pat.Weight, excerpt(b.Text[h.pos.Start:h.pos.End], 60)),
			Source: h.pat.Origin,
		})
	}
	ev = append(ev, lint.Evidence{Text: fmt.Sprintf("score %.2f: %s", c.score, strings.Join(append([]string{"pattern weight"}, c.reasons...), ", "))})
	what := "sentence"
	if c.wholeBlock {
		what = "paragraph"
	} else if c.hits[0].pat.Span == SpanMatch {
		what = "text"
	}
	pass.Report(lint.Finding{
		Severity: severity(c.score),
		Message:  fmt.Sprintf("%s: “%s” is not article text (%s boilerplate)", note, excerpt(b.Text[c.pos.Start:c.pos.End], 50), k),
		Range:    rng,
		Evidence: ev,
		Fixes:    []lint.Fix{{Message: "Delete the " + what, Edits: []lint.Edit{deletion(doc, b, c)}}},
	})
}

// deletion removes a candidate's span with the white space that would be
// left over: a paragraph with the line break and blank line after it, a
// sentence with the space after it (or, at the end of a line, before it).
// Taking the white space after a paragraph, never before, keeps the
// deletions of two adjacent paragraphs from overlapping.
func deletion(doc *lint.Document, b *lint.Block, c candidate) lint.Edit {
	src := doc.Source
	if c.wholeBlock {
		end := b.End
		for end < len(src) && isSpace(src[end]) {
			end++
		}
		return lint.Edit{Start: b.Start, End: end}
	}
	r := b.Span(c.pos.Start, c.pos.End)
	start, end := r.Start, r.End
	for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
		end++
	}
	if end < len(src) && src[end] != '\n' && src[end] != '\r' {
		return lint.Edit{Start: start, End: end}
	}
	// At the end of a line: take the spaces before the sentence instead.
	end = r.End
	for start > 0 && (src[start-1] == ' ' || src[start-1] == '\t') {
		start--
	}
	return lint.Edit{Start: start, End: end}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// excerpt shortens s to about n runes for a message.
func excerpt(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	cut := n
	for cut > n/2 && r[cut] != ' ' {
		cut--
	}
	return strings.TrimRight(string(r[:cut]), " ,;:") + "…"
}

// prepare compiles the pattern library and its prefilter, the one-time
// cost of the boilerplate rules, ahead of their first run.
func prepare() { builtinLibrary() }
