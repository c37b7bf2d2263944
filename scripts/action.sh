#!/usr/bin/env bash
# The logic of the newslint GitHub Action (action.yml), kept in a script so
# that it can be run and tested outside GitHub with the variables a runner
# sets: GITHUB_WORKSPACE, GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, RUNNER_TEMP
# and GITHUB_ACTION_PATH (defaults: this repository).
#
# Inputs (environment): INPUT_PATHS, INPUT_FAIL_LEVEL (error, warning, info
# or never), INPUT_SARIF_FILE, INPUT_CONFIG, INPUT_ARGS. NEWSLINT_BIN skips
# the build and uses that binary (tests).
#
# It builds newslint at the action's own ref, lints the paths with GitHub
# annotations (newslint writes the full table to $GITHUB_STEP_SUMMARY),
# optionally writes SARIF, sets the outputs and exits non-zero by fail-level.
set -euo pipefail

action_path=${GITHUB_ACTION_PATH:-$(cd "$(dirname "$0")/.." && pwd)}
workspace=${GITHUB_WORKSPACE:-$PWD}
tmp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
fail_level=${INPUT_FAIL_LEVEL:-error}

bin=${NEWSLINT_BIN:-}
if [ -z "$bin" ]; then
  bin="$tmp/newslint-action/newslint"
  mkdir -p "$(dirname "$bin")"
  echo "::group::Build newslint"
  (cd "$action_path" && go build -o "$bin" ./cmd/newslint)
  "$bin" version
  echo "::endgroup::"
fi

args=(lint --format github)
case "$fail_level" in
  error|warning|info) args+=(--fail-level "$fail_level") ;;
  never) args+=(--fail-level error) ;;
  *) echo "::error title=newslint::fail-level must be error, warning, info or never, not \"$fail_level\""; exit 2 ;;
esac
if [ -n "${INPUT_CONFIG:-}" ]; then
  args+=(--config "$INPUT_CONFIG")
fi
sarif=${INPUT_SARIF_FILE:-}
if [ -n "$sarif" ]; then
  mkdir -p "$(dirname "$workspace/$sarif")" 2>/dev/null || true
  args+=(--output "sarif=$sarif")
fi
if [ -n "${INPUT_ARGS:-}" ]; then
  # Word-split on purpose: extra flags as the user wrote them (no globbing).
  set -f
  # shellcheck disable=SC2206
  args+=(${INPUT_ARGS})
  set +f
fi
paths=()
while IFS= read -r p; do
  [ -n "$p" ] && paths+=("$p")
done < <(printf '%s\n' "${INPUT_PATHS:-.}" | tr ' \t' '\n\n')
[ ${#paths[@]} -gt 0 ] || paths=(.)

cd "$workspace"
set +e
"$bin" "${args[@]}" -- "${paths[@]}"
code=$?
set -e

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$code"
    echo "sarif-file=$sarif"
  } >> "$GITHUB_OUTPUT"
fi
if [ "$code" -eq 1 ] && [ "$fail_level" = never ]; then
  exit 0
fi
exit "$code"
