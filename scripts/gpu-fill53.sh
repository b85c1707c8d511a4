#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws53.sh runs that gpu-build.sh
# and the earlier fills do not: MInference, the budget and best on
# examples/causal.attn at this session's last commit, best with its
# attention kernel at four CTAs an SM (ATTNC_SPARSE_MINCTAS=4), and the
# decode step. Compiling fills the cache; the run then stops at the
# missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc53 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc53 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc53 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST"; do fill X=; done
P="$BEST"; fill ATTNC_SPARSE_MINCTAS=4
/tmp/attnc53 run -device cuda -check -dims M=1 -heads 2 -n 256 -lens 200 -synthetic 3 -passes "$MINF" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1
ls .gpu/cases/cache/ptx | wc -l
