package ordinalmismatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// inYearsMatches must find exactly what inYears finds over the whole text.
func TestInYearsMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"the first time in 17 years. The biggest rise in twenty YEARS; best in five Years",
		"Its first win in 3 years:the second in four years", "first in 3 years", "in 3 years", "Best IN five YEARS", "é first in 3 years é", "\xe2first in 3 years\x80",
	}
	parts := []string{"first", "Best", " in ", "in", " ", "\t", "3", "17", "five", " years", "Years", ".", ";", ":", "é", "\xe2", "\x80", "_", "x", ",", "—", "ſ", "yeaRſ", "IN", "iN", "(3)", "in3", "\n"}
	r := rand.New(rand.NewPCG(5, 6)) //nolint:gosec // reproducible test input, not a secret
	for range 60000 {
		var b strings.Builder
		for range 1 + r.IntN(14) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := inYears().FindAllStringSubmatchIndex(s, -1)
		got := inYearsMatches(s)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%q: inYearsMatches = %v, want %v", s, got, want)
		}
	}
}

// rankMatches must find exactly what rank finds over the whole text.
func TestRankMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"Bahrain, the smaller of the two, is now the third Gulf Arab state to agree", "and Bahrain the second",
		"Bahrain, a b c d e f g h i j k l m n o p q r s t, has become now the second Gulf state",
		"Bahrain,a b c d e f g h i j k l m n o p q r s t ,has become now the second Gulf state",
	}
	parts := []string{
		"Bahrain", " ", "  ", "\t", "\n", "the", "The", "second", "third", "Second", "Gulf", "Arab", "state", "is now", "became",
		"has become", "now", ",", ", the smaller,", "x", "é", "theme", "-", ".", "’",
	}
	r := rand.New(rand.NewPCG(9, 10)) //nolint:gosec // reproducible test input, not a secret
	for range 60000 {
		var b strings.Builder
		for range 1 + r.IntN(16) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := rank().FindAllStringSubmatchIndex(s, -1)
		got := rankMatches(s)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%q: rankMatches = %v, want %v", s, got, want)
		}
	}
}
