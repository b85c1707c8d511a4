#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws38.sh runs: S2O (per-key dots
# and the keys' path), PBS and best (budget + compensate) on
# examples/causal.attn under each knob (compiling fills the cache; the run
# then stops at the missing driver).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/gpu-cases.sh
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc38 ./cmd/attnc
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc38 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc38 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
P=$S2O; fill X=; fill ATTNC_PERM_DOTS=0; fill ATTNC_PERM_SPLIT=1; fill ATTNC_PERM_SPLIT=1 ATTNC_PERM_BUCKET_CTAS=3; fill ATTNC_SPARSE_MINCTAS=4
P=$PBS; fill X=; fill ATTNC_SPARSE_MINCTAS=4
P=$BEST; fill X=; fill ATTNC_SPARSE_MINCTAS=4
ls .gpu/cases/cache/ptx | wc -l
