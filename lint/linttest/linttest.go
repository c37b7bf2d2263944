// Package linttest runs rules on fixture articles whose expectations sit
// inline, the way golang.org/x/tools/go/analysis/analysistest does for Go:
// a line ending in <!-- want "regexp" --> must carry a finding whose
// message matches; a file with no want comment must produce no finding.
// The comments are blanked with spaces before linting, so every offset in
// the fixture stays true.
package linttest

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newslint/newslint/lint"
)

var (
	wantComment = regexp.MustCompile(`<!--\s*want((?:\s+"(?:[^"\\]|\\.)*")+)\s*-->`)
	quoted      = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)
)

// Expectation is one want regexp on one line.
type Expectation struct {
	Line int
	Re   *regexp.Regexp
}

// Prepare blanks the want comments of a fixture and returns the content
// to lint with the expectations they held.
func Prepare(src []byte) ([]byte, []Expectation, error) {
	out := bytes.Clone(src)
	var exps []Expectation
	for _, m := range wantComment.FindAllSubmatchIndex(src, -1) {
		line := bytes.Count(src[:m[0]], []byte("\n")) + 1
		for _, q := range quoted.FindAll(src[m[2]:m[3]], -1) {
			s, err := strconv.Unquote(string(q))
			if err != nil {
				return nil, nil, err
			}
			re, err := regexp.Compile(s)
			if err != nil {
				return nil, nil, err
			}
			exps = append(exps, Expectation{Line: line, Re: re})
		}
		for i := m[0]; i < m[1]; i++ {
			out[i] = ' '
		}
	}
	return out, exps, nil
}

// Files lists the fixture articles in dir.
func Files(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []string
	for _, e := range entries {
		switch filepath.Ext(e.Name()) {
		case ".md", ".txt", ".html":
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(files)
	return files, nil
}

// Run lints every fixture in dir with rules and checks the findings
// against the want comments: unexpected and missing findings both fail.
// When a file NAME.golden sits beside a fixture, the fixture with every fix
// applied must equal it.
func Run(t *testing.T, dir string, rules ...*lint.Rule) {
	t.Helper()
	files, err := Files(dir)
	if err != nil {
		t.Fatalf("fixtures: %v", err)
	}
	if len(files) == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			src, exps, err := Prepare(raw)
			if err != nil {
				t.Fatalf("%s: bad want comment: %v", path, err)
			}
			doc, err := lint.Parse(path, src, lint.FormatOf(path))
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			findings, err := lint.Check(doc, &lint.Config{Rules: rules})
			if err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			matched := make([]bool, len(exps))
			for _, f := range findings {
				line := doc.Position(f.Range.Start).Line
				ok := false
				for i, e := range exps {
					if !matched[i] && e.Line == line && e.Re.MatchString(f.Message) {
						matched[i], ok = true, true
						break
					}
				}
				if !ok {
					t.Errorf("%s:%d: unexpected finding [%s] %s (%q)", path, line, f.Rule, f.Message, src[f.Range.Start:f.Range.End])
				}
			}
			for i, e := range exps {
				if !matched[i] {
					t.Errorf("%s:%d: no finding matching %q", path, e.Line, e.Re)
				}
			}
			if golden, err := os.ReadFile(path + ".golden"); err == nil {
				fixed, _, _ := lint.ApplyFixes(src, findings)
				if !bytes.Equal(trimLines(fixed), trimLines(golden)) {
					t.Errorf("%s: fixed text differs from %s.golden:\n%s", path, filepath.Base(path), fixed)
				}
			}
		})
	}
}

// Date parses a YYYY-MM-DD date for tests, failing the test if it is bad.
func Date(tb testing.TB, s string) time.Time {
	tb.Helper()
	d, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// trimLines drops trailing blanks from every line: blanked want comments
// leave them, and golden files should not have to spell them out.
func trimLines(b []byte) []byte {
	lines := bytes.Split(b, []byte("\n"))
	for i, l := range lines {
		lines[i] = bytes.TrimRight(l, " \t")
	}
	return bytes.Join(lines, []byte("\n"))
}

// BenchmarkLint parses the Markdown article src and runs rules on it once
// per iteration: what one article costs, parsing and segmentation
// included. The rule families' benchmarks share it.
func BenchmarkLint(b *testing.B, src []byte, rules ...*lint.Rule) {
	b.Helper()
	cfg := &lint.Config{Rules: rules}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := lint.Check(doc, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRules is BenchmarkLint without the shared work: each iteration
// parses and segments a fresh document outside the timer, so that only the
// rules' own cost (including the analyses they compute) is measured.
func BenchmarkRules(b *testing.B, src []byte, rules ...*lint.Rule) {
	b.Helper()
	cfg := &lint.Config{Rules: rules}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
		if err != nil {
			b.Fatal(err)
		}
		doc.Sentences()
		b.StartTimer()
		if _, err := lint.Check(doc, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// NewsArticle returns rules/testdata/article.md, the ~1,000-word news
// article of the pipeline and rule-family benchmarks, so that they all
// measure the same text. It is found next to this package's source.
func NewsArticle(tb testing.TB) []byte {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("linttest: cannot locate the benchmark article")
	}
	src, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "rules", "testdata", "article.md"))
	if err != nil {
		tb.Fatal(err)
	}
	return src
}
