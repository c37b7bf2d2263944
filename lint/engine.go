package lint

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Config is what the engine needs to lint: the enabled rules and the
// article date to assume, if any.
type Config struct {
	Rules []*Rule
	// Date, when set, overrides every article's own date (--date).
	Date time.Time
	// DefaultDate, when set, gives the date of an article that has none
	// of its own (the configuration's date setting); zero means none.
	DefaultDate func(path string) time.Time
	// Severity overrides the severity of a rule's findings by rule name.
	Severity map[string]Severity
	// Options holds per-rule options by rule name.
	Options map[string]map[string]any
	// Workers bounds parallelism; 0 means one per CPU.
	Workers int
}

// Input is one article to lint: a path and, for stdin, its content.
type Input struct {
	Path   string
	Format Format
	// Data, when non-nil, is the content (stdin); otherwise Path is read.
	Data []byte
}

// Result is the outcome for one input: its findings, or the error that
// kept it from being linted.
type Result struct {
	Path     string
	Doc      *Document
	Findings []Finding
	Err      error
}

// articleExts are the extensions a directory walk picks up.
var articleExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true, ".html": true, ".htm": true}

// CollectInputs expands the command-line paths: files as given, directories
// walked recursively for article files (hidden, vendor and node_modules
// folders skipped), "-" for stdin. Paths that cannot be found come back as
// errors in their own Result so that the other files are still linted.
func CollectInputs(args []string) ([]Input, []Result) {
	var ins []Input
	var bad []Result
	for _, a := range args {
		if a == "-" {
			ins = append(ins, Input{Path: "-"})
			continue
		}
		info, err := os.Stat(a)
		if err != nil {
			bad = append(bad, Result{Path: a, Err: &InputError{Path: a, Msg: describeOSError(err)}})
			continue
		}
		if !info.IsDir() {
			ins = append(ins, Input{Path: a, Format: FormatOf(a)})
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				bad = append(bad, Result{Path: p, Err: &InputError{Path: p, Msg: describeOSError(err)}})
				return nil
			}
			name := e.Name()
			if e.IsDir() {
				if p != a && (strings.HasPrefix(name, ".") || name == "vendor" || name == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasPrefix(name, ".") && articleExts[strings.ToLower(filepath.Ext(name))] && !projectFile(name) {
				found = append(found, p)
			}
			return nil
		})
		if err != nil {
			bad = append(bad, Result{Path: a, Err: &InputError{Path: a, Msg: err.Error()}})
		}
		slices.Sort(found)
		for _, p := range found {
			ins = append(ins, Input{Path: p, Format: FormatOf(p)})
		}
	}
	return ins, bad
}

// projectFile reports whether a file name is a repository's own document
// (README, LICENSE, CHANGELOG …) rather than an article. A directory walk
// skips them; named on the command line they are linted like any file.
func projectFile(name string) bool {
	base := strings.ToUpper(strings.TrimSuffix(name, filepath.Ext(name)))
	switch base {
	case "README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "CODE_OF_CONDUCT", "SECURITY", "NOTICE", "AUTHORS":
		return true
	}
	return false
}

func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or directory"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

// Lint lints every input in parallel and returns the results in input
// order, each with its findings sorted by position.
func Lint(inputs []Input, cfg *Config) []Result {
	prepare(cfg.Rules)
	results := make([]Result, len(inputs))
	workers := cfg.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	// Files are linted in parallel; when there are fewer files than
	// workers (one article from a pre-commit hook or an editor), the spare
	// workers run the rules of a file in parallel instead.
	ruleWorkers := max(1, workers/max(len(inputs), 1))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(workers, max(len(inputs), 1)) {
		wg.Go(func() {
			for i := range next {
				results[i] = lintOne(inputs[i], cfg, ruleWorkers)
			}
		})
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func lintOne(in Input, cfg *Config, ruleWorkers int) Result {
	res := Result{Path: in.Path}
	data := in.Data
	if data == nil {
		var err error
		data, err = os.ReadFile(in.Path)
		if err != nil {
			res.Err = &InputError{Path: in.Path, Msg: describeOSError(err)}
			return res
		}
	}
	format := in.Format
	if format == "" {
		format = FormatOf(in.Path)
	}
	doc, err := Parse(in.Path, data, format)
	if err != nil {
		res.Err = err
		return res
	}
	if !cfg.Date.IsZero() {
		doc.Meta.Date, doc.Meta.DateSource, doc.Meta.DateRange = cfg.Date, "flag", Range{}
	} else if !doc.Meta.HasDate() && cfg.DefaultDate != nil {
		if d := cfg.DefaultDate(in.Path); !d.IsZero() {
			doc.Meta.Date, doc.Meta.DateSource = d, "config"
		}
	}
	res.Doc = doc
	res.Findings, res.Err = check(doc, cfg, ruleWorkers)
	// The results of a run are kept until every file is linted (output
	// is in input order); what the formats need is the source, not the
	// analyses, so they go now and memory stays flat per file.
	doc.releaseAnalyses()
	return res
}

// Check runs the configured rules on one parsed document and returns the
// findings sorted by position (then rule and message, for determinism).
func Check(doc *Document, cfg *Config) ([]Finding, error) {
	return check(doc, cfg, 1)
}

// check is Check with up to workers rules running at once. The rules of
// one document share its analyses (each computed once, see Analysis.Of);
// findings are gathered per rule and joined in rule order, so the result
// does not depend on the schedule.
func check(doc *Document, cfg *Config, workers int) ([]Finding, error) {
	perRule := make([][]Finding, len(cfg.Rules))
	errs := make([]error, len(cfg.Rules))
	runOne := func(i int) {
		r := cfg.Rules[i]
		if r.Needs(NeedPOS) {
			if !HasTagger() {
				errs[i] = fmt.Errorf("rule %s requires part-of-speech tags, but no tagger is linked in: import github.com/newslint/newslint/lint/postag", r.Name)
				return
			}
			doc.TagPOS()
		}
		pass := NewPass(doc, r, func(f Finding) { perRule[i] = append(perRule[i], f) })
		if cfg.Options != nil {
			pass.Options = cfg.Options[r.Name]
		}
		if err := runRule(r, pass); err != nil {
			errs[i] = fmt.Errorf("rule %s: %w", r.Name, err)
		}
	}
	if workers <= 1 {
		for i := range cfg.Rules {
			runOne(i)
		}
	} else {
		var next atomic.Int64
		var wg sync.WaitGroup
		for range min(workers, len(cfg.Rules)) {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1 // the next rule no worker has taken
					if i >= len(cfg.Rules) {
						return
					}
					runOne(i)
				}
			})
		}
		wg.Wait()
	}
	findings := slices.Concat(perRule...)
	if cfg.Severity != nil {
		for i := range findings {
			if s, ok := cfg.Severity[findings[i].Rule]; ok {
				findings[i].Severity = s
			}
		}
	}
	SortFindings(findings)
	return findings, errors.Join(errs...)
}

// runRule turns a panicking rule into an error naming it, so that one bad
// rule cannot take the whole run down.
func runRule(r *Rule, pass *Pass) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return r.Run(pass)
}

// SortFindings orders findings by position, then rule, then message.
func SortFindings(findings []Finding) {
	slices.SortStableFunc(findings, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Range.Start, b.Range.Start),
			cmp.Compare(a.Range.End, b.Range.End),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Message, b.Message),
		)
	})
}

// prepare starts the Prepare hooks of the enabled rules in the background;
// rules that need the data before it is ready wait on their own sync.Once
// (hooks shared by a rule family just wait on each other the same way).
func prepare(rules []*Rule) {
	for _, r := range rules {
		if r.Prepare != nil {
			go r.Prepare()
		}
	}
}
