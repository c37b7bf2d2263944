package namevariant_test

import (
	"testing"

	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/namevariant"
)

// BenchmarkNameVariant lints the pipeline benchmark's 1,000-word article
// (rules/testdata/article.md) with the name-variant rule alone: parse,
// segment, the in-article comparison and the KB check.
func BenchmarkNameVariant(b *testing.B) {
	src := linttest.NewsArticle(b)
	linttest.BenchmarkLint(b, src, namevariant.Rule)
}
