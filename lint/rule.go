package lint

import (
	"slices"
	"strings"
)

// Need names a shared analysis a rule depends on. Analyses cost time, so
// the engine computes each only when an enabled rule needs it.
type Need int

// The shared analyses.
const (
	// NeedPOS fills Token.Tag with prose's tagger (~0.5 s to load once). A
	// rule that requires it imports lint/postag, which links the tagger in.
	NeedPOS Need = iota + 1
)

// Rule is one check. A rule is a value registered in rules.All; it sees
// only a Pass and never does I/O.
type Rule struct {
	// Name is kebab-case and stable forever: configs and suppressions use it.
	Name     string
	Category Category
	// Doc is a one-line summary, then optionally a blank line and more.
	Doc      string
	Severity Severity
	Requires []Need
	Run      func(*Pass) error
	// Prepare, when set, builds the process-wide data the rule needs
	// (compiled patterns, indexes over the knowledge base) ahead of its
	// first Run. The engine calls the Prepare of every enabled rule
	// concurrently while the first files are read and parsed, so that on
	// a one-article run these one-time costs overlap instead of adding
	// up. It must be safe to call more than once and concurrently (a
	// sync.Once or kb.Derived behind it), and Run must not depend on it
	// having been called.
	Prepare func()
}

// Summary is the first line of the rule's Doc.
func (r *Rule) Summary() string {
	summary, _, _ := strings.Cut(r.Doc, "\n")
	return summary
}

// Needs reports whether the rule requires analysis n.
func (r *Rule) Needs(n Need) bool {
	return slices.Contains(r.Requires, n)
}

// Pass is what a rule sees: one document and a way to report.
type Pass struct {
	Doc  *Document
	Rule *Rule
	// Options holds the rule's options from the configuration, if any.
	Options map[string]any
	report  func(Finding)
}

// NewPass builds a Pass whose findings go to report.
func NewPass(doc *Document, rule *Rule, report func(Finding)) *Pass {
	return &Pass{Doc: doc, Rule: rule, report: report}
}

// Report records a finding; its rule and category are filled in from the
// rule. The finding's Severity is the rule's to choose.
func (p *Pass) Report(f Finding) {
	f.Rule = p.Rule.Name
	f.Category = p.Rule.Category
	p.report(f)
}

// Reportf records a finding at r with the rule's default severity.
func (p *Pass) Reportf(r Range, msg string) {
	p.Report(Finding{Range: r, Severity: p.Rule.Severity, Message: msg})
}
