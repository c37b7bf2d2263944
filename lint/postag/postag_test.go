package postag_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
	_ "github.com/newslint/newslint/lint/postag"
)

func TestPOSTagsOnlyOnRequest(t *testing.T) {
	require.True(t, lint.HasTagger())
	doc, err := lint.Parse("a.txt", []byte("The minister resigned on Tuesday. Officials “left” early."), lint.FormatText)
	require.NoError(t, err)
	for _, tok := range doc.Tokens() {
		assert.Empty(t, tok.Tag)
	}
	doc.TagPOS()
	tags := map[string]string{}
	for _, tok := range doc.Tokens() {
		assert.NotEmpty(t, tok.Tag, tok.Text)
		tags[tok.Text] = tok.Tag
	}
	assert.Equal(t, "DT", tags["The"])
	assert.Equal(t, "NN", tags["minister"])
	assert.Equal(t, "VBD", tags["resigned"])
}

// TestRuleNeedingTags checks that the engine runs a rule that requires
// tags after tagging the document.
func TestRuleNeedingTags(t *testing.T) {
	var seen []string
	r := &lint.Rule{
		Name: "tag-probe", Category: lint.Garbled, Doc: "Probe.", Severity: lint.Info,
		Requires: []lint.Need{lint.NeedPOS},
		Run: func(p *lint.Pass) error {
			for _, tok := range p.Doc.Tokens() {
				seen = append(seen, tok.Tag)
			}
			return nil
		},
	}
	doc, err := lint.Parse("a.txt", []byte("Ministers met."), lint.FormatText)
	require.NoError(t, err)
	_, err = lint.Check(doc, &lint.Config{Rules: []*lint.Rule{r}})
	require.NoError(t, err)
	assert.Equal(t, []string{"NNS", "VBD", "."}, seen)
}
