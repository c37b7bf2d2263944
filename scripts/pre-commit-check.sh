#!/usr/bin/env bash
# Tests .pre-commit-hooks.yaml with the real pre-commit client:
# "pre-commit try-repo" against a scratch git repository holding a damaged
# article (the hook must fail and show the finding) and a clean one (it
# must pass). pre-commit's golang language builds newslint with
# "go install ./..." from this repository at a commit, so the test uses the
# committed HEAD (--ref), never uncommitted work.
#
# Needs Go and git; installs pre-commit (Debian package, else pip) when
# missing.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! command -v pre-commit >/dev/null; then
  echo "pre-commit-check: installing pre-commit"
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pre-commit) >/dev/null
  else
    python3 -m pip install --user --quiet pre-commit
    export PATH="$HOME/.local/bin:$PATH"
  fi
fi
pre-commit --version

ref=$(git -C "$repo" rev-parse HEAD)
# A hermetic pre-commit cache, but Go's module and build caches reused:
# pre-commit points GOPATH at its own folder, and GOMODCACHE/GOCACHE set in
# the environment win over it.
export PRE_COMMIT_HOME="$tmp/pre-commit-home"
GOMODCACHE=$(go env GOMODCACHE); GOCACHE=$(go env GOCACHE)
export GOMODCACHE GOCACHE
# pre-commit's own messages without colour, for grep.
export NO_COLOR=1 TERM=dumb

w="$tmp/work"
mkdir -p "$w"
cd "$w"
git init -q
git config user.name ci; git config user.email ci@example.org; git config commit.gpgsign false
cat > damaged.md <<'MD'
---
date: 2022-07-18
---

# Talks end in Ankara

The talks ended in Ankara.. Officials left on Monday.
MD
sed 's/Ankara\.\./Ankara./' damaged.md > clean.md
printf 'Published: July 18, 2022\n\nThe talks ended. Officials left.\n' > notes.txt
git add . && git commit -q -m articles

try() { # hook files... -> exit code, output in $tmp/out
  set +e
  pre-commit try-repo "$repo" "$1" --ref "$ref" --color never --files "${@:2}" > "$tmp/out" 2>&1
  local code=$?
  set -e
  return $code
}

start=$(date +%s)
if try newslint damaged.md; then
  cat "$tmp/out"; echo "pre-commit-check: FAIL: the hook passed a damaged article" >&2; exit 1
fi
cat "$tmp/out"
grep -q 'damaged.md:7:26 error doubled punctuation' "$tmp/out" || { echo "pre-commit-check: FAIL: the finding is not shown" >&2; exit 1; }
echo "pre-commit-check: damaged article fails as it should (first run, with the build: $(( $(date +%s) - start ))s)"

try newslint clean.md notes.txt || { cat "$tmp/out"; echo "pre-commit-check: FAIL: the hook failed clean articles" >&2; exit 1; }
grep -q 'newslint.*Passed' "$tmp/out" || { cat "$tmp/out"; echo "pre-commit-check: FAIL: no Passed line" >&2; exit 1; }
echo "pre-commit-check: clean articles pass"

# The fix hook repairs the file (pre-commit then fails: files were modified).
if try newslint-fix damaged.md; then
  cat "$tmp/out"; echo "pre-commit-check: FAIL: the fix hook should report modified files" >&2; exit 1
fi
cmp -s damaged.md clean.md || { diff damaged.md clean.md; echo "pre-commit-check: FAIL: the fix hook did not repair the file" >&2; exit 1; }
echo "pre-commit-check: the fix hook repairs the damaged article"
