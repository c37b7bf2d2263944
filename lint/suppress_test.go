package lint

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func known(n string) bool {
	return n == "fake-doubled" || n == "fake-contradiction" || n == "fake-note" || n == UnusedSuppression.Name
}

func ranAll(string) bool { return true }

// suppressed lints src with the fake rules and applies the directives.
func suppressed(t *testing.T, path, src string) ([]Finding, []error) {
	t.Helper()
	doc, err := Parse(path, []byte(src), FormatOf(path))
	require.NoError(t, err)
	fs, err := Check(doc, &Config{Rules: []*Rule{fakeDoubled}})
	require.NoError(t, err)
	return ApplySuppressions(doc, fs, known, ranAll)
}

func rulesOf(fs []Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule)
	}
	return out
}

func TestSuppressMarkdown(t *testing.T) {
	src := `One.. here.

<!-- newslint-disable-next-line fake-doubled -- quoted as sent -->
Two.. here.

<!-- newslint-disable fake-doubled -- the wire copy, verbatim -->
Three.. here.

Four.. here.
<!-- newslint-enable fake-doubled -->

Five.. here.
`
	fs, errs := suppressed(t, "a.md", src)
	require.Empty(t, errs)
	require.Len(t, fs, 2)
	assert.Equal(t, "One..", src[fs[0].Range.Start-3:fs[0].Range.End])
	assert.Equal(t, "Five..", src[fs[1].Range.Start-4:fs[1].Range.End])
}

func TestSuppressHTMLAndText(t *testing.T) {
	html := "<p>One.. here.</p>\n<!-- newslint-disable-next-line all -- legacy -->\n<p>Two.. here.</p>\n"
	fs, errs := suppressed(t, "a.html", html)
	require.Empty(t, errs)
	assert.Len(t, fs, 1)

	text := "One.. here.\nnewslint: disable-next-line fake-doubled -- as filed\n\nTwo.. here.\n"
	fs, errs = suppressed(t, "a.txt", text)
	require.Empty(t, errs)
	assert.Len(t, fs, 1)

	// In plain text the comment form is not a directive.
	text = "One.. here.\n<!-- newslint-disable-next-line fake-doubled -- x -->\nTwo.. here.\n"
	fs, _ = suppressed(t, "a.txt", text)
	assert.Len(t, fs, 2)
}

func TestUnusedSuppression(t *testing.T) {
	src := "Clean line.\n\n<!-- newslint-disable-next-line fake-doubled -- stale -->\nStill clean.\n"
	fs, errs := suppressed(t, "a.md", src)
	require.Empty(t, errs)
	require.Equal(t, []string{"unused-suppression"}, rulesOf(fs))
	assert.Equal(t, Warning, fs[0].Severity)
	assert.Equal(t, "<!-- newslint-disable-next-line fake-doubled -- stale -->", src[fs[0].Range.Start:fs[0].Range.End])
	assert.Contains(t, fs[0].Message, "suppresses nothing")

	// Not reported when the rule did not run, or unused-suppression is off.
	doc, err := Parse("a.md", []byte(src), FormatMarkdown)
	require.NoError(t, err)
	fs, _ = ApplySuppressions(doc, nil, known, func(n string) bool { return n == UnusedSuppression.Name })
	assert.Empty(t, fs)
	fs, _ = ApplySuppressions(doc, nil, known, func(n string) bool { return n != UnusedSuppression.Name })
	assert.Empty(t, fs)
}

func TestBadSuppressions(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"x\n\n<!-- newslint-disable fake-doubled -->\n", "a.md:3: newslint-disable fake-doubled has no reason"},
		{"x\n<!-- newslint-disable-next-line fake-doubled -- -->\n", "a.md:2: newslint-disable-next-line fake-doubled has no reason"},
		{"<!-- newslint-disable no-such-rule -- why -->\n", `a.md:1: newslint-disable: unknown rule "no-such-rule"`},
		{"<!-- newslint-disable -- why -->\n", "a.md:1: newslint-disable names no rule"},
		{"x\n\n\n<!-- newslint-enable fake-doubled -->\n", "a.md:4: newslint-enable fake-doubled without a newslint-disable"},
	} {
		_, errs := suppressed(t, "a.md", c.src)
		require.Len(t, errs, 1, c.src)
		assert.True(t, strings.HasPrefix(errs[0].Error(), c.want), "%q\n got %q", c.src, errs[0])
	}
}

func TestSuppressSplitEnable(t *testing.T) {
	src := `<!-- newslint-disable fake-doubled, fake-note -- both -->
One.. here.
<!-- newslint-enable fake-doubled -->

Two.. here.
`
	fs, errs := suppressed(t, "a.md", src)
	require.Empty(t, errs)
	// fake-doubled ends at its enable; fake-note (still disabled, never
	// reported because it did not report anything) is unused.
	assert.Equal(t, []string{"unused-suppression", "fake-doubled"}, rulesOf(fs))
}
