package kb

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func mustDefault(tb testing.TB) *KB {
	tb.Helper()
	k, err := Default()
	require.NoError(tb, err)
	return k
}

func TestDefaultLoadsAndValidates(t *testing.T) {
	k := mustDefault(t)
	assert.Empty(t, k.Validate())
	assert.Equal(t, MustParseDate("2025-06-30"), k.AsOf())
	st := k.Stats()
	assert.GreaterOrEqual(t, st.Entities[Country], 197)
	assert.GreaterOrEqual(t, st.Relations[RelCapital], 197)
}

// unMembers are the ISO codes of the 193 UN member states, written out
// independently of the generator's list so that a slip in either shows.
const unMembers = `af al dz ad ao ag ar am au at az bs bh bd bb by be bz bj bt bo ba bw br bn bg
bf bi cv kh cm ca cf td cl cn co km cg cr ci hr cu cy cz kp cd dk dj dm do ec eg sv gq er ee sz et
fj fi fr ga gm ge de gh gr gd gt gn gw gy ht hn hu is in id ir iq ie il it jm jp jo kz ke ki kw kg
la lv lb ls lr ly li lt lu mg mw my mv ml mt mh mr mu mx fm mc mn me ma mz mm na nr np nl nz ni ne
ng mk no om pk pw pa pg py pe ph pl pt qa kr md ro ru rw kn lc vc ws sm st sa sn rs sc sl sg sk si
sb so za ss es lk sd sr se ch sy tj th tl tg to tt tn tr tm tv ug ua ae gb tz us uy uz vu ve vn ye
zm zw`

func TestDefaultHasEveryState(t *testing.T) {
	k := mustDefault(t)
	codes := strings.Fields(unMembers)
	require.Len(t, codes, 193)
	codes = append(codes, "va", "ps", "tw", "xk") // observers, Taiwan, Kosovo
	d := MustParseDate("2025-06-30")
	for _, c := range codes {
		e := k.Entity("country/" + c)
		if !assert.NotNil(t, e, "country/%s missing", c) {
			continue
		}
		assert.Equal(t, Country, e.Type, e.ID)
		assert.NotEmpty(t, e.Source, e.ID)
		got := k.Lookup(e.Name)
		assert.Contains(t, got, e, "Lookup(%q)", e.Name)
		if c != "va" { // the Holy See has no demonym in English
			assert.NotEmpty(t, e.Demonyms, "%s has no demonym", e.ID)
		}
		_, rel, ok := k.Capital(e.ID, d)
		if assert.True(t, ok, "%s has no capital", e.ID) {
			assert.NotEmpty(t, rel.Source)
		}
	}
}

func TestDefaultNamesIterator(t *testing.T) {
	k := mustDefault(t)
	var sawTurkey, sawAzeri bool
	for n := range k.Names() {
		assert.Equal(t, Fold(n.Text), n.Folded)
		if n.Folded == "turkiye" && n.Entity.ID == "country/tr" && !n.Demonym {
			sawTurkey = true
		}
		if n.Text == "Azeri" && n.Entity.ID == "country/az" && n.Demonym {
			sawAzeri = true
		}
	}
	assert.True(t, sawTurkey)
	assert.True(t, sawAzeri)
}

func TestDefaultCapitalDetails(t *testing.T) {
	k := mustDefault(t)
	// Jerusalem is recorded, and marked disputed.
	c, rel, ok := k.Capital("country/il", MustParseDate("2022-07-18"))
	require.True(t, ok)
	assert.Equal(t, "city/jerusalem", c.ID)
	assert.True(t, rel.Disputed)
	// La Paz is a capital of Bolivia with a role.
	var roles []string
	for _, r := range k.Capitals("country/bo", MustParseDate("2022-07-18")) {
		roles = append(roles, r.Subject+":"+r.Role)
	}
	assert.Equal(t, []string{"city/sucre:", "city/la-paz:seat of government"}, roles)
	// Year-only dates are flagged.
	for _, r := range k.CapitalOf("city/yamoussoukro") {
		assert.True(t, r.FromYearOnly)
		assert.Equal(t, MustParseDate("1983-01-01"), r.From)
	}
	// Nur-Sultan resolves to the same city as Astana.
	assert.Equal(t, []*Entity{k.Entity("city/astana")}, k.Lookup("Nur-Sultan"))
}

func TestDefaultOffices(t *testing.T) {
	k := mustDefault(t)
	for _, id := range []string{
		"president", "vice-president", "prime-minister", "chancellor", "monarch", "supreme-leader",
		"head-of-state", "foreign-minister", "finance-minister", "secretary-general", "director-general",
		"managing-director", "chief-executive", "governor", "administrator", "mayor", "pope", "captain",
	} {
		assert.NotNil(t, k.Office(id), id)
	}
	ids := func(os []Office) []string {
		var out []string
		for _, o := range os {
			out = append(out, o.ID)
		}
		return out
	}
	assert.Equal(t, []string{"prime-minister"}, ids(k.OfficeByTitle("PM")))
	assert.Equal(t, []string{"prime-minister"}, ids(k.OfficeByTitle("Premier")))
	assert.Equal(t, []string{"chief-executive"}, ids(k.OfficeByTitle("CEO")))
	assert.Equal(t, []string{"president", "chair"}, ids(k.OfficeByTitle("President")))
	assert.Equal(t, []string{"monarch"}, ids(k.OfficeByTitle("emir")))
}

func TestDefaultPeopleIfPresent(t *testing.T) {
	// The people data is written by others; test only what it promises.
	k := mustDefault(t)
	if k.Entity("person/recep-tayyip-erdogan") == nil {
		t.Skip("person/recep-tayyip-erdogan not in the KB yet")
	}
	assert.Contains(t, k.Lookup("Recep Tayyip Erdogan"), k.Entity("person/recep-tayyip-erdogan"))
}

// BenchmarkLoadDefault times what Default does on first use: build the KB
// from the compiled-in snapshot.
func BenchmarkLoadDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		fromSnapshot()
	}
}

// BenchmarkLoadYAML times loading the same KB from kb/data/*.yaml, as
// Default did before the snapshot and as the snapshot generator does.
func BenchmarkLoadYAML(b *testing.B) {
	files, err := DefaultFiles()
	require.NoError(b, err)
	size := 0
	for _, f := range files {
		size += len(f.Data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(files...); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExtend times putting a small user file on top of the default
// KB, as "newslint --kb FILE" needs.
func BenchmarkExtend(b *testing.B) {
	k := mustDefault(b)
	f := readFile(b, "testdata/extend.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := k.Extend(f); err != nil {
			b.Fatal(err)
		}
	}
}
