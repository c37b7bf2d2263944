package factcheck

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/entities"
)

// BenchmarkFindMentions measures what the fact rules share per document:
// tokenising every sentence of a ~1,000-word article and finding its KB
// mentions. Parsing and segmentation, which all rules share, and the
// one-time matcher build are outside the timing.
func BenchmarkFindMentions(b *testing.B) {
	src := linttest.NewsArticle(b)
	doc, err := lint.Parse("article.md", src, lint.FormatMarkdown)
	if err != nil {
		b.Fatal(err)
	}
	doc.Sentences()
	if _, err := entities.Default(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		findMentions(doc)
	}
}
