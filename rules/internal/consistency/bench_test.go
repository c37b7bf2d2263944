package consistency_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/agemismatch"
	"github.com/newslint/newslint/rules/datetense"
	"github.com/newslint/newslint/rules/impossibledate"
	"github.com/newslint/newslint/rules/leadrestated"
	"github.com/newslint/newslint/rules/namevariant"
	"github.com/newslint/newslint/rules/numbermismatch"
	"github.com/newslint/newslint/rules/ordinalmismatch"
	"github.com/newslint/newslint/rules/weekdaydate"
)

var consistencyRules = []*lint.Rule{
	agemismatch.Rule, datetense.Rule, impossibledate.Rule, leadrestated.Rule,
	namevariant.Rule, numbermismatch.Rule, ordinalmismatch.Rule, weekdaydate.Rule,
}

// article builds a Markdown article of about words words, with dates,
// names, ages, numbers and ordinals for every rule to read.
func article(words int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: \"Benchmark\"\ndate: 2024-03-20\n---\n\n")
	paras := []string{
		"Opposition leader Katarina Vasilevska, 54, said on Tuesday, March 19, that talks with the governing party had stalled after 214 votes to 98 in the assembly.",
		"Finance Minister Tomas Oberhauser rejected the demand and said the budget of $3.8 million would be presented on Friday, March 29, as planned.",
		"The vote is expected to take place on April 4, officials said, the first such vote in 14 years. Among the delegates were 47 Norwegians and 12 Danes.",
		"Vasilevska became the second opposition leader to walk out, and the 54-year-old said she would return only if the minister resigned. Born on 2 March 1970, she entered parliament in 1998.",
	}
	n := 0
	for i := 0; n < words; i++ {
		p := paras[i%len(paras)]
		fmt.Fprintf(&b, "%s Paragraph %d.\n\n", p, i)
		n += len(strings.Fields(p)) + 2
	}
	return []byte(b.String())
}

// BenchmarkConsist lints a generated 1,000-word article with the
// consistency rules, parsing and segmentation included, as a real run pays
// them (no rule needs POS tags).
func BenchmarkConsist(b *testing.B) {
	linttest.BenchmarkLint(b, article(1000), consistencyRules...)
}

// BenchmarkConsistBaseline is the shared cost the rules sit on: parsing
// and segmenting the same article, no rule run.
func BenchmarkConsistBaseline(b *testing.B) {
	src := article(1000)
	for b.Loop() {
		doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
		if err != nil {
			b.Fatal(err)
		}
		doc.Sentences()
	}
}

// BenchmarkConsistRule runs each consistency rule alone on the generated
// article, parsed and segmented outside the timed part, so that the rule's
// own cost shows. Each date rule computes the shared consistency.Dates,
// which a full run computes once for all of them.
func BenchmarkConsistRule(b *testing.B) {
	src := article(1000)
	for _, r := range consistencyRules {
		b.Run(r.Name, func(b *testing.B) { linttest.BenchmarkRules(b, src, r) })
	}
}
