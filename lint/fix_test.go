package lint

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestUnifiedDiffAppliesWithPatch(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("patch(1) not installed")
	}
	a := "l1\nl2\nl3 bad..\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11 bad..\nl12"
	b := "l1\nl2\nl3 bad.\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11 bad.\nl12\n"
	d := UnifiedDiff("a/x.txt", "b/x.txt", []byte(a), []byte(b))
	assert.Contains(t, d, "@@ -1,6 +1,6 @@\n")
	assert.Contains(t, d, "\\ No newline at end of file\n")
	dir := t.TempDir()
	p := filepath.Join(dir, "x.txt")
	require.NoError(t, os.WriteFile(p, []byte(a), 0o600))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.patch"), []byte(d), 0o600))
	cmd := exec.Command("patch", "-p1", "-i", "d.patch")
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	got, err := os.ReadFile(p)
	require.NoError(t, err)
	assert.Equal(t, b, string(got))
	assert.Empty(t, UnifiedDiff("a", "b", []byte(a), []byte(a)))
}

func TestWriteFileAtomicKeepsMode(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	require.NoError(t, os.WriteFile(p, []byte("old"), 0o640)) //nolint:gosec // the mode to keep
	require.NoError(t, os.Chmod(p, 0o640))                    //nolint:gosec // the mode to keep
	require.NoError(t, WriteFileAtomic(p, []byte("new"), 0o600))
	info, err := os.Stat(p)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o640), info.Mode().Perm())
	got, _ := os.ReadFile(p)
	assert.Equal(t, "new", string(got))
	entries, _ := os.ReadDir(dir)
	assert.Len(t, entries, 1, "no temporary file left behind")
}

func TestApplyFixesConflicts(t *testing.T) {
	src := []byte("abcdef")
	fs := []Finding{
		{Fixes: []Fix{{Edits: []Edit{{Start: 1, End: 3, Text: "X"}}}}},
		{Fixes: []Fix{{Edits: []Edit{{Start: 2, End: 4, Text: "Y"}}}}},
		{Fixes: []Fix{{Edits: []Edit{{Start: 5, End: 6, Text: "Z"}}}}},
	}
	out, applied, conflicts := ApplyFixes(src, fs)
	assert.Equal(t, "aXdeZ", string(out))
	assert.Equal(t, 2, applied)
	assert.Equal(t, 1, conflicts)
}
