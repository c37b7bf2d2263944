#!/usr/bin/env bash
# Feeds newslint's rdjsonl to the real reviewdog and checks that reviewdog
# reads every finding at the right line and byte column: in a scratch git
# repository, an article is committed, then damaged on new lines after
# curly quotes, an em dash and an emoji (so that byte and character columns
# differ). reviewdog (-filter-mode=added, -diff="git diff") must keep
# exactly the findings on the added lines, and each diagnostic's columns
# must select the finding's excerpt in the file.
#
# Needs Go, git and python3. reviewdog is installed into $NEWSLINT_TOOLS
# (default ~/.cache/newslint-ci) once.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
tools=${NEWSLINT_TOOLS:-$HOME/.cache/newslint-ci}
# v0.20.1: v0.21.x needs gitlab.com/gitlab-org/api/client-go/v3, which the
# module proxy does not serve here.
version=v0.20.1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

rd="$tools/reviewdog-$version/reviewdog"
if [ ! -x "$rd" ]; then
  echo "reviewdog-check: installing reviewdog $version"
  mkdir -p "$(dirname "$rd")"
  if ! GOBIN="$(dirname "$rd")" go install "github.com/reviewdog/reviewdog/cmd/reviewdog@$version" 2> "$tmp/install.log"; then
    # One dependency (golang.org/x/build) may be missing from the checksum
    # database mirror; retry without checking that one module.
    grep -q 'golang.org/x/build.*verifying module' "$tmp/install.log" || { cat "$tmp/install.log"; exit 1; }
    echo "reviewdog-check: retrying with GONOSUMDB=golang.org/x/build"
    GONOSUMDB=golang.org/x/build GOBIN="$(dirname "$rd")" go install "github.com/reviewdog/reviewdog/cmd/reviewdog@$version"
  fi
fi
"$rd" -version

go build -o "$tmp/newslint" "$repo/cmd/newslint"
w="$tmp/work"
mkdir -p "$w/articles"
cd "$w"
git init -q
git config user.name ci; git config user.email ci@example.org; git config commit.gpgsign false
cat > articles/talks.md <<'MD'
---
date: 2022-07-18
---

# Talks end in Ankara

The talks ended in Ankara.. Officials left on Monday.
MD
git add . && git commit -q -m base
cat >> articles/talks.md <<'MD'

The minister’s aides — “tired” 🎉 — said the talks were over.. They left,, too.
Café owners in the capital cheered the the news.
MD
rules=doubled-punctuation,mojibake,repeated-word
"$tmp/newslint" lint --no-config --rules "$rules" --format json articles > "$tmp/all.json" || true
"$tmp/newslint" lint --no-config --rules "$rules" --format rdjsonl articles > "$tmp/all.rdjsonl" || true
"$rd" -f=rdjsonl -reporter=rdjson -filter-mode=added -diff="git diff" < "$tmp/all.rdjsonl" > "$tmp/added.json"
"$rd" -f=rdjsonl -reporter=rdjson -filter-mode=nofilter < "$tmp/all.rdjsonl" > "$tmp/nofilter.json"

python3 - "$tmp/all.json" "$tmp/added.json" "$tmp/nofilter.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
added = json.load(open(sys.argv[2])).get("diagnostics", [])
nofilter = json.load(open(sys.argv[3])).get("diagnostics", [])
findings = [(f["path"], x) for f in report["files"] for x in f["findings"]]
fail = []
if len(nofilter) != len(findings):
    fail.append(f"nofilter: reviewdog read {len(nofilter)} diagnostics, newslint reported {len(findings)}")
new_lines = {9, 10}  # the lines added after the commit
want_added = [f for f in findings if f[1]["line"] in new_lines]
if len(added) != len(want_added):
    fail.append(f"filter-mode=added: reviewdog kept {len(added)}, want {len(want_added)} (findings on lines 9-10)")
for d in nofilter + added:
    loc = d["location"]
    src = open(loc["path"], "rb").read().split(b"\n")
    s, e = loc["range"]["start"], loc["range"]["end"]
    if s["line"] == e["line"]:
        got = src[s["line"] - 1][s["column"] - 1:e["column"] - 1]
    else:
        got = src[s["line"] - 1][s["column"] - 1:] + b"\n" + src[e["line"] - 1][:e["column"] - 1]
    match = [x for p, x in findings if p == loc["path"] and x["line"] == s["line"] and x["rule"] == d["code"]["value"]
             and x["excerpt"].encode() == got]
    if not match:
        fail.append(f"{loc['path']}:{s['line']}:{s['column']}: {d['code']['value']}: columns select {got!r}, which no finding has")
for f in fail:
    print("reviewdog-check: FAIL:", f)
print(f"reviewdog-check: {len(findings)} findings; reviewdog read {len(nofilter)} (nofilter) and kept {len(added)} on the added lines; "
      f"{len(nofilter) + len(added) - sum(1 for f in fail if 'columns select' in f)} positions checked against the excerpts")
sys.exit(1 if fail else 0)
PY
