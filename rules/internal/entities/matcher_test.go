package entities_test

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/rules/internal/entities"
)

func find(t *testing.T, text string) []string {
	t.Helper()
	m, err := entities.Default()
	require.NoError(t, err)
	a := m.NewArticle()
	words := entities.Tokenize(text)
	var out []string
	for _, mt := range a.Find(words) {
		id := ""
		if len(mt.Entities) > 0 {
			id = mt.Entities[0].ID
		} else if len(mt.Demonyms) > 0 {
			id = "demonym:" + mt.Demonyms[0].ID
		}
		out = append(out, text[words[mt.First].Start:words[mt.End-1].End]+"="+id)
	}
	return out
}

func TestTokenizeSplitsCompoundsAndPossessives(t *testing.T) {
	var got []string
	for _, w := range entities.Tokenize("the Nairobi-based carrier, Iran's U.S.") {
		got = append(got, w.Text)
	}
	assert.Equal(t, []string{"the", "Nairobi", "-", "based", "carrier", ",", "Iran", "'", "s", "U", ".", "S", "."}, got)
}

func TestFindIsCaseAware(t *testing.T) {
	// "us" is a pronoun, "US" the country; "chad" a name only when written so.
	assert.Equal(t, []string{"US=country/us"}, find(t, "Tell us about the US plan"))
	assert.Empty(t, find(t, "a hanging chad"))
	assert.Equal(t, []string{"Chad=country/td"}, find(t, "troops from Chad"))
}

func TestFindPrefersLongestAndFoldsDiacritics(t *testing.T) {
	assert.Equal(t, []string{"United States of America=country/us"}, find(t, "the United States of America"))
	assert.Equal(t, []string{"Türkiye=country/tr"}, find(t, "Türkiye said"))
	assert.Equal(t, []string{"U.S.=country/us"}, find(t, "the U.S. economy"))
}

func TestFindDemonymsIncludingPlurals(t *testing.T) {
	assert.Equal(t, []string{"Iranian=demonym:country/ir"}, find(t, "the Iranian side"))
	assert.Equal(t, []string{"Kenyans=demonym:country/ke"}, find(t, "32 Kenyans died"))
}

func TestSurnameResolvesAfterFullName(t *testing.T) {
	m, err := entities.Default()
	require.NoError(t, err)
	p := m.KB().Resolve("person/ebrahim-raisi")
	if p == nil {
		t.Skip("the KB has no Ebrahim Raisi")
	}
	a := m.NewArticle()
	// Before the full name, a bare surname is nobody.
	assert.Empty(t, a.Find(entities.Tokenize("Raisi spoke.")))
	a.Find(entities.Tokenize("Ebrahim Raisi arrived."))
	got := a.Find(entities.Tokenize("Raisi spoke."))
	require.Len(t, got, 1)
	assert.True(t, got[0].Surname)
	assert.Equal(t, p, got[0].Entity(kb.Person))
	// A surname that runs on into another capitalised word is another name.
	assert.Empty(t, a.Find(entities.Tokenize("the Raisi Foundation")))
}

// FuzzTokenize checks Tokenize, which takes shortcuts for ASCII text,
// against the plain definition of its tokens: runs of letters, digits and
// non-spacing marks, or single other non-space characters, each folded
// with kb.Fold.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"the Nairobi-based carrier, Iran's U.S.", "Türkiye’s Erdoğan", "ÇA `quoted` Straße",
		"  São Paulo\u00a0— Côte d’Ivoire", "ΑΘΗΝΑ İstanbul ǅ e\u0301", "\xff\xfe bad",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		assert.Equal(t, plainTokenize(text), entities.Tokenize(text))
	})
}

func plainTokenize(text string) []entities.Word {
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	var out []entities.Word
	space := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) {
			space = true
			i += size
			continue
		}
		j := i + size
		for isWord(r) && j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !isWord(r2) {
				break
			}
			j += s2
		}
		out = append(out, entities.Word{Text: text[i:j], Fold: kb.Fold(text[i:j]), Start: i, End: j, Space: space})
		space = false
		i = j
	}
	return out
}
