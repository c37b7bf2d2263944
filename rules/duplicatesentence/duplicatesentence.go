// Package duplicatesentence flags sentences that occur twice in an
// article, verbatim or nearly, as spinning and copy-paste leave them.
package duplicatesentence

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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

// seen is an earlier sentence, kept for comparison.
type seen struct {
	words
	src lint.Range
}

// words is a sentence reduced to what the comparison reads.
type words struct {
	// list holds the sentence's words, lower-cased: its runs of letters
	// and digits. They are substrings of key.
	list []string
	// key is list joined by spaces: verbatim repeats have equal keys.
	key string
	// numbers are the words that start with a digit, joined by spaces.
	// Near-duplicates must have equal ones, which rules out most pairs
	// before the edit distance is computed.
	numbers string
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	sents := doc.Sentences()
	earlier := make([]seen, 0, len(sents))
	byKey := make(map[string]int, len(sents))
	var z normaliser
	z.reserve(sents)
	var pairs bigramIndex // built once the article is long (see indexFrom)
	for si, s := range sents {
		b := doc.Blocks[s.Block]
		if b.Kind == lint.BlockHeading || b.Kind == lint.BlockPlainTitle {
			continue
		}
		w := z.normalise(s.Text)
		if len(w.list) < minWords {
			continue
		}
		first, ok := byKey[w.key]
		if !ok {
			first = firstNearlyEqual(earlier, &pairs, w)
		}
		if first >= 0 && !b.InQuote(s.Pos.Start) {
			how := "repeats"
			if w.key != earlier[first].key {
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
		byKey[w.key] = len(earlier)
		if pairs.built() {
			pairs.add(len(earlier), w)
		}
		earlier = append(earlier, seen{words: w, src: s.Src})
	}
	return nil
}

// normalise lower-cases the sentence and keeps its words.
func normalise(s string) words {
	var z normaliser
	return z.normalise(s)
}

// normaliser reduces the sentences of one document to words. Each word is
// written once, lower-cased, into the key, and cut from there. The keys of
// all the sentences share one buffer and their word lists one array,
// rather than costing two allocations per sentence: a string taken from a
// strings.Builder stays valid as the builder grows, since it only appends.
type normaliser struct {
	sb   strings.Builder
	list []string
}

// reserve sizes the buffers for sents: lower-cased, the words take about
// the sentences' length, and an English word with its separator about
// five bytes or more.
func (z *normaliser) reserve(sents []lint.Sentence) {
	size := 0
	for _, s := range sents {
		size += len(s.Text)
	}
	z.sb.Grow(size)
	z.list = make([]string, 0, size/5)
}

// normalise lower-cases the sentence and keeps its words: its runs of
// letters and digits.
func (z *normaliser) normalise(s string) words {
	keyStart, listStart := z.sb.Len(), len(z.list)
	wordStart := -1 // where the word being written starts in z.sb
	for i := 0; i < len(s); {
		// ASCII, most of the text, is lower-cased and tested inline.
		c, r, size := s[i], rune(0), 1
		var isWord bool
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			isWord = 'a' <= c && c <= 'z' || '0' <= c && c <= '9'
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
			r = unicode.ToLower(r)
			isWord = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		i += size
		if !isWord {
			if wordStart >= 0 {
				z.list = append(z.list, z.sb.String()[wordStart:])
				wordStart = -1
			}
			continue
		}
		if wordStart < 0 {
			if len(z.list) > listStart {
				z.sb.WriteByte(' ')
			}
			wordStart = z.sb.Len()
		}
		if c < utf8.RuneSelf {
			z.sb.WriteByte(c)
		} else {
			z.sb.WriteRune(r)
		}
	}
	if wordStart >= 0 {
		z.list = append(z.list, z.sb.String()[wordStart:])
	}
	n := len(z.list)
	w := words{key: z.sb.String()[keyStart:], list: z.list[listStart:n:n]}
	for _, word := range w.list {
		if isNumber(word) {
			if w.numbers == "" {
				w.numbers = word
			} else {
				w.numbers += " " + word
			}
		}
	}
	return w
}

// isNumber reports whether a word starts with a digit. Words start with
// a letter or a digit, and a digit whose first byte is ASCII is 0 to 9.
func isNumber(word string) bool {
	return word[0] >= '0' && word[0] <= '9'
}

// nearlyEqual reports whether a and b hold the same numbers and differ by
// at most one word in ten (a word edit distance over the longer length
// of at most 0.1).
func nearlyEqual(a, b words) bool {
	n, m := len(a.list), len(b.list)
	limit := max(n, m) / 10
	if limit == 0 || n-m > limit || m-n > limit || a.numbers != b.numbers {
		return false
	}
	// Two rows of the distance table; most pairs compared are short
	// enough for the array on the stack, which saves an allocation per
	// pair.
	var buf [128]int
	rows := buf[:]
	if 2*(m+1) > len(buf) {
		rows = make([]int, 2*(m+1))
	}
	prev, cur := rows[:m+1], rows[m+1:2*(m+1)]
	// Only the band of cells with |i-j| <= limit is computed: a path
	// through any other cell costs more than limit, so the cells outside
	// count as "more than limit" (tooFar), and the answer is the one the
	// whole table gives. The band moves one cell right per row; each row
	// also writes the cells just outside it, which the next row reads.
	tooFar := limit + 1
	for j := range prev {
		prev[j] = tooFar
		if j <= limit {
			prev[j] = j
		}
	}
	for i := 1; i <= n; i++ {
		lo, hi := max(1, i-limit), min(m, i+limit)
		cur[lo-1] = tooFar
		if lo == 1 {
			cur[0] = i
		}
		if hi < m {
			cur[hi+1] = tooFar
		}
		best := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a.list[i-1] == b.list[j-1] {
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

// indexFrom is how many earlier sentences make the bigram index pay: in an
// article of ordinary length, comparing with each earlier sentence (most
// are rejected by length or numbers at once) is cheaper than indexing
// every sentence's bigrams (with the index always on, the 1,000-article
// benchmark corpus took 0.2 s more CPU, 1.60 s instead of 1.33 s); the
// index keeps a book-length file from comparing every pair.
const indexFrom = 200

// firstNearlyEqual returns the first earlier sentence that w nearly
// equals, or -1. It builds pairs from the earlier sentences once there
// are indexFrom of them.
func firstNearlyEqual(earlier []seen, pairs *bigramIndex, w words) int {
	if len(earlier) < indexFrom {
		for i, e := range earlier {
			if nearlyEqual(e.words, w) {
				return i
			}
		}
		return -1
	}
	if !pairs.built() {
		pairs.all = map[bigram][]int{}
		for i, e := range earlier {
			pairs.add(i, e.words)
		}
	}
	for _, i := range pairs.candidates(w) {
		if nearlyEqual(earlier[i].words, w) {
			return i
		}
	}
	return -1
}

// bigram is two neighbouring words of a sentence.
type bigram [2]string

// bigramIndex finds the earlier sentences that may nearly equal a new one
// without comparing it with every earlier sentence, which would grow with
// the square of a long file's sentences. An edit (a word changed, dropped
// or inserted) breaks at most two of a sentence's bigrams, so a sentence
// within k edits of another shares at least one of any 2k+1 of its
// bigrams with it: the postings of the 2k+1 rarest bigrams hold every
// sentence nearlyEqual can accept.
type bigramIndex struct {
	all map[bigram][]int // earlier sentences by the bigrams they contain
	// scratch for candidates
	rarest []int
	found  []int
}

// built reports whether the index holds the earlier sentences.
func (x *bigramIndex) built() bool { return x.all != nil }

// add indexes earlier sentence i.
func (x *bigramIndex) add(i int, w words) {
	for j := 1; j < len(w.list); j++ {
		g := bigram{w.list[j-1], w.list[j]}
		if l := x.all[g]; len(l) == 0 || l[len(l)-1] != i {
			x.all[g] = append(l, i)
		}
	}
}

// candidates returns, in ascending order, the earlier sentences that may
// nearly equal w; the slice is reused by the next call.
func (x *bigramIndex) candidates(w words) []int {
	n := len(w.list)
	// nearlyEqual allows max(n, m)/10 edits for an m-word sentence, and
	// only when m <= n + m/10, that is m <= 10n/9: at most n/9 edits.
	k := n/9 + 1
	x.rarest = x.rarest[:0]
	for j := 1; j < n; j++ {
		x.rarest = append(x.rarest, j)
	}
	if len(x.rarest) > 2*k+1 {
		postings := func(j int) int { return len(x.all[bigram{w.list[j-1], w.list[j]}]) }
		slices.SortStableFunc(x.rarest, func(a, b int) int { return postings(a) - postings(b) })
		x.rarest = x.rarest[:2*k+1]
	}
	x.found = x.found[:0]
	for _, j := range x.rarest {
		x.found = append(x.found, x.all[bigram{w.list[j-1], w.list[j]}]...)
	}
	slices.Sort(x.found)
	return slices.Compact(x.found)
}
