package lint

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// Baseline records the findings a project has accepted, so that a run
// reports only new ones. A finding is keyed by its file, rule, excerpt
// (whitespace collapsed) and occurrence: the how-manyth finding with that
// file, rule and excerpt it is. Line numbers are not part of the key, so
// entries survive edits elsewhere in the file.
type Baseline struct {
	Version  int             `json:"version"`
	Tool     string          `json:"tool"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding. Message is informational.
type BaselineEntry struct {
	Path       string `json:"path"`
	Rule       string `json:"rule"`
	Excerpt    string `json:"excerpt"`
	Occurrence int    `json:"occurrence"`
	Message    string `json:"message,omitempty"`
}

type baselineKey struct {
	path, rule, excerpt string
	occurrence          int
}

// baselineKeys returns the key of every finding of r, in order. Paths are
// relative to dir (the baseline file's folder) with forward slashes, so
// that a run from another directory finds the same keys.
func baselineKeys(r *Result, dir string) []baselineKey {
	path, _ := relPath(dir, r.Path)
	seen := map[baselineKey]int{}
	keys := make([]baselineKey, len(r.Findings))
	for i, f := range r.Findings {
		k := baselineKey{path: path, rule: f.Rule, excerpt: strings.Join(strings.Fields(string(r.Doc.Source[f.Range.Start:f.Range.End])), " ")}
		seen[k]++
		k.occurrence = seen[k]
		keys[i] = k
	}
	return keys
}

// NewBaseline records every finding of results; file is where the
// baseline will be written.
func NewBaseline(results []Result, file string) *Baseline {
	dir := absDir(file)
	b := &Baseline{Version: 1, Tool: "newslint " + Version, Findings: []BaselineEntry{}}
	for i := range results {
		r := &results[i]
		if r.Doc == nil {
			continue
		}
		for j, k := range baselineKeys(r, dir) {
			b.Findings = append(b.Findings, BaselineEntry{Path: k.path, Rule: k.rule, Excerpt: k.excerpt, Occurrence: k.occurrence, Message: r.Findings[j].Message})
		}
	}
	slices.SortStableFunc(b.Findings, func(a, c BaselineEntry) int { return strings.Compare(a.Path, c.Path) })
	return b
}

func absDir(file string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return ""
	}
	return filepath.Dir(abs)
}

// ReadBaseline reads a baseline file.
func ReadBaseline(file string) (*Baseline, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: baseline not found (write one with --update-baseline)", file)
		}
		return nil, err
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a newslint baseline: %w", file, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", file, b.Version)
	}
	return &b, nil
}

// WriteFile writes the baseline as indented JSON, atomically.
func (b *Baseline) WriteFile(file string) error {
	data, err := json.MarshalIndent(b, "", "  ")
	if err != nil {
		return err
	}
	return WriteFileAtomic(file, append(data, '\n'), 0o644)
}

// Filter removes from results the findings the baseline holds, in place,
// and returns how many it removed. file is the baseline's path.
func (b *Baseline) Filter(results []Result, file string) int {
	known := map[baselineKey]bool{}
	for _, e := range b.Findings {
		known[baselineKey{e.Path, e.Rule, e.Excerpt, e.Occurrence}] = true
	}
	dir := absDir(file)
	removed := 0
	for i := range results {
		r := &results[i]
		if r.Doc == nil {
			continue
		}
		keys := baselineKeys(r, dir)
		kept := r.Findings[:0:0]
		for j, f := range r.Findings {
			if known[keys[j]] {
				removed++
				continue
			}
			kept = append(kept, f)
		}
		r.Findings = kept
	}
	return removed
}
