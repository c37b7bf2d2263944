package namevariant

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDistanceCountsOneEdit(t *testing.T) {
	cases := []struct {
		a, b string
		want int
		kind opKind
	}{
		{"labuschagne", "labuschange", 1, transpose},
		{"sheinbaum", "scheinbaum", 1, insert},
		{"dissanayake", "dissanayaka", 1, substitute},
		{"erdogan", "erdgoan", 1, transpose},
		{"johnson", "jackson", 2, 0},
	}
	for _, c := range cases {
		d, e := distance([]rune(c.a), []rune(c.b))
		assert.Equal(t, c.want, d, "%s/%s", c.a, c.b)
		if d == 1 {
			assert.Equal(t, c.kind, e.kind, "%s/%s", c.a, c.b)
		}
	}
}

func TestTransliterationEdits(t *testing.T) {
	_, e := distance([]rune("mohamed"), []rune("mohammed"))
	assert.True(t, e.translit(), "a doubled letter")
	_, e = distance([]rune("buttigieg"), []rune("buttigeig"))
	assert.False(t, e.translit(), "a swap is a typo")
}
