// Package duplicatesentence flags sentences that occur twice in an
// article, verbatim or nearly, as spinning and copy-paste leave them.
package duplicatesentence

import (
	"slices"
	"strings"
	"unicode"

	"github.com/newslint/newslint/lint"
)

// Rule is the duplicate-sentence rule.
var Rule = &lint.Rule{
	Name:     "duplicate-sentence",
	Category: lint.Garbled,
	Doc: `A sentence that repeats an earlier one, verbatim or nearly.

Sentences of six words or more are compared after folding case and
punctuation; a later sentence that differs from an earlier one by at most
one word in ten is reported, with the earlier one as the related place.
Sentences with different numbers state different facts ("rose 3 percent
on Monday" and "rose 4 percent on Tuesday") and are never near-duplicates.
Headings are not compared (a headline may be repeated as the lead), and
neither are sentences inside quotations that repeat a quote, since an
article may quote the same words twice. For a verbatim repeat the fix
deletes the second copy.`,
	Severity: lint.Warning,
	Run:      run,
}

// minWords keeps short formulaic sentences ("He declined to comment.")
// out of the comparison.
const minWords = 6

type seen struct {
	words []string
	src   lint.Range
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	var earlier []seen
	byKey := map[string]int{}
	sents := doc.Sentences()
	for si, s := range sents {
		b := doc.Blocks[s.Block]
		if b.Kind == lint.BlockHeading || b.Kind == lint.BlockPlainTitle {
			continue
		}
		words := normalise(s.Text)
		if len(words) < minWords {
			continue
		}
		key := strings.Join(words, " ")
		first := -1
		if i, ok := byKey[key]; ok {
			first = i
		} else {
			for i, e := range earlier {
				if nearlyEqual(e.words, words) {
					first = i
					break
				}
			}
		}
		if first >= 0 && !b.InQuote(s.Pos.Start) {
			how := "repeats"
			if key != strings.Join(earlier[first].words, " ") {
				how = "nearly repeats"
			}
			f := lint.Finding{
				Range:    s.Src,
				Severity: lint.Warning,
				Message:  "duplicate sentence: this sentence " + how + " an earlier one word for word",
				Related:  []lint.Related{{Message: "first occurrence", Range: earlier[first].src}},
			}
			if how == "repeats" {
				// A verbatim copy can go: delete it with the space that
				// separates it from the sentence before.
				del := s.Src
				if si > 0 && sents[si-1].Block == s.Block {
					del.Start = sents[si-1].Src.End
				}
				f.Fixes = []lint.Fix{{Message: "Delete the repeated sentence", Edits: []lint.Edit{{Start: del.Start, End: del.End}}}}
			}
			pass.Report(f)
			continue
		}
		byKey[key] = len(earlier)
		earlier = append(earlier, seen{words: words, src: s.Src})
	}
	return nil
}

// normalise lower-cases the sentence and keeps its words.
func normalise(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// nearlyEqual reports whether a and b differ by at most one word in ten
// (a word edit distance over the longer length of at most 0.1).
func nearlyEqual(a, b []string) bool {
	n, m := len(a), len(b)
	limit := max(n, m) / 10
	if limit == 0 || n-m > limit || m-n > limit || !sameNumbers(a, b) {
		return false
	}
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= n; i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= m; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return false
		}
		prev, cur = cur, prev
	}
	return prev[m] <= limit
}

// sameNumbers reports whether a and b hold the same numbers in the same
// order.
func sameNumbers(a, b []string) bool {
	var na, nb []string
	for _, w := range a {
		if unicode.IsDigit(rune(w[0])) {
			na = append(na, w)
		}
	}
	for _, w := range b {
		if unicode.IsDigit(rune(w[0])) {
			nb = append(nb, w)
		}
	}
	return slices.Equal(na, nb)
}
