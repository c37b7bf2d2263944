// Package leadrestated flags a paragraph that repeats the lead's facts in
// other words, as machine rewriters do when they pad a summary ("In
// conclusion, …" after a second paragraph that already said the lead again).
package leadrestated

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
)

// Rule is the lead-restated rule.
var Rule = &lint.Rule{
	Name:     "lead-restated",
	Category: lint.Consistency,
	Doc: `A later paragraph that restates the lead in other words.

The lead is the first body paragraph. A later paragraph is compared with it
by the stems of their content words: when most of the lead's content words
(names, nouns and verbs, not function words) come back in one later
paragraph, that paragraph repeats the lead rather than adding to it. The
first sentence of the later paragraph must itself share most of its words
with the lead. Reported as a warning when the overlap is very high, else as
info; a closing "In conclusion" or "In summary" paragraph counts as a
restatement at a lower overlap.`,
	Severity: lint.Info,
	Run:      run,
}

// Thresholds on the share of the lead's first sentence that a later
// paragraph's first sentence repeats.
const (
	infoShare    = 0.5
	warningShare = 0.6
	minWords     = 6
)

func run(pass *lint.Pass) error {
	doc := pass.Doc
	lead := -1
	for i, b := range doc.Blocks {
		if b.Kind == lint.BlockParagraph && len(strings.Fields(b.Text)) >= 15 {
			lead = i
			break
		}
	}
	if lead < 0 {
		return nil
	}
	leadSents := doc.BlockSentences(lead)
	if len(leadSents) == 0 {
		return nil
	}
	leadStems := consistency.ContentStems(leadSents[0].Text)
	if len(leadStems) < minWords {
		return nil
	}
	for _, b := range doc.Blocks[lead+1:] {
		if b.Kind != lint.BlockParagraph {
			continue
		}
		sents := doc.BlockSentences(b.Index)
		if len(sents) == 0 {
			continue
		}
		first := sents[0]
		// The lead's stems that come back, each once; no set of the
		// sentence's own stems is needed for that.
		var words []string
		for s := range consistency.ContentStemSeq(first.Text) {
			if leadStems[s] && !slices.Contains(words, s) {
				words = append(words, s)
			}
		}
		shared := len(words)
		share := float64(shared) / float64(len(leadStems))
		concluding := strings.HasPrefix(first.Text, "In conclusion") || strings.HasPrefix(first.Text, "In summary") || strings.HasPrefix(first.Text, "To sum up")
		threshold := infoShare
		if concluding {
			threshold -= 0.15
		}
		if share < threshold || shared < minWords-1 {
			continue
		}
		sev := lint.Info
		if share >= warningShare {
			sev = lint.Warning
		}
		pass.Report(lint.Finding{
			Range:    first.Src,
			Severity: sev,
			Message:  fmt.Sprintf("this sentence restates the lead (%d of its %d content words again)", shared, len(leadStems)),
			Evidence: []lint.Evidence{{Text: fmt.Sprintf("shared word stems: %s", strings.Join(sortedCopy(words), ", "))}},
			Related:  []lint.Related{{Message: "the lead", Range: leadSents[0].Src}},
		})
	}
	return nil
}

func sortedCopy(s []string) []string {
	out := append([]string(nil), s...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j] < out[j-1]; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}
