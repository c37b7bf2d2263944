package factcheck_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/factcheck"
)

func load(t *testing.T, text string) *factcheck.Article {
	t.Helper()
	doc, err := lint.Parse("t.md", []byte(text), lint.FormatMarkdown)
	require.NoError(t, err)
	rule := &lint.Rule{Name: "t", Category: lint.Fact, Doc: "t", Run: func(*lint.Pass) error { return nil }}
	a, err := factcheck.Load(lint.NewPass(doc, rule, func(lint.Finding) {}))
	require.NoError(t, err)
	return a
}

// hedgedAtFirstMention reports whether a claim starting at the first
// mention of the only sentence is hedged.
func hedgedAtFirstMention(t *testing.T, text string) bool {
	t.Helper()
	a := load(t, text)
	require.Len(t, a.Sentences, 1)
	s := a.Sentences[0]
	require.NotEmpty(t, s.Mentions)
	m := s.Mentions[0]
	return s.Hedged(m.First, m.End+4)
}

func TestHedged(t *testing.T) {
	for text, want := range map[string]bool{
		"Azerbaijan, a NATO member, sent troops.":                    false,
		"If Ukraine were a NATO member, things would differ.":        true,
		"He said “Azerbaijan, a NATO member, sent troops.”":          true,
		"Ukraine, which hopes to become a NATO member, applied.":     true,
		"Officials falsely claimed Azerbaijan is a NATO member.":     true,
		"Talks ended; Azerbaijan, a NATO member, left.":              false,
		"Serbia would never be a NATO member, its president said.":   true,
		"Sweden, a NATO member since last year, hosted the meeting.": false,
	} {
		assert.Equal(t, want, hedgedAtFirstMention(t, text), text)
	}
}

func TestLastOfResolvesTheCountry(t *testing.T) {
	a := load(t, "Australians voted on Saturday.\n\nIn Sydney, the country's capital, crowds gathered.")
	require.Len(t, a.Sentences, 2)
	s := a.Sentences[1]
	e := a.LastOf(s, len(s.Words), true, kb.Country)
	require.NotNil(t, e)
	assert.Equal(t, "country/au", e.ID)
}

func TestArticleDate(t *testing.T) {
	a := load(t, "---\ndate: 2022-07-18\n---\nText.")
	assert.Equal(t, kb.MustParseDate("2022-07-18"), a.Date)
	assert.False(t, load(t, "Text.").HasDate())
}

func TestTheAndCapitalize(t *testing.T) {
	a := load(t, "Text.")
	us := a.KB.Entity("country/us")
	require.NotNil(t, us)
	assert.Equal(t, "the United States", a.The(us))
	assert.Equal(t, "The United States", factcheck.Capitalize(a.The(us)))
	assert.Equal(t, "Iran", a.The(a.KB.Entity("country/ir")))
}
