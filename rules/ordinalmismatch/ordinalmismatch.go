// Package ordinalmismatch flags one rank stated two ways in an article:
// "the first hike in 17 years" and later "the first rate increase in 19
// years", or "Bahrain became the second Gulf state" and later "Bahrain is
// now the third Gulf state".
package ordinalmismatch

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newslint/newslint/rules/internal/lazyre"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/internal/consistency"
	"github.com/newslint/newslint/rules/internal/stretch"
)

// Rule is the ordinal-mismatch rule.
var Rule = &lint.Rule{
	Name:     "ordinal-mismatch",
	Category: lint.Consistency,
	Doc: `One rank or "first in N years" stated two ways in an article.

Two checks. "The first … in 17 years" and "the first … in 19 years" (the same
ordinal or superlative, a number of years that differs by a one-digit slip)
in different sentences are reported. And a name given a rank ("Bahrain
became the second Gulf state", "and Bahrain the second") and later another
rank with the same noun ("Bahrain is now the third Gulf state") is reported.
Ranks of different things ("his first goal" … "his second goal") and of
different names are left alone.`,
	Severity: lint.Warning,
	Run:      run,
}

const ordinalWords = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth`

var (
	// The two expressions are compiled on first use: most articles have
	// no stretch they could match, and a one-article run skips the work.
	inYears = lazyre.New(`(?i)\b(` + ordinalWords + `|biggest|largest|highest|lowest|smallest|worst|best|longest|strongest|weakest|fastest|slowest|steepest|sharpest)\b[^.;:]{0,40}?\bin\s+(\d{1,3}|\p{L}+)\s+years\b`)
	// rank reads "Bahrain became the second Gulf Arab state", "Bahrain, the
	// smaller of the two, is now the third Gulf state", "and Bahrain the
	// second": group 1 the name, 2 the ordinal, 3 the words after it.
	rank = lazyre.New(`\b(\p{Lu}[\p{L}’'-]+)(?:,[^,.;]{1,40},)?\s+(?:(?:is|was|became|becomes|has become|had become|is now|was now|would become|will become)\s+(?:now\s+)?)?the\s+(` + ordinalWords + `)\b((?:\s+[\p{L}-]+){0,4})`)
)

// ordinals are the words of ordinalWords.
var ordinals = strings.Split(ordinalWords, "|")

// rankMatches returns rank().FindAllStringSubmatchIndex(s, -1). Every match
// has "the", white space and an ordinal word, in lower case; around each,
// the expression runs over the fields (see stretch.FieldsBefore) a rank can
// span: rankFieldsBefore before "the" and, after the ordinal, four words.
func rankMatches(s string) [][]int {
	var w *stretch.Windows // made at the first "the" before an ordinal
	for i := strings.Index(s, "the"); i >= 0; {
		j := i + len("the")
		k := j
		for k < len(s) && stretch.IsSpace(s[k]) {
			k++
		}
		if k > j && startsWithOrdinal(s[k:]) {
			if w == nil {
				w = stretch.NewWindows(s, findRank, func(string) bool { return true })
			}
			w.Add(stretch.FieldsBefore(s, i, rankFieldsBefore, stretch.All), stretch.FieldsAfter(s, k, 4, stretch.All))
		}
		next := strings.Index(s[j:], "the")
		if next < 0 {
			break
		}
		i = j + next
	}
	if w == nil {
		return nil
	}
	return w.Matches()
}

// rankFieldsBefore is how many fields a rank can have before "the": the
// name's ("Bahrain,"), at most 20 in the 40 bytes up to the next comma
// (" a b … t,", or 19 and a lone comma), and at most three of the verb
// ("has become now").
const rankFieldsBefore = 24

func findRank(s string, n int) [][]int { return rank().FindAllStringSubmatchIndex(s, n) }

// startsWithOrdinal reports whether s starts with an ordinal word as rank
// spells it.
func startsWithOrdinal(s string) bool {
	for _, w := range ordinals {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// inYearsMatches returns inYears.FindAllStringSubmatchIndex(s, -1). No
// match has a full stop, semicolon or colon, and every match ends in
// "in N years": the expression runs on the stretches between those that
// have such words.
func inYearsMatches(s string) [][]int {
	return stretch.FindSubmatchIndex(inYears(), s, notStop, hasInYears)
}

var notStop = stretch.NewBytes(func(c byte) bool { return c != '.' && c != ';' && c != ':' })

// hasInYears reports whether s may hold "in N years" as inYears reads it, in
// any case: "years" after white space, one word with no white space, white
// space, and "in". Reading back from each "years" finds the only place such
// an "in" can be. With ſ, which folds to s, it says yes.
func hasInYears(s string) bool {
	if strings.Contains(s, "ſ") {
		return true
	}
	for i := 0; i+len("years") <= len(s); i++ {
		if !hasPrefixFoldASCII(s[i:], "years") {
			continue
		}
		j := skipBack(s, i, stretch.IsSpace)
		if j == i {
			continue
		}
		k := skipBack(s, j, func(c byte) bool { return !stretch.IsSpace(c) })
		if k == j {
			continue
		}
		in := skipBack(s, k, stretch.IsSpace)
		if in < k && in >= len("in") && hasPrefixFoldASCII(s[in-len("in"):], "in") {
			return true
		}
	}
	return false
}

// skipBack returns the start of the run of bytes for which in is true that
// ends at s[i].
func skipBack(s string, i int, in func(byte) bool) int {
	for i > 0 && in(s[i-1]) {
		i--
	}
	return i
}

// hasPrefixFoldASCII reports whether s starts with lower, a lower-case ASCII
// word, in any case. For letters that no other rune folds to (not k or s),
// that is what a case-insensitive regular expression matches.
func hasPrefixFoldASCII(s, lower string) bool {
	if len(s) < len(lower) {
		return false
	}
	for j := range len(lower) {
		if s[j]|0x20 != lower[j] {
			return false
		}
	}
	return true
}

type rankAt struct {
	block *lint.Block
	pos   lint.Range
	name  string
	n     int
	noun  string
}

func run(pass *lint.Pass) error {
	doc := pass.Doc
	checkInYears(pass)
	var ranks []rankAt
	for _, b := range doc.Blocks {
		for _, m := range rankMatches(b.Text) {
			n, _ := consistency.Ordinal(b.Text[m[4]:m[5]])
			r := rankAt{block: b, pos: lint.Range{Start: m[0], End: m[5]}, name: b.Text[m[2]:m[3]], n: n}
			r.noun = headNoun(b.Text[m[6]:m[7]])
			if r.noun == "" {
				// "and Bahrain the second": the noun of the rank before it
				// in the same sentence.
				for _, p := range slices.Backward(ranks) {
					if p.block == b && sameSentence(doc, b, p.pos.Start, m[0]) {
						r.noun = p.noun
						break
					}
				}
			}
			if r.noun != "" {
				r.pos.End = m[7]
				ranks = append(ranks, r)
			}
		}
	}
	for i, r := range ranks {
		for j := range i {
			o := ranks[j]
			if o.name != r.name || o.noun != r.noun || o.n == r.n || o.block == r.block && sameSentence(doc, r.block, o.pos.Start, r.pos.Start) {
				continue
			}
			pass.Report(lint.Finding{
				Range:    r.block.Span(r.pos.Start, r.pos.End),
				Severity: lint.Warning,
				Message:  fmt.Sprintf("%s is the %s %s here, but the %s earlier", r.name, consistency.OrdinalName(r.n), r.noun, consistency.OrdinalName(o.n)),
				Related:  []lint.Related{{Message: fmt.Sprintf("%s given as the %s", r.name, consistency.OrdinalName(o.n)), Range: o.block.Span(o.pos.Start, o.pos.End)}},
			})
			break
		}
	}
	return nil
}

// headNoun returns the last word of a short noun phrase after an ordinal
// ("Gulf Arab state to agree" → "state"), stopping at a function word or
// verb-like word; "" when the ordinal stands alone.
func headNoun(s string) string {
	last := ""
	for w := range strings.FieldsSeq(s) {
		lw := strings.ToLower(w)
		if consistency.IsStopword(lw) || lw == "when" || strings.HasSuffix(lw, "ed") && last != "" {
			break
		}
		last = strings.TrimSuffix(lw, "s")
	}
	return last
}

func sameSentence(doc *lint.Document, b *lint.Block, a, c int) bool {
	return consistency.SentenceRange(doc, b, a) == consistency.SentenceRange(doc, b, c)
}

type yearsAt struct {
	block *lint.Block
	pos   lint.Range
	word  string
	years string
	sent  lint.Range
}

// checkInYears compares "the first … in 17 years" statements.
func checkInYears(pass *lint.Pass) {
	doc := pass.Doc
	var seen []yearsAt
	for _, b := range doc.Blocks {
		for _, m := range inYearsMatches(b.Text) {
			y := yearsAt{block: b, pos: lint.Range{Start: m[0], End: m[1]}, word: strings.ToLower(b.Text[m[2]:m[3]]), years: b.Text[m[4]:m[5]]}
			if n, ok := consistency.NumberWord(y.years); ok {
				y.years = strconv.Itoa(n)
			} else if _, err := strconv.Atoi(y.years); err != nil {
				continue
			}
			y.sent = consistency.SentenceRange(doc, b, m[0])
			for _, o := range seen {
				if o.word != y.word || o.years == y.years || o.block == b && o.sent == y.sent || !slip(o.years, y.years) {
					continue
				}
				pass.Report(lint.Finding{
					Range:    b.Span(m[0], m[1]),
					Severity: lint.Warning,
					Message:  fmt.Sprintf("%s in %s years here, but in %s years earlier", y.word, y.years, o.years),
					Evidence: []lint.Evidence{{Text: fmt.Sprintf("%s vs %s years for the same “%s … in N years”", o.years, y.years, y.word)}},
					Related:  []lint.Related{{Message: "the same span stated earlier", Range: o.block.Span(o.pos.Start, o.pos.End)}},
				})
				break
			}
			seen = append(seen, y)
		}
	}
}

// slip reports whether two numbers of the same length differ in one digit.
func slip(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	d := 0
	for i := range len(a) {
		if a[i] != b[i] {
			d++
		}
	}
	return d == 1
}
