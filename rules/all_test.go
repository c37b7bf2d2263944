package rules_test

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/newslint/newslint/lint"
	"github.com/newslint/newslint/lint/linttest"
	"github.com/newslint/newslint/rules"
)

func TestRegistryIsValid(t *testing.T) {
	require.NoError(t, rules.Validate(rules.All))
}

func TestEveryRuleHasFixtures(t *testing.T) {
	for _, r := range rules.All {
		files, err := linttest.Files(filepath.Join("..", "fixtures", r.Name))
		require.NoError(t, err, "rule %s has no fixtures folder", r.Name)
		require.NotEmpty(t, files, "rule %s has no fixture articles", r.Name)
	}
}

// TestFixtures runs every rule on its own fixtures: each want comment must
// be met and nothing else reported.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All {
		t.Run(r.Name, func(t *testing.T) {
			linttest.Run(t, filepath.Join("..", "fixtures", r.Name), r)
		})
	}
}

// TestRulesInParallel lints each fixture article alone with four workers,
// so that its rules run concurrently (see lint.Lint), and checks that the
// findings equal those of the sequential lint.Check. Run it with -race to
// catch rules or analyses that share state unsafely.
func TestRulesInParallel(t *testing.T) {
	var paths []string
	for _, r := range rules.All {
		files, err := linttest.Files(filepath.Join("..", "fixtures", r.Name))
		require.NoError(t, err)
		paths = append(paths, files...)
	}
	require.NotEmpty(t, paths)
	for _, p := range paths {
		cfg := &lint.Config{Rules: rules.All, Workers: 4}
		got := lint.Lint([]lint.Input{{Path: p}}, cfg)
		require.Len(t, got, 1)
		require.NoError(t, got[0].Err, p)
		want, err := lint.Check(got[0].Doc, cfg)
		require.NoError(t, err, p)
		require.Equal(t, findingKeys(want), findingKeys(got[0].Findings), p)
	}
}

// findingKeys reduces findings to what a reader sees: rule, range and
// message.
func findingKeys(fs []lint.Finding) []string {
	keys := make([]string, len(fs))
	for i, f := range fs {
		keys[i] = fmt.Sprintf("%s %d-%d %s", f.Rule, f.Range.Start, f.Range.End, f.Message)
	}
	return keys
}
