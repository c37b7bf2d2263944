package lint_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
)

func TestPositionCountsCodePoints(t *testing.T) {
	src := "Title\n“Curly” — café 🎉 word\n"
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	require.NoError(t, err)
	off := len("Title\n“Curly” — café 🎉 ")
	p := doc.Position(off)
	assert.Equal(t, 2, p.Line)
	// “ C u r l y ” space — space c a f é space 🎉 space = 17 code points.
	assert.Equal(t, 18, p.Column)
	assert.Equal(t, off, p.Offset)
	// The byte column counts UTF-8 bytes instead.
	assert.Equal(t, off-len("Title\n")+1, doc.ByteColumn(off))
}

func TestPositionCRLFAndBOM(t *testing.T) {
	src := "\ufeffFirst line\r\nSecond é line\r\n"
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	require.NoError(t, err)
	// The BOM is not a column.
	p := doc.Position(len("\ufeff"))
	assert.Equal(t, lint.Position{Line: 1, Column: 1, Offset: 3}, p)
	off := len("\ufeffFirst line\r\nSecond é ")
	p = doc.Position(off)
	assert.Equal(t, 2, p.Line)
	assert.Equal(t, 10, p.Column)
	assert.Equal(t, "Second é line", doc.LineText(2))
}

func TestBlockSpanMapsExactly(t *testing.T) {
	src := "---\ntitle: \"T\"\ndate: 2024-03-05\n---\n\nSome *emphasised* text with `code` and [a link](http://x.example) here.\n"
	doc, err := lint.Parse("a.md", []byte(src), lint.FormatMarkdown)
	require.NoError(t, err)
	require.Len(t, doc.Blocks, 1)
	b := doc.Blocks[0]
	assert.Equal(t, "Some emphasised text with   and a link here.", b.Text)
	for _, word := range []string{"Some", "emphasised", "text", "link", "here"} {
		i := indexOf(b.Text, word)
		r := b.Span(i, i+len(word))
		assert.Equal(t, word, src[r.Start:r.End], "word %q", word)
	}
	assert.Equal(t, "2024-03-05", doc.Meta.Date.Format("2006-01-02"))
	assert.Equal(t, "front matter", doc.Meta.DateSource)
	assert.Equal(t, "T", doc.Meta.Title)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}
