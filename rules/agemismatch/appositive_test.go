package agemismatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// findAppositives must find exactly what appositive finds over the whole
// text: its windows must not change a match.
func TestFindAppositivesSameAsRegexp(t *testing.T) {
	texts := []string{
		"President William Ruto, 55, said", "Ruto, aged 55 who", "Mrs. Kowalski, 42 and Darlene Kowalski, 8,", "O’Brien,\t7 is",
	}
	parts := []string{
		"Ruto", "William", "Mrs.", "O’Brien", "Jean-Luc", "É", "é", ",", " ", "  ", "\t", "\n", "aged", "55", "123", "1234",
		"who", "whose", "said", "is", "x", ".", "-", "(", "’", "_",
	}
	texts = append(texts, randtext.Texts(13, 14, 100000, 1, 14, parts)...)
	randtext.SameMatches(t, texts, appositive().FindAllStringSubmatchIndex, findAppositives)
}

// hasBorn must say yes wherever bornRe matches.
func TestHasBornBeforeBornRe(t *testing.T) {
	parts := []string{"born", "Born", "BORN", "reborn", "_born", "éborn", "morning", "on", " ", "\t", "\n", ",", "x", "1"}
	for _, s := range randtext.Texts(15, 16, 30000, 1, 8, parts) {
		if bornRe().MatchString(s) != hasBorn(s) {
			t.Fatalf("%q: bornRe matches %v, hasBorn says %v", s, bornRe().MatchString(s), hasBorn(s))
		}
	}
}

// fullNames must find exactly what fullNameRe finds over the whole text.
func TestFullNamesSameAsRegexp(t *testing.T) {
	parts := []string{
		"Ruto", "William", "Samoei", "Mr.", "O’Brien", "Jean-Luc", "Émile", "émile", "said", "and", "Aa", ",", " ", "  ", "\t", "\n",
		"x", ".", "-", "(", "’", "_", "Rutos", "1",
	}
	r := rand.New(rand.NewPCG(17, 18)) //nolint:gosec // reproducible test input, not a secret
	for _, name := range []string{"Ruto", "O’Brien", "Aa"} {
		re := fullNameRe(name)
		for range 50000 {
			var b strings.Builder
			for range 1 + r.IntN(14) {
				b.WriteString(parts[r.IntN(len(parts))])
			}
			s := b.String()
			want := re.FindAllStringSubmatchIndex(s, -1)
			got := fullNames(s, name, re.FindAllStringSubmatchIndex)
			if !slices.EqualFunc(want, got, slices.Equal) {
				t.Fatalf("%q, %q: fullNames = %v, want %v", s, name, got, want)
			}
		}
	}
}
