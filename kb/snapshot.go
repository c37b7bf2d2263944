package kb

// The default KB is compiled into the program rather than parsed from the
// embedded YAML at start-up: yaml.v3 took 45–160 ms to build its node
// trees for kb/data, and a one-article lint run should take well under
// 50 ms. The generator (kb/gen/snapshot) loads kb/data/*.yaml with Load, so
// with every check, and writes the records it got into snapshot_gen.go as Go
// composite literals. The compiler lays those out as static data (only the
// few YearOnly maps are made at package init), so using them costs no
// parsing. fromSnapshot only builds the indexes, and even that from
// precomputed tables: folding the KB's names and sorting the relations of
// each entity was most of the cost of a one-article run's KB.
//
// The YAML stays the source of truth and the snapshot is derived from it:
// TestSnapshotUpToDate fails when they differ. After changing kb/data, or
// the KB types, run
//
//	go generate ./kb/
//
// The generator imports this package, so it builds it with the tag
// kbnosnapshot (see snapshot_none.go) to run even when snapshot_gen.go no
// longer compiles, say after a field of Entity was renamed.

//go:generate go run -tags kbnosnapshot ./gen/snapshot -o snapshot_gen.go

// fromSnapshot builds a KB from the records of snapshot_gen.go. The KB
// points into the snapshot's arrays and must not change them; Extend
// copies what a merge would change.
func fromSnapshot() *KB {
	k := &KB{
		files:      snapFiles,
		entities:   make([]*Entity, len(snapEntities)),
		byID:       make(map[string]*Entity, len(snapEntities)),
		rels:       make([]*Relation, len(snapRelations)),
		offices:    make(map[string]*Office, len(snapOffices)),
		officeList: make([]*Office, len(snapOffices)),
	}
	for i := range snapEntities {
		e := &snapEntities[i]
		k.entities[i] = e
		k.byID[e.ID] = e
	}
	for i := range snapRelations {
		k.rels[i] = &snapRelations[i]
	}
	for i := range snapOffices {
		o := &snapOffices[i]
		k.officeList[i] = o
		k.offices[o.ID] = o
	}
	k.names = make([]Name, len(snapNames))
	for i, n := range snapNames {
		k.names[i] = Name{Text: n.Text, Folded: n.Folded, Entity: k.entities[n.Entity], Demonym: n.Demonym}
	}
	k.byName = groups(snapByName, k.entities)
	k.byDemonym = groups(snapByDemonym, k.entities)
	k.bySubject = groups(snapBySubject, k.rels)
	k.byObject = groups(snapByObject, k.rels)
	k.indexCounts()
	return k
}

// snapName is a Name in the snapshot, which refers to its entity by its
// index in snapEntities. The snapshot lists the names index makes, in its
// order, so that fromSnapshot does not fold the KB's few thousand names on
// every start (TestSnapshotUpToDate checks that they are what index makes).
type snapName struct {
	Text, Folded string
	Entity       int
	Demonym      bool
}

// snapGroup is an entry of one of the KB's indexes in the snapshot: the
// records under one key (entities for KB.byName and KB.byDemonym,
// relations for KB.bySubject and KB.byObject), by their positions in
// snapEntities or snapRelations, in the order index puts them in.
type snapGroup struct {
	Key   string
	Items []int
}

// groups builds an index from its snapshot, with all its slices cut from
// one array rather than grown by append (and, for relations, sorted).
func groups[T any](gs []snapGroup, records []*T) map[string][]*T {
	n := 0
	for _, g := range gs {
		n += len(g.Items)
	}
	all := make([]*T, n)
	m := make(map[string][]*T, len(gs))
	for _, g := range gs {
		// Capped, so that an append to one group cannot overwrite the next.
		rs := all[:len(g.Items):len(g.Items)]
		all = all[len(g.Items):]
		for i, r := range g.Items {
			rs[i] = records[r]
		}
		m[g.Key] = rs
	}
	return m
}
