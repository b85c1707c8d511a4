#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws63.sh runs beyond
# gpu-fill57.sh's and gpu-fill62.sh's: the select kernels with the
# bitonic sort of long rows (ATTNC_SELECT_SORT=bitonic, the A/B against
# the radix sort) for examples/accurate.attn's schedule, MInference's, best's and
# the budget's. Run after those two; it rebuilds .gpu/attnc.gz.
set -uo pipefail
cd "$(dirname "$0")/.."
command -v llc-19 >/dev/null || { echo "$(basename "$0"): no llc-19 here: apt-get install -y llvm-19 first" >&2; exit 1; }
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc63 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
ACC_S="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.002288)"
BEST="$BUDGET; compensate(order: 0)"
ACC_P3="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.006043, patience: 3)"
for P in "$ACC_S" "$MINF" "$BUDGET" "$BEST" "$ACC_P3"; do
  for v in X= ATTNC_SELECT_SORT=bitonic; do
    env $v /tmp/attnc63 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
    env $v /tmp/attnc63 run -device cuda -check -heads 8 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
  done
done
gzip -c /tmp/attnc63 > .gpu/attnc.gz
ls .gpu/cases/cache/ptx | wc -l
