package boilerplate

import (
	"regexp/syntax"
	"strings"
)

// requiredLiterals returns strings, lower-cased, of which every match of
// the expression contains at least one; nil when there is no such set.
// Running sixty regular expressions over every block is the rule's main
// cost, and most blocks contain none of a pattern's words: a substring test
// on the lower-cased block rules them out first.
func requiredLiterals(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	return literals(re)
}

func literals(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return literals(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return literals(re.Sub[0])
		}
	case syntax.OpConcat:
		// Any one part of a sequence is required; take the most selective.
		var best []string
		for _, sub := range re.Sub {
			if l := literals(sub); l != nil && (best == nil || selective(l) > selective(best)) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		// One of the branches is required: every branch must have a set.
		var all []string
		for _, sub := range re.Sub {
			l := literals(sub)
			if l == nil {
				return nil
			}
			all = append(all, l...)
		}
		return all
	default:
		// Classes, anchors and optional parts require no literal.
	}
	return nil
}

// selective ranks a literal set by its weakest member: a set of long,
// rare words rules out more blocks than one holding "the" or "get".
func selective(set []string) int {
	n := -1
	for _, s := range set {
		v := len(strings.TrimSpace(s))
		if commonWords[strings.TrimSpace(s)] {
			v = 1
		}
		if n < 0 || v < n {
			n = v
		}
	}
	return n
}

// commonWords are in nearly every block; a prefilter on them is no filter.
var commonWords = map[string]bool{
	"the": true, "our": true, "get": true, "have": true, "this": true, "here": true,
	"from": true, "if you": true, "your": true, "and": true, "you": true, "with": true,
	"for": true, "that": true, "said": true, "was": true, "are": true, "his": true,
	"her": true, "its": true, "not": true, "but": true, "has": true, "had": true,
	"who": true, "which": true, "will": true, "would": true, "were": true, "been": true,
}

// mayMatch reports whether p can match a block whose lower-cased text is
// lower.
func (p *Pattern) mayMatch(lower string) bool {
	if len(p.needs) == 0 {
		return true
	}
	for _, s := range p.needs {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}
