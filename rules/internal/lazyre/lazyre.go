// Package lazyre defers compiling a rule's regular expressions to their
// first use: package-level regexp.MustCompile runs at every start, and
// many expressions are needed by few articles, so a one-article run (a
// pre-commit hook) would pay for them for nothing.
package lazyre

import (
	"regexp"
	"sync"
)

// New returns a function that compiles expr on its first call and returns
// the same *regexp.Regexp on every call. A bad expr panics on first use,
// as regexp.MustCompile does; the rules' tests exercise every expression.
func New(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
