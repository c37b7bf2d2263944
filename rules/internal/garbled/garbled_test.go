package garbled

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFieldsKeepOffsets(t *testing.T) {
	text := "He said (Reuters),  “Outside” the court."
	fields := Fields(text)
	assert.Len(t, fields, 6)
	for _, f := range fields {
		assert.Equal(t, f.Raw, text[f.Start:f.End])
		assert.Equal(t, f.Core, text[f.CoreStart:f.CoreStart+len(f.Core)])
	}
	assert.Equal(t, "Reuters", fields[2].Core)
	assert.Equal(t, "Outside", fields[3].Core)
	assert.Equal(t, "court", fields[5].Core)
}

func TestEndsSentence(t *testing.T) {
	for raw, want := range map[string]bool{
		"court.": true, "said.”": true, "why?": true, "games.)": true,
		"court": false, "a,": false, "U.S": false, "": false,
	} {
		assert.Equal(t, want, EndsSentence(raw), raw)
	}
}

func TestIsLowerWord(t *testing.T) {
	assert.True(t, IsLowerWord("don’t"))
	assert.True(t, IsLowerWord("well-known"))
	assert.False(t, IsLowerWord("iPhone"))
	assert.False(t, IsLowerWord("-dash"))
	assert.False(t, IsLowerWord("said,"))
}
