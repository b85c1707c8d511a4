#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws54.sh runs that gpu-build.sh
# and the earlier fills do not: MInference, the budget and best on
# examples/causal.attn at this session's last commit, best with its
# attention kernel at four CTAs an SM (ATTNC_SPARSE_MINCTAS=4), and the
# decode step. Compiling fills the cache; the run then stops at the
# missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc54 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc54 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc54 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
S2O="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)"
for P in "$MINF" "$BUDGET" "$BEST" "$S2O" ""; do fill X=; fill ATTNC_LIST_AHEAD=0; done
P="$BEST"; fill ATTNC_SPARSE_MINCTAS=4
ls .gpu/cases/cache/ptx | wc -l
