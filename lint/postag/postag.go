// Package postag registers prose's part-of-speech tagger with the lint
// engine (see lint.RegisterTagger). A rule that requires lint.NeedPOS
// imports it for its side effect:
//
//	import _ "github.com/newslint/newslint/lint/postag"
//
// It is a package of its own so that binaries whose rules need no tags do
// not link prose, whose package initialisation alone costs a few
// milliseconds of every run, and whose model takes ~0.5 s to load.
package postag

import (
	"sync"

	"github.com/jdkato/prose/v2"

	"github.com/newslint/newslint/lint"
)

func init() { lint.RegisterTagger(tag) } //nolint:gochecknoinits // registration on import is the point of this package, as with database/sql drivers

// model is prose's averaged-perceptron model, loaded on the first text
// tagged and then shared by every document.
var model = sync.OnceValue(func() *prose.Model {
	// A tiny document makes prose build its default model with the tagger.
	pd, err := prose.NewDocument("x", prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	return pd.Model
})

// tag tags text with prose. lint's tokenizer splits exactly as prose does
// (lint's TestTokenizeMatchesProse), so prose's tokens are the document's
// one for one; a text prose splits otherwise gets no tags.
func tag(text string, tokens int) []string {
	m := model()
	if m == nil {
		return nil
	}
	pd, err := prose.NewDocument(text, prose.UsingModel(m),
		prose.WithSegmentation(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	toks := pd.Tokens()
	if len(toks) != tokens {
		return nil
	}
	tags := make([]string, len(toks))
	for i, t := range toks {
		tags[i] = t.Tag
	}
	return tags
}
