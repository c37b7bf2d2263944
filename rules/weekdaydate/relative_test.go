package weekdaydate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// relativeDays must find exactly what relativeDay finds over the whole
// text.
func TestRelativeDaysSameAsRegexp(t *testing.T) {
	parts := []string{
		"yesterday", "Yesterday", "last", "night", "this", "morning", "thiſ", "today", "(", ")", "( ", " )", "Monday", "tueſday",
		"Tuesday", " ", "  ", "\t", "\n", "x", "_", ".", ",", "é", "(Friday)",
	}
	r := rand.New(rand.NewPCG(19, 20)) //nolint:gosec // reproducible test input, not a secret
	for range 100000 {
		var b strings.Builder
		for range 1 + r.IntN(12) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		s := b.String()
		want := relativeDay().FindAllStringSubmatchIndex(s, -1)
		got := relativeDays(s)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%q: relativeDays = %v, want %v", s, got, want)
		}
	}
}
