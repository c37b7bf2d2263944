// Package kb is newslint's offline, time-aware knowledge base of who is what,
// when: countries and territories (names, aliases, demonyms, capitals with
// dates), organizations and their dated memberships, office holders, people
// (birth and death) and companies (headquarters).
//
// The default KB is compiled in from kb/data/*.yaml (see Default); users may
// add files of the same schema with Extend or Load. Every fact carries the URL of its
// source so that a finding can cite it, and every query takes the date of
// the article, because a claim such as "Nur-Sultan, the capital of
// Kazakhstan" is true in 2020 and false in 2023.
//
// Queries take entity ids ("country/tr", "org/nato", "person/ebrahim-raisi").
// Use Lookup, ByDemonym or Resolve to turn text into ids. Dates are civil
// Dates; relation bounds are inclusive and open when zero. Nothing in a KB
// changes after Load, so a *KB is safe for concurrent use.
package kb

import (
	"cmp"
	"iter"
	"maps"
	"slices"
)

// KB is a loaded, validated knowledge base. Build one with Load or Default.
type KB struct {
	files      []FileInfo
	entities   []*Entity // in load order
	byID       map[string]*Entity
	rels       []*Relation
	offices    map[string]*Office
	officeList []*Office

	// Indexes, built by index() once all files are read (or by
	// fromSnapshot from what the snapshot precomputed).
	byName     map[string][]*Entity // Fold(name or alias) → entities
	byDemonym  map[string][]*Entity // Fold(demonym) → entities
	bySubject  map[string][]*Relation
	byObject   map[string][]*Relation
	byTitle    map[string][]*Office
	names      []Name
	relCounts  map[RelKind]int
	typeCounts map[EntityType]int
}

func newKB() *KB {
	return &KB{
		byID:    map[string]*Entity{},
		offices: map[string]*Office{},
	}
}

// index builds the lookup tables. fromSnapshot builds the same for the
// default KB from tables the snapshot generator took from index; keep them
// in step (TestSnapshotUpToDate compares the two).
func (k *KB) index() {
	k.byName = make(map[string][]*Entity, len(k.entities)*3)
	k.byDemonym = make(map[string][]*Entity, len(k.entities))
	k.names = k.names[:0]
	addName := func(m map[string][]*Entity, s string, e *Entity, demonym bool) {
		key := Fold(s)
		if key == "" {
			return
		}
		if slices.Contains(m[key], e) {
			return
		}
		m[key] = append(m[key], e)
		k.names = append(k.names, Name{Text: s, Folded: key, Entity: e, Demonym: demonym})
	}
	for _, e := range k.entities {
		addName(k.byName, e.Name, e, false)
		for _, a := range e.Aliases {
			addName(k.byName, a, e, false)
		}
		for _, n := range e.Names {
			addName(k.byName, n.Name, e, false)
		}
		for _, d := range e.Demonyms {
			addName(k.byDemonym, d, e, true)
		}
	}
	k.bySubject = make(map[string][]*Relation, len(k.entities))
	k.byObject = make(map[string][]*Relation, len(k.entities))
	for _, r := range k.rels {
		k.bySubject[r.Subject] = append(k.bySubject[r.Subject], r)
		k.byObject[r.Object] = append(k.byObject[r.Object], r)
	}
	for _, rs := range k.bySubject {
		sortRelations(rs)
	}
	for _, rs := range k.byObject {
		sortRelations(rs)
	}
	k.indexCounts()
}

// indexCounts builds the small tables: counts for Stats and the offices by
// title.
func (k *KB) indexCounts() {
	k.byTitle = map[string][]*Office{}
	k.relCounts = map[RelKind]int{}
	k.typeCounts = map[EntityType]int{}
	for _, e := range k.entities {
		k.typeCounts[e.Type]++
	}
	for _, r := range k.rels {
		k.relCounts[r.Rel]++
	}
	for _, o := range k.officeList {
		for _, t := range o.Titles {
			key := Fold(t)
			k.byTitle[key] = append(k.byTitle[key], o)
		}
	}
}

// sortRelations orders relations by start date (open starts first), keeping
// file order among equals.
func sortRelations(rs []*Relation) {
	slices.SortStableFunc(rs, func(a, b *Relation) int { return cmp.Compare(a.From, b.From) })
}

// Files lists the loaded source files with their asOf dates.
func (k *KB) Files() []FileInfo { return append([]FileInfo(nil), k.files...) }

// AsOf returns the date up to which the KB is believed complete: the
// earliest asOf of the files that declare one. A rule should not report a
// fact as false for an article dated after it without saying so, since the
// world may have changed since.
func (k *KB) AsOf() Date {
	var earliest Date
	for _, f := range k.files {
		if !f.AsOf.IsZero() && (earliest.IsZero() || f.AsOf < earliest) {
			earliest = f.AsOf
		}
	}
	return earliest
}

// Entity returns the entity with the given id, or nil.
func (k *KB) Entity(id string) *Entity { return k.byID[id] }

// Entities returns all entities in load order. The slice is shared: do not
// modify it.
func (k *KB) Entities() []*Entity { return k.entities }

// Relations returns all relations in load order. The slice is shared: do
// not modify it.
func (k *KB) Relations() []*Relation { return k.rels }

// Lookup returns the entities whose canonical name, alias or dated name
// matches name, ignoring case, diacritics and typographic punctuation (see
// Fold): Lookup("Turkey") and Lookup("türkiye") both give country/tr. The
// result may hold several entities (Georgia the country and a person's
// namesake); it is nil when nothing matches. Demonyms are not names: use
// ByDemonym.
func (k *KB) Lookup(name string) []*Entity { return k.byName[Fold(name)] }

// ByDemonym returns the entities that demonym or adjective word refers to:
// ByDemonym("Azeri") gives country/az. Ambiguous words give several
// ("Dominican": Dominica and the Dominican Republic).
func (k *KB) ByDemonym(word string) []*Entity { return k.byDemonym[Fold(word)] }

// Resolve returns the entity for an id, or else the single entity that
// Lookup finds for a name, or nil when there is none or the name is
// ambiguous. It is meant for tools and tests; rules that meet ambiguity
// should look at the Lookup result themselves.
func (k *KB) Resolve(idOrName string) *Entity {
	if e := k.byID[idOrName]; e != nil {
		return e
	}
	if es := k.Lookup(idOrName); len(es) == 1 {
		return es[0]
	}
	return nil
}

// Name is one surface form by which text may refer to an entity.
type Name struct {
	Text    string // as written in the KB ("Türkiye")
	Folded  string // Fold(Text), the key to match folded text against
	Entity  *Entity
	Demonym bool // Text is a demonym or adjective ("Turkish"), not a name
}

// Names iterates over every surface form of every entity (names, aliases,
// dated names and demonyms), so that a rule can build a token trie and find
// entity mentions in one pass over an article. Several entities may share a
// form.
func (k *KB) Names() iter.Seq[Name] {
	return func(yield func(Name) bool) {
		for _, n := range k.names {
			if !yield(n) {
				return
			}
		}
	}
}

// Office returns the office with id, or nil.
func (k *KB) Office(id string) *Office { return k.offices[id] }

// OfficeList lists the office vocabulary in load order.
func (k *KB) OfficeList() []*Office { return k.officeList }

// OfficeByTitle returns the offices that a title names in news text, such
// as "prime minister", "premier" or "PM" (prime-minister). Titles are folded
// like names. A title may name several offices: "president" is both the head
// of state of a country and the chair of some bodies.
func (k *KB) OfficeByTitle(title string) []Office {
	var out []Office
	for _, o := range k.byTitle[Fold(title)] {
		out = append(out, *o)
	}
	return out
}

// Stats summarises a KB: counts by entity type and relation kind.
type Stats struct {
	Entities  map[EntityType]int
	Relations map[RelKind]int
	Offices   int
	Names     int
	AsOf      Date
	Files     []FileInfo
}

// Stats counts the KB's contents.
func (k *KB) Stats() Stats {
	s := Stats{
		Entities:  map[EntityType]int{},
		Relations: map[RelKind]int{},
		Offices:   len(k.officeList),
		Names:     len(k.names),
		AsOf:      k.AsOf(),
		Files:     k.Files(),
	}
	maps.Copy(s.Entities, k.typeCounts)
	maps.Copy(s.Relations, k.relCounts)
	return s
}
