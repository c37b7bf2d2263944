package duplicatesentence

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
)

func TestNearlyEqual(t *testing.T) {
	a := normalise("The city said the repairs came in under budget, and that tolls would stay the same.")
	b := normalise("The city said that the repairs came in under budget, and that tolls would stay the same.")
	assert.True(t, nearlyEqual(a, b), "one inserted word in sixteen")

	c := normalise("The city said the repairs ran over budget, and that tolls would rise next year.")
	assert.False(t, nearlyEqual(a, c), "several words differ")

	short := normalise("He declined to comment on the plan.")
	assert.False(t, nearlyEqual(short, normalise("She declined to comment on the plan.")), "too short for any difference")

	d := normalise("The index of leading shares rose 3 percent on Monday in thin trading across the region.")
	e := normalise("The index of leading shares rose 4 percent on Monday in thin trading across the region.")
	assert.False(t, nearlyEqual(d, e), "different numbers are different facts")

	long := strings.Repeat("the harbour board met again to review the plans ", 8)
	assert.True(t, nearlyEqual(normalise(long+"today."), normalise(long+"on Friday.")), "two words in 74")
	assert.False(t, nearlyEqual(normalise(long), normalise(strings.Repeat("officials said the pier would open in spring ", 8))), "72 words, all different")
}

// TestNormalise checks normalise against its plain definition: the runs
// of letters and digits of the lower-cased sentence.
func TestNormalise(t *testing.T) {
	for _, s := range []string{
		"The index rose 3.5 percent, to 1,204, on Monday.",
		"ÄRZTE in İSTANBUL and ΣΟΦΊΑ’s “KELVIN” sign: K, ǅ, ﬁ, Ⅻ, ①, ٣ apples",
		"  — …  ",
		"",
	} {
		want := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		})
		w := normalise(s)
		assert.Equal(t, len(want), len(w.list), s)
		assert.Equal(t, want, w.list, s)
		assert.Equal(t, strings.Join(want, " "), w.key, s)
		var nums []string
		for _, word := range want {
			if unicode.IsDigit(rune(word[0])) {
				nums = append(nums, word)
			}
		}
		assert.Equal(t, strings.Join(nums, " "), w.numbers, s)
	}
}
