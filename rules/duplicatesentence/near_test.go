package duplicatesentence

import (
	"testing"

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
}
