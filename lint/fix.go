package lint

import (
	"cmp"
	"slices"
)

// ApplyFixes applies the first fix of every finding to src and returns the
// result. Fixes whose edits overlap an earlier fix are skipped whole and
// counted as conflicts, so a file is never half-repaired by two fixes that
// disagree.
func ApplyFixes(src []byte, findings []Finding) (out []byte, applied, conflicts int) {
	type fix struct{ edits []Edit }
	var fixes []fix
	for _, f := range findings {
		if len(f.Fixes) == 0 || len(f.Fixes[0].Edits) == 0 {
			continue
		}
		edits := slices.Clone(f.Fixes[0].Edits)
		slices.SortFunc(edits, func(a, b Edit) int { return cmp.Compare(a.Start, b.Start) })
		fixes = append(fixes, fix{edits})
	}
	slices.SortStableFunc(fixes, func(a, b fix) int { return cmp.Compare(a.edits[0].Start, b.edits[0].Start) })
	var taken []Edit
	overlaps := func(e Edit) bool {
		for _, t := range taken {
			if e.Start < t.End && t.Start < e.End || e.Start == t.Start {
				return true
			}
		}
		return false
	}
	for _, f := range fixes {
		if slices.ContainsFunc(f.edits, overlaps) {
			conflicts++
			continue
		}
		taken = append(taken, f.edits...)
		applied++
	}
	slices.SortFunc(taken, func(a, b Edit) int { return cmp.Compare(a.Start, b.Start) })
	out = make([]byte, 0, len(src))
	last := 0
	for _, e := range taken {
		out = append(out, src[last:e.Start]...)
		out = append(out, e.Text...)
		last = e.End
	}
	out = append(out, src[last:]...)
	return out, applied, conflicts
}
