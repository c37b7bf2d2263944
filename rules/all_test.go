package rules_test

import (
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

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
