#!/usr/bin/env bash
# Benchmarks newslint against Vale and the read-and-split floor on a corpus
# of 1,000 ~800-word news articles built from ../shared/corpora/brown-news.
# Prints wall time, CPU time and peak RSS (median of RUNS runs) as a table.
#
# usage: scripts/bench.sh [RUNS]     (default 5; needs Go and network access
#                                     to the Go module proxy for Vale)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
brown=../shared/corpora/brown-news

echo "building the corpus in $work/corpus" >&2
mkdir -p "$work/corpus"
python3 - "$brown" "$work/corpus" <<'PY'
import os, sys
src, dst = sys.argv[1], sys.argv[2]
paras = []
for name in sorted(os.listdir(src)):
    with open(os.path.join(src, name), encoding="utf-8") as f:
        paras += [p.strip() for p in f.read().split("\n\n") if p.strip()]
articles, cur, words = [], [], 0
for p in paras:
    cur.append(p); words += len(p.split())
    if words >= 800:
        articles.append(cur); cur, words = [], 0
big, bigwords = [], 0
for a in articles * 10:
    if bigwords >= 200000:
        break
    big.append("\n\n".join(a)); bigwords += sum(len(p.split()) for p in a)
with open(os.path.join(os.path.dirname(dst), "big.md"), "w", encoding="utf-8") as f:
    f.write("---\ndate: 1961-06-01\n---\n\n" + "\n\n".join(big) + "\n")
n = 0
while n < 1000:
    for a in articles:
        if n == 1000:
            break
        with open(os.path.join(dst, f"a{n:04d}.md"), "w", encoding="utf-8") as f:
            f.write("---\ndate: 1961-06-01\n---\n\n" + "\n\n".join(a) + "\n")
        n += 1
PY

echo "building newslint and the floor" >&2
go build -o "$work/newslint" ./cmd/newslint
go build -o "$work/floor" ./scripts/floor
one=a0000.md

vale=""
if GOBIN="$work/bin" go install github.com/vale-cli/vale/v3/cmd/vale@v3.22.0 >&2; then
  vale="$work/bin/vale"
  printf 'MinAlertLevel = suggestion\n[*.md]\nBasedOnStyles = Vale\n' > "$work/.vale.ini"
else
  echo "Vale could not be installed; its rows are left out" >&2
fi

# The first 10 and 100 articles, to show that the cost per article is flat.
# (No "ls | head" here: under pipefail, head closing the pipe kills the script.)
mkdir -p "$work/c10" "$work/c100"
articles=("$work"/corpus/*)
cp "${articles[@]:0:10}" "$work/c10"
cp "${articles[@]:0:100}" "$work/c100"
# words DIR-or-FILE: the number of words, for the per-1,000-words column.
words() { cat "$@" | wc -w; }

# measure NAME WORDS CMD...: median wall, user+sys and max RSS over $runs
# runs, and the CPU time per 1,000 words of input.
# The linters exit 1 when they find something, which is not a failure here.
measure() {
  local name=$1 nwords=$2; shift 2
  local rows=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
    rows+=("$(tail -n 1 "$work/time.txt")")
  done
  printf '%s\n' "${rows[@]}" | sort -n | awk -v name="$name" -v n="$runs" -v words="$nwords" '
    { w[NR]=$1; c[NR]=$2+$3; m[NR]=$4 }
    END { i=int((n+1)/2); printf "| %-38s | %6.2f s | %6.2f s | %5.0f MB | %5.1f ms |\n", name, w[i], c[i], m[i]/1024, 1000*c[i]/(words/1000) }'
}

all=$(words "$work"/corpus/*)
w1=$(words "$work/corpus/$one")
w10=$(words "$work"/c10/*)
w100=$(words "$work"/c100/*)
wbig=$(words "$work/big.md")

echo "| command | wall | CPU | peak RSS | CPU per 1k words |"
echo "| --- | ---: | ---: | ---: | ---: |"
measure "floor (read + split), 1,000 files" "$all" "$work/floor" "$work/corpus"
measure "newslint, 1,000 articles" "$all" "$work/newslint" lint --fail-level info "$work/corpus"
measure "newslint, 1,000 articles, 1 core" "$all" env GOMAXPROCS=1 "$work/newslint" lint --fail-level info "$work/corpus"
measure "newslint, 100 articles" "$w100" "$work/newslint" lint --fail-level info "$work/c100"
measure "newslint, 10 articles" "$w10" "$work/newslint" lint --fail-level info "$work/c10"
measure "newslint, one article" "$w1" "$work/newslint" lint "$work/corpus/$one"
measure "newslint, one $((wbig / 1000))k-word file" "$wbig" "$work/newslint" lint --fail-level info "$work/big.md"
if [ -n "$vale" ]; then
  measure "Vale 3.22.0 (Vale style), 1,000" "$all" "$vale" --config "$work/.vale.ini" --output line "$work/corpus"
  measure "Vale 3.22.0 (Vale style), one" "$w1" "$vale" --config "$work/.vale.ini" --output line "$work/corpus/$one"
fi
