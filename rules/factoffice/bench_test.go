package factoffice_test

import (
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/factcapital"
	"github.com/newslint/newslint/rules/factheadquarters"
	"github.com/newslint/newslint/rules/factmembership"
	"github.com/newslint/newslint/rules/factoffice"
)

// paragraph is about 100 words of news prose dense in claims the fact
// rules read, true and false.
const paragraph = `Iranian President Ebrahim Raisi met Turkish President Recep Tayyip Erdogan in Tehran on Tuesday. Azerbaijan, a NATO member, sent an observer, while non-EU Norway and Finland, which joined NATO in 2023, stayed away. Ethiopian Airlines, the Nairobi-based carrier, flew delegates in from Addis Ababa, the Ethiopian capital. NASA Administrator Bill Nelson and Antonio Guterres, the United Nations secretary-general, spoke by video. Raisi said the talks, held in Ankara, Turkey's capital, went well. "If Ukraine were a NATO member, this would be different," one diplomat said. Former Iranian President Hassan Rouhani did not attend.

`

// BenchmarkFact runs the four fact rules on a 1,000-word article.
func BenchmarkFact(b *testing.B) {
	src := []byte("---\ndate: 2022-07-18\n---\n" + strings.Repeat(paragraph, 10))
	rules := []*lint.Rule{factcapital.Rule, factheadquarters.Rule, factmembership.Rule, factoffice.Rule}
	// Load the KB and matcher once, outside the timing.
	doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := lint.Check(doc, &lint.Config{Rules: rules}); err != nil {
		b.Fatal(err)
	}
	linttest.BenchmarkLint(b, src, rules...)
}

// BenchmarkFactRulesOnly excludes parsing and sentence segmentation, which
// every rule shares, to show what the fact rules themselves cost.
func BenchmarkFactRulesOnly(b *testing.B) {
	src := []byte("---\ndate: 2022-07-18\n---\n" + strings.Repeat(paragraph, 10))
	rules := []*lint.Rule{factcapital.Rule, factheadquarters.Rule, factmembership.Rule, factoffice.Rule}
	linttest.BenchmarkRules(b, src, rules...)
}
