package consistency

import (
	"maps"
	"strings"
	"testing"
	"unicode"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// ContentStems must give what IsStopword and Stem give word by word.
func TestContentStemsSameAsStem(t *testing.T) {
	parts := []string{
		"The", "the", "THE", "Leaving", "leave", "Bob's", "BOB'S", "James’s", "Mandžukić", "Erdoğan", "İt", "it", "’", "'", "-",
		"x", "ab", "12", "3rd", " ", ",", ".", "percent", "Percent", "new-found", "a", "Kelvin", "\u212Aelvin", "über", "Über",
	}
	for _, s := range randtext.Texts(11, 12, 20000, 1, 10, parts) {
		want := map[string]bool{}
		for _, w := range Words(s) {
			word := strings.Trim(s[w.Start:w.End], "'’-")
			if len(word) < 3 || IsStopword(word) || unicode.IsDigit(rune(word[0])) {
				continue
			}
			want[Stem(word)] = true
		}
		if got := ContentStems(s); !maps.Equal(got, want) {
			t.Fatalf("%q: ContentStems = %v, want %v", s, got, want)
		}
	}
}
