package garbled

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/newslint/newslint/lint"
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

func TestSentenceFields(t *testing.T) {
	doc, err := lint.Parse("a.txt", []byte("Title\n\nHe left. The talks (in Oslo) ended.  “We won,” she said.\n"), lint.FormatText)
	assert.NoError(t, err)
	sents := doc.Sentences()
	assert.NotEmpty(t, sents)
	for _, s := range sents {
		assert.Equal(t, shifted(Fields(s.Text), s.Pos.Start), SentenceFields(doc, s), s.Text)
	}
	// A sentence that ends or starts inside a chunk gets its own fields.
	b := doc.Blocks[len(doc.Blocks)-1]
	for _, pos := range []lint.Range{{Start: 0, End: 5}, {Start: 4, End: 15}, {Start: 10, End: 11}} {
		s := lint.Sentence{Text: b.Text[pos.Start:pos.End], Block: b.Index, Pos: pos}
		assert.Equal(t, shifted(Fields(s.Text), pos.Start), SentenceFields(doc, s), s.Text)
	}
}

// shifted moves the offsets of fields by off.
func shifted(fields []Field, off int) []Field {
	for i := range fields {
		fields[i].Start += off
		fields[i].End += off
		fields[i].CoreStart += off
	}
	return fields
}

// TestEndsSentenceFastPath checks EndsSentence against its definition, the
// trim and the last-rune test, on every ending its fast path decides.
func TestEndsSentenceFastPath(t *testing.T) {
	ref := func(raw string) bool {
		t := strings.TrimRight(raw, "\"'”’)]»")
		if t == "" {
			return false
		}
		r, _ := utf8.DecodeLastRuneInString(t)
		return r == '.' || r == '!' || r == '?' || r == '…'
	}
	ends := []string{"", "a", ",", ".", "!", "?", "…", "\"", "'", "”", "’", ")", "]", "»", "-", ":", "é", "\u00a0"}
	for _, a := range ends {
		for _, b := range ends {
			for _, c := range ends {
				raw := "word" + a + b + c
				assert.Equal(t, ref(raw), EndsSentence(raw), raw)
				assert.Equal(t, ref(a+b+c), EndsSentence(a+b+c), a+b+c)
			}
		}
	}
}

// TestBlockFields checks the shared fields against Fields block by block,
// on blocks whose white space is not all spaces and line breaks, so that
// the shared array outgrows its first size.
func TestBlockFields(t *testing.T) {
	src := "First\tparagraph\twith\ttabs\u00a0and\u00a0no-break\u2003spaces.\n\n" +
		"A plain second paragraph, with (some) punctuation…\n\n" +
		strings.Repeat("x\ty\u00a0", 40) + "\n"
	doc, err := lint.Parse("a.md", []byte(src), lint.FormatMarkdown)
	assert.NoError(t, err)
	assert.Len(t, doc.Blocks, 3)
	for _, b := range doc.Blocks {
		assert.Equal(t, Fields(b.Text), BlockFields(doc, b), b.Text)
	}
}
