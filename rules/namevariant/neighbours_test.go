package namevariant

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestNeighboursFindEveryClosePair checks the blocking in pairByKey (neighbours for long files)
// against comparing every pair: each pair of names at most one edit apart
// (what variantKind can accept) must be listed, on random names built to
// collide often (a small alphabet, short words, doubled letters).
func TestNeighboursFindEveryClosePair(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2)) //nolint:gosec // a fixed seed keeps the test repeatable
	letters := []rune("abeéoy")
	for round := range 200 {
		var names []*name
		seen := map[string]bool{}
		for len(names) < 40 {
			r := make([]rune, 3+rng.IntN(4))
			for i := range r {
				r[i] = letters[rng.IntN(len(letters))]
			}
			if f := string(r); !seen[f] {
				seen[f] = true
				names = append(names, &name{fold: f})
			}
		}
		near := pairByKey(names)
		for i := range names {
			for j := i + 1; j < len(names); j++ {
				d, _ := distance([]rune(names[i].fold), []rune(names[j].fold))
				if d <= 1 && !slices.Contains(near[i], j) {
					t.Fatalf("round %d: %q and %q are %d edit apart but not paired", round, names[i].fold, names[j].fold, d)
				}
			}
			if !slices.IsSorted(near[i]) || len(slices.Compact(slices.Clone(near[i]))) != len(near[i]) {
				t.Fatalf("round %d: neighbours of %q not sorted and unique: %v", round, names[i].fold, near[i])
			}
		}
	}
}
