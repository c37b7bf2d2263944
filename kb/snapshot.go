package kb

// The default KB is compiled into the program rather than parsed from the
// embedded YAML at start-up: yaml.v3 took 45–160 ms to build its node
// trees for kb/data, and a one-article lint run should take well under
// 50 ms. The generator (kb/gen/snapshot) loads kb/data/*.yaml with Load, so
// with every check, and writes the records it got into snapshot_gen.go as Go
// composite literals. The compiler lays those out as static data (only the
// few YearOnly maps are made at package init), so using them costs no
// parsing: fromSnapshot only builds the indexes, in about 3 ms.
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
	k.index()
	return k
}
