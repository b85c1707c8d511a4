#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws42.sh runs: MInference's
# density select, the budget alone and best (budget + compensate) on
# examples/causal.attn, each with the select kernels' ballot compaction
# and alternating radix histograms (the default) and as they were
# (ATTNC_SELECT_OLD=1).
# Compiling fills the cache; the run then stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc42 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
fill() {
  env "$@" /tmp/attnc42 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc42 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST" "$PBS"; do fill X=; fill ATTNC_SELECT_OLD=1; done
# The decode step over a KV cache (scripts/gpu-ws43.sh's last part): the
# row scores eight tiles a warp or one (ATTNC_SCORES_ROW_TILES=1), the
# select as it was (ATTNC_SELECT_OLD=1).
DEC="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
for v in X= ATTNC_SCORES_ROW_TILES=1 ATTNC_SELECT_OLD=1; do
  env $v /tmp/attnc42 bench -device cuda -dims M=1 -heads 2 -n 256 -lens 200 -key-cache -repeat 1 -passes "$DEC" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1
done
ls .gpu/cases/cache/ptx | wc -l
