package doubledpunctuation

import (
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFindDoubled checks the scan against the expression it replaces on
// every string of up to six characters from the marks, a space, a letter
// and a slash.
func TestFindDoubled(t *testing.T) {
	doubled := regexp.MustCompile(`\.(?: ?\.)+|, ?[,.]|; ?[;,.]|: ?[:;]`)
	const alphabet = ".,;: a/"
	var walk func(s string)
	walk = func(s string) {
		var want [][2]int
		for _, m := range doubled.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		assert.Equal(t, want, findDoubled(s), "%q", s)
		if len(s) < 6 {
			for i := range len(alphabet) {
				walk(s + alphabet[i:i+1])
			}
		}
	}
	walk("")
	assert.Equal(t, [][2]int{{8, 13}, {18, 20}, {31, 33}}, findDoubled("Cut here. . . then;; “more”,, so"))
}
