package namevariant

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestShortMatch(t *testing.T) {
	cases := []struct {
		written, known string
		want           bool
	}{
		{"marekhi", "maleki", true},    // two edits, 71% similar
		{"valodin", "volodin", true},   // one edit
		{"mareki", "maleki", true},     // one edit in six letters
		{"barekhi", "maleki", false},   // another first letter
		{"malekiyan", "maleki", false}, // three edits
		{"malak", "maleki", false},     // two edits in six letters: 67%
		{"levy", "levi", false},        // four letters: too short
		{"shaheenov", "shaheen", true}, // an extension: checkKB takes it for a spelling (sameName)
	}
	for _, c := range cases {
		assert.Equal(t, c.want, shortMatch(c.written, c.known, similarity(c.written, c.known)), "%s/%s", c.written, c.known)
	}
}

func TestSameName(t *testing.T) {
	assert.True(t, sameName("slutskii", "slutsky"))
	assert.True(t, sameName("zolnur", "zolnour"))
	assert.True(t, sameName("lewin", "levin"))
	assert.True(t, sameName("schiffer", "schiff"))
	assert.False(t, sameName("marekhi", "maleki"))
	assert.False(t, sameName("valodin", "volodin"))
}
