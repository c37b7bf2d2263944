package boilerplate

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
)

// BenchmarkLibrary builds the built-in pattern library and its literal
// prefilter: the one-time cost that a one-article run pays before the
// boilerplate rules can start, from library_gen.go ("generated", what a
// run does) and from patterns.yaml ("yaml", with the tag boilerplateyaml).
// Compiling a pattern's regular expression is left to its first use and
// is not included.
func BenchmarkLibrary(b *testing.B) {
	b.Run("generated", func(b *testing.B) {
		if genLibrary == nil {
			b.Skip("built with boilerplateyaml")
		}
		b.ReportAllocs()
		for b.Loop() {
			x := literalIndex{lits: genLibrary.index.lits}
			x.build()
		}
	})
	b.Run("yaml", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			ps, err := parsePatterns("patterns.yaml", builtinYAML, true)
			if err != nil {
				b.Fatal(err)
			}
			newLibrary(ps)
		}
	})
}

// BenchmarkRun runs the four boilerplate rules on a clean 1,000-word
// article (rules/testdata/article.md) and on one made of the boilerplate
// fixtures, whose every other paragraph is boilerplate or a news
// look-alike. Each iteration lints a freshly parsed document, so the
// per-document prefilter is measured too; parsing and sentence
// segmentation, which every rule family shares, are done outside the
// timer.
func BenchmarkRun(b *testing.B) {
	for _, tc := range []struct {
		name string
		src  []byte
	}{
		{"clean", linttest.NewsArticle(b)},
		{"heavy", fixtureArticle(b)},
	} {
		b.Run(tc.name, func(b *testing.B) {
			prepare()
			linttest.BenchmarkRules(b, tc.src, Rules...)
		})
	}
}

// BenchmarkPrefilter computes the per-document literal prefilter (the
// blockFilters analysis) of the clean article.
func BenchmarkPrefilter(b *testing.B) {
	doc, err := lint.Parse("article.md", linttest.NewsArticle(b), lint.FormatMarkdown)
	if err != nil {
		b.Fatal(err)
	}
	prepare()
	b.ReportAllocs()
	for b.Loop() {
		blockFilters.Run(doc)
	}
}

// fixtureArticle joins the paragraphs of the boilerplate fixtures, without
// their front matter and expectation comments, into one Markdown article.
func fixtureArticle(b *testing.B) []byte {
	b.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "boilerplate-*", "*"))
	if err != nil {
		b.Fatal(err)
	}
	want := regexp.MustCompile(`\s*<!-- want .*?-->`)
	var sb strings.Builder
	sb.WriteString("---\ntitle: \"Boilerplate\"\ndate: 2024-03-01\n---\n\n")
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text := string(data)
		if strings.HasPrefix(text, "---\n") {
			if end := strings.Index(text[4:], "\n---\n"); end >= 0 {
				text = text[4+end+5:]
			}
		}
		sb.WriteString(strings.TrimSpace(want.ReplaceAllString(text, "")))
		sb.WriteString("\n\n")
	}
	return []byte(sb.String())
}
