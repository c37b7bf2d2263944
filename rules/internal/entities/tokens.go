// Package entities finds knowledge-base entities (countries, organisations,
// cities, people, companies and their demonyms) in news text with a
// dictionary match over word tokens built once from the KB's names, not
// with a statistical named-entity recogniser: what the KB does not know
// cannot be checked against it anyway, and a dictionary is fast and
// predictable.
package entities

import (
	"strings"
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
//
// Tokenize runs on every sentence of every article, so it allocates little:
// the result slice is sized by a first counting pass, and the folded forms
// of plain ASCII tokens, nearly all of news text, are cut from one
// lower-cased copy of text instead of being folded one by one.
func Tokenize(text string) []Word {
	n := countTokens(text)
	if n == 0 {
		return nil
	}
	return appendTokens(make([]Word, 0, n), text)
}

// appendTokens appends the words of text to out, as Tokenize returns them.
func appendTokens(out []Word, text string) []Word {
	lower := lowerASCII(text)
	space := true
	for i := 0; i < len(text); {
		c, size := classAt(text, i)
		j := i + size
		switch c {
		case spaceRune:
			space = true
			i = j
			continue
		case wordRune:
			for j < len(text) {
				c2, s2 := classAt(text, j)
				if c2 != wordRune {
					break
				}
				j += s2
			}
		case otherRune: // a token of its own
		}
		out = append(out, Word{Text: text[i:j], Fold: fold(text, lower, i, j), Start: i, End: j, Space: space})
		space = false
		i = j
	}
	return out
}

// countTokens returns the number of words Tokenize finds in text.
func countTokens(text string) int {
	n := 0
	inWord := false
	for i := 0; i < len(text); {
		c, size := classAt(text, i)
		if c == otherRune || c == wordRune && !inWord {
			n++
		}
		inWord = c == wordRune
		i += size
	}
	return n
}

// runeClass is what a rune is to the tokeniser.
type runeClass uint8

const (
	spaceRune runeClass = iota // separates tokens
	wordRune                   // letters, digits and the marks on them make words
	otherRune                  // anything else is a token by itself
)

func classOf(r rune) runeClass {
	switch {
	case unicode.IsSpace(r):
		return spaceRune
	case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
		return wordRune
	default:
		return otherRune
	}
}

// asciiClasses holds classOf of the ASCII characters, nearly all of news
// text, to spare them the Unicode table look-ups.
var asciiClasses = func() (t [utf8.RuneSelf]runeClass) {
	for c := range t {
		t[c] = classOf(rune(c))
	}
	return t
}()

// classAt returns the class and the byte length of the rune at text[i].
func classAt(text string, i int) (class runeClass, size int) {
	if b := text[i]; b < utf8.RuneSelf {
		return asciiClasses[b], 1
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return classOf(r), size
}

// fold returns kb.Fold(text[i:j]) for a token, taking it from lower, the
// ASCII lower-cased copy of text, when the token is plain ASCII: kb.Fold of
// such text is its lower case (a token holds no white space to collapse),
// and slicing it from lower allocates nothing. The backquote is the one
// ASCII character kb.Fold changes otherwise (it becomes an apostrophe).
func fold(text, lower string, i, j int) string {
	for k := i; k < j; k++ {
		if text[k] >= utf8.RuneSelf || text[k] == '`' {
			return kb.Fold(text[i:j])
		}
	}
	return lower[i:j]
}

// lowerASCII returns text with its ASCII capitals made lower case and every
// other byte left alone, so that offsets into text hold in the result. It
// returns text itself when there is nothing to lower.
func lowerASCII(text string) string {
	k := 0
	for k < len(text) && (text[k] < 'A' || 'Z' < text[k]) {
		k++
	}
	if k == len(text) {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	b.WriteString(text[:k])
	for ; k < len(text); k++ {
		c := text[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
