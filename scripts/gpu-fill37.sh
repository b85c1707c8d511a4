#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws37.sh runs: S2O, PBS and
# best (budget + compensate) on examples/causal.attn under each knob
# (compiling fills the cache; the run then stops at the missing driver).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/gpu-cases.sh
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc37 ./cmd/attnc
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
for env in "X=" "ATTNC_PERM_MINCTAS=4" "ATTNC_SPARSE_MINCTAS=4" "ATTNC_PERM_MINCTAS=4 ATTNC_SPARSE_MINCTAS=4"; do
  for p in "$S2O" "$PBS" "$BEST"; do
    env $env /tmp/attnc37 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$p" examples/causal.attn >/dev/null 2>&1
    env $env /tmp/attnc37 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$p" examples/causal.attn >/dev/null 2>&1
  done
done
ls .gpu/cases/cache/ptx | wc -l
