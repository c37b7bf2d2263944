package namevariant

import (
	"testing"

	"github.com/newslint/newslint/kb"
)

// BenchmarkBuildKBIndex measures the one-time index over the KB's people
// that a cold run builds before checking names against the KB.
func BenchmarkBuildKBIndex(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		buildKBIndex(k)
	}
}
