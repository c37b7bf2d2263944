package lint

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// TestPunktModelUpToDate fails when punkt_gen.go no longer matches the
// model shipped with the sentences module (run `go generate ./lint/`).
func TestPunktModelUpToDate(t *testing.T) {
	raw, err := data.Asset("data/english.json")
	require.NoError(t, err)
	want, err := sentences.LoadTraining(raw)
	require.NoError(t, err)
	got := punktModel()
	assert.Equal(t, want.AbbrevTypes, got.AbbrevTypes, "stale punkt_gen.go: run go generate ./lint/")
	assert.Equal(t, want.Collocations, got.Collocations, "stale punkt_gen.go: run go generate ./lint/")
	assert.Equal(t, want.SentStarters, got.SentStarters, "stale punkt_gen.go: run go generate ./lint/")
	assert.Equal(t, want.OrthoContext, got.OrthoContext, "stale punkt_gen.go: run go generate ./lint/")
}

// BenchmarkPunktModel measures indexing the precompiled model, the
// start-up cost of sentence segmentation.
func BenchmarkPunktModel(b *testing.B) {
	for b.Loop() {
		_ = punktModel()
	}
}
