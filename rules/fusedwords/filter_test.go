package fusedwords

import (
	"regexp"
	"slices"
	"testing"

	"github.com/newslint/newslint/rules/internal/randtext"

	"github.com/stretchr/testify/assert"
)

// TestMayBeFused checks that the filter passes every token in which one
// of the rule's expressions matches: all the strings of up to five
// characters from letters of every case, digits and marks, and random
// longer ones, which the longer patterns need.
func TestMayBeFused(t *testing.T) {
	p := patterns()
	res := map[string]*regexp.Regexp{
		"sentenceJoin": p.sentenceJoin, "quoteJoin": p.quoteJoin, "domainDateline": p.domainDateline,
		"lowerUpper": p.lowerUpper, "upperUpper": p.upperUpper,
	}
	check := func(tok string) {
		for name, re := range res {
			if re.MatchString(tok) && !mayBeFused(tok) {
				t.Errorf("%s matches %q, which mayBeFused skips", name, tok)
			}
		}
	}
	alphabet := []string{"a", "B", "1", ".", "”", "“", "é", "É", "ǅ", "c", "D"}
	var walk func(tok string, n int)
	walk = func(tok string, n int) {
		check(tok)
		if n < 5 {
			for _, c := range alphabet {
				walk(tok+c, n+1)
			}
		}
	}
	walk("", 0)
	parts := slices.Concat(alphabet, []string{"com", "CITY", "Port", "Harbour"})
	for _, s := range randtext.Texts(3, 4, 100000, 2, 9, parts) {
		check(s)
	}
	for _, tok := range []string{"ministry.The", "2019.The", "agency.comBERLIN", "predictedCongress", "CapitalTerritory", "said.”The"} {
		assert.True(t, mayBeFused(tok), tok)
	}
	for _, tok := range []string{"U.S.", "JPMorgan", "NATO", "Reuters", "(AP)"} {
		assert.False(t, mayBeFused(tok), tok)
	}
}
