package entities

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslint/newslint/kb"
)

// Matcher finds KB names and demonyms in token sequences. It is immutable
// once built and safe for concurrent use.
//
// It is a trie over folded tokens. The trie is built on the first fact rule
// of every process, a one-article run included, so it is laid out to be
// built with few allocations: the nodes live in one slice and their edges
// in two maps, rather than a map per node. The root's edges, which every
// word of every article is looked up in, have a map of their own keyed by
// the token alone, which hashes faster than an edge; a node with a single
// edge keeps it in the node.
type Matcher struct {
	kb    *kb.KB
	nodes []node         // nodes[root] is where every name starts
	first map[string]int // the root's edges: first token → node
	edges map[edge]int   // the edges of nodes with several
}

// root is the index of the trie's root in Matcher.nodes.
const root = 0

// edge leads from node from by a folded token to the next node.
type edge struct {
	from int
	tok  string
}

// node is one state of the token trie: the folded tokens that lead to it
// spell a name. names and demonyms are the surface forms that end here.
type node struct {
	names    []surface
	demonyms []surface
	// out counts the edges that leave the node. Most nodes are leaves or
	// have one edge, which is kept here (token only to node onlyNext):
	// only nodes with several edges need a look-up in Matcher.edges.
	out      int
	only     string
	onlyNext int
}

// surface is one KB name, with what case matching needs of each of its
// tokens.
type surface struct {
	entity *kb.Entity
	cases  []caseRule // one a token of the name, in order
}

// caseRule is what a token of a KB name asks of the capitalisation of the
// text that matches it.
type caseRule uint8

const (
	anyCase     caseRule = iota // the KB word is not capitalised ("of", "d")
	capitalised                 // a capitalised KB word ("Chad") needs a capital
	allCapitals                 // an acronym ("US", "EU") must be written in capitals
)

// caseRuleOf returns the rule for KB token w.
func caseRuleOf(w string) caseRule {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case !unicode.IsUpper(r):
		return anyCase
	case isAcronym(w):
		return allCapitals
	default:
		return capitalised
	}
}

var defaultMatcher kb.Derived[*Matcher]

// Default returns the matcher over the default KB, building it on first use.
// Only rules that need it call it, so configurations without fact rules
// never load the KB.
func Default() (*Matcher, error) { return defaultMatcher.Get(New), nil }

// New builds a matcher over every name, alias, dated name and demonym of k.
func New(k *kb.KB) *Matcher {
	n := 0
	for range k.Names() {
		n++
	}
	// Sized for the default KB, whose names make about 0.6 edges from the
	// root each, and fewer that leave nodes with several edges.
	m := &Matcher{kb: k, nodes: make([]node, 1, 2*n), first: make(map[string]int, n), edges: make(map[edge]int, n/2)}
	var toks []Word      // reused from name to name
	var cases []caseRule // shared backing store of the surfaces' cases
	for name := range k.Names() {
		toks = appendTokens(toks[:0], name.Text)
		if len(toks) == 0 {
			continue
		}
		cur := root
		first := len(cases)
		for _, t := range toks {
			cases = append(cases, caseRuleOf(t.Text))
			next := m.next(cur, t.Fold)
			if next < 0 {
				next = len(m.nodes)
				m.nodes = append(m.nodes, node{})
				m.addEdge(cur, t.Fold, next)
			}
			cur = next
		}
		// Later appends may move cases, but this surface keeps the array
		// its own rules were written to.
		s := surface{entity: name.Entity, cases: cases[first:len(cases):len(cases)]}
		nd := &m.nodes[cur]
		if name.Demonym {
			nd.demonyms = append(nd.demonyms, s)
		} else {
			nd.names = append(nd.names, s)
		}
	}
	return m
}

// addEdge adds the edge from node from by token tok to node to.
func (m *Matcher) addEdge(from int, tok string, to int) {
	if from == root {
		m.first[tok] = to
		return
	}
	nd := &m.nodes[from]
	switch nd.out {
	case 0:
		nd.only, nd.onlyNext = tok, to
	case 1: // a second edge: both go to the map
		m.edges[edge{from, nd.only}] = nd.onlyNext
		m.edges[edge{from, tok}] = to
	default:
		m.edges[edge{from, tok}] = to
	}
	nd.out++
}

// next returns the node that token fold leads to from node cur, or -1.
func (m *Matcher) next(cur int, fold string) int {
	if cur == root {
		if n, ok := m.first[fold]; ok {
			return n
		}
		return -1
	}
	nd := &m.nodes[cur]
	switch {
	case nd.out == 1 && nd.only == fold:
		return nd.onlyNext
	case nd.out > 1:
		if n, ok := m.edges[edge{cur, fold}]; ok {
			return n
		}
	}
	return -1
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
	n := a.m.next(root, strings.TrimSuffix(w.Fold, "s"))
	if n < 0 || len(a.m.nodes[n].demonyms) == 0 {
		return Mention{}, false
	}
	var es []*kb.Entity
	for _, s := range a.m.nodes[n].demonyms {
		if len(s.cases) == 1 {
			es = append(es, s.entity)
		}
	}
	return Mention{First: i, End: i + 1, Demonyms: es}, len(es) > 0
}

// longest finds the longest name starting at words[i] whose case agrees.
func (a *Article) longest(words []Word, i int) (Mention, bool) {
	var best Mention
	found := false
	cur := root
	for j := i; j < len(words); j++ {
		// Names do not run across a space before punctuation, but "U.S."
		// and "Côte d'Ivoire" join tokens without spaces: the trie decides.
		if cur = a.m.next(cur, words[j].Fold); cur < 0 {
			break
		}
		nd := &a.m.nodes[cur]
		if len(nd.names) == 0 && len(nd.demonyms) == 0 {
			continue
		}
		// A name must end at a word boundary: "U.S" does not end inside
		// "U.S.-based"; a word must not continue after the match.
		names := caseMatches(nd.names, words[i:j+1])
		dems := caseMatches(nd.demonyms, words[i:j+1])
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
		if len(s.cases) != len(words) || !caseAgrees(s.cases, words) {
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

func caseAgrees(cases []caseRule, words []Word) bool {
	for k, c := range cases {
		switch c {
		case anyCase:
		case allCapitals:
			if t := words[k].Text; strings.ToUpper(t) != t {
				return false
			}
		case capitalised:
			if !words[k].Capitalised() {
				return false
			}
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
