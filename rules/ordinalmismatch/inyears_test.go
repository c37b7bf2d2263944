package ordinalmismatch

import (
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// inYearsMatches must find exactly what inYears finds over the whole text.
func TestInYearsMatchesSameAsRegexp(t *testing.T) {
	texts := []string{
		"the first time in 17 years. The biggest rise in twenty YEARS; best in five Years",
		"Its first win in 3 years:the second in four years", "first in 3 years", "in 3 years", "Best IN five YEARS", "é first in 3 years é", "\xe2first in 3 years\x80",
	}
	parts := []string{"first", "Best", " in ", "in", " ", "\t", "3", "17", "five", " years", "Years", ".", ";", ":", "é", "\xe2", "\x80", "_", "x", ",", "—", "ſ", "yeaRſ", "IN", "iN", "(3)", "in3", "\n"}
	texts = append(texts, randtext.Texts(5, 6, 60000, 1, 14, parts)...)
	randtext.SameMatches(t, texts, inYears().FindAllStringSubmatchIndex, inYearsMatches)
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
	texts = append(texts, randtext.Texts(9, 10, 60000, 1, 16, parts)...)
	randtext.SameMatches(t, texts, rank().FindAllStringSubmatchIndex, rankMatches)
}
