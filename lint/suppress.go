package lint

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// CategoryDirective is the category of newslint's findings about its own
// directives.
const CategoryDirective Category = "directive"

// UnusedSuppression is the built-in rule whose findings are suppression
// directives that suppressed nothing: a stale directive hides the next real
// problem. Its findings come from ApplySuppressions, not from Run.
var UnusedSuppression = &Rule{
	Name:     "unused-suppression",
	Category: CategoryDirective,
	Doc: `A newslint-disable directive that suppresses nothing.

A directive names rules and a reason; when none of its rules reports
anything where it applies, it is stale (the text was fixed or moved) and
would silently hide the next real problem there. Delete it. A directive
naming a rule that did not run (--rules, the configuration) is not
reported.`,
	Severity: Warning,
	Run:      func(*Pass) error { return nil },
}

// Directive kinds.
const (
	DirectiveDisable         = "disable"
	DirectiveEnable          = "enable"
	DirectiveDisableNextLine = "disable-next-line"
)

// Suppression is one directive found in a document's source:
//
//	<!-- newslint-disable RULE[,RULE…] -- reason -->   (Markdown, HTML)
//	<!-- newslint-enable RULE[,RULE…] -->
//	<!-- newslint-disable-next-line RULE[,RULE…] -- reason -->
//	newslint: disable RULE -- reason                     (plain text, a line of its own)
//
// "all" names every rule.
type Suppression struct {
	Kind   string
	Rules  []string
	Reason string
	// Range is the directive's bytes; Scope the source range it covers.
	Range, Scope Range
	Line         int
}

// SuppressionError is a bad directive: no rule, an unknown rule, no reason,
// an enable without a disable. It names the file and line.
type SuppressionError struct {
	Path string
	Line int
	Msg  string
}

func (e *SuppressionError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Path, e.Line, e.Msg) }

var (
	commentDirective = regexp.MustCompile(`(?s)<!--[ \t\r\n]*newslint-(disable-next-line|disable|enable)\b(.*?)-->`)
	textDirective    = regexp.MustCompile(`(?m)^[ \t]*newslint:[ \t]*(disable-next-line|disable|enable)\b([^\r\n]*)`)
)

// ParseSuppressions finds the directives in the document's source bytes
// (the Markdown parser drops comments from prose, so they are looked for in
// Source) and resolves their scopes. known says whether a rule name exists.
// Every bad directive is returned as a *SuppressionError.
func ParseSuppressions(doc *Document, known func(string) bool) ([]Suppression, []error) {
	re := commentDirective
	if doc.Format == FormatText {
		re = textDirective
	}
	var sups []Suppression
	var errs []error
	open := map[string]int{} // rule -> index of the disable in sups
	bad := func(off int, format string, args ...any) {
		errs = append(errs, &SuppressionError{Path: doc.Path, Line: doc.Position(off).Line, Msg: fmt.Sprintf(format, args...)})
	}
	for _, m := range re.FindAllSubmatchIndex(doc.Source, -1) {
		s := Suppression{Kind: string(doc.Source[m[2]:m[3]]), Range: Range{m[0], m[1]}, Line: doc.Position(m[0]).Line}
		body := string(doc.Source[m[4]:m[5]])
		names, reason, hasReason := strings.Cut(body, "--")
		s.Reason = strings.TrimSpace(reason)
		for n := range strings.FieldsFuncSeq(names, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }) {
			s.Rules = append(s.Rules, n)
		}
		switch {
		case len(s.Rules) == 0:
			bad(m[0], "newslint-%s names no rule (write a rule name or all)", s.Kind)
			continue
		case s.Kind != DirectiveEnable && (!hasReason || s.Reason == ""):
			bad(m[0], "newslint-%s %s has no reason: add \"-- why\"", s.Kind, strings.Join(s.Rules, ","))
			continue
		}
		unknown := slices.DeleteFunc(slices.Clone(s.Rules), func(n string) bool { return n == "all" || known(n) })
		if len(unknown) > 0 {
			bad(m[0], "newslint-%s: unknown rule %q (see 'newslint rules')", s.Kind, unknown[0])
			continue
		}
		switch s.Kind {
		case DirectiveDisable:
			s.Scope = Range{m[1], len(doc.Source)}
			for _, n := range s.Rules {
				if i, ok := open[n]; ok {
					bad(m[0], "newslint-disable %s: already disabled at line %d", n, sups[i].Line)
				}
				open[n] = len(sups)
			}
		case DirectiveEnable:
			for _, n := range s.Rules {
				i, ok := open[n]
				if !ok {
					bad(m[0], "newslint-enable %s without a newslint-disable %s before it", n, n)
					continue
				}
				delete(open, n)
				// One disable may name several rules; each rule's scope
				// ends at its own enable, so split the directive.
				if len(sups[i].Rules) > 1 {
					rest := sups[i]
					rest.Rules = slices.DeleteFunc(slices.Clone(rest.Rules), func(r string) bool { return r == n })
					sups[i].Rules = []string{n}
					sups[i].Scope.End = m[0]
					sups = append(sups, rest)
					for _, r := range rest.Rules {
						if open[r] == i {
							open[r] = len(sups) - 1
						}
					}
					continue
				}
				sups[i].Scope.End = m[0]
			}
			continue // an enable covers nothing itself
		case DirectiveDisableNextLine:
			s.Scope = nextLine(doc, m[1])
		}
		sups = append(sups, s)
	}
	return sups, errs
}

// nextLine is the source range of the first line after the one holding
// off that has any non-blank character; empty at the end of the document.
func nextLine(doc *Document, off int) Range {
	src := doc.Source
	i := off
	for i < len(src) && src[i] != '\n' {
		i++
	}
	for i < len(src) {
		start := i + 1
		end := start
		for end < len(src) && src[end] != '\n' {
			end++
		}
		if strings.TrimSpace(string(src[start:end])) != "" {
			return Range{start, end}
		}
		i = end
	}
	return Range{len(src), len(src)}
}

// ApplySuppressions removes the findings that directives cover and adds an
// unused-suppression finding for each rule of a directive that covered
// nothing, when that rule ran (ran reports whether it did). Bad directives
// come back joined as the error; the findings are still filtered by the
// good ones.
func ApplySuppressions(doc *Document, findings []Finding, known, ran func(string) bool) ([]Finding, []error) {
	sups, errs := ParseSuppressions(doc, known)
	if len(sups) == 0 {
		return findings, errs
	}
	used := make([]map[string]bool, len(sups))
	for i := range used {
		used[i] = map[string]bool{}
	}
	kept := findings[:0:0]
	for _, f := range findings {
		hit := false
		for i, s := range sups {
			if f.Range.Start < s.Scope.Start || f.Range.Start > s.Scope.End {
				continue
			}
			for _, n := range s.Rules {
				if n == f.Rule || n == "all" {
					used[i][n] = true
					hit = true
				}
			}
		}
		if !hit {
			kept = append(kept, f)
		}
	}
	if ran(UnusedSuppression.Name) {
		for i, s := range sups {
			for _, n := range s.Rules {
				if used[i][n] || (n != "all" && !ran(n)) {
					continue
				}
				kept = append(kept, Finding{
					Rule: UnusedSuppression.Name, Category: CategoryDirective, Severity: UnusedSuppression.Severity,
					Range:   s.Range,
					Message: fmt.Sprintf("newslint-%s %s suppresses nothing: delete it", s.Kind, n),
				})
			}
		}
		SortFindings(kept)
	}
	return kept, errs
}
