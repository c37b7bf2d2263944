package kb

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadTestFiles loads files from testdata, named as given.
func loadTestFiles(t *testing.T, names ...string) (*KB, error) {
	t.Helper()
	var files []File
	for _, n := range names {
		b, err := os.ReadFile(filepath.Join("testdata", n))
		require.NoError(t, err)
		files = append(files, File{Name: n, Data: b})
	}
	return Load(files...)
}

// errorStrings returns the messages of a Load error, one per problem.
func errorStrings(t *testing.T, err error) []string {
	t.Helper()
	require.Error(t, err)
	var es Errors
	require.ErrorAs(t, err, &es)
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Error()
	}
	return out
}

func TestValidateBadFiles(t *testing.T) {
	tests := []struct {
		file string
		want []string
	}{
		{"bad/overlap.yaml", []string{
			"bad/overlap.yaml:20: office relation: Cy Example's term as president of Atlantis (2019-06-01 to present) overlaps Bob Example's (2015-01-01 to 2020-01-01, bad/overlap.yaml:13)",
		}},
		{"bad/dates.yaml", []string{
			"bad/dates.yaml:8: entity person/old: died 1980-01-01 before born 1990-01-01",
			"bad/dates.yaml:10: member relation: to 2005-01-01 is before from 2010-01-01",
			"bad/dates.yaml:11: office relation: Ann Example's term as president starts 1940-01-01, before Ann Example was born (1950-01-01)",
			"bad/dates.yaml:12: office relation: Ann Example's term as president starts 2021-01-01, after Ann Example died (2020-05-01)",
			`bad/dates.yaml:13: from: date "2023-02-30": want YYYY-MM-DD`,
		}},
		{"bad/refs.yaml", []string{
			"bad/refs.yaml:6: entity city/poseidonia: country country/xb is not defined",
			"bad/refs.yaml:8: member relation: object org/nowhere is not defined",
			"bad/refs.yaml:9: capital relation: subject country/xa is a country",
			"bad/refs.yaml:9: capital relation: object city/poseidonia is a city",
			"bad/refs.yaml:10: office relation: subject person/nobody is not defined",
			`bad/refs.yaml:10: office relation: unknown office "emperor" (not in the office vocabulary)`,
			`bad/refs.yaml:11: relation: unknown rel "allied" (want member, suspended, office, capital or headquarters)`,
		}},
		{"bad/source.yaml", []string{
			"bad/source.yaml:3: entity country/xa: missing source",
			"bad/source.yaml:6: member relation: missing source",
		}},
		{"bad/keys.yaml", []string{
			`bad/keys.yaml:6: entity: unknown key "capital"`,
			`bad/keys.yaml:10: relation: unknown key "since"`,
			`bad/keys.yaml:11: unknown key "members" (want asOf, entities, relations or offices)`,
		}},
		{"bad/types.yaml", []string{
			"bad/types.yaml:4: entity country/xa: defined as city here but as country at bad/types.yaml:3",
			"bad/types.yaml:5: entity org/xa: id of a country must look like country/<slug>",
			`bad/types.yaml:6: type: unknown entity type "planet" (want country, territory, organization, city, person or company)`,
		}},
		{"bad/syntax.yaml", []string{
			"bad/syntax.yaml:2: invalid YAML: did not find expected ',' or '}'",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			_, err := loadTestFiles(t, tt.file)
			assert.Equal(t, tt.want, errorStrings(t, err))
		})
	}
}
