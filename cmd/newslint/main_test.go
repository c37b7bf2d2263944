package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pinned limits a run to the engine's first rules, so that these CLI tests
// do not change as rule families grow.
const pinned = "--rules=doubled-punctuation,mojibake,repeated-word"

// runCLI runs the CLI in-process and returns its exit code and outputs.
func runCLI(t *testing.T, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o750))
	require.NoError(t, os.WriteFile(p, []byte(content), 0o600))
	return p
}

const damaged = "Published: July 18, 2022\n\nThe talks ended in Ankara.. Officials left.\n"

const clean = "Published: July 18, 2022\n\nThe talks ended in Ankara. Officials left.\n"

func TestExitCodes(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.txt", damaged)
	good := writeFile(t, dir, "good.txt", clean)

	code, out, _ := runCLI(t, "", "lint", pinned, good)
	assert.Equal(t, 0, code)
	assert.Empty(t, out)

	code, out, _ = runCLI(t, "", "lint", pinned, bad)
	assert.Equal(t, 1, code)
	assert.Contains(t, out, "bad.txt:3:26 error doubled punctuation")
	assert.Contains(t, out, "[doubled-punctuation]")

	// Below the fail level: reported but exit 0.
	code, _, _ = runCLI(t, "", "lint", "--rules", "repeated-word", bad)
	assert.Equal(t, 0, code)

	code, _, errOut := runCLI(t, "", "lint", "--fail-level", "fatal", good)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "--fail-level")

	code, _, errOut = runCLI(t, "", "lint", "--rules", "no-such-rule", good)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, `unknown rule "no-such-rule"`)

	code, _, _ = runCLI(t, "", "lint")
	assert.Equal(t, 2, code)
}

func TestStdin(t *testing.T) {
	code, out, _ := runCLI(t, damaged, "lint", pinned, "--stdin-filename", "story.txt", "-")
	assert.Equal(t, 1, code)
	assert.True(t, strings.HasPrefix(out, "story.txt:3:26 "), out)

	md := "---\ndate: 2022-07-18\n---\n\nSome `code.. here` and text.\n"
	code, out, _ = runCLI(t, md, "lint", pinned, "--stdin-filename", "story.md", "-")
	assert.Equal(t, 0, code, out)
}

func TestDirectoryAndBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "a/one.txt", damaged)
	writeFile(t, dir, "a/two.md", clean)
	writeFile(t, dir, "a/.hidden/skip.txt", damaged)
	writeFile(t, dir, "a/README.md", damaged)
	writeFile(t, dir, "a/data.json", damaged)
	writeFile(t, dir, "a/broken.txt", "fine \xff broken")
	missing := filepath.Join(dir, "nope.txt")

	code, out, errOut := runCLI(t, "", "lint", pinned, "--format", "json", filepath.Join(dir, "a"), missing)
	assert.Equal(t, 2, code, errOut)
	var rep struct {
		Files []struct {
			Path     string `json:"path"`
			Findings []struct {
				Rule string `json:"rule"`
			} `json:"findings"`
		} `json:"files"`
		Errors []struct {
			Path    string `json:"path"`
			Message string `json:"message"`
		} `json:"errors"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	var paths []string
	for _, f := range rep.Files {
		paths = append(paths, filepath.Base(f.Path))
	}
	assert.Equal(t, []string{"one.txt", "two.md"}, paths)
	require.Len(t, rep.Errors, 2)
	msgs := rep.Errors[0].Message + " | " + rep.Errors[1].Message
	assert.Contains(t, msgs, "no such file or directory")
	assert.Contains(t, msgs, "not valid UTF-8 at byte 5")
	assert.Contains(t, errOut, "broken.txt")
	assert.Len(t, rep.Files[0].Findings, 1)
}

func TestJSONSchema(t *testing.T) {
	dir := t.TempDir()
	bad := writeFile(t, dir, "bad.txt", damaged)
	code, out, _ := runCLI(t, "", "lint", pinned, "--format", "json", bad)
	assert.Equal(t, 1, code)
	var rep map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.InDelta(t, 1, rep["version"], 0)
	asMap := func(v any) map[string]any {
		m, ok := v.(map[string]any)
		require.True(t, ok, "%v is not an object", v)
		return m
	}
	asList := func(v any) []any {
		l, ok := v.([]any)
		require.True(t, ok, "%v is not an array", v)
		return l
	}
	tool := asMap(rep["tool"])
	assert.Equal(t, "newslint", tool["name"])
	files := asList(rep["files"])
	require.Len(t, files, 1)
	file := asMap(files[0])
	assert.Equal(t, "2022-07-18", file["date"])
	f := asMap(asList(file["findings"])[0])
	for _, key := range []string{"rule", "category", "severity", "message", "line", "column", "endLine", "endColumn", "offset", "endOffset", "excerpt", "fixes"} {
		assert.Contains(t, f, key)
	}
	assert.Equal(t, "garbled", f["category"])
	assert.Equal(t, "error", f["severity"])
	assert.Equal(t, "..", f["excerpt"])
	assert.InDelta(t, 3, f["line"], 0)
	assert.InDelta(t, 26, f["column"], 0)
	assert.InDelta(t, 28, f["endColumn"], 0)
	offset, ok := f["offset"].(float64)
	require.True(t, ok)
	start := int(offset)
	assert.Equal(t, "..", damaged[start:start+2])
	assert.Equal(t, []any{}, rep["errors"])
}

func TestDeterministicOutput(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"c.txt", "a.txt", "b.txt"} {
		writeFile(t, dir, n, damaged+"Again,, and again.. here.\n")
	}
	_, first, _ := runCLI(t, "", "lint", pinned, dir)
	for range 5 {
		_, again, _ := runCLI(t, "", "lint", pinned, dir)
		assert.Equal(t, first, again)
	}
	assert.Less(t, strings.Index(first, "a.txt"), strings.Index(first, "b.txt"))
}

func TestVersionHelpRules(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "newslint 0.")

	code, out, _ = runCLI(t, "", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "newslint lint")

	code, _, errOut := runCLI(t, "", "lint", "--help")
	assert.Equal(t, 0, code)
	assert.Contains(t, errOut, "--fail-level")

	code, out, _ = runCLI(t, "", "rules")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "doubled-punctuation")
	assert.Contains(t, out, "garbled")

	code, _, errOut = runCLI(t, "", "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "unknown command")
}

var updateCLI = flag.Bool("update", false, "rewrite the CLI golden files")

func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	art := writeFile(t, dir, "a.txt", damaged)
	cpu, mem := filepath.Join(dir, "cpu.pprof"), filepath.Join(dir, "mem.pprof")
	code, _, stderr := runCLI(t, "", "lint", pinned, "--cpuprofile", cpu, "--memprofile", mem, art)
	assert.Equal(t, 1, code, stderr)
	for _, p := range []string{cpu, mem} {
		info, err := os.Stat(p)
		require.NoError(t, err)
		assert.Positive(t, info.Size(), p)
	}
	code, _, stderr = runCLI(t, "", "lint", "--cpuprofile", filepath.Join(dir, "missing", "cpu.pprof"), art)
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--cpuprofile")
}

// TestREADMEDocumentsEveryLintFlag keeps the README's flag table in step
// with the CLI: every flag "newslint lint --help" lists must appear there.
func TestREADMEDocumentsEveryLintFlag(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	require.NoError(t, err)
	code, _, help := runCLI(t, "", "lint", "--help")
	require.Equal(t, 0, code)
	var flags []string
	for line := range strings.SplitSeq(help, "\n") {
		if f, ok := strings.CutPrefix(strings.TrimSpace(line), "-"); ok && f != "" {
			flags = append(flags, strings.Fields(f)[0])
		}
	}
	require.NotEmpty(t, flags)
	for _, f := range flags {
		assert.Contains(t, string(readme), "`--"+f, "README's lint flag table lacks --%s", f)
	}
}
