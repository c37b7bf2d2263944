package lint

import "sync"

// Analysis is a view of a document that several rules share: the dates it
// mentions, the entities it names. Declared once as a package variable,
//
//	var Dates = &lint.Analysis[[]DateMention]{Name: "dates", Run: findDates}
//
// it is computed on a rule's first call of Of and reused by every other
// rule on the same document, the way go/analysis shares a Requires result.
type Analysis[T any] struct {
	// Name identifies the analysis in messages and profiles.
	Name string
	// Run computes the analysis. It must not keep or modify the document,
	// and its result must be treated as read-only by the rules.
	Run func(*Document) T
}

// Of returns the analysis of d, computing it on first use. Rules of one
// document may run concurrently (see Check): the first caller computes,
// the others wait for its result instead of computing it again.
func (a *Analysis[T]) Of(d *Document) T {
	d.sharedMu.Lock()
	if d.shared == nil {
		d.shared = map[any]*sharedResult{}
	}
	r, ok := d.shared[a]
	if !ok {
		r = &sharedResult{}
		d.shared[a] = r
	}
	d.sharedMu.Unlock()
	// Run without the document's lock: an analysis may use another one.
	r.once.Do(func() { r.value = a.Run(d) })
	return r.value.(T) //nolint:errcheck // only Of stores under a, always a T
}

// sharedResult is one analysis of one document, computed once.
type sharedResult struct {
	once  sync.Once
	value any
}

// releaseAnalyses drops everything the rules computed on the document
// (tokens, sentences, shared analyses), keeping what the output needs: the
// source, its lines, the metadata and the blocks. Calling Sentences or
// Tokens afterwards computes them again.
func (d *Document) releaseAnalyses() {
	d.textOnce = sync.Once{}
	d.tagOnce = sync.Once{}
	d.sentences, d.tokens, d.joint = nil, nil, ""
	d.sharedMu.Lock()
	d.shared = nil
	d.sharedMu.Unlock()
}
