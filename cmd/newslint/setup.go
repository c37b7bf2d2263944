package main

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/newslint/newslint/kb"
	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/rules"
	"github.com/newslint/newslint/rules/boilerplate"
)

// allRules is the registry plus newslint's own unused-suppression rule,
// sorted by name: what configurations and directives may name.
func allRules() []*lint.Rule {
	all := slices.Clone(rules.All)
	all = append(all, lint.UnusedSuppression)
	slices.SortFunc(all, func(a, b *lint.Rule) int { return strings.Compare(a.Name, b.Name) })
	return all
}

func ruleByName(name string) *lint.Rule {
	if name == lint.UnusedSuppression.Name {
		return lint.UnusedSuppression
	}
	return rules.ByName(name)
}

func knownRule(name string) bool { return ruleByName(name) != nil }

// setup is a lint run's resolved configuration: the file, the flags and the
// engine configuration they make together.
type setup struct {
	flags *lintFlags
	file  *lint.FileConfig // nil without a configuration file
	cfg   *lint.Config
	fail  lint.Severity
	ran   map[string]bool
	fixOK func(rule string) bool
}

// loadFileConfig finds and reads the configuration: --config, else
// .newslint.yaml in the current directory or a parent; nil when none.
func loadFileConfig(path string, noConfig bool) (*lint.FileConfig, error) {
	if path == "" && !noConfig {
		path = lint.FindConfig(".")
	}
	if path == "" {
		return nil, nil
	}
	return lint.LoadConfig(path, knownRule)
}

// newSetup merges the configuration file and the flags (flags win).
func newSetup(fl *lintFlags) (*setup, error) {
	s := &setup{flags: fl, cfg: &lint.Config{}, fail: lint.Error}
	file, err := loadFileConfig(fl.configPath, fl.noConfig)
	if err != nil {
		return nil, err
	}
	s.file = file
	if file != nil && file.FailLevel != nil {
		s.fail = *file.FailLevel
	}
	if fl.set["fail-level"] || file == nil || file.FailLevel == nil {
		f, ok := lint.ParseSeverity(fl.failLevel)
		if !ok {
			return nil, fmt.Errorf("--fail-level must be error, warning or info, not %q", fl.failLevel)
		}
		s.fail = f
	}
	if !slices.Contains(lint.Formats(), fl.format) {
		return nil, fmt.Errorf("unknown --format %q (one of %s)", fl.format, strings.Join(lint.Formats(), ", "))
	}
	if fl.date != "" {
		t, err := time.Parse("2006-01-02", fl.date)
		if err != nil {
			return nil, fmt.Errorf("--date must be YYYY-MM-DD, not %q", fl.date)
		}
		s.cfg.Date = t
	}
	if fl.updateBaseline && fl.baseline == "" {
		return nil, errors.New("--update-baseline needs --baseline FILE")
	}
	if fl.fix && fl.diff {
		return nil, errors.New("--fix and --diff do not go together: --diff shows what --fix would write")
	}
	selected, err := effectiveRules(file, fl.enable)
	if err != nil {
		return nil, err
	}
	s.cfg.Rules = selected
	kbPaths := slices.Clone(fl.kbFiles)
	if file != nil {
		kbPaths = append(file.KB, kbPaths...)
	}
	if err := useKBFiles(kbPaths); err != nil {
		return nil, err
	}
	s.ran = map[string]bool{}
	for _, r := range selected {
		s.ran[r.Name] = true
	}
	if file != nil {
		s.cfg.Severity = file.Severity
		s.cfg.Options = map[string]map[string]any{}
		maps.Copy(s.cfg.Options, file.Options)
		if err := addBoilerplatePatterns(file, s.cfg.Options); err != nil {
			return nil, err
		}
		switch {
		case !file.Date.IsZero():
			d := file.Date
			s.cfg.DefaultDate = func(string) time.Time { return d }
		case file.DateFromMtime:
			s.cfg.DefaultDate = func(p string) time.Time {
				info, err := os.Stat(p)
				if err != nil {
					return time.Time{}
				}
				y, m, d := info.ModTime().UTC().Date()
				return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
			}
		}
	}
	var fixSpec []string
	if file != nil && file.FixRules != nil {
		fixSpec = file.FixRules
	}
	if fl.fixRules != "" {
		fixSpec = strings.Split(fl.fixRules, ",")
	}
	s.fixOK, err = fixFilter(fixSpec)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// effectiveRules is the configuration's rule list, replaced by --rules
// when that is given, minus the rules the configuration turns off.
func effectiveRules(file *lint.FileConfig, flagSpec string) ([]*lint.Rule, error) {
	var spec []string
	if file != nil {
		spec = file.Rules
	}
	if strings.TrimSpace(flagSpec) != "" {
		spec = strings.Split(flagSpec, ",")
	}
	selected, err := lint.SelectRules(spec, allRules())
	if err != nil {
		return nil, err
	}
	if file != nil {
		selected = slices.DeleteFunc(slices.Clone(selected), func(r *lint.Rule) bool { return slices.Contains(file.Off, r.Name) })
	}
	return selected, nil
}

// addBoilerplatePatterns parses the configuration's extra boilerplate
// pattern files and hands them to every boilerplate rule under its
// "patterns" option.
func addBoilerplatePatterns(file *lint.FileConfig, options map[string]map[string]any) error {
	if len(file.BoilerplatePatterns) == 0 {
		return nil
	}
	var all []boilerplate.Pattern
	var errs []error
	for _, p := range file.BoilerplatePatterns {
		data, err := os.ReadFile(p)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		ps, err := boilerplate.ParsePatterns(p, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		all = append(all, ps...)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	for _, r := range boilerplate.Rules {
		o := map[string]any{}
		maps.Copy(o, options[r.Name])
		o[boilerplate.OptionPatterns] = all
		options[r.Name] = o
	}
	return nil
}

// checkKBFiles validates the configuration's extra KB files by loading
// them with the default KB. The fact rules read kb.Default() and have no
// hook for extra files yet, so the files are checked but not used.
// useKBFiles merges the user's KB files over the default KB and makes the
// result the KB every rule sees.
func useKBFiles(paths []string) error {
	if len(paths) == 0 {
		return nil
	}
	extended, err := loadKB(paths)
	if err != nil {
		return err
	}
	kb.SetDefault(extended)
	return nil
}

// suppress applies the inline directives to one result; bad directives
// join its error (exit 2).
func (s *setup) suppress(r *lint.Result) {
	if r.Doc == nil {
		return
	}
	kept, errs := lint.ApplySuppressions(r.Doc, r.Findings, knownRule, func(n string) bool { return s.ran[n] })
	r.Findings = kept
	if len(errs) > 0 {
		r.Err = errors.Join(append([]error{r.Err}, errs...)...)
	}
}
