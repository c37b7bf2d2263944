package lint

import (
	"os"
	"path/filepath"
	"testing"
)

// benchArticle is one input of the stage benchmarks.
type benchArticle struct {
	path   string
	src    []byte
	format Format
}

// loadBenchArticles returns the articles of the shared dev set (27
// Markdown and 4 plain-text news articles of a few hundred to a thousand
// words), or skips the benchmark where the shared directory is absent.
func loadBenchArticles(b *testing.B) []benchArticle {
	b.Helper()
	paths, _ := filepath.Glob("../../shared/eval/dev/*.md")
	txt, _ := filepath.Glob("../../shared/eval/dev/*.txt")
	paths = append(paths, txt...)
	if len(paths) == 0 {
		b.Skip("no ../../shared/eval/dev")
	}
	var out []benchArticle
	size := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, benchArticle{p, src, FormatOf(p)})
		size += len(src)
	}
	b.SetBytes(int64(size))
	return out
}

// BenchmarkParse measures parsing the dev set into blocks.
func BenchmarkParse(b *testing.B) {
	arts := loadBenchArticles(b)
	for b.Loop() {
		for _, a := range arts {
			if _, err := Parse(a.path, a.src, a.format); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSegment measures tokens and sentences (Document.segment) on the
// parsed dev set.
func BenchmarkSegment(b *testing.B) {
	arts := loadBenchArticles(b)
	var docs []*Document
	for _, a := range arts {
		d, err := Parse(a.path, a.src, a.format)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	segmenter() // the model is built once per process
	for b.Loop() {
		for _, d := range docs {
			d.releaseAnalyses()
			d.Sentences()
		}
	}
}

// BenchmarkTokenize measures the word tokenizer alone on the blocks of the
// dev set.
func BenchmarkTokenize(b *testing.B) {
	arts := loadBenchArticles(b)
	var texts []string
	for _, a := range arts {
		d, err := Parse(a.path, a.src, a.format)
		if err != nil {
			b.Fatal(err)
		}
		for _, bl := range d.Blocks {
			texts = append(texts, bl.Text)
		}
	}
	var out []Range
	for b.Loop() {
		for _, t := range texts {
			out = tokenize(t, out[:0])
		}
	}
}
