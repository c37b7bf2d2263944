package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"slices"

	"github.com/newslint/newslint/lint"
)

// defaultFixRules are the rules whose fixes are certain: --fix applies
// them unless --fix-rules or the configuration's fix_rules says otherwise.
// Boilerplate deletion is never among them: it is applied only when asked
// for by name.
var defaultFixRules = []string{"doubled-punctuation", "fused-words", "mojibake"}

// maxFixPasses bounds the lint-and-fix rounds on one file. A fix skipped
// because it overlapped another is retried on the re-linted text; a file
// whose fixes have not settled after this many rounds is left untouched.
const maxFixPasses = 4

// fixFilter turns a fix_rules list ("default", "all", rule names) into a
// test on rule names.
func fixFilter(spec []string) (func(string) bool, error) {
	if len(spec) == 0 {
		spec = []string{"default"}
	}
	on := map[string]bool{}
	all := false
	for _, n := range spec {
		switch n {
		case "default":
			for _, d := range defaultFixRules {
				on[d] = true
			}
		case "all":
			all = true
		default:
			if !knownRule(n) {
				return nil, fmt.Errorf("--fix-rules: unknown rule %q (see 'newslint rules')", n)
			}
			on[n] = true
		}
	}
	return func(n string) bool { return all || on[n] }, nil
}

// fixed computes a file's text after its allowed fixes: lint, apply the
// fixes that do not overlap, lint the result again, until nothing is left
// to fix. ok is false when the fixes did not settle (a conflict that each
// round recreates); the caller then leaves the file alone.
func (s *setup) fixed(in lint.Input) (out []byte, applied int, ok bool, err error) {
	cur := in.Data
	if cur == nil {
		if cur, err = os.ReadFile(in.Path); err != nil {
			return nil, 0, false, err
		}
	}
	for range maxFixPasses {
		in.Data = cur
		res := lint.Lint([]lint.Input{in}, s.cfg)[0]
		if res.Doc == nil {
			return nil, 0, false, res.Err
		}
		s.suppress(&res)
		var todo []lint.Finding
		for _, f := range res.Findings {
			if len(f.Fixes) > 0 && s.fixOK(f.Rule) {
				todo = append(todo, f)
			}
		}
		if len(todo) == 0 {
			return cur, applied, true, nil
		}
		next, n, _ := lint.ApplyFixes(cur, todo)
		if n == 0 || bytes.Equal(next, cur) {
			return cur, applied, true, nil
		}
		cur, applied = next, applied+n
	}
	return nil, applied, false, nil
}

// fixFiles applies (--fix) or prints as a diff (--diff) the allowed fixes
// of every input. It returns 2 when a file could not be read or written.
func (s *setup) fixFiles(inputs []lint.Input, stdout, stderr io.Writer) int {
	code := 0
	files, total := 0, 0
	for _, in := range inputs {
		if s.flags.fix && in.Data != nil {
			fmt.Fprintf(stderr, "newslint lint: --fix cannot write stdin (%s); use --diff\n", in.Path)
			code = 2
			continue
		}
		orig := in.Data
		if orig == nil {
			var err error
			if orig, err = os.ReadFile(in.Path); err != nil {
				continue // reported by the lint run that follows
			}
		}
		out, n, ok, err := s.fixed(lint.Input{Path: in.Path, Format: in.Format, Data: slices.Clone(orig)})
		if err != nil {
			continue // an input error: the lint run reports it
		}
		if !ok {
			fmt.Fprintf(stderr, "newslint: %s: fixes conflict and did not settle after %d rounds; file left unchanged\n", in.Path, maxFixPasses)
			continue
		}
		if bytes.Equal(out, orig) {
			continue
		}
		files++
		total += n
		if s.flags.diff {
			fmt.Fprint(stdout, lint.UnifiedDiff("a/"+in.Path, "b/"+in.Path, orig, out))
			continue
		}
		if err := lint.WriteFileAtomic(in.Path, out, 0o644); err != nil {
			fmt.Fprintf(stderr, "newslint lint: writing %s: %v\n", in.Path, err)
			code = 2
		}
	}
	if s.flags.fix && files > 0 {
		fmt.Fprintf(stderr, "newslint: applied %d fixes in %d files\n", total, files)
	}
	return code
}
