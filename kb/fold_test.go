package kb

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFoldASCII checks the fast path against the plain definition.
func TestFoldASCII(t *testing.T) {
	for _, s := range []string{
		"", " ", "  ", "a", "A", "nato", "NATO", "New York", "new york", "new  york", " new york",
		"new york ", "new\tyork", "\r\nx\v\fy\n", "u.s.", "O'Neill", "a b c", "a  b", "ab ",
	} {
		want := strings.Join(strings.Fields(strings.ToLower(s)), " ")
		assert.Equal(t, want, foldASCII(s), "%q", s)
		assert.Equal(t, want == s, isFoldedASCII(s), "%q", s)
	}
}

// TestFoldRune checks that single characters, which Fold caches, fold as
// they do in longer text and as on a first call.
func TestFoldRune(t *testing.T) {
	for _, r := range "’‘“”—–-ıøđłÆßİǅé\u0301\u00a0\u2028\ufffd" {
		s := string(r)
		want := foldUnicode(s)
		assert.Equal(t, want, Fold(s), "%q", s)
		assert.Equal(t, want, Fold(s), "%q again", s)
	}
	assert.Equal(t, foldUnicode("\xff"), Fold("\xff"))
}
