package numbermismatch

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDigitSlip(t *testing.T) {
	assert.True(t, digitSlip("383", "385"))
	assert.True(t, digitSlip("5.6", "6.5"))
	assert.True(t, digitSlip("51.9", "52.9"))
	assert.False(t, digitSlip("12", "15.0"))
	assert.False(t, digitSlip("383", "327"))
	assert.False(t, digitSlip("1234", "4321"))
}

func TestRoundPair(t *testing.T) {
	assert.True(t, roundPair("400", "500"))
	assert.True(t, roundPair("10000000", "30000000"))
	assert.False(t, roundPair("32", "35"))
	assert.False(t, roundPair("383", "385"))
}
