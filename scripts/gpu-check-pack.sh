#!/usr/bin/env bash
# gpu-check-pack.sh: before a call, checks that the pack's PTX cache
# (.gpu/cases/cache/ptx, plain or gzipped) holds every kernel module the
# call's commands will ask for: each schedule given (and each "VAR=x"
# variant after it, separated by |) is compiled here into an empty cache,
# and the module names it writes are looked up in the pack. A module
# missing there costs the call that command ("no llc found … and no PTX
# for this kernel"), as a call of the thirty-first session found (its
# pack, rebuilt and refilled by hand, lacked the budget's module).
#
#   scripts/gpu-check-pack.sh "$BUDGET|ATTNC_X=1" "$MINF"
set -uo pipefail
cd "$(dirname "$0")/.."
go build -o /tmp/attnc-check ./cmd/attnc || exit 1
missing=0
for arg in "$@"; do
  IFS='|' read -r -a parts <<< "$arg"
  passes=${parts[0]}
  for v in X= "${parts[@]:1}"; do
    tmp=$(mktemp -d)
    env $v ATTNC_CACHE_DIR=$tmp /tmp/attnc-check bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$passes" examples/causal.attn >/dev/null 2>&1
    for f in "$tmp"/ptx/*.ptx; do
      [ -e "$f" ] || continue
      b=$(basename "$f")
      if [ -e .gpu/cases/cache/ptx/$b ] || [ -e .gpu/cases/cache/ptx/$b.gz ]; then
        echo "ok      $v $passes ($b)"
      else
        echo "MISSING $v $passes ($b)"; missing=1
      fi
    done
    rm -rf "$tmp"
  done
done
exit $missing
