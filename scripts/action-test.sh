#!/usr/bin/env bash
# Tests scripts/action.sh (the GitHub Action's logic) as a runner runs it:
# GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP set,
# a workspace with a damaged and a clean article. Checks the annotations
# on stdout, the summary table, the outputs, the SARIF file and the exit
# codes for each fail-level.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "action-test: FAIL: $*" >&2; exit 1; }

ws="$tmp/ws"
mkdir -p "$ws/articles" "$tmp/runner"
cat > "$ws/articles/talks.md" <<'MD'
---
date: 2022-07-18
---

# Talks end in Ankara

The talks ended in Ankara.. Officials left on Monday.
MD
cat > "$ws/articles/clean.md" <<'MD'
---
date: 2022-07-18
---

# Talks end in Ankara

The talks ended in Ankara. Officials left on Monday.
MD

export GITHUB_WORKSPACE="$ws" RUNNER_TEMP="$tmp/runner" GITHUB_ACTION_PATH="$repo"
export GITHUB_STEP_SUMMARY="$tmp/summary.md" GITHUB_OUTPUT="$tmp/output"

# 1. The real build path: the action builds newslint from its own folder.
: > "$GITHUB_OUTPUT"
set +e
INPUT_PATHS="articles" INPUT_FAIL_LEVEL=error INPUT_SARIF_FILE="reports/newslint.sarif" \
  INPUT_ARGS="--rules doubled-punctuation,mojibake" "$repo/scripts/action.sh" > "$tmp/stdout" 2> "$tmp/stderr"
code=$?
set -e
cat "$tmp/stdout"
[ "$code" -eq 1 ] || { cat "$tmp/stderr"; fail "damaged article: exit $code, want 1"; }
grep -q '^::group::Build newslint$' "$tmp/stdout" || fail "no build group"
grep -qF '::error file=articles/talks.md,line=7,endLine=7,col=26,endColumn=28,title=doubled-punctuation::doubled punctuation “..”' "$tmp/stdout" \
  || fail "annotation missing or wrong"
grep -q 'clean.md' "$tmp/stdout" && fail "the clean article was annotated"
grep -qF '| error | articles/talks.md | 7 | 26 | `doubled-punctuation` |' "$GITHUB_STEP_SUMMARY" || fail "summary table row missing"
grep -qx 'exit-code=1' "$GITHUB_OUTPUT" || fail "exit-code output missing"
grep -qx 'sarif-file=reports/newslint.sarif' "$GITHUB_OUTPUT" || fail "sarif-file output missing"
grep -q '"uri": "articles/talks.md"' "$ws/reports/newslint.sarif" || fail "SARIF lacks the repo-relative uri"
bin="$RUNNER_TEMP/newslint-action/newslint"
[ -x "$bin" ] || fail "built binary not found"

# 2. Fail levels, on the already built binary.
run() { # fail-level paths... -> prints exit code
  set +e
  NEWSLINT_BIN="$bin" INPUT_FAIL_LEVEL="$1" INPUT_PATHS="$2" INPUT_ARGS="--rules doubled-punctuation" "$repo/scripts/action.sh" > "$tmp/stdout2" 2>&1
  echo $?
  set -e
}
[ "$(run error articles/clean.md)" -eq 0 ] || fail "clean article should pass"
[ "$(run never articles)" -eq 0 ] || fail "fail-level never should pass"
grep -q '^::error file=articles/talks.md' "$tmp/stdout2" || fail "fail-level never still annotates"
[ "$(run bogus articles)" -eq 2 ] || fail "bad fail-level should exit 2"
[ "$(run error 'articles/clean.md articles/missing.md')" -eq 2 ] || fail "missing file should exit 2"
grep -q '^::error file=articles/missing.md' "$tmp/stdout2" || fail "missing file not annotated"

echo "action-test: ok (annotations, summary, outputs, SARIF, fail levels)"
