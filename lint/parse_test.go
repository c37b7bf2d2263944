package lint_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
)

func TestParseRejectsInvalidUTF8(t *testing.T) {
	_, err := lint.Parse("bad.txt", []byte("good text \xff\xfe more"), lint.FormatText)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "bad.txt")
	assert.Contains(t, err.Error(), "not valid UTF-8 at byte 10")
}

func TestParseRejectsBinary(t *testing.T) {
	_, err := lint.Parse("img.txt", []byte("PNG\x00\x01"), lint.FormatText)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "binary file")
}

func TestMarkdownSkipsCodeAndKeepsKinds(t *testing.T) {
	src := "# A headline\n\nA paragraph.\n\n```\ncode block. . here\n```\n\n- an item\n- another item\n\n> quoted words\n\n| a cell | b cell |\n|---|---|\n| c | d |\n\n<!-- a comment -->\n"
	doc, err := lint.Parse("a.md", []byte(src), lint.FormatMarkdown)
	require.NoError(t, err)
	var kinds []lint.BlockKind
	var texts []string
	for _, b := range doc.Blocks {
		kinds = append(kinds, b.Kind)
		texts = append(texts, b.Text)
		assert.NotContains(t, b.Text, "code block")
		assert.NotContains(t, b.Text, "comment")
	}
	assert.Equal(t, []string{"A headline", "A paragraph.", "an item", "another item", "quoted words", "a cell", "b cell", "c", "d"}, texts)
	assert.Equal(t, lint.BlockHeading, kinds[0])
	assert.Equal(t, lint.BlockParagraph, kinds[1])
	assert.Equal(t, lint.BlockListItem, kinds[2])
	assert.Equal(t, lint.BlockQuote, kinds[4])
	assert.Equal(t, lint.BlockTableCell, kinds[5])
}

func TestHTMLDecodesEntitiesAndSkipsScripts(t *testing.T) {
	src := `<html><head><title>T</title><meta property="article:published_time" content="2022-07-18T09:00:00Z"></head>
<body><nav>Home | News</nav><h1>Putin&rsquo;s trip</h1><p>Caf&eacute; owners &amp; staff met.</p>
<script>var x = "no. . prose";</script><footer>Copyright</footer></body></html>`
	doc, err := lint.Parse("a.html", []byte(src), lint.FormatHTML)
	require.NoError(t, err)
	require.Len(t, doc.Blocks, 2)
	assert.Equal(t, "Putin’s trip", doc.Blocks[0].Text)
	assert.Equal(t, lint.BlockHeading, doc.Blocks[0].Kind)
	b := doc.Blocks[1]
	assert.Equal(t, "Café owners & staff met.", b.Text)
	// "é" maps onto the whole "&eacute;" reference.
	i := len("Caf")
	r := b.Span(i, i+len("é"))
	assert.Equal(t, "&eacute;", src[r.Start:r.End])
	r = b.Span(0, len(b.Text))
	assert.Equal(t, "Caf&eacute; owners &amp; staff met.", src[r.Start:r.End])
	assert.Equal(t, "2022-07-18", doc.Meta.Date.Format("2006-01-02"))
	assert.Equal(t, "T", doc.Meta.Title)
}

func TestDateFromTextLines(t *testing.T) {
	cases := map[string]string{
		"Published: March 11, 2019\n\nHeadline here\n\nBody text.":                  "2019-03-11",
		"Headline\n\nCAPE CANAVERAL, Fla., May 30, 2020 — A rocket flew.":           "2020-05-30",
		"Headline\n\nSEOUL, April 4, 2025 — The court ruled.":                       "2025-04-04",
		"Headline\n\nLONDON, 4 April 2025 (Reuters) - The court ruled.":             "2025-04-04",
		"Headline\n\nThe court ruled on March 3, 2021 that nothing was wrong here.": "",
	}
	for src, want := range cases {
		doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
		require.NoError(t, err)
		got := ""
		if doc.Meta.HasDate() {
			got = doc.Meta.Date.Format("2006-01-02")
		}
		assert.Equal(t, want, got, src)
	}
}

func TestSentencesAndTokensMapToSource(t *testing.T) {
	src := "Headline Without Stop\n\n“We won’t go,” he said. The U.S. team left at 3 p.m. on Friday.\n"
	doc, err := lint.Parse("a.txt", []byte(src), lint.FormatText)
	require.NoError(t, err)
	sents := doc.Sentences()
	require.GreaterOrEqual(t, len(sents), 3)
	assert.Equal(t, "Headline Without Stop", sents[0].Text)
	for _, s := range sents {
		assert.Equal(t, s.Text, src[s.Src.Start:s.Src.End])
		for _, tok := range s.Tokens {
			got := src[tok.Src.Start:tok.Src.End]
			assert.Equal(t, tok.Text, got)
		}
	}
	// Curly quotes survive as they stand in the source.
	assert.Equal(t, "“", sents[1].Tokens[0].Text)
}

// TestDateRangePointsAtTheDate checks that the article date's place in the
// file comes from the parse, for findings that cite it.
func TestDateRangePointsAtTheDate(t *testing.T) {
	cases := []struct {
		name, src, want string
		format          lint.Format
	}{
		{"front matter", "---\ntitle: \"T\"\ndate: 2024-03-05\n---\n\nBody text here.\n", "date: 2024-03-05", lint.FormatMarkdown},
		{"published line", "Published: March 11, 2019\n\nBody text here.\n", "Published: March 11, 2019", lint.FormatText},
		{"dateline", "Headline\n\nSEOUL, April 4, 2025 — The court ruled.\n", "April 4, 2025", lint.FormatText},
		{"meta tag", `<html><head><meta property="article:published_time" content="2022-07-18"></head><body><p>Text.</p></body></html>`, `<meta property="article:published_time" content="2022-07-18">`, lint.FormatHTML},
	}
	for _, c := range cases {
		doc, err := lint.Parse("a", []byte(c.src), c.format)
		require.NoError(t, err, c.name)
		r := doc.Meta.DateRange
		assert.Equal(t, c.want, c.src[r.Start:r.End], c.name)
		require.Len(t, doc.Meta.DateRelated(), 1, c.name)
	}
}
