package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// proseFold is the quote folding prose applies before it splits.
var proseFold = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// proseTokens returns prose's tokens of text, as TagPOS gets them.
func proseTokens(tb testing.TB, text string) []string {
	tb.Helper()
	pd, err := prose.NewDocument(text, prose.WithSegmentation(false),
		prose.WithTagging(false), prose.WithExtraction(false))
	require.NoError(tb, err)
	var out []string
	for _, tok := range pd.Tokens() {
		out = append(out, tok.Text)
	}
	return out
}

// ourTokens returns tokenize's tokens of text, folded as prose reports
// them, after checking that the ranges are in order and do not overlap.
func ourTokens(tb testing.TB, text string) []string {
	tb.Helper()
	var out []string
	end := 0
	for _, r := range tokenize(text, nil) {
		require.True(tb, end <= r.Start && r.Start < r.End && r.End <= len(text), "range %v after %d in %q", r, end, text)
		end = r.End
		out = append(out, proseFold.Replace(text[r.Start:r.End]))
	}
	return out
}

func TestTokenizeEdgeCases(t *testing.T) {
	cases := []string{
		"",
		"   \n\t ",
		"The minister resigned on Tuesday.",
		// URLs and e-mail addresses.
		"See https://www.example.com/a/b?c=d&e=f, or http://x.org/(y).",
		"Write to jane.doe@example.co.uk. Or to \"bob@example.com\".",
		// Emoticons, some of them prose keeps whole.
		"Great :) :-) :( ;) xD xDD 8-) (-_-) ¯\\(ツ)/¯ (╯°□°）╯︵┻━┻ :-)) :P",
		// Contractions, including ones prose drops the rest of.
		"They'll say I'm sure we're fine, it's Trump's. Don't won't can't (don't) 'sup 'S 'll n't",
		"THEY'LL IT'S DON'T O'Neill rock'n'roll",
		// Curly quotes and &rsquo;.
		"\u201cWe\u2019re here,\u201d she said. \u2018Quoted\u2019 it\u2019s. It&rsquo;s Trump&rsquo;s. &rsquo;&rsquo;",
		"\u201c(\u201cNested\u201d)\u201d \u2019s \u2019\u2019",
		// Abbreviations and initialisms.
		"Mr. Smith of the U.S. met Dr. Jones, Gen. Lee and Sept. in Washington, D.C. A.B. a.b.c. U.S.A.! Mrs. Sen.",
		// Numbers.
		"$1,200.50 and 3,400 people, 12.5% of 1.2m; $5 (10) [11] 1990s 2020-2021 -5 .5",
		// Hyphens and dashes.
		"well-known state-of-the-art - -- — –word word—word -x x-",
		// Ellipses.
		"Wait... what? ... . . . Yes.. No...! Really?!",
		// Brackets and trailing marks.
		"(Reuters) [sic] \"Hello!\" (a), 'quoted' it. (end.) x:; y?",
		// Non-ASCII letters and spaces that unicode.IsSpace counts.
		"İSTANBUL'S İstanbul's ΚΑΛΗ'ΜΕΡΑ café's naïve\u00a0word\u2003em\u3000ideo\u0085nel \u212aELVIN'S",
		// Special characters next to marks.
		"($) (\") ([) $$ (( \"\" [[ ,, ., '. ''",
	}
	for _, c := range cases {
		assert.Equal(t, proseTokens(t, c), ourTokens(t, c), "%q", c)
	}
}

// TestTokenizeMatchesProse checks that tokenize splits every article of
// the shared corpora and every fixture exactly as prose does: TagPOS relies
// on it. The shared corpora are skipped where they are absent.
func TestTokenizeMatchesProse(t *testing.T) {
	var paths []string
	for _, pattern := range []string{
		"../fixtures/*/*",
		"../../shared/eval/dev/*",
		"../../shared/seeds/*",
		"../../shared/corpora/brown-news/*",
	} {
		found, err := filepath.Glob(pattern)
		require.NoError(t, err)
		if len(found) == 0 {
			t.Logf("skipping %s: no files", pattern)
		}
		paths = append(paths, found...)
	}
	files := 0
	for _, path := range paths {
		switch filepath.Ext(path) {
		case ".txt", ".md", ".markdown", ".html", ".htm":
		default:
			continue
		}
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		doc, err := Parse(path, src, FormatOf(path))
		if err != nil {
			continue // not an article (the fixtures of input errors)
		}
		files++
		var want, got []string
		toks := doc.Tokens() // sets doc.joint
		if doc.joint != "" {
			want = proseTokens(t, doc.joint)
		}
		for _, tok := range toks {
			got = append(got, proseFold.Replace(tok.Text))
		}
		if !assert.Equal(t, want, got, path) {
			continue
		}
		// And block by block, with the ranges checked.
		for _, b := range doc.Blocks {
			assert.Equal(t, proseTokens(t, b.Text), ourTokens(t, b.Text), "%s: %q", path, b.Text)
		}
	}
	t.Logf("%d files", files)
}

// FuzzTokenize compares tokenize with prose on arbitrary text.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"Trump's. (don't)", "\u201cHi,\u201d U.S. :-)", "İSTANBUL'S &rsquo;s", "$1,200.50..."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !isValidText(s) {
			t.Skip()
		}
		assert.Equal(t, proseTokens(t, s), ourTokens(t, s), "%q", s)
	})
}

// isValidText reports whether s is text Parse accepts in a block: valid
// UTF-8 without NUL bytes.
func isValidText(s string) bool {
	return !strings.ContainsRune(s, 0) && strings.ToValidUTF8(s, "") == s
}
