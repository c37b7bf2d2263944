package rules_test

import (
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	_ "github.com/newslint/newslint/lint/postag" // all-rules+pos tags the article
	"github.com/newslint/newslint/rules"
)

// BenchmarkPipeline measures the whole pipeline on a 1,000-word article:
// parse, segment, and every rule, without and with POS tagging (the
// tagger's one-time model load is outside the timed loop).
func BenchmarkPipeline(b *testing.B) {
	src := linttest.NewsArticle(b)
	b.Run("parse", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := lint.Parse("article.md", src, lint.FormatMarkdown); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parse+segment", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			doc, err := lint.Parse("article.md", src, lint.FormatMarkdown)
			if err != nil {
				b.Fatal(err)
			}
			doc.Sentences()
		}
	})
	b.Run("all-rules", func(b *testing.B) {
		linttest.BenchmarkLint(b, src, rules.All...)
	})
	b.Run("all-rules+pos", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		cfg := &lint.Config{Rules: rules.All}
		warm, _ := lint.Parse("warm.md", src, lint.FormatMarkdown)
		warm.TagPOS()
		b.ResetTimer()
		for b.Loop() {
			doc, err := lint.Parse("article.md", src, lint.FormatMarkdown)
			if err != nil {
				b.Fatal(err)
			}
			doc.TagPOS()
			if _, err := lint.Check(doc, cfg); err != nil {
				b.Fatal(err)
			}
		}
	})
}
