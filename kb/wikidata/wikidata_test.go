package wikidata

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/kb"
)

func readResults(t *testing.T, name string) *Results {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	require.NoError(t, err)
	defer f.Close()
	res, err := ParseResults(f)
	require.NoError(t, err)
	return res
}

// checkGolden compares got with testdata/<name>, rewriting it when
// NEWSLINT_UPDATE_GOLDEN is set.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if os.Getenv("NEWSLINT_UPDATE_GOLDEN") != "" {
		require.NoError(t, os.WriteFile(path, got, 0o600))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))
}

// loadWithDefaults loads imported YAML together with the default country
// data and office vocabulary, so that the KB's own validation checks it.
func loadWithDefaults(t *testing.T, name string, data []byte, extra ...kb.File) error {
	t.Helper()
	defaults, err := kb.DefaultFiles()
	require.NoError(t, err)
	var files []kb.File
	for _, f := range defaults {
		if strings.HasSuffix(f.Name, "/countries.yaml") || strings.HasSuffix(f.Name, "/offices.yaml") {
			files = append(files, f)
		}
	}
	files = append(files, extra...)
	_, err = kb.Load(append(files, kb.File{Name: name, Data: data})...)
	return err
}

func TestImportOffices(t *testing.T) {
	doc := ImportOffices(readResults(t, "office-holders.json"), map[string]Target{
		"Q21707777": {Office: "president", Of: "country/ir"},
	})
	doc.AsOf = "2025-06-30"
	assert.Equal(t, []string{"row 7: position Q999999999 has no -position mapping"}, doc.Skipped)
	var buf bytes.Buffer
	require.NoError(t, doc.WriteYAML(&buf))
	checkGolden(t, "office-holders.golden.yaml", buf.Bytes())
	require.NoError(t, loadWithDefaults(t, "office-holders.golden.yaml", buf.Bytes()))

	// The acting holder and the year-only end come through.
	var acting, yearOnly bool
	for _, r := range doc.Relations {
		acting = acting || r.Acting && r.Subject == "person/mohammad-mokhber"
		yearOnly = yearOnly || r.Subject == "person/abolhassan-banisadr" && r.To == "1981"
	}
	assert.True(t, acting)
	assert.True(t, yearOnly)
}

func TestImportMemberships(t *testing.T) {
	doc := ImportMemberships(readResults(t, "memberships.json"), map[string]string{
		"Q7184": "org/nato",
		"Q458":  "org/eu",
	})
	doc.AsOf = "2025-06-30"
	assert.Equal(t, []string{"row 7: member Soviet Union has no ISO 3166-1 code"}, doc.Skipped)
	var buf bytes.Buffer
	require.NoError(t, doc.WriteYAML(&buf))
	checkGolden(t, "memberships.golden.yaml", buf.Bytes())
	orgs := kb.File{Name: "orgs.yaml", Data: []byte(`entities:
  - {id: org/nato, type: organization, name: NATO, founded: 1949-08-24, source: https://www.nato.int/}
  - {id: org/eu, type: organization, name: European Union, source: https://european-union.europa.eu/}
`)}
	require.NoError(t, loadWithDefaults(t, "memberships.golden.yaml", buf.Bytes(), orgs))
}

func TestParseTarget(t *testing.T) {
	qid, tg, err := ParseTarget("Q21707777=president:country/ir")
	require.NoError(t, err)
	assert.Equal(t, "Q21707777", qid)
	assert.Equal(t, Target{Office: "president", Of: "country/ir"}, tg)
	for _, bad := range []string{"president:country/ir", "Q1=president", "X1=a:b", "Q1=:b"} {
		_, _, err := ParseTarget(bad)
		assert.Error(t, err, bad)
	}
}

func TestParseResultsRejectsOtherJSON(t *testing.T) {
	_, err := ParseResults(strings.NewReader(`{"foo": 1}`))
	assert.Error(t, err)
	_, err = ParseResults(strings.NewReader(`not json`))
	assert.Error(t, err)
}

func TestSlug(t *testing.T) {
	assert.Equal(t, "recep-tayyip-erdogan", Slug("Recep Tayyip Erdoğan"))
	assert.Equal(t, "gideon-saar", Slug("Gideon Sa'ar"))
	assert.Equal(t, "hossein-amir-abdollahian", Slug("Hossein Amir-Abdollahian"))
}
