//go:build boilerplateyaml

package boilerplate

// With the tag boilerplateyaml, library_gen.go is left out and the
// embedded library is parsed from patterns.yaml at start-up (see builtin).
var (
	genPatterns []Pattern
	genLibrary  *library
)
