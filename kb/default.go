package kb

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"sync"
)

// dataFS holds the default KB. Every YAML file in kb/data is part of it, so
// adding a data file needs no code change.
//
//go:embed data/*.yaml
var dataFS embed.FS

var defaultKB = sync.OnceValues(func() (*KB, error) {
	files, err := DefaultFiles()
	if err != nil {
		return nil, err
	}
	return Load(files...)
})

// Default returns the embedded default KB, loading it on first use. Later
// calls return the same *KB (or the same error): it is shared and must not
// be modified.
func Default() (*KB, error) { return defaultKB() }

// DefaultFiles returns the embedded default KB sources (named
// "kb/data/<file>.yaml"), in name order, so that a caller can load them
// together with files of its own: Load(append(defaults, mine...)...).
func DefaultFiles() ([]File, error) {
	entries, err := fs.ReadDir(dataFS, "data")
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	// The office vocabulary comes first so that office ids resolve in the
	// order files are read; the rest in name order for stable messages.
	sort.Slice(names, func(i, j int) bool {
		if (names[i] == "offices.yaml") != (names[j] == "offices.yaml") {
			return names[i] == "offices.yaml"
		}
		return names[i] < names[j]
	})
	files := make([]File, 0, len(names))
	for _, n := range names {
		b, err := dataFS.ReadFile(path.Join("data", n))
		if err != nil {
			return nil, err
		}
		files = append(files, File{Name: "kb/data/" + n, Data: b})
	}
	return files, nil
}
