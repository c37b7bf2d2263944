package kb

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/yaml.v3"
)

// lookupRow is one row of a kb/testdata/lookups-*.yaml table. The keys
// present decide which query it tests; see kb/testdata/README.md.
type lookupRow struct {
	Lookup    string   `yaml:"lookup"`    // KB.Lookup(name) → entity ids
	Demonym   string   `yaml:"demonym"`   // KB.ByDemonym(word) → entity ids
	Capital   string   `yaml:"capital"`   // KB.Capital(country, date) → city id
	Capitals  string   `yaml:"capitals"`  // KB.Capitals(country, date) → city ids
	CapitalOf string   `yaml:"capitalOf"` // KB.CapitalOf(city) in force on date → country ids
	NameAt    string   `yaml:"nameAt"`    // Entity(id).NameAt(date) → name
	Subject   string   `yaml:"subject"`   // with org: KB.Membership(subject, org, date) → state
	Org       string   `yaml:"org"`
	Members   string   `yaml:"members"` // KB.Members(org, date) → count (want: a number) or ids
	Office    string   `yaml:"office"`  // with of: KB.Holders(office, of, date) → person ids
	Of        string   `yaml:"of"`
	Holds     string   `yaml:"holds"`  // KB.Offices(person, date) → "office of object" strings
	HQ        string   `yaml:"hq"`     // KB.Headquarters(org, date) → city id
	Person    string   `yaml:"person"` // with alive: Entity(person).AliveAt(date) == alive
	Alive     string   `yaml:"alive"`
	Date      string   `yaml:"date"`
	Want      wantList `yaml:"want"`
	Line      int      `yaml:"-"`
}

// wantList accepts a scalar or a list.
type wantList []string

func (w *wantList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.ScalarNode {
		*w = []string{n.Value}
		return nil
	}
	var l []string
	if err := n.Decode(&l); err != nil {
		return err
	}
	*w = l
	return nil
}

func loadLookupRows(t *testing.T) map[string][]lookupRow {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "lookups-*.yaml"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	out := map[string][]lookupRow{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var doc yaml.Node
		require.NoError(t, yaml.Unmarshal(b, &doc), p)
		require.Len(t, doc.Content, 1, p)
		list := doc.Content[0]
		// A table is a list of rows, or a mapping whose only key, lookups,
		// holds that list.
		if list.Kind == yaml.MappingNode {
			require.Len(t, list.Content, 2, "%s: want a list of rows or {lookups: [...]}", p)
			require.Equal(t, "lookups", list.Content[0].Value, p)
			list = list.Content[1]
		}
		require.Equal(t, yaml.SequenceNode, list.Kind, p)
		for _, n := range list.Content {
			var row lookupRow
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			require.NoError(t, enc.Encode(n))
			dec := yaml.NewDecoder(&buf)
			dec.KnownFields(true) // a misspelt key must not make a row test nothing
			require.NoError(t, dec.Decode(&row), "%s:%d", p, n.Line)
			row.Line = n.Line
			out[p] = append(out[p], row)
		}
	}
	return out
}

// TestLookupTable runs every row of every kb/testdata/lookups-*.yaml table
// against the embedded default KB.
func TestLookupTable(t *testing.T) {
	k := mustDefault(t)
	total := 0
	for path, rows := range loadLookupRows(t) {
		for _, row := range rows {
			total++
			name := fmt.Sprintf("%s:%d", path, row.Line)
			t.Run(name, func(t *testing.T) {
				got, err := runLookup(k, row)
				require.NoError(t, err)
				want := []string(row.Want)
				if row.Person != "" {
					want = []string{row.Alive}
				}
				if len(want) == 1 && want[0] == "none" {
					want = nil
				}
				if row.NameAt == "" && row.Members == "" {
					sort.Strings(want)
					sort.Strings(got)
				}
				assert.Equal(t, want, got, "%s: %+v", name, row)
			})
		}
	}
	t.Logf("%d lookup rows", total)
}

// runLookup performs the query a row describes and returns its answer as
// strings comparable with the row's want.
func runLookup(k *KB, r lookupRow) ([]string, error) {
	var d Date
	if r.Date != "" {
		var err error
		if d, err = ParseDate(r.Date); err != nil {
			return nil, err
		}
	}
	ids := func(es []*Entity) []string {
		var out []string
		for _, e := range es {
			out = append(out, e.ID)
		}
		return out
	}
	need := func(id string) (*Entity, error) {
		if e := k.Entity(id); e != nil {
			return e, nil
		}
		return nil, fmt.Errorf("no entity %s in the KB", id)
	}
	switch {
	case r.Lookup != "":
		return ids(k.Lookup(r.Lookup)), nil
	case r.Demonym != "":
		return ids(k.ByDemonym(r.Demonym)), nil
	case r.Capital != "":
		if _, err := need(r.Capital); err != nil {
			return nil, err
		}
		if c, _, ok := k.Capital(r.Capital, d); ok {
			return []string{c.ID}, nil
		}
		return nil, nil
	case r.Capitals != "":
		var out []string
		for _, rel := range k.Capitals(r.Capitals, d) {
			out = append(out, rel.Subject)
		}
		return out, nil
	case r.CapitalOf != "":
		if _, err := need(r.CapitalOf); err != nil {
			return nil, err
		}
		var out []string
		for _, rel := range k.CapitalOf(r.CapitalOf) {
			if rel.ActiveAt(d) {
				out = append(out, rel.Object)
			}
		}
		return out, nil
	case r.NameAt != "":
		e, err := need(r.NameAt)
		if err != nil {
			return nil, err
		}
		return []string{e.NameAt(d)}, nil
	case r.Subject != "" && r.Org != "":
		for _, id := range []string{r.Subject, r.Org} {
			if _, err := need(id); err != nil {
				return nil, err
			}
		}
		st, _ := k.Membership(r.Subject, r.Org, d)
		return []string{map[MembershipState]string{
			Member: "member", Suspended: "suspended", Former: "former", NotYet: "not-yet", NotMember: "not-member",
		}[st]}, nil
	case r.Members != "":
		if _, err := need(r.Members); err != nil {
			return nil, err
		}
		ms := k.Members(r.Members, d)
		if len(r.Want) == 1 && isNumber(r.Want[0]) {
			return []string{fmt.Sprint(len(ms))}, nil
		}
		return ids(ms), nil
	case r.Office != "" && r.Of != "":
		var out []string
		for _, rel := range k.Holders(r.Office, r.Of, d) {
			out = append(out, rel.Subject)
		}
		return out, nil
	case r.Holds != "":
		var out []string
		for _, rel := range k.Offices(r.Holds, d) {
			out = append(out, rel.Office+" of "+rel.Object)
		}
		return out, nil
	case r.HQ != "":
		if c, _, ok := k.Headquarters(r.HQ, d); ok {
			return []string{c.ID}, nil
		}
		return nil, nil
	case r.Person != "" && r.Alive != "":
		e, err := need(r.Person)
		if err != nil {
			return nil, err
		}
		return []string{fmt.Sprint(e.AliveAt(d))}, nil
	}
	return nil, fmt.Errorf("row names no query: %+v", r)
}

func isNumber(s string) bool {
	var n int
	_, err := fmt.Sscanf(s, "%d", &n)
	return err == nil && fmt.Sprint(n) == s
}
