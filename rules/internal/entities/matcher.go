package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
)

// node is one state of the token trie: the folded tokens that lead to it
// spell a name.
type node struct {
	next map[string]*node
	// names and demonyms are the surface forms that end here.
	names    []surface
	demonyms []surface
}

// surface is one KB name split into tokens, with what case matching needs.
type surface struct {
	entity *kb.Entity
	words  []string // tokens as written in the KB
}

// Matcher finds KB names and demonyms in token sequences. It is immutable
// once built and safe for concurrent use.
type Matcher struct {
	kb   *kb.KB
	root *node
}

var defaultMatcher kb.Derived[*Matcher]

// Default returns the matcher over the default KB, building it on first use.
// Only rules that need it call it, so configurations without fact rules
// never load the KB.
func Default() (*Matcher, error) { return defaultMatcher.Get(New), nil }

// New builds a matcher over every name, alias, dated name and demonym of k.
func New(k *kb.KB) *Matcher {
	m := &Matcher{kb: k, root: &node{}}
	for n := range k.Names() {
		toks := Tokenize(n.Text)
		if len(toks) == 0 {
			continue
		}
		cur := m.root
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = t.Text
			if cur.next == nil {
				cur.next = map[string]*node{}
			}
			nx := cur.next[t.Fold]
			if nx == nil {
				nx = &node{}
				cur.next[t.Fold] = nx
			}
			cur = nx
		}
		s := surface{entity: n.Entity, words: words}
		if n.Demonym {
			cur.demonyms = append(cur.demonyms, s)
		} else {
			cur.names = append(cur.names, s)
		}
	}
	return m
}

// KB returns the knowledge base the matcher was built from.
func (m *Matcher) KB() *kb.KB { return m.kb }

// Mention is a run of words that names KB entities: words[First:End].
type Mention struct {
	First, End int
	// Entities are the entities the words name; Demonyms the entities whose
	// demonym they are ("Iranian": country/ir). Either may be empty.
	Entities []*kb.Entity
	Demonyms []*kb.Entity
	// Surname says the mention is a bare surname resolved to a person
	// named in full earlier in the article.
	Surname bool
}

// Entity returns the first entity of one of types that the mention names,
// or nil.
func (m Mention) Entity(types ...kb.EntityType) *kb.Entity {
	return first(m.Entities, types)
}

// DemonymOf returns the first entity of one of types whose demonym the
// mention is, or nil.
func (m Mention) DemonymOf(types ...kb.EntityType) *kb.Entity {
	return first(m.Demonyms, types)
}

func first(es []*kb.Entity, types []kb.EntityType) *kb.Entity {
	for _, e := range es {
		if slices.Contains(types, e.Type) {
			return e
		}
	}
	return nil
}

// Article matches names in one article, in reading order, and remembers
// the people it has named in full so that a later bare surname resolves to
// them ("Raisi" after "Ebrahim Raisi"). Use one Article per document.
type Article struct {
	m        *Matcher
	surnames map[string]*kb.Entity
}

// NewArticle starts matching a new article.
func (m *Matcher) NewArticle() *Article {
	return &Article{m: m, surnames: map[string]*kb.Entity{}}
}

// Find returns the mentions in words, longest match first and left to
// right, without overlaps. Call it on the article's sentences in order.
func (a *Article) Find(words []Word) []Mention {
	var out []Mention
	for i := 0; i < len(words); {
		if !words[i].IsWord() {
			i++
			continue
		}
		mt, ok := a.longest(words, i)
		if !ok {
			mt, ok = a.pluralDemonym(words, i)
		}
		if !ok {
			if p := a.surnames[words[i].Fold]; p != nil && words[i].Capitalised() && !followedByName(words, i) {
				out = append(out, Mention{First: i, End: i + 1, Entities: []*kb.Entity{p}, Surname: true})
			}
			i++
			continue
		}
		out = append(out, mt)
		if p := mt.Entity(kb.Person); p != nil && mt.End-mt.First > 1 {
			a.surnames[words[mt.End-1].Fold] = p
		}
		i = mt.End
	}
	return out
}

// followedByName reports whether the capitalised word at i runs on into
// another capitalised word, so that it is part of a longer, unknown name
// ("Raisi Foundation" is not Raisi).
func followedByName(words []Word, i int) bool {
	return i+1 < len(words) && words[i+1].IsWord() && words[i+1].Space && words[i+1].Capitalised()
}

// pluralDemonym reads a demonym used as a plural noun ("Australians",
// "Kenyans"), which the KB lists in the singular.
func (a *Article) pluralDemonym(words []Word, i int) (Mention, bool) {
	w := words[i]
	if len(w.Fold) < 4 || !strings.HasSuffix(w.Fold, "s") || !w.Capitalised() {
		return Mention{}, false
	}
	n := a.m.root.next[strings.TrimSuffix(w.Fold, "s")]
	if n == nil || len(n.demonyms) == 0 {
		return Mention{}, false
	}
	var es []*kb.Entity
	for _, s := range n.demonyms {
		if len(s.words) == 1 {
			es = append(es, s.entity)
		}
	}
	return Mention{First: i, End: i + 1, Demonyms: es}, len(es) > 0
}

// longest finds the longest name starting at words[i] whose case agrees.
func (a *Article) longest(words []Word, i int) (Mention, bool) {
	var best Mention
	found := false
	cur := a.m.root
	for j := i; j < len(words); j++ {
		// Names do not run across a space before punctuation, but "U.S."
		// and "Côte d'Ivoire" join tokens without spaces: the trie decides.
		cur = cur.next[words[j].Fold]
		if cur == nil {
			break
		}
		if len(cur.names) == 0 && len(cur.demonyms) == 0 {
			continue
		}
		// A name must end at a word boundary: "U.S" does not end inside
		// "U.S.-based"; a word must not continue after the match.
		names := caseMatches(cur.names, words[i:j+1])
		dems := caseMatches(cur.demonyms, words[i:j+1])
		if len(names) == 0 && len(dems) == 0 {
			continue
		}
		best = Mention{First: i, End: j + 1, Entities: names, Demonyms: dems}
		found = true
	}
	return best, found
}

// caseMatches keeps the surfaces whose capitalisation the text respects:
// a capitalised KB word must be capitalised in the text, and an acronym
// ("US", "UN", "EU") must be written in capitals, so that "us" and "chad"
// are not countries.
func caseMatches(ss []surface, words []Word) []*kb.Entity {
	var out []*kb.Entity
	for _, s := range ss {
		if len(s.words) != len(words) || !caseAgrees(s.words, words) {
			continue
		}
		dup := false
		for _, e := range out {
			dup = dup || e == s.entity
		}
		if !dup {
			out = append(out, s.entity)
		}
	}
	return out
}

func caseAgrees(kbWords []string, words []Word) bool {
	for k, w := range kbWords {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			continue
		}
		t := words[k].Text
		if isAcronym(w) {
			if strings.ToUpper(t) != t {
				return false
			}
			continue
		}
		if !words[k].Capitalised() {
			return false
		}
	}
	return true
}

// isAcronym reports whether w is written in capitals throughout ("EU",
// "NATO"), as opposed to a capitalised word ("Chad").
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
