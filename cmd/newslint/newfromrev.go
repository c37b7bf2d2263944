package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/newslint/newslint/lint"
)

// hunkHeader matches the new-file side of a unified diff hunk header.
var hunkHeader = regexp.MustCompile(`^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

// changedLines returns the lines of path that differ from revision rev
// (git diff -U0 REV -- FILE, run in the file's folder). all is true for a
// file git does not track: every line of it is new.
func changedLines(rev, path string) (lines map[int]bool, all bool, err error) {
	dir, base := filepath.Dir(path), filepath.Base(path)
	if err := exec.Command("git", "-C", dir, "ls-files", "--error-unmatch", "--", base).Run(); err != nil {
		if _, ok := errors.AsType[*exec.ExitError](err); ok {
			// Untracked, or not in a work tree at all: tell them apart.
			if err := exec.Command("git", "-C", dir, "rev-parse", "--is-inside-work-tree").Run(); err != nil {
				return nil, false, fmt.Errorf("%s is not in a git work tree", path)
			}
			return nil, true, nil
		}
		return nil, false, err
	}
	cmd := exec.Command("git", "-C", dir, "diff", "--no-color", "--no-ext-diff", "-U0", rev, "--", base)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, false, fmt.Errorf("git diff %s -- %s: %s", rev, path, strings.TrimSpace(stderr.String()))
	}
	lines = map[int]bool{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		m := hunkHeader.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		start, _ := strconv.Atoi(m[1])
		n := 1
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		for l := start; l < start+n; l++ {
			lines[l] = true
		}
	}
	return lines, false, sc.Err()
}

// filterNewFromRev keeps only the findings that touch a line changed
// since rev.
func filterNewFromRev(results []lint.Result, rev string) error {
	for i := range results {
		r := &results[i]
		if r.Doc == nil || len(r.Findings) == 0 {
			continue
		}
		lines, all, err := changedLines(rev, r.Path)
		if err != nil {
			return err
		}
		if all {
			continue
		}
		kept := r.Findings[:0:0]
		for _, f := range r.Findings {
			from, to := r.Doc.Position(f.Range.Start).Line, r.Doc.Position(f.Range.End).Line
			for l := from; l <= to; l++ {
				if lines[l] {
					kept = append(kept, f)
					break
				}
			}
		}
		r.Findings = kept
	}
	return nil
}
