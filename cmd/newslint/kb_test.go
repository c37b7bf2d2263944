package main

import (
	"path/filepath"
	"regexp"
	"testing"

	"github.com/stretchr/testify/assert"
)

// houseKB is a newsroom's own KB file: a fictional mayor of a fictional
// town, so that no built-in record can clash with it.
const houseKB = `asOf: 2025-01-01
entities:
  - id: person/jane-placeholder
    type: person
    name: Jane Placeholder
    born: 1970-05-01
    source: https://example.org/jane
  - id: city/placeholder-town
    type: city
    name: Placeholder Town
    country: country/fr
    source: https://example.org/town
relations:
  - {rel: office, subject: person/jane-placeholder, office: mayor, object: city/placeholder-town, from: 2020-07-03, source: https://example.org/mayor}
`

func TestKBShow(t *testing.T) {
	code, out, _ := runCLI(t, "", "kb", "show", "Azerbaijan", "--date", "2022-07-18")
	assert.Equal(t, 0, code)
	notMember := regexp.MustCompile(`not a member of: .*\bNATO\b`).FindString(out)
	assert.NotEmpty(t, notMember, out)

	code, out, _ = runCLI(t, "", "kb", "show", "NATO", "--date", "2022-09-27")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "30 members:")
	assert.NotContains(t, out, "Finland")

	code, out, _ = runCLI(t, "", "kb", "show", "Ebrahim Raisi", "--date", "2025-01-01")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "died on 2024-05-19")

	code, _, errOut := runCLI(t, "", "kb", "show", "Nowhereland")
	assert.NotEqual(t, 0, code)
	assert.NotEmpty(t, errOut)
}

func TestKBCheckAndExtend(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "house.yaml", houseKB)
	bad := writeFile(t, dir, "bad.yaml", `asOf: 2025-01-01
entities:
  - id: person/no-source
    type: person
    name: No Source
    colour: blue
`)
	code, _, errOut := runCLI(t, "", "kb", "check", good)
	assert.Equal(t, 0, code, errOut)

	code, _, errOut = runCLI(t, "", "kb", "check", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, filepath.Base(bad)+":")

	code, out, errOut := runCLI(t, "", "kb", "show", "Jane Placeholder", "--kb", good, "--date", "2024-01-01")
	assert.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "mayor")

	code, out, _ = runCLI(t, "", "kb", "stats")
	assert.Equal(t, 0, code)
	assert.Contains(t, out, "asOf")
}

// TestLintWithUserKB checks that --kb reaches the fact rules: a house
// record makes a claim checkable that the built-in KB knows nothing of.
func TestLintWithUserKB(t *testing.T) {
	dir := t.TempDir()
	house := writeFile(t, dir, "house.yaml", houseKB)
	article := writeFile(t, dir, "a.txt", "Published: June 2, 2024\n\nFrench President Jane Placeholder arrived in Rome on Monday for talks.\n")
	code, out, _ := runCLI(t, "", "lint", "--rules", "fact-office", article)
	assert.Equal(t, 0, code, out)
	code, out, errOut := runCLI(t, "", "lint", "--rules", "fact-office", "--kb", house, article)
	assert.Equal(t, 1, code, errOut)
	assert.Contains(t, out, "Jane Placeholder was not president of France on 2024-06-02")
	assert.Contains(t, out, "https://example.org/mayor")
}
