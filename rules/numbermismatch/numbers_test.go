package numbermismatch

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// numberMatches must find exactly what numberRe finds over the whole text.
func TestNumberMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"$5.6 million, 52.9 percent and 32 Kenyans", "A1 1A _1 1_ €3 £4,000.50 $ 12", "—5 5— é5 5é", "1,234,567.89.", "x$1", "€\xe2\x82",
	}
	parts := []string{"1", "23", "4,000", ".5", ",", ".", "$", "€", "£", " ", "\t", "a", "_", "é", "—", "\xe2", "\x82", "\xac", "\xc2", "\xa3", "-", "(", "’", ",123", "1234", "567", "\n", "x"}
	r := rand.New(rand.NewPCG(3, 4)) //nolint:gosec // reproducible test input, not a secret
	for range 60000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		want := numberRe.FindAllStringIndex(s, -1)
		got := numberMatches(s)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%q: numberMatches = %v, want %v", s, got, want)
		}
	}
}

// mayChange must say yes wherever change matches.
func TestMayChangeBeforeChange(t *testing.T) {
	parts := []string{"Rose", "RISEN", "increased", "Increasing", "up from", "UP FROM", "so far", "now", "NOW", "riſen", "\u212Anown", "toll", "x", " ", "-", "é", "earlier", "compared", "previously", "latest", "know", "İnow", "snow", "_", "1", "Ünow", "fellow"}
	r := rand.New(rand.NewPCG(7, 8)) //nolint:gosec // reproducible test input, not a secret
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if change.MatchString(s) && !mayChange(s) {
			t.Fatalf("%q: change matches, mayChange says no", s)
		}
	}
}

// approxBefore and definiteBefore must say what the expressions say.
func TestBeforeWordsSameAsRegexp(t *testing.T) {
	parts := []string{
		"about", "ABOUT", "No.", "no", ".", "more than", "More  than", "at least", "the", "THE", "their", "ſome", "thoſe", "Hiſ",
		"\u212A", "x", "_", "1", " ", "  ", "\t", "\n", "é", "—", "some", "to", "of", "number", "estimated", "or", "its", "our", "her",
	}
	r := rand.New(rand.NewPCG(5, 6)) //nolint:gosec // reproducible test input, not a secret
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(6) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if got, want := approxBefore(s), approx().MatchString(s); got != want {
			t.Fatalf("%q: approxBefore = %v, want %v", s, got, want)
		}
		if got, want := definiteBefore(s), definite().MatchString(s); got != want {
			t.Fatalf("%q: definiteBefore = %v, want %v", s, got, want)
		}
	}
}

// hasScoreList must say yes wherever scoreList matches.
func TestHasScoreListBeforeScoreList(t *testing.T) {
	parts := []string{"6-4", "3-6", "7-6", "(7-5)", "(10-8)", "123-4", ",", ", ", ",  ", " ", "\t", "x", "6", "-", "set"}
	r := rand.New(rand.NewPCG(21, 22)) //nolint:gosec // reproducible test input, not a secret
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		if scoreList().MatchString(s) && !hasScoreList(s) {
			t.Fatalf("%q: scoreList matches, hasScoreList says no", s)
		}
	}
}
