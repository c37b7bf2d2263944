// Package randtext supports the tests that check a hand-written scan
// against the regular expression it replaces or guards: it glues random
// texts from parts chosen to hit the expression's edges (case, Unicode
// look-alikes, separators), repeatably from a fixed seed, and compares
// the matches of the two over every text.
package randtext

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// Texts returns n texts, each of minParts to maxParts parts drawn at
// random (with repetition) from parts, from a generator seeded with seed1
// and seed2.
func Texts(seed1, seed2 uint64, n, minParts, maxParts int, parts []string) []string {
	r := rand.New(rand.NewPCG(seed1, seed2)) //nolint:gosec // reproducible test input, not a secret
	texts := make([]string, n)
	var b strings.Builder
	for i := range texts {
		b.Reset()
		for range minParts + r.IntN(maxParts-minParts+1) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		texts[i] = b.String()
	}
	return texts
}

// SameMatches fails tb at the first text where scan finds other matches
// than want, a regexp's FindAllStringIndex or FindAllStringSubmatchIndex.
func SameMatches(tb testing.TB, texts []string, want func(string, int) [][]int, scan func(string) [][]int) {
	tb.Helper()
	for _, s := range texts {
		w, got := want(s, -1), scan(s)
		if !slices.EqualFunc(w, got, slices.Equal) {
			tb.Fatalf("%q: scan found %v, the regexp %v", s, got, w)
		}
	}
}
