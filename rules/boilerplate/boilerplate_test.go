package boilerplate

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
)

func TestFixtures(t *testing.T) {
	for _, r := range Rules {
		t.Run(r.Name, func(t *testing.T) {
			linttest.Run(t, filepath.Join("..", "..", "fixtures", r.Name), r)
		})
	}
}

func TestBuiltinLibraryParses(t *testing.T) {
	_, err := ParsePatterns("patterns.yaml", builtinYAML)
	require.NoError(t, err)
	perKind := map[Kind]int{}
	for _, p := range Builtin() {
		perKind[p.Kind]++
		assert.NotEmpty(t, p.Note, p.ID)
		assert.True(t, strings.HasPrefix(p.Origin, "patterns.yaml:"), p.Origin)
	}
	for _, k := range kinds {
		assert.Positive(t, perKind[k], "no built-in pattern of kind %s", k)
	}
}

func TestParsePatterns(t *testing.T) {
	good := `patterns:
  - id: gazette-club
    kind: appeal
    re: '\bjoin the gazette club\b'
    weight: 0.9
    where: edge
    span: block
    note: membership appeal
  - id: house-credit
    kind: credit
    re: 'Gazette Staff'
    match-case: true
`
	ps, err := ParsePatterns("house.yaml", []byte(good))
	require.NoError(t, err)
	require.Len(t, ps, 2)
	assert.Equal(t, KindAppeal, ps[0].Kind)
	assert.Equal(t, Edge, ps[0].Where)
	assert.Equal(t, SpanBlock, ps[0].Span)
	assert.InDelta(t, 0.9, ps[0].Weight, 1e-9)
	assert.Equal(t, "house.yaml:2", ps[0].Origin)
	assert.True(t, ps[0].Re.MatchString("Join the Gazette Club"), "case-insensitive by default")
	assert.False(t, ps[1].Re.MatchString("gazette staff"), "match-case")
	assert.Equal(t, "house-credit", ps[1].Note, "note defaults to the id")

	bare, err := ParsePatterns("bare.yaml", []byte("- id: a\n  kind: ai\n  re: x\n"))
	require.NoError(t, err)
	require.Len(t, bare, 1)

	for _, tc := range []struct{ name, yaml, want string }{
		{"bad regexp", "patterns:\n  - id: a\n    kind: ai\n    re: '(unclosed'\n", "bad.yaml:4: pattern \"a\": bad regular expression"},
		{"unknown kind", "patterns:\n  - id: a\n    kind: spam\n    re: x\n", "bad.yaml:3: unknown kind \"spam\""},
		{"unknown key", "patterns:\n  - id: a\n    kind: ai\n    re: x\n    wieght: 0.5\n", "bad.yaml:5: unknown key \"wieght\""},
		{"unknown top key", "patern:\n  - id: a\n", "bad.yaml:1: unknown key \"patern\""},
		{"weight range", "- id: a\n  kind: ai\n  re: x\n  weight: 2\n", "bad.yaml:4: weight \"2\""},
		{"missing re", "- id: a\n  kind: ai\n", "bad.yaml:1: pattern \"a\" has no re"},
		{"duplicate", "- id: a\n  kind: ai\n  re: x\n- id: a\n  kind: ai\n  re: y\n", "bad.yaml:4: duplicate id \"a\" (first at line 1)"},
		{"bad where", "- id: a\n  kind: ai\n  re: x\n  where: top\n", "bad.yaml:4: unknown where \"top\""},
		{"not yaml", "- id: [\n", "bad.yaml:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParsePatterns("bad.yaml", []byte(tc.yaml))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
		})
	}
}

// lintText runs rule r on a Markdown article with the given options.
func lintText(t *testing.T, r *lint.Rule, text string, opts map[string]any) []lint.Finding {
	t.Helper()
	doc, err := lint.Parse("t.md", []byte(text), lint.FormatMarkdown)
	require.NoError(t, err)
	cfg := &lint.Config{Rules: []*lint.Rule{r}}
	if opts != nil {
		cfg.Options = map[string]map[string]any{r.Name: opts}
	}
	fs, err := lint.Check(doc, cfg)
	require.NoError(t, err)
	return fs
}

func TestHousePatternsFromOptions(t *testing.T) {
	article := "The mayor opened the new bridge on Monday after three years of work.\n\nJoin the Gazette Club for early access to our weekend edition.\n"
	assert.Empty(t, lintText(t, Appeal, article, nil))
	ps, err := ParsePatterns("house.yaml", []byte("- id: gazette-club\n  kind: appeal\n  re: '\\bjoin the gazette club\\b'\n  weight: 0.9\n  note: house membership appeal\n"))
	require.NoError(t, err)
	fs := lintText(t, Appeal, article, map[string]any{OptionPatterns: ps})
	require.Len(t, fs, 1)
	assert.Contains(t, fs[0].Message, "house membership appeal")
	assert.Equal(t, "house.yaml:1", fs[0].Evidence[0].Source)
	// Another kind's rule ignores the appeal pattern.
	assert.Empty(t, lintText(t, Promo, article, map[string]any{OptionPatterns: ps}))
}

func TestBadOptionType(t *testing.T) {
	doc, err := lint.Parse("t.md", []byte("Text.\n"), lint.FormatMarkdown)
	require.NoError(t, err)
	_, err = lint.Check(doc, &lint.Config{Rules: []*lint.Rule{Appeal}, Options: map[string]map[string]any{Appeal.Name: {OptionPatterns: "house.yaml"}}})
	assert.ErrorContains(t, err, "want []boilerplate.Pattern")
}

func TestScoring(t *testing.T) {
	lead := "The city council approved a new budget on Tuesday, raising spending on schools by 4 percent.\n\n"
	for _, tc := range []struct {
		name, text string
		want       lint.Severity
		none       bool
	}{
		{name: "imperative appeal", text: lead + "Please support our journalism with a donation today.\n", want: lint.Warning},
		{name: "reported appeal", text: lead + "The charity said the grant would support independent journalism in the region.\n", none: true},
		{name: "quoted prompt", text: lead + "\"Sign up for our newsletter,\" the mayor joked.\n", none: true},
		{name: "narrated appeal", text: lead + "The outlet urges readers to support independent journalism in difficult times.\n", want: lint.Warning},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var all []lint.Finding
			for _, r := range Rules {
				all = append(all, lintText(t, r, tc.text, nil)...)
			}
			if tc.none {
				assert.Empty(t, all)
				return
			}
			require.Len(t, all, 1)
			assert.Equal(t, tc.want, all[0].Severity)
		})
	}
}

func TestImperative(t *testing.T) {
	assert.True(t, imperative("Sign up for our newsletter."))
	assert.True(t, imperative("Never miss a launch: sign up today."))
	assert.True(t, imperative("Please consider a gift."))
	assert.False(t, imperative("The council signed up 40 volunteers."))
}

// BenchmarkBoiler runs the four boilerplate rules on a generated article
// of about 1,000 words with a few pieces of boilerplate in it. Parsing and
// sentence segmentation are shared with every other rule, so they are done
// once, outside the timed loop.
func BenchmarkBoiler(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("---\ntitle: \"Budget vote\"\ndate: 2024-03-01\n---\n\n")
	para := "The council voted on Tuesday to raise spending on schools and roads by 4 percent, after a debate that lasted well into the night, officials said. "
	for i := range 25 {
		sb.WriteString(para + para[:len(para)/2] + "committee members agreed.\n\n")
		switch i {
		case 5:
			sb.WriteString("Read more: How the budget is spent\n\n")
		case 12:
			sb.WriteString("Sign up for our free morning newsletter, delivered to your inbox.\n\n")
		}
	}
	sb.WriteString("I hope this helps! Let me know if you'd like any changes.\n")
	src := []byte(sb.String())
	cfg := &lint.Config{Rules: Rules}
	doc, err := lint.Parse("bench.md", src, lint.FormatMarkdown)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d words", len(strings.Fields(string(src))))
	doc.Sentences()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lint.Check(doc, cfg); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPrefilterNeverHidesAMatch checks the literal prefilter against the
// regular expressions on every line of the fixtures: wherever a pattern
// matches, its condition must let the line through, both evaluated
// directly and through the library's literal scan.
func TestPrefilterNeverHidesAMatch(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "fixtures", "*", "*"))
	require.NoError(t, err)
	lines := []string{
		"SEE ALSO: x", "Sure! Here’s a draft:", "© 2024. All rights reserved.",
		// ſ and the Kelvin sign match s and k case-insensitively.
		"Follow uſ on Twitter", "Thiſ article firſt appeared in the Globe.", "Join our WhatſApp channel", "\u212Aeep reading",
		// Literals at the very start and end of a text, and short texts.
		"AP", "ad", "Advertisement", "Reuters", "(AP)", "[Insert quote]",
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	// The conditions as parsed from patterns.yaml, the library as built in.
	ps, err := parsePatterns("patterns.yaml", builtinYAML, false)
	require.NoError(t, err)
	l := builtinLibrary()
	scratch := l.newScratch()
	for _, line := range lines {
		folded := fold(line)
		may := l.may(line, folded, scratch)
		for i, p := range ps {
			if p.Re.MatchString(line) {
				assert.True(t, p.cond.evalText(line, folded), "pattern %s: literal condition hides a match in %q", p.ID, line)
				assert.True(t, may[i], "pattern %s: the library's scan hides a match in %q", p.ID, line)
			}
		}
	}
}

// TestLiteralIndex checks the scan against strings.Contains.
func TestLiteralIndex(t *testing.T) {
	var x literalIndex
	lits := []string{"ab", "abc", "abcd", "abcde", "bcd", "cd", "dab", "xyzw", "zw", "the latest", "the "}
	for _, s := range lits {
		x.add(s)
	}
	x.build()
	for _, text := range []string{"", "a", "ab", "abc", "xabcdex", "dabcd", "xyz", "xyzw", "zwxyzw", "the latest news", "ddcd", "bcdab"} {
		st := x.newScanState()
		x.scan(text, st)
		n := 0
		for id, s := range lits {
			assert.Equal(t, strings.Contains(text, s), st.found[id], "%q in %q", s, text)
			if st.found[id] {
				n++
			}
		}
		assert.Len(t, st.list, n, "each found literal is listed once")
	}
}

func TestFold(t *testing.T) {
	for _, s := range []string{"", "plain text", "Mixed Case", "ſ and \u212A", "İstanbul", "Ünïcödé “quotes” — ÀÉ", "ǅ ǈ ß ẞ", "\xff bad"} {
		assert.Equal(t, canonString(s), fold(s), "%q", s)
	}
}

func TestHasWords(t *testing.T) {
	for _, text := range []string{"", " ", "one", "one two", " a  b\tc\nd e f g h ", "a b c d e f g", "a\u00a0b c d e f g h", "\xff \xfe a b c d e f"} {
		for n := 1; n <= 9; n++ {
			assert.Equal(t, len(strings.Fields(text)) >= n, hasWords(text, n), "%q, %d", text, n)
		}
	}
}

func TestCond(t *testing.T) {
	condOf := func(expr string) *cond {
		re, err := syntax.Parse(expr, syntax.Perl)
		require.NoError(t, err)
		return infoOf(re).cond()
	}
	assert.Equal(t, always, condOf(`(?i)\w+`), "no literal is required")
	assert.Equal(t, always, condOf(`(?i)foo|\d+`), "one branch has no literal")
	for _, tc := range []struct {
		expr        string
		matches     []string
		nonMatching string
	}{
		{`(?i)\bwe use cookies\b`, []string{"We use cookies"}, "we use no cookies"},
		{`(?i)\b(?:sign up|subscribe) now\b`, []string{"sign up now", "Subscribe now"}, "sign up later"},
		{`(?i)^(?:a|b)+ desk$`, []string{"a desk", "ab desk"}, "a table"},
		{`AP|AFP`, []string{"AP", "AFP"}, "ap"},
	} {
		c := condOf(tc.expr)
		for _, m := range tc.matches {
			assert.True(t, c.evalText(m, fold(m)), "%s: %q", tc.expr, m)
		}
		n := tc.nonMatching
		assert.False(t, c.evalText(n, fold(n)), "%s: %q", tc.expr, n)
	}
}

func TestSplicedClause(t *testing.T) {
	assert.True(t, splicedClause(", pointing to the risks faced by independent journalism"))
	assert.True(t, splicedClause(", highlighting the plight of the free press"))
	assert.False(t, splicedClause(", including independent media"))
	assert.False(t, splicedClause(", which threatens independent media"))
}

// TestAnchoredPatternsSaySo checks the library's convention that a
// pattern whose every alternative starts at the block start is written
// ^(?:a|b): Go's regexp tries ^a|^b at every position of the block.
func TestAnchoredPatternsSaySo(t *testing.T) {
	for _, p := range Builtin() {
		re, err := syntax.Parse(p.Re.String(), syntax.Perl)
		require.NoError(t, err)
		if re.Op != syntax.OpAlternate {
			continue
		}
		anchored := true
		for _, alt := range re.Sub {
			anchored = anchored && alt.Op == syntax.OpConcat && alt.Sub[0].Op == syntax.OpBeginText
		}
		assert.False(t, anchored, "pattern %s: write ^(?:a|b) instead of ^a|^b", p.ID)
	}
}
