package garbled

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"

	"github.com/newslint/newslint/lint"
)

// BenchmarkBlockFields measures the family's shared analysis, the fields
// of every block, on the ~1,000-word news article of rules/testdata.
func BenchmarkBlockFields(b *testing.B) {
	src := linttest.NewsArticle(b)
	doc, err := lint.Parse("article.md", src, lint.FormatMarkdown)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		blockFields.Run(doc)
	}
}
