// Package entities finds knowledge-base entities (countries, organisations,
// cities, people, companies and their demonyms) in news text with a
// dictionary match over word tokens built once from the KB's names, not
// with a statistical named-entity recogniser: what the KB does not know
// cannot be checked against it anyway, and a dictionary is fast and
// predictable.
package entities

import (
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
)

// Word is one token of a text: a run of letters and digits, or a single
// other non-space character. Start and End are byte offsets into the text
// that was tokenised.
type Word struct {
	Text       string
	Fold       string // kb.Fold(Text)
	Start, End int
	// Space says whether white space precedes the word.
	Space bool
}

// IsWord reports whether w is a run of letters or digits.
func (w Word) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Capitalised reports whether w starts with an upper-case letter or a digit.
func (w Word) Capitalised() bool {
	r, _ := utf8.DecodeRuneInString(w.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// Tokenize splits text into words and punctuation marks with their byte
// offsets. Words are split at hyphens and apostrophes ("Nairobi-based" is
// three tokens, "Iran's" is three), so that names match inside compounds and
// possessives.
func Tokenize(text string) []Word {
	var out []Word
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += size
		case isWordRune(r):
			j := i + size
			for j < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[j:])
				if !isWordRune(r2) {
					break
				}
				j += s2
			}
			out = append(out, Word{Text: text[i:j], Fold: kb.Fold(text[i:j]), Start: i, End: j, Space: space})
			space = false
			i = j
		default:
			out = append(out, Word{Text: text[i : i+size], Fold: kb.Fold(text[i : i+size]), Start: i, End: i + size, Space: space})
			space = false
			i += size
		}
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}
