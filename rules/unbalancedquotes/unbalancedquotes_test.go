package unbalancedquotes

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestNarrates(t *testing.T) {
	assert.True(t, narrates(`"for every region. He also promised to cut taxes.`))
	assert.False(t, narrates(`"for every region. He is our friend and I trust him.`), "first person: still the speaker")
	assert.False(t, narrates(`“Nobody expects it. I think everybody agrees.`))
}

func TestIsListMarker(t *testing.T) {
	assert.True(t, isListMarker("a) one", 1))
	assert.True(t, isListMarker("parts: b) two", 8))
	assert.True(t, isListMarker("12) twelve", 2))
	assert.False(t, isListMarker("61 percent), the", 10))
}

func TestSentencePosition(t *testing.T) {
	assert.True(t, atSentenceStart("(Whole", 0))
	assert.True(t, atSentenceStart("Delayed again. (The", 15))
	assert.False(t, atSentenceStart("William A. (Bill", 11), "an initial does not end a sentence")
	assert.True(t, closesSentences("in 154 games.)", 13))
	assert.False(t, closesSentences("61 percent), the", 10))
}
