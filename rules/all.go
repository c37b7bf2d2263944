// Package rules is the registry of newslint's rules: one package per rule
// below this one, listed explicitly (never through init) in All.
package rules

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules/agemismatch"
	"github.com/newslint/newslint/rules/boilerplate"
	"github.com/newslint/newslint/rules/datetense"
	"github.com/newslint/newslint/rules/doubledpunctuation"
	"github.com/newslint/newslint/rules/duplicatesentence"
	"github.com/newslint/newslint/rules/factcapital"
	"github.com/newslint/newslint/rules/factheadquarters"
	"github.com/newslint/newslint/rules/factmembership"
	"github.com/newslint/newslint/rules/factoffice"
	"github.com/newslint/newslint/rules/fusedheadline"
	"github.com/newslint/newslint/rules/fusedwords"
	"github.com/newslint/newslint/rules/impossibledate"
	"github.com/newslint/newslint/rules/leadrestated"
	"github.com/newslint/newslint/rules/markupresidue"
	"github.com/newslint/newslint/rules/mojibake"
	"github.com/newslint/newslint/rules/namevariant"
	"github.com/newslint/newslint/rules/numbermismatch"
	"github.com/newslint/newslint/rules/ordinalmismatch"
	"github.com/newslint/newslint/rules/repeatedword"
	"github.com/newslint/newslint/rules/strayfragment"
	"github.com/newslint/newslint/rules/truncatedsentence"
	"github.com/newslint/newslint/rules/unbalancedquotes"
	"github.com/newslint/newslint/rules/weekdaydate"
)

// All lists every rule, sorted by name.
var All = []*lint.Rule{
	agemismatch.Rule,
	boilerplate.AI,
	boilerplate.Appeal,
	boilerplate.Credit,
	boilerplate.Promo,
	datetense.Rule,
	doubledpunctuation.Rule,
	duplicatesentence.Rule,
	factcapital.Rule,
	factheadquarters.Rule,
	factmembership.Rule,
	factoffice.Rule,
	fusedheadline.Rule,
	fusedwords.Rule,
	impossibledate.Rule,
	leadrestated.Rule,
	markupresidue.Rule,
	mojibake.Rule,
	namevariant.Rule,
	numbermismatch.Rule,
	ordinalmismatch.Rule,
	repeatedword.Rule,
	strayfragment.Rule,
	truncatedsentence.Rule,
	unbalancedquotes.Rule,
	weekdaydate.Rule,
}

// ByName returns the rule called name, or nil.
func ByName(name string) *lint.Rule {
	for _, r := range All {
		if r.Name == name {
			return r
		}
	}
	return nil
}

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$`)

// Validate checks a rule list: sorted unique kebab-case names, a known
// category, documentation and a Run function for each rule.
func Validate(all []*lint.Rule) error {
	var errs []string
	for i, r := range all {
		if !kebab.MatchString(r.Name) {
			errs = append(errs, fmt.Sprintf("rule %q: name is not kebab-case", r.Name))
		}
		if i > 0 && all[i-1].Name >= r.Name {
			errs = append(errs, fmt.Sprintf("rule %q: not sorted or not unique after %q", r.Name, all[i-1].Name))
		}
		if !slices.Contains([]lint.Category{lint.Garbled, lint.Fact, lint.Boilerplate, lint.Consistency}, r.Category) {
			errs = append(errs, fmt.Sprintf("rule %q: unknown category %q", r.Name, r.Category))
		}
		if strings.TrimSpace(r.Doc) == "" {
			errs = append(errs, fmt.Sprintf("rule %q: no Doc", r.Name))
		}
		if r.Run == nil {
			errs = append(errs, fmt.Sprintf("rule %q: no Run", r.Name))
		}
	}
	if len(errs) > 0 {
		return fmt.Errorf("invalid rule registry:\n  %s", strings.Join(errs, "\n  "))
	}
	return nil
}
