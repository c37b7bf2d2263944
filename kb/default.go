package kb

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"sync"
	"sync/atomic"
)

// dataFS holds the sources of the default KB. Every YAML file in kb/data is
// part of it, so adding a data file needs no code change (but a run of go
// generate, see snapshot.go). Default does not read them: they are embedded
// for DefaultFiles, for tools that check them together with other files.
//
//go:embed data/*.yaml
var dataFS embed.FS

var defaultKB = sync.OnceValue(fromSnapshot)

// chosen, when set, replaces the built-in KB as the one Default returns.
var chosen atomic.Pointer[KB]

// SetDefault makes k the KB that Default returns from now on: a program
// that lets users extend the KB (newslint's --kb and the kb: setting) calls
// it with Default().Extend(userFiles...) once, before any rule runs, so
// that every rule sees the same extended KB. Rules build their own indexes
// over Default() once per process, so a later call does not reach them.
func SetDefault(k *KB) { chosen.Store(k) }

// Default returns the default KB, built on first use from the snapshot of
// kb/data/*.yaml compiled into the program (see snapshot.go), which takes a
// few milliseconds where parsing the YAML took a hundred. Later calls return
// the same *KB: it is shared and must not be modified. The error is always
// nil, since the snapshot was validated when it was generated; it remains
// so that callers need not change if that ever stops being true. To add
// files of one's own, use Extend on it.
func Default() (*KB, error) {
	if k := chosen.Load(); k != nil {
		return k, nil
	}
	return defaultKB(), nil
}

// DefaultFiles returns the embedded default KB sources (named
// "kb/data/<file>.yaml"), in the order the snapshot was loaded from, so that
// a caller can load them together with files of its own:
// Load(append(defaults, mine...)...) gives the same KB as
// Default().Extend(mine...), only more slowly.
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

// Derived holds a value computed from the default KB (a name index, a
// matcher), rebuilt only when SetDefault changed the KB since: rules keep
// one in a package variable instead of a sync.Once, so that a program that
// extends the KB, or a test that runs twice with different KBs, never sees
// an index of the wrong one. The zero value is ready to use.
type Derived[T any] struct {
	mu    sync.Mutex
	kb    *KB
	value T
}

// Get returns the value for the current default KB, calling build once
// per KB.
func (d *Derived[T]) Get(build func(*KB) T) T {
	k, _ := Default()
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.kb != k {
		d.value, d.kb = build(k), k
	}
	return d.value
}
