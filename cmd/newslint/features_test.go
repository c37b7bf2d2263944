package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
)

func readFile(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	return string(b)
}

func TestOutputFilesBesideTerminal(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.txt", damaged)
	sarif := filepath.Join(dir, "out", "report.sarif")
	require.NoError(t, os.MkdirAll(filepath.Dir(sarif), 0o750))
	cs := filepath.Join(dir, "report.xml")
	summary := filepath.Join(dir, "summary.md")
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	t.Setenv("GITHUB_WORKSPACE", dir)
	code, out, errOut := runCLI(t, "", "lint", pinned, "--no-config", "--format", "github", "--output", "sarif="+sarif, "--output", cs, bad)
	assert.Equal(t, 1, code, errOut)
	assert.Equal(t, "::error file=bad.txt,line=3,endLine=3,col=26,endColumn=28,title=doubled-punctuation::doubled punctuation “..”: a mark is repeated where text was probably cut\n", out)
	var log map[string]any
	require.NoError(t, json.Unmarshal([]byte(readFile(t, sarif)), &log))
	assert.Contains(t, readFile(t, sarif), `"uri": "bad.txt"`)
	var x struct{}
	require.NoError(t, xml.Unmarshal([]byte(readFile(t, cs)), &x))
	assert.Contains(t, readFile(t, summary), "| error | bad.txt | 3 | 26 | `doubled-punctuation` |")

	code, _, errOut = runCLI(t, "", "lint", "--output", "report.pdf", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "FORMAT=FILE")
}

func TestConfigFile(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "articles/bad.txt", damaged)
	writeFile(t, dir, "articles/drafts/skip.txt", damaged)
	writeFile(t, dir, "articles/nodate.txt", "The talks ended in Ankara. Officials left.\n")
	cfg := writeFile(t, dir, ".newslint.yaml", `rules: [doubled-punctuation, repeated-word, mojibake]
severity:
  doubled-punctuation: warning
exclude: ["drafts/"]
date: 2021-03-04
`)
	code, out, errOut := runCLI(t, "", "lint", "--config", cfg, "--format", "json", filepath.Join(dir, "articles"))
	assert.Equal(t, 0, code, errOut) // demoted to a warning
	var rep struct {
		Files []struct {
			Path, Date, DateSource string
			Findings               []struct{ Rule, Severity string }
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	require.Len(t, rep.Files, 2, out)
	assert.Equal(t, "warning", rep.Files[0].Findings[0].Severity)
	assert.Equal(t, "2021-03-04", rep.Files[1].Date)
	assert.Equal(t, "config", rep.Files[1].DateSource)

	// --fail-level and --rules on the command line win.
	code, _, _ = runCLI(t, "", "lint", "--config", cfg, "--fail-level", "warning", filepath.Join(dir, "articles"))
	assert.Equal(t, 1, code)
	code, _, _ = runCLI(t, "", "lint", "--config", cfg, "--rules", "repeated-word", "--fail-level", "warning", filepath.Join(dir, "articles"))
	assert.Equal(t, 0, code)

	// Found from the current directory or a parent.
	t.Chdir(filepath.Join(dir, "articles"))
	code, out, _ = runCLI(t, "", "rules")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "configuration: "+cfg)
	assert.Regexp(t, `doubled-punctuation\s+yes\s+garbled\s+warning \(set\)`, out)
	assert.Regexp(t, `fused-words\s+no\s`, out)
}

func TestConfigErrorsExit2(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "good.txt", clean)
	cfg := writeFile(t, dir, "bad.yaml", "rules: [all]\nseverity:\n  no-such-rule: error\nfrobnicate: true\n")
	for _, args := range [][]string{{"lint", "--config", cfg, good}, {"rules", "--config", cfg}} {
		code, _, errOut := runCLI(t, "", args...)
		assert.Equal(t, 2, code)
		assert.Contains(t, errOut, cfg+`:3: unknown rule "no-such-rule"`)
		assert.Contains(t, errOut, cfg+`:4: unknown key "frobnicate"`)
	}
	code, _, errOut := runCLI(t, "", "lint", "--config", filepath.Join(dir, "none.yaml"), good)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "none.yaml: no such file or directory")
}

func TestSuppressionCLI(t *testing.T) {
	dir := t.TempDir()
	ok := writeFile(t, dir, "ok.md", "Intro.\n\n<!-- newslint-disable-next-line doubled-punctuation -- quoted from the wire -->\nThe talks ended.. Officials left.\n")
	code, out, errOut := runCLI(t, "", "lint", pinned, "--no-config", ok)
	assert.Equal(t, 0, code, out+errOut)
	assert.Empty(t, out)

	bad := writeFile(t, dir, "bad.md", "Intro.\n\n<!-- newslint-disable-next-line doubled-punctuation -->\nThe talks ended.. Officials left.\n")
	code, out, _ = runCLI(t, "", "lint", pinned, "--no-config", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, out, bad+":3: newslint-disable-next-line doubled-punctuation has no reason")

	unused := writeFile(t, dir, "unused.md", "Intro.\n\n<!-- newslint-disable-next-line doubled-punctuation -- stale -->\nThe talks ended. Officials left.\n")
	code, out, _ = runCLI(t, "", "lint", "--no-config", "--rules", "doubled-punctuation,unused-suppression", "--format", "line", unused)
	assert.Equal(t, 0, code)
	assert.Equal(t, unused+":3:1: warning: newslint-disable-next-line doubled-punctuation suppresses nothing: delete it [unused-suppression]\n", out)
}

func TestBaselineCLI(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", damaged)
	base := filepath.Join(dir, "baseline.json")
	code, _, errOut := runCLI(t, "", "lint", pinned, "--no-config", "--baseline", base, a)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "baseline not found")

	code, _, errOut = runCLI(t, "", "lint", pinned, "--no-config", "--baseline", base, "--update-baseline", a)
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, errOut, "wrote 1 findings")
	code, out, _ := runCLI(t, "", "lint", pinned, "--no-config", "--baseline", base, a)
	assert.Equal(t, 0, code, out)
	assert.Empty(t, out)

	writeFile(t, dir, "a.txt", "Added first.\n\n"+damaged+"New damage,, here.\n")
	code, out, _ = runCLI(t, "", "lint", pinned, "--no-config", "--baseline", base, "--format", "line", a)
	assert.Equal(t, 1, code)
	assert.Equal(t, a+":6:11: error: doubled punctuation “,,”: a mark is repeated where text was probably cut [doubled-punctuation]\n", out)
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-c", "user.name=t", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"}, args...)...) //nolint:gosec // test helper: fixed git subcommands
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
}

func TestNewFromRev(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	a := writeFile(t, dir, "a.txt", damaged)
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "one")
	writeFile(t, dir, "a.txt", damaged+"\nA new line,, with damage.\n")
	u := writeFile(t, dir, "untracked.txt", damaged)

	code, out, errOut := runCLI(t, "", "lint", pinned, "--no-config", "--new-from-rev", "HEAD", "--format", "line", a, u)
	assert.Equal(t, 1, code, errOut)
	assert.Equal(t, a+":5:11: error: doubled punctuation “,,”: a mark is repeated where text was probably cut [doubled-punctuation]\n"+
		u+":3:26: error: doubled punctuation “..”: a mark is repeated where text was probably cut [doubled-punctuation]\n", out)

	code, _, errOut = runCLI(t, "", "lint", pinned, "--no-config", "--new-from-rev", "no-such-rev", a)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "no-such-rev")
}

// copyDir copies the fix fixtures into a fresh folder.
func copyFixtures(t *testing.T) (dir string, names []string) {
	t.Helper()
	dir = t.TempDir()
	entries, err := os.ReadDir("testdata/fix")
	require.NoError(t, err)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".fixed") {
			continue
		}
		data, err := os.ReadFile(filepath.Join("testdata", "fix", e.Name()))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, e.Name()), data, 0o640)) //nolint:gosec // the mode the fix must keep
		names = append(names, e.Name())
	}
	return dir, names
}

func TestFixIdempotentAndMinimal(t *testing.T) {
	dir, names := copyFixtures(t)
	require.NotEmpty(t, names)
	before := map[string]string{}
	for _, n := range names {
		before[n] = readFile(t, filepath.Join(dir, n))
	}
	// The fixes a run proposes, from the JSON report.
	_, out, _ := runCLI(t, "", "lint", "--no-config", "--format", "json", dir)
	var rep struct {
		Files []struct {
			Path     string
			Findings []struct {
				Rule  string
				Fixes []struct {
					Edits []struct {
						Offset, EndOffset int
						Text              string
					}
				}
			}
		}
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))

	code, _, errOut := runCLI(t, "", "lint", "--no-config", "--fix", dir)
	assert.NotEqual(t, 2, code, errOut)
	assert.Contains(t, errOut, "applied ")
	for _, f := range rep.Files {
		n := filepath.Base(f.Path)
		// Expected: exactly the default rules' first fixes applied to the
		// original bytes, nothing else.
		var findings []lint.Finding
		for _, fd := range f.Findings {
			if !strings.Contains(","+strings.Join(defaultFixRules, ",")+",", ","+fd.Rule+",") || len(fd.Fixes) == 0 {
				continue
			}
			var edits []lint.Edit
			for _, e := range fd.Fixes[0].Edits {
				edits = append(edits, lint.Edit{Start: e.Offset, End: e.EndOffset, Text: e.Text})
			}
			findings = append(findings, lint.Finding{Fixes: []lint.Fix{{Edits: edits}}})
		}
		want, _, conflicts := lint.ApplyFixes([]byte(before[n]), findings)
		require.Zero(t, conflicts)
		got := readFile(t, filepath.Join(dir, n))
		assert.Equal(t, string(want), got, n)
		assert.NotEqual(t, before[n], got, n)
		golden := filepath.Join("testdata", "fix", n+".fixed")
		if *updateCLI {
			require.NoError(t, os.WriteFile(golden, []byte(got), 0o600))
		}
		assert.Equal(t, readFile(t, golden), got, "golden %s", golden)
		info, err := os.Stat(filepath.Join(dir, n))
		require.NoError(t, err)
		assert.Equal(t, os.FileMode(0o640), info.Mode().Perm(), "mode kept")
	}

	// A second run changes nothing; --diff then prints nothing.
	after := map[string]string{}
	for _, n := range names {
		after[n] = readFile(t, filepath.Join(dir, n))
	}
	_, _, errOut = runCLI(t, "", "lint", "--no-config", "--fix", dir)
	assert.NotContains(t, errOut, "applied ")
	for _, n := range names {
		assert.Equal(t, after[n], readFile(t, filepath.Join(dir, n)))
	}
	code, out, _ = runCLI(t, "", "lint", "--no-config", "--diff", dir)
	assert.Equal(t, 0, code)
	assert.Empty(t, out)
}

func TestDiffAndFixRules(t *testing.T) {
	dir, _ := copyFixtures(t)
	p := filepath.Join(dir, "damaged.md")
	orig := readFile(t, p)
	code, out, _ := runCLI(t, "", "lint", "--no-config", "--diff", p)
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "+The talks ended in Ankara. Officials left the city on Monday.\n")
	assert.NotContains(t, out, "-Support our journalism", "boilerplate is deleted only when asked")
	assert.Equal(t, orig, readFile(t, p), "--diff writes nothing")

	_, out, _ = runCLI(t, "", "lint", "--no-config", "--diff", "--fix-rules", "default,boilerplate-appeal", p)
	assert.Contains(t, out, "-Support our journalism")
	assert.NotContains(t, out, "home the next day", "repeated-word is not asked for")

	code, _, errOut := runCLI(t, "", "lint", "--fix-rules", "nope", "--fix", p)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown rule "nope"`)
}

func TestInit(t *testing.T) {
	t.Chdir(t.TempDir())
	code, out, _ := runCLI(t, "", "init")
	assert.Equal(t, 0, code)
	assert.Equal(t, "wrote .newslint.yaml\n", out)
	code, _, errOut := runCLI(t, "", "init")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "exists")
	// The starter file is valid, and every commented setting is too.
	code, _, errOut = runCLI(t, "", "rules")
	assert.Equal(t, 0, code, errOut)
	// Uncomment the example settings (key lines are lower-case; prose is
	// not), except the data files, which do not exist here.
	var uncommented []string
	key := regexp.MustCompile(`^# ( {2})?[a-z_-]+:`)
	for l := range strings.SplitSeq(starterConfig, "\n") {
		if key.MatchString(l) && !strings.HasPrefix(l, "# kb:") && !strings.HasPrefix(l, "# boilerplate_patterns:") && !strings.HasPrefix(l, "# rules:") {
			uncommented = append(uncommented, strings.TrimPrefix(l, "# "))
		}
	}
	require.Len(t, uncommented, 10)
	cfg := writeFile(t, ".", "full.yaml", strings.Join(uncommented, "\n")+"\n")
	code, _, errOut = runCLI(t, "", "rules", "--config", cfg)
	assert.Equal(t, 0, code, "%s\n%s", strings.Join(uncommented, "\n"), errOut)
}

func TestConfigKBFilesAndMtimeDate(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "The talks ended. Officials left.\n")
	bad := writeFile(t, dir, "bad-kb.yaml", "entities:\n  - id: foo\n    bogus: 1\n")
	cfg := writeFile(t, dir, "c.yaml", "kb: [bad-kb.yaml]\n")
	code, _, errOut := runCLI(t, "", "lint", "--config", cfg, a)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, bad+":3:")

	cfg = writeFile(t, dir, "d.yaml", "date: mtime\n")
	code, out, errOut := runCLI(t, "", "lint", pinned, "--config", cfg, "--format", "json", a)
	assert.Equal(t, 0, code, errOut)
	info, err := os.Stat(a)
	require.NoError(t, err)
	assert.Contains(t, out, `"date": "`+info.ModTime().UTC().Format("2006-01-02")+`"`)
	assert.Contains(t, out, `"dateSource": "config"`)
}
