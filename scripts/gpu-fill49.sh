#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws50.sh runs that gpu-build.sh
# and the earlier fills do not: MInference, the budget and best on
# examples/causal.attn with every list padded to NK (ATTNC_LIST_PAD=1:
# the format before the thirty-first session) and the budget's radix in
# four rounds of 8 bits (ATTNC_BUDGET_DIGITS=8), run -check's kernels,
# and the decode step over a KV cache both ways.
# Compiling fills the cache; the run then stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc49 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc49 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc49 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST"; do fill X=; fill ATTNC_LIST_PAD=1; done
P="$BUDGET"; fill ATTNC_BUDGET_DIGITS=8
for v in X= ATTNC_LIST_PAD=1; do
  env $v /tmp/attnc49 bench -device cuda -dims M=1 -heads 2 -n 256 -lens 200 -key-cache -repeat 1 -passes "$MINF" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1
  env $v /tmp/attnc49 run -device cuda -check -dims M=1 -heads 2 -n 256 -lens 200 -synthetic 3 -passes "$MINF" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1
done
ls .gpu/cases/cache/ptx | wc -l
