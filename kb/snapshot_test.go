package kb

import (
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSnapshotUpToDate checks that snapshot_gen.go holds exactly what
// loading kb/data/*.yaml gives, so that Default serves what the curators
// wrote and reviewed.
func TestSnapshotUpToDate(t *testing.T) {
	files, err := DefaultFiles()
	require.NoError(t, err)
	fromYAML, err := Load(files...)
	require.NoError(t, err, "kb/data/*.yaml does not load; fix it, then run go generate ./kb/")
	if diff := kbDiff(fromYAML, fromSnapshot()); diff != nil {
		t.Fatalf("kb/snapshot_gen.go is stale: it differs from kb/data/*.yaml (YAML first, snapshot second):\n%s\n"+
			"Run go generate ./kb/ and commit kb/snapshot_gen.go.", strings.Join(diff, "\n"))
	}
}

// TestExtend checks that user files put on top of the default KB give what
// loading them after the default YAML gives, and leave the default alone.
func TestExtend(t *testing.T) {
	def := mustDefault(t)
	natoAliases := append([]string(nil), def.Entity("org/nato").Aliases...)
	pmTitles := append([]string(nil), def.Office("prime-minister").Titles...)
	user := readFile(t, "testdata/extend.yaml")

	got, err := def.Extend(user)
	require.NoError(t, err)
	files, err := DefaultFiles()
	require.NoError(t, err)
	want, err := Load(append(files, user)...)
	require.NoError(t, err)
	assert.Nil(t, kbDiff(want, got))

	// The merge happened...
	d := MustParseDate("2031-01-01")
	nato := got.Entity("org/nato")
	assert.Equal(t, "North Atlantic Alliance", nato.Name)
	assert.Subset(t, nato.Aliases, []string{"NATO", "The Alliance"})
	assert.True(t, nato.YearOnly["dissolved"])
	assert.Equal(t, []Office{*got.Office("prime-minister")}, got.OfficeByTitle("Premier Ministre"))
	assert.Equal(t, []*Entity{got.Entity("person/jane-example")}, got.Lookup("Jane Example"))
	st, _ := got.Membership("country/ch", "org/nato", d)
	assert.Equal(t, Member, st)
	assert.Equal(t, MustParseDate("2024-01-01"), got.Files()[len(got.Files())-1].AsOf)

	// ...in the copy only.
	nato = def.Entity("org/nato")
	assert.Equal(t, "NATO", nato.Name)
	assert.Equal(t, natoAliases, nato.Aliases)
	assert.False(t, nato.YearOnly["dissolved"])
	assert.Equal(t, pmTitles, def.Office("prime-minister").Titles)
	assert.Empty(t, def.OfficeByTitle("Premier Ministre"))
	assert.Nil(t, def.Entity("person/jane-example"))
	st, _ = def.Membership("country/ch", "org/nato", d)
	assert.Equal(t, NotMember, st)
	assert.Equal(t, len(snapFiles), len(def.Files()))
	assert.Nil(t, kbDiff(fromSnapshot(), def))
}

// TestExtendErrors checks that Extend validates the user's records against
// the default ones and reports problems as Load does.
func TestExtendErrors(t *testing.T) {
	user := readFile(t, "testdata/extend-overlap.yaml")
	_, extendErr := mustDefault(t).Extend(user)
	var es Errors
	require.ErrorAs(t, extendErr, &es)
	require.Len(t, es, 1)
	assert.Equal(t, Pos{"testdata/extend-overlap.yaml", 5}, es[0].Pos)
	assert.Contains(t, es[0].Msg, "overlaps Jens Stoltenberg's (2014-10-01 to 2024-10-01, kb/data/")

	files, err := DefaultFiles()
	require.NoError(t, err)
	_, loadErr := Load(append(files, user)...)
	assert.Equal(t, loadErr, extendErr)
}

func readFile(tb testing.TB, name string) File {
	tb.Helper()
	b, err := os.ReadFile(name)
	require.NoError(tb, err)
	return File{Name: name, Data: b}
}

// kbDiff describes the first differences between two KBs, in their records
// (files, entities, relations, offices, in load order) and in the names they
// index; it returns nil when they agree. Records are compared by value, so
// two KBs that share none of their memory can be equal.
func kbDiff(a, b *KB) []string {
	var out []string
	add := func(format string, args ...any) {
		if len(out) < 5 {
			out = append(out, fmt.Sprintf(format, args...))
		}
	}
	if !reflect.DeepEqual(a.files, b.files) {
		add("files: %v\n  vs %v", a.files, b.files)
	}
	diffRecords(a.entities, b.entities, "entity", func(e *Entity) string { return e.ID }, add)
	diffRecords(a.rels, b.rels, "relation", func(r *Relation) string { return r.Pos.String() }, add)
	diffRecords(a.officeList, b.officeList, "office", func(o *Office) string { return o.ID }, add)
	// The snapshot stores the folded names rather than folding them at
	// start-up, so they are compared too, entities by id.
	nameOf := func(n Name) string {
		return fmt.Sprintf("%q folded %q of %s (demonym %v)", n.Text, n.Folded, n.Entity.ID, n.Demonym)
	}
	for i := range max(len(a.names), len(b.names)) {
		switch {
		case i >= len(a.names):
			add("name %s: only in the second", nameOf(b.names[i]))
		case i >= len(b.names):
			add("name %s: only in the first", nameOf(a.names[i]))
		case nameOf(a.names[i]) != nameOf(b.names[i]):
			add("name %d: %s\n  vs %s", i, nameOf(a.names[i]), nameOf(b.names[i]))
		}
	}
	diffIndex("byName", a.byName, b.byName, func(e *Entity) string { return e.ID }, add)
	diffIndex("byDemonym", a.byDemonym, b.byDemonym, func(e *Entity) string { return e.ID }, add)
	// So are the relations of each entity, which it stores sorted.
	diffIndex("bySubject", a.bySubject, b.bySubject, func(r *Relation) string { return r.Pos.String() }, add)
	diffIndex("byObject", a.byObject, b.byObject, func(r *Relation) string { return r.Pos.String() }, add)
	if len(out) == 0 && !reflect.DeepEqual(a.Stats(), b.Stats()) {
		add("stats: %+v\n  vs %+v", a.Stats(), b.Stats())
	}
	return out
}

// diffIndex compares two indexes of records by key, records by id.
func diffIndex[T any](what string, a, b map[string][]*T, id func(*T) string, add func(string, ...any)) {
	if len(a) != len(b) {
		add("%s: %d keys vs %d", what, len(a), len(b))
	}
	for key, rs := range a {
		if !slices.EqualFunc(rs, b[key], func(x, y *T) bool { return id(x) == id(y) }) {
			add("%s[%q] differs", what, key)
		}
	}
}

func diffRecords[T any](a, b []*T, what string, id func(*T) string, add func(string, ...any)) {
	for i := range max(len(a), len(b)) {
		switch {
		case i >= len(a):
			add("%s %s: only in the second", what, id(b[i]))
		case i >= len(b):
			add("%s %s: only in the first", what, id(a[i]))
		case !reflect.DeepEqual(*a[i], *b[i]):
			add("%s %d:\n  %+v\n  vs %+v", what, i, *a[i], *b[i])
		}
	}
}
