package duplicatesentence_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules/doubledpunctuation"
	"github.com/newslint/newslint/rules/duplicatesentence"
	"github.com/newslint/newslint/rules/fusedheadline"
	"github.com/newslint/newslint/rules/fusedwords"
	"github.com/newslint/newslint/rules/markupresidue"
	"github.com/newslint/newslint/rules/mojibake"
	"github.com/newslint/newslint/rules/repeatedword"
	"github.com/newslint/newslint/rules/strayfragment"
	"github.com/newslint/newslint/rules/truncatedsentence"
	"github.com/newslint/newslint/rules/unbalancedquotes"
)

// garbledRules is the whole garbled family.
var garbledRules = []*lint.Rule{
	doubledpunctuation.Rule, duplicatesentence.Rule, fusedheadline.Rule, fusedwords.Rule,
	markupresidue.Rule, mojibake.Rule, repeatedword.Rule, strayfragment.Rule,
	truncatedsentence.Rule, unbalancedquotes.Rule,
}

// article builds a Markdown article of about 1,000 words with a little
// damage of every kind the family looks for.
func article() []byte {
	var sb strings.Builder
	sb.WriteString("---\ntitle: \"Harbour report\"\ndate: 2022-05-04\n---\n\n")
	for i := range 25 {
		fmt.Fprintf(&sb, "The harbour board met on Tuesday to review the %d proposals for the new pier, "+
			"officials said. “We will decide by June,” the chair told reporters (after the vote). "+
			"Shipping volumes rose %d percent in the first quarter, and the board expects more growth.\n\n", i, i+3)
	}
	sb.WriteString("Repairs were delayed again.. The council said the work was ongoing. I'm leaving.\n\n")
	sb.WriteString("Engineers found cracks in two of the old supports. Engineers found cracks in two of the old supports.\n\n")
	sb.WriteString("The mayor said the plan was sound and his aides said Outside the hall, protesters gathered.\n\n")
	sb.WriteString("The port, in the NorthernTerritory, handles grain&#8217;s exports.</p> Trade rose.\n\n")
	return []byte(sb.String())
}

// BenchmarkGarbled measures the garbled rules on a 1,000-word article,
// parsing and segmenting it afresh each time (what one cold article costs
// besides loading prose's model once per process).
func BenchmarkGarbled(b *testing.B) {
	linttest.BenchmarkLint(b, article(), garbledRules...)
}

// BenchmarkGarbledRulesOnly measures the rules alone, each on its own
// and the whole family, on the damaged article and on the plain news
// article of rules/testdata. Parsing and sentence segmentation, which
// every rule shares, are left out of the timing; the document is parsed
// afresh for each iteration so that the family's own shared analysis
// (garbled.BlockFields) is counted, not cached from the iteration before.
func BenchmarkGarbledRulesOnly(b *testing.B) {
	news := linttest.NewsArticle(b)
	articles := []struct {
		name string
		src  []byte
	}{{"damaged", article()}, {"news", news}}
	for _, a := range articles {
		b.Run(a.name+"/all", func(b *testing.B) { linttest.BenchmarkRules(b, a.src, garbledRules...) })
		for _, r := range garbledRules {
			b.Run(a.name+"/"+r.Name, func(b *testing.B) { linttest.BenchmarkRules(b, a.src, r) })
		}
	}
}

func TestBenchmarkArticleIsDamaged(t *testing.T) {
	src := article()
	if n := len(strings.Fields(string(src))); n < 900 {
		t.Fatalf("article has %d words, want about 1,000", n)
	}
	doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
	if err != nil {
		t.Fatal(err)
	}
	findings, err := lint.Check(doc, &lint.Config{Rules: garbledRules})
	if err != nil {
		t.Fatal(err)
	}
	rules := map[string]bool{}
	for _, f := range findings {
		rules[f.Rule] = true
	}
	for _, want := range []string{"doubled-punctuation", "duplicate-sentence", "fused-words", "markup-residue", "stray-fragment", "truncated-sentence"} {
		if !rules[want] {
			t.Errorf("no %s finding on the benchmark article", want)
		}
	}
}
