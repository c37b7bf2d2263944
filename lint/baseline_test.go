package lint

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestBaselineSurvivesEdits(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "baseline.json")
	path := filepath.Join(dir, "a.txt")
	lintSrc := func(src string) []Result {
		return Lint([]Input{{Path: path, Data: []byte(src)}}, &Config{Rules: []*Rule{fakeDoubled}})
	}
	before := "Title\n\nOne.. two.\n\nThree.. four.\n"
	require.NoError(t, NewBaseline(lintSrc(before), file).WriteFile(file))
	b, err := ReadBaseline(file)
	require.NoError(t, err)
	require.Len(t, b.Findings, 2)
	assert.Equal(t, BaselineEntry{Path: "a.txt", Rule: "fake-doubled", Excerpt: "..", Occurrence: 2, Message: "doubled punctuation “..”"}, b.Findings[1])

	// Lines added above, one more ".." below: only the new one is reported.
	after := "Title\n\nAn added line.\n\nOne.. two.\n\nThree.. four.\n\nFive.. six.\n"
	res := lintSrc(after)
	assert.Equal(t, 2, b.Filter(res, file))
	require.Len(t, res[0].Findings, 1)
	assert.Equal(t, 9, res[0].Doc.Position(res[0].Findings[0].Range.Start).Line)

	_, err = ReadBaseline(filepath.Join(dir, "none.json"))
	assert.ErrorContains(t, err, "baseline not found")
}
