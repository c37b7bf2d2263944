package kb

import (
	"strings"
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
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	// A transform.Transformer keeps state between calls, so build one per
	// call rather than share one across goroutines. Folding runs at load
	// time and on names a rule looks up, never per byte of an article.
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	s, _, err := transform.String(t, s)
	if err != nil {
		return ""
	}
	s = cases.Fold().String(s)
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

// isPlainASCII reports whether s needs no Unicode folding.
func isPlainASCII(s string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf || s[i] == '`' {
			return false
		}
	}
	return true
}
