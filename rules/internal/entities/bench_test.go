package entities_test

import (
	"testing"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/rules/internal/entities"
)

// BenchmarkNew measures building the matcher from the default KB, the
// one-time cost a process pays on its first fact rule.
func BenchmarkNew(b *testing.B) {
	k, err := kb.Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		entities.New(k)
	}
}
