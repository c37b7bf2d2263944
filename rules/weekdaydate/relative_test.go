package weekdaydate

import (
	"slices"
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"
)

// relativeDays must find exactly what relativeDay finds over the whole
// text.
func TestRelativeDaysSameAsRegexp(t *testing.T) {
	parts := []string{
		"yesterday", "Yesterday", "last", "night", "this", "morning", "thiſ", "today", "(", ")", "( ", " )", "Monday", "tueſday",
		"Tuesday", " ", "  ", "\t", "\n", "x", "_", ".", ",", "é", "(Friday)",
	}
	for _, s := range randtext.Texts(19, 20, 100000, 1, 12, parts) {
		want := relativeDay().FindAllStringSubmatchIndex(s, -1)
		got := relativeDays(s)
		if !slices.EqualFunc(want, got, slices.Equal) {
			t.Fatalf("%q: relativeDays = %v, want %v", s, got, want)
		}
	}
}
