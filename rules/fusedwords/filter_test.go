package fusedwords

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

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
	rng := rand.New(rand.NewPCG(3, 4)) //nolint:gosec // a fixed seed keeps the test repeatable
	parts := slices.Concat(alphabet, []string{"com", "CITY", "Port", "Harbour"})
	for range 100000 {
		var sb strings.Builder
		for range 2 + rng.IntN(8) {
			sb.WriteString(parts[rng.IntN(len(parts))])
		}
		check(sb.String())
	}
	for _, tok := range []string{"ministry.The", "2019.The", "agency.comBERLIN", "predictedCongress", "CapitalTerritory", "said.”The"} {
		assert.True(t, mayBeFused(tok), tok)
	}
	for _, tok := range []string{"U.S.", "JPMorgan", "NATO", "Reuters", "(AP)"} {
		assert.False(t, mayBeFused(tok), tok)
	}
}
