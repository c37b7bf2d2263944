package lint

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
	"gopkg.in/neurosnap/sentences.v1/english"
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

// BenchmarkNewSegmenter measures building the sentence tokenizer, the
// start-up cost of sentence segmentation.
func BenchmarkNewSegmenter(b *testing.B) {
	for b.Loop() {
		_ = newSegmenter()
	}
}

// TestOrthoContextLookup checks the binary search in the orthographic
// context table against the indexed table: every entry is found, and a
// type the model has not seen has no flags.
func TestOrthoContextLookup(t *testing.T) {
	model := punktModel()
	for typ, flags := range model.OrthoContext {
		require.Equal(t, flags, orthoContext(typ), typ)
	}
	for _, typ := range []string{"", "zzzzzz", "\x00", "newslint", "##number##x"} {
		require.Equal(t, model.OrthoContext[typ], orthoContext(typ), typ)
	}
}

// punktModel indexes the precompiled punkt model tables, all four of them
// (newSegmenter needs only the three small ones), for
// the tests that compare the segmenter with the library.
func punktModel() *sentences.Storage {
	return &sentences.Storage{
		AbbrevTypes:  punktSet(punktAbbrevTypes[:]),
		Collocations: punktSet(punktCollocations[:]),
		SentStarters: punktSet(punktSentStarters[:]),
		OrthoContext: punktSet(punktOrthoContext[:]),
	}
}

// referencePunkt is the segmenter as english.NewSentenceTokenizer builds
// it, with the library's own word tokenizer, and the same abbreviations.
func referencePunkt(tb testing.TB) *sentences.DefaultSentenceTokenizer {
	tb.Helper()
	model := punktModel()
	ref, err := english.NewSentenceTokenizer(model)
	require.NoError(tb, err)
	for _, abbr := range []string{"mt", "sept", "gen", "lt", "col", "sen", "rep", "st"} {
		model.AbbrevTypes.Add(abbr)
	}
	return ref
}

// punktTexts returns texts to segment: hand-written edge cases, then the
// joint text of every article of the fixtures and the shared corpora (where
// present), as Document.segment hands them to punkt.
func punktTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		"", " ", "x", "é", "Hi.", "Hi. ", "Hi.\u00a0", "Wait...", "No. 5 is here. Yes.",
		"Mr. Smith went to Washington, D.C. He met Gen. Lee at 5 p.m. on Sept. 4. The U.S. economy grew 2.5%.",
		"\u201cWe won!\u201d she said. \u201cReally?\u201d (Yes.) [Sic.] He left.\u2019 Then\u2026 more. 1,000.5. -3.2. .5. a-1.",
		"J. R. R. Tolkien wrote it. He was born in 1892. In the U.K. it sold. Sen. Warren spoke.\n\nNext para. ok.",
		"Ends with a multibyte word\u201d", "Ends with a space ", "Ends\twith tab.\t", "E.g. this. I.B.M. said so. Café. ÉCOLE. Über.",
	}
	for _, pattern := range []string{"../fixtures/*/*", "../../shared/eval/dev/*", "../../shared/seeds/*", "../../shared/corpora/brown-news/*"} {
		paths, err := filepath.Glob(pattern)
		require.NoError(t, err)
		for _, path := range paths {
			src, err := os.ReadFile(path)
			require.NoError(t, err)
			doc, err := Parse(path, src, FormatOf(path))
			if err != nil {
				continue
			}
			doc.Sentences() // sets doc.joint
			texts = append(texts, doc.joint)
		}
	}
	return texts
}

// multiPunctRE is english.MultiPunctWordAnnotation's expression.
var multiPunctRE = regexp.MustCompile(`((?:\w\.)+\w*\.)`) // its ((?:[\w]\.)+[\w]*\.), simplified

// TestPunktWordsMatchEnglish checks that segmenter, with punktWords, splits
// sentences exactly where the library's English tokenizer does, and that
// punktWords answers every question about every word as the library does.
func TestPunktWordsMatchEnglish(t *testing.T) {
	ref := referencePunkt(t)
	ours := segmenter()
	refWords := english.NewWordTokenizer(sentences.NewPunctStrings())
	var w punktWords
	seen := map[string]bool{}
	for _, text := range punktTexts(t) {
		require.Equal(t, ref.Tokenize(text), ours.Tokenize(text), "%q", text)
		for _, only := range []bool{false, true} {
			want, got := refWords.Tokenize(text, only), w.Tokenize(text, only)
			require.Len(t, got, len(want), "%q", text)
			for i := range want {
				require.Equal(t, want[i].Tok, got[i].Tok)
				require.Equal(t, want[i].Position, got[i].Position, "%q", want[i].Tok)
			}
		}
		for _, tok := range refWords.Tokenize(text, false) {
			if seen[tok.Tok] {
				continue
			}
			seen[tok.Tok] = true
			for _, brk := range []bool{false, true} {
				a := sentences.NewToken(tok.Tok)
				a.SentBreak = brk
				b := &sentences.Token{Tok: tok.Tok, SentBreak: brk}
				require.Equal(t, refWords.Type(a), w.Type(b), "%q", tok.Tok)
				require.Equal(t, refWords.TypeNoPeriod(a), w.TypeNoPeriod(b), "%q", tok.Tok)
				require.Equal(t, refWords.TypeNoSentPeriod(a), w.TypeNoSentPeriod(b), "%q", tok.Tok)
			}
			a, b := sentences.NewToken(tok.Tok), &sentences.Token{Tok: tok.Tok}
			for name, pair := range map[string][2]bool{
				"FirstUpper":      {refWords.FirstUpper(a), w.FirstUpper(b)},
				"FirstLower":      {refWords.FirstLower(a), w.FirstLower(b)},
				"IsAlpha":         {refWords.IsAlpha(a), w.IsAlpha(b)},
				"IsEllipsis":      {refWords.IsEllipsis(a), w.IsEllipsis(b)},
				"IsInitial":       {refWords.IsInitial(a), w.IsInitial(b)},
				"IsNumber":        {refWords.IsNumber(a), w.IsNumber(b)},
				"IsNonPunct":      {refWords.IsNonPunct(a), w.IsNonPunct(b)},
				"HasPeriodFinal":  {refWords.HasPeriodFinal(a), w.HasPeriodFinal(b)},
				"HasSentEndChars": {refWords.HasSentEndChars(a), w.HasSentEndChars(b)},
				"multi-punct":     {multiPunctRE.MatchString(tok.Tok), hasMultiPunct(tok.Tok)},
			} {
				require.Equal(t, pair[0], pair[1], "%s(%q)", name, tok.Tok)
			}
		}
	}
}

// FuzzPunktWords compares segmenter with the library's English tokenizer
// on arbitrary text.
func FuzzPunktWords(f *testing.F) {
	for _, s := range []string{"Mr. Smith, 1,000.5. Hi!\u201d Then... ok", "-3.2. a-1. ##number## x.", "É. é.\u00a0"} {
		f.Add(s)
	}
	ref := referencePunkt(f)
	ours := segmenter()
	f.Fuzz(func(t *testing.T, s string) {
		if !isValidText(s) {
			t.Skip()
		}
		require.Equal(t, ref.Tokenize(s), ours.Tokenize(s), "%q", s)
	})
}
