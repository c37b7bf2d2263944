package consistency

import (
	"bytes"
	"iter"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/newslint/newslint/lint"
)

// SentenceAt returns the sentence of block bi that holds block-text offset
// off, or false.
func SentenceAt(doc *lint.Document, bi, off int) (lint.Sentence, bool) {
	sents := doc.Sentences()
	// Sentences are in (block, offset) order: find the first that ends
	// after off in block bi.
	i := sort.Search(len(sents), func(i int) bool {
		s := sents[i]
		return s.Block > bi || s.Block == bi && s.Pos.End > off
	})
	if i < len(sents) && sents[i].Block == bi && sents[i].Pos.Start <= off {
		return sents[i], true
	}
	return lint.Sentence{}, false
}

// SentenceRange returns the block-text range of the sentence holding off,
// or the whole block when the segmenter did not cover it.
func SentenceRange(doc *lint.Document, b *lint.Block, off int) lint.Range {
	if s, ok := SentenceAt(doc, b.Index, off); ok {
		return s.Pos
	}
	return lint.Range{Start: 0, End: len(b.Text)}
}

var numberWords = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20,
}

// NumberWord reads "six" as 6.
func NumberWord(w string) (int, bool) {
	n, ok := numberWords[strings.ToLower(w)]
	return n, ok
}

var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}

// Ordinal reads "third" or "3rd" as 3.
func Ordinal(w string) (int, bool) {
	n, ok := ordinals[strings.ToLower(w)]
	return n, ok
}

// OrdinalName writes n as an ordinal word ("third"), for messages.
func OrdinalName(n int) string {
	for w, v := range ordinals {
		if v == n && unicode.IsLetter(rune(w[0])) {
			return w
		}
	}
	return ""
}

// stopwords are function words that say nothing about what a number or a
// sentence is about.
var stopwords = WordSet(`a an the of in on at to for from by with and or but as is are was were be been
		being has have had it its this that these those he she his her him they their them we our you your i
		said says say will would could should may might can not no than then so also which who whom whose what
		when where while after before over under into about more most some any all each other such only just
		there here out up down off per new one two three four five six seven eight nine ten mr mrs ms dr
		percent per cent million billion thousand year years day days week weeks month months time`)

// IsStopword reports whether w (any case) is a function word.
func IsStopword(w string) bool { return stopwords[strings.ToLower(w)] }

// Fold lowercases s and strips diacritics: "Mandžukić" → "mandzukic".
func Fold(s string) string {
	if isASCII(s) {
		return strings.ToLower(s)
	}
	// A chain allocates buffers for its links: it is built once per
	// goroutine at a time, not once per call (transform.String resets it).
	t := stripMarks.Get().(transform.Transformer) //nolint:errcheck // the pool holds only transformers
	out, _, err := transform.String(t, s)
	stripMarks.Put(t)
	if err != nil {
		out = s
	}
	return strings.ToLower(out)
}

// stripMarks holds transformers that decompose, drop the combining marks
// and recompose.
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

func isASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// Stem is a crude prefix stem for overlap tests: "leaving" and "leave"
// share "leav".
func Stem(w string) string {
	w = Fold(w)
	w = strings.TrimSuffix(w, "’s")
	w = strings.TrimSuffix(w, "'s")
	r := []rune(w)
	if len(r) > stemLen {
		r = r[:stemLen]
	}
	return string(r)
}

// stemLen is the length of a stem in runes.
const stemLen = 5

// Words splits s into letter/digit words with their byte offsets.
func Words(s string) []lint.Range { return slices.Collect(wordSeq(s)) }

// wordSeq yields the words of Words one by one, for callers that need no
// slice of them.
func wordSeq(s string) iter.Seq[lint.Range] {
	return func(yield func(lint.Range) bool) {
		start := -1
		for i, r := range s {
			isW := unicode.IsLetter(r) || unicode.IsDigit(r) || ((r == '\'' || r == '’' || r == '-') && start >= 0)
			if isW && start < 0 {
				start = i
			} else if !isW && start >= 0 {
				if !yield(lint.Range{Start: start, End: i}) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(lint.Range{Start: start, End: len(s)})
		}
	}
}

// ContentStems returns the stems of the content words of s.
func ContentStems(s string) map[string]bool {
	out := map[string]bool{}
	for stem := range ContentStemSeq(s) {
		out[stem] = true
	}
	return out
}

// ContentStemSeq yields the stem of every content word of s, in order and
// repeats included: what ContentStems holds, for a caller that only looks
// the stems up.
func ContentStemSeq(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		var buf [32]byte
		for w := range wordSeq(s) {
			word := trimWord(s[w.Start:w.End])
			if len(word) < 3 || unicode.IsDigit(rune(word[0])) {
				continue
			}
			var stem string
			if isASCII(word) {
				// What IsStopword and Stem do, lower-casing the word once
				// into buf instead of into new strings.
				low := buf[:0]
				for i := range len(word) {
					low = append(low, toLowerASCII(word[i]))
				}
				if stopwords[string(low)] {
					continue
				}
				low = bytes.TrimSuffix(low, []byte("'s"))
				stem = string(low[:min(len(low), stemLen)])
			} else {
				if IsStopword(word) {
					continue
				}
				stem = Stem(word)
			}
			if !yield(stem) {
				return
			}
		}
	}
}

// trimWord is strings.Trim(w, "'’-") for a word of Words, which starts
// with a letter or digit: it drops the apostrophes and hyphens at the end
// ("leaders’"), without the general Unicode trim.
func trimWord(w string) string {
	for {
		switch {
		case strings.HasSuffix(w, "'"), strings.HasSuffix(w, "-"):
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
		}
	}
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// WordSet turns a space-separated word list into a set, for the word lists
// the consistency rules keep as package variables.
func WordSet(words string) map[string]bool {
	set := map[string]bool{}
	for w := range strings.FieldsSeq(words) {
		set[w] = true
	}
	return set
}
