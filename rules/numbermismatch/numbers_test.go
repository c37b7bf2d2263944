package numbermismatch

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// numberMatches must find exactly what numberRe finds over the whole text.
func TestNumberMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"$5.6 million, 52.9 percent and 32 Kenyans", "A1 1A _1 1_ €3 £4,000.50 $ 12", "—5 5— é5 5é", "1,234,567.89.", "x$1", "€\xe2\x82",
	}
	parts := []string{"1", "23", "4,000", ".5", ",", ".", "$", "€", "£", " ", "\t", "a", "_", "é", "—", "\xe2", "\x82", "\xac", "\xc2", "\xa3", "-", "(", "’", ",123", "1234", "567", "\n", "x"}
	texts = append(texts, randtext.Texts(3, 4, 60000, 1, 12, parts)...)
	randtext.SameMatches(t, texts, numberRe.FindAllStringIndex, numberMatches)
}

// mayChange must say yes wherever change matches.
func TestMayChangeBeforeChange(t *testing.T) {
	parts := []string{"Rose", "RISEN", "increased", "Increasing", "up from", "UP FROM", "so far", "now", "NOW", "riſen", "\u212Anown", "toll", "x", " ", "-", "é", "earlier", "compared", "previously", "latest", "know", "İnow", "snow", "_", "1", "Ünow", "fellow"}
	for _, s := range randtext.Texts(7, 8, 100000, 1, 6, parts) {
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
	for _, s := range randtext.Texts(5, 6, 50000, 1, 6, parts) {
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
	for _, s := range randtext.Texts(21, 22, 50000, 1, 12, parts) {
		if scoreList().MatchString(s) && !hasScoreList(s) {
			t.Fatalf("%q: scoreList matches, hasScoreList says no", s)
		}
	}
}
