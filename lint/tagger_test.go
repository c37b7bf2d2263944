package lint_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
)

// TestNoTaggerLinked checks that a rule requiring tags fails with a clear
// error when lint/postag is not linked in (this test binary does not
// import it), instead of running on untagged tokens.
func TestNoTaggerLinked(t *testing.T) {
	require.False(t, lint.HasTagger(), "lint's own tests must not link the tagger")
	ran := false
	r := &lint.Rule{
		Name: "tag-probe", Category: lint.Garbled, Doc: "Probe.", Severity: lint.Info,
		Requires: []lint.Need{lint.NeedPOS},
		Run:      func(*lint.Pass) error { ran = true; return nil },
	}
	doc, err := lint.Parse("a.txt", []byte("Ministers met."), lint.FormatText)
	require.NoError(t, err)
	_, err = lint.Check(doc, &lint.Config{Rules: []*lint.Rule{r}})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "lint/postag")
	assert.False(t, ran)
}
