package entities_test

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint/linttest"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/rules/internal/entities"
)

// BenchmarkNew measures building the matcher from the default KB, the
// one-time cost a process pays on its first fact rule.
func BenchmarkNew(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		entities.New(k)
	}
}

// paragraphs returns the paragraphs of the ~1,000-word benchmark article
// of package rules, standing in for the sentences the fact rules tokenise.
func paragraphs(b *testing.B) []string {
	b.Helper()
	src := linttest.NewsArticle(b)
	return strings.Split(string(src), "\n\n")
}

// BenchmarkTokenize measures splitting a 1,000-word article into words.
func BenchmarkTokenize(b *testing.B) {
	paras := paragraphs(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range paras {
			entities.Tokenize(p)
		}
	}
}

// BenchmarkFind measures finding the KB mentions of a 1,000-word article
// already split into words.
func BenchmarkFind(b *testing.B) {
	m, err := entities.Default()
	if err != nil {
		b.Fatal(err)
	}
	var words [][]entities.Word
	for _, p := range paragraphs(b) {
		words = append(words, entities.Tokenize(p))
	}
	b.ReportAllocs()
	for b.Loop() {
		a := m.NewArticle()
		for _, w := range words {
			a.Find(w)
		}
	}
}
