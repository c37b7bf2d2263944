package kb

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold returns the key under which names are indexed: case-folded, with
// diacritics removed (Türkiye → turkiye, Erdoğan → erdogan), typographic
// apostrophes and dashes made ASCII (Côte d’Ivoire → cote d'ivoire) and runs
// of white space collapsed to one space. Rules that build their own tries
// over Names should fold their input with it too.
func Fold(s string) string {
	if isPlainASCII(s) {
		return foldASCII(s)
	}
	if r, size := utf8.DecodeRuneInString(s); size == len(s) && r != utf8.RuneError {
		return foldRune(r, s)
	}
	return foldUnicode(s)
}

// runeFolds caches Fold of single non-ASCII characters. Typographic quotes
// and dashes stand as words of their own in tokenised news text, thousands
// of times in a batch of articles, and folding one through Unicode
// normalisation takes microseconds and several allocations.
var runeFolds = struct {
	sync.RWMutex
	m map[rune]string
}{m: map[rune]string{}}

// foldRune returns Fold(s) for s, which is r alone.
func foldRune(r rune, s string) string {
	runeFolds.RLock()
	f, ok := runeFolds.m[r]
	runeFolds.RUnlock()
	if ok {
		return f
	}
	f = foldUnicode(s)
	runeFolds.Lock()
	runeFolds.m[r] = f
	runeFolds.Unlock()
	return f
}

// foldUnicode is Fold for text that is not plain ASCII.
func foldUnicode(s string) string {
	// Transformers keep state, so goroutines must not share one; they are
	// pooled rather than built per call because a chain allocates kilobytes
	// of buffers, and indexing folds every name of the KB at start-up.
	f := folders.Get().(*folder) //nolint:errcheck // the pool holds only *folder
	defer folders.Put(f)
	s, _, err := transform.String(f.unmark, s) // String resets f.unmark
	if err != nil {
		return ""
	}
	s = f.fold.String(s)
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u2018', '\u2019', '\u02bc', '\u00b4', '`':
			return '\''
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014':
			return '-'
		case 'ı': // dotless i has no decomposition: Türkiye's "Kılıçdaroğlu"
			return 'i'
		case 'ø':
			return 'o'
		case 'đ':
			return 'd'
		case 'ł':
			return 'l'
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// folder holds the transformers of one Fold call.
type folder struct {
	unmark transform.Transformer // drops diacritics
	fold   cases.Caser
}

var folders = sync.Pool{New: func() any {
	return &folder{
		unmark: transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC),
		fold:   cases.Fold(),
	}
}}

// isPlainASCII reports whether s needs no Unicode folding.
func isPlainASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}

// foldASCII is Fold for text that isPlainASCII: lower case, runs of white
// space made one space and none at the ends. Most names are plain ASCII and
// indexing folds every name of the KB at start-up, so it allocates once at
// most, and not at all when s is already folded.
func foldASCII(s string) string {
	if isFoldedASCII(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false // white space seen since the last word
	for i := range len(s) {
		c := s[i]
		if isASCIISpace(c) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// isFoldedASCII reports whether foldASCII(s) == s.
func isFoldedASCII(s string) bool {
	for i := range len(s) {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			return false
		case isASCIISpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// isASCIISpace reports the ASCII white space that strings.Fields splits on.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
