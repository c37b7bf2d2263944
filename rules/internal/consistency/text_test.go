package consistency

import (
	"maps"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
)

// ContentStems must give what IsStopword and Stem give word by word.
func TestContentStemsSameAsStem(t *testing.T) {
	parts := []string{
		"The", "the", "THE", "Leaving", "leave", "Bob's", "BOB'S", "James’s", "Mandžukić", "Erdoğan", "İt", "it", "’", "'", "-",
		"x", "ab", "12", "3rd", " ", ",", ".", "percent", "Percent", "new-found", "a", "Kelvin", "\u212Aelvin", "über", "Über",
	}
	r := rand.New(rand.NewPCG(11, 12)) //nolint:gosec // reproducible test input, not a secret
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(10) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
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
