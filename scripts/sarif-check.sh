#!/usr/bin/env bash
# Validates newslint's SARIF with Microsoft's SARIF Multitool 5.7.0 and the
# GitHub code scanning ingestion rules (--rule-kind "Sarif;Gh"). Fails on
# any error or warning the validator reports. First proves that the check
# can fail: a deliberately broken copy must be rejected.
#
# Needs Go and npm. The multitool is installed into $NEWSLINT_TOOLS
# (default ~/.cache/newslint-ci) once.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=${NEWSLINT_TOOLS:-$HOME/.cache/newslint-ci}
version=5.7.0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mt="$tools/sarif-multitool-$version/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -e "$mt" ]; then
  if ! command -v npm >/dev/null && command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "sarif-check: installing npm"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq npm) >/dev/null
  fi
  echo "sarif-check: installing @microsoft/sarif-multitool@$version"
  npm install --silent --no-audit --no-fund --prefix "$tools/sarif-multitool-$version" "@microsoft/sarif-multitool@$version" >/dev/null
fi
# npm may skip the package's postinstall (chmod u+x).
chmod u+x "$mt"

# validate FILE: runs the multitool and prints the errors and warnings it
# reports. Its exit code is 0 even when it finds errors, so its console is
# read; and a file it cannot deserialize yields no diagnostics at all, so
# at least one (a note: newslint's rules have no help URI) must appear, or
# the file counts as rejected.
validate() {
  local out="$tmp/validation.sarif"
  rm -f "$out"
  "$mt" validate --rule-kind "Sarif;Gh" --level "Error;Warning;Note" -o "$out" "$1" > "$tmp/console" 2>&1 || {
    cat "$tmp/console"; echo "sarif-check: the multitool failed to run" >&2; return 2; }
  if ! grep -qE ': (error|warning|note) [A-Z]+[0-9]+: ' "$tmp/console"; then
    echo "$1: error NOTANALYSED: the multitool reported nothing (the file could not be read as SARIF)"
  fi
  grep -E ': (error|warning) [A-Z]+[0-9]+: ' "$tmp/console" || true
}

# Reports: newslint on the seeds and its own fixtures, in a workspace so
# that paths are repository-relative, and the format golden file.
go build -o "$tmp/newslint" "$repo/cmd/newslint"
ws="$tmp/ws"
mkdir -p "$ws"
cp -r "$repo/lint/testdata/format" "$ws/format"
cp -r "$repo/cmd/newslint/testdata/fix" "$ws/fix"
if [ -d "$repo/../shared/seeds" ]; then cp -r "$repo/../shared/seeds" "$ws/seeds"; fi
set +e
(cd "$ws" && GITHUB_WORKSPACE="$ws" "$tmp/newslint" lint --no-config --format line --output "sarif=$tmp/newslint.sarif" . > "$tmp/lint.txt")
code=$?
set -e
[ "$code" -le 1 ] || { cat "$tmp/lint.txt"; echo "sarif-check: newslint exited $code" >&2; exit 1; }
results=$(grep -c '"ruleId"' "$tmp/newslint.sarif" || true)
echo "sarif-check: newslint.sarif holds $results results from $(wc -l < "$tmp/lint.txt") findings"
[ "$results" -gt 0 ] || { echo "sarif-check: no results to validate" >&2; exit 1; }

# 1. The check can fail: a missing field GitHub requires, and a value the
# schema forbids, each on its own.
sed -e '0,/"shortDescription"/s//"shortDescriptionGone"/' "$tmp/newslint.sarif" > "$tmp/broken1.sarif"
sed -e '0,/"level": "error"/s//"level": "fatal"/' "$tmp/newslint.sarif" > "$tmp/broken2.sarif"
for b in broken1 broken2; do
  problems=$(validate "$tmp/$b.sarif")
  [ -n "$problems" ] || { echo "sarif-check: FAIL: $b.sarif was not rejected" >&2; exit 1; }
  echo "sarif-check: $b.sarif rejected as expected: $(echo "$problems" | head -1 | cut -c1-160)"
done

# 2. The real reports pass.
status=0
for f in "$tmp/newslint.sarif" "$repo/lint/testdata/format/out.sarif"; do
  problems=$(validate "$f")
  if [ -n "$problems" ]; then
    echo "$problems"; echo "sarif-check: FAIL: $(basename "$f")" >&2; status=1
  else
    echo "sarif-check: $(basename "$f"): no errors or warnings (rules Sarif;Gh)"
  fi
done
exit "$status"
