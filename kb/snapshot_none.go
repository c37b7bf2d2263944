//go:build kbnosnapshot

package kb

// With the tag kbnosnapshot the default KB is empty: the tag is only for
// building the snapshot generator, which must compile this package while
// snapshot_gen.go is missing or stale (see snapshot.go).
var (
	snapFiles     []FileInfo
	snapEntities  []Entity
	snapRelations []Relation
	snapOffices   []Office
	snapNames     []snapName
	snapByName    []snapGroup
	snapByDemonym []snapGroup
	snapBySubject []snapGroup
	snapByObject  []snapGroup
)
