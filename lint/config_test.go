package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseConfig(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "extra.yaml"), []byte("x: 1\n"), 0o600))
	src := `rules: [all, -fake-note]
severity:
  fake-doubled: warning
  fake-contradiction: off
options:
  fake-doubled: {max: 3, words: [a, b]}
include: ["articles/**"]
exclude: ["**/drafts/**", "*.html"]
date: 2022-07-18
kb: [extra.yaml]
fix_rules: [default, fake-note]
fail_level: warning
`
	c, err := ParseConfig(filepath.Join(dir, ".newslint.yaml"), []byte(src), known)
	require.NoError(t, err)
	assert.Equal(t, []string{"all", "-fake-note"}, c.Rules)
	assert.Equal(t, map[string]Severity{"fake-doubled": Warning}, c.Severity)
	assert.Equal(t, []string{"fake-contradiction"}, c.Off)
	assert.Equal(t, 3, c.Options["fake-doubled"]["max"])
	assert.Equal(t, time.Date(2022, 7, 18, 0, 0, 0, 0, time.UTC), c.Date)
	assert.Equal(t, []string{filepath.Join(dir, "extra.yaml")}, c.KB)
	assert.Equal(t, []string{"default", "fake-note"}, c.FixRules)
	require.NotNil(t, c.FailLevel)
	assert.Equal(t, Warning, *c.FailLevel)

	assert.True(t, c.Matches(filepath.Join(dir, "articles", "2022", "a.md")))
	assert.False(t, c.Matches(filepath.Join(dir, "articles", "drafts", "a.md")))
	assert.False(t, c.Matches(filepath.Join(dir, "articles", "x", "a.html")))
	assert.False(t, c.Matches(filepath.Join(dir, "other", "a.md")))

	sel, err := SelectRules(c.Rules, fakeRules)
	require.NoError(t, err)
	assert.Equal(t, []*Rule{fakeContradiction, fakeDoubled}, sel)
}

func TestConfigErrorsHaveLines(t *testing.T) {
	src := `rules: [all, -no-such]
severity:
  fake-doubled: loud
colour: blue
options:
  nope: {a: 1}
date: yesterday
kb: [missing.yaml]
`
	_, err := ParseConfig("cfg/.newslint.yaml", []byte(src), known)
	require.Error(t, err)
	lines := strings.Split(err.Error(), "\n")
	assert.Equal(t, []string{
		`cfg/.newslint.yaml:1: unknown rule "no-such" (see 'newslint rules')`,
		`cfg/.newslint.yaml:3: severity of fake-doubled: want error, warning, info or off, not "loud"`,
		`cfg/.newslint.yaml:4: unknown key "colour" (known: rules, severity, options, include, exclude, date, kb, boilerplate_patterns, fix_rules, fail_level)`,
		`cfg/.newslint.yaml:6: unknown rule "nope" (see 'newslint rules')`,
		`cfg/.newslint.yaml:7: date: want YYYY-MM-DD or mtime, not "yesterday"`,
		`cfg/.newslint.yaml:8: kb: missing.yaml: no such file or directory`,
	}, lines)

	_, err = ParseConfig("c.yaml", []byte("rules: [a\nb: ]]\n"), known)
	require.Error(t, err)
	assert.Regexp(t, `^c\.yaml:\d+: `, err.Error())
}

func TestFindConfig(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "a", "b")
	require.NoError(t, os.MkdirAll(sub, 0o750))
	assert.Empty(t, FindConfig(sub))
	p := filepath.Join(dir, ConfigFileName)
	require.NoError(t, os.WriteFile(p, nil, 0o600))
	assert.Equal(t, p, FindConfig(sub))
	c, err := LoadConfig(p, known)
	require.NoError(t, err)
	assert.Nil(t, c.Rules)
}
