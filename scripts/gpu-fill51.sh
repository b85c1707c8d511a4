#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws51.sh runs that gpu-build.sh
# and the earlier fills do not: MInference, the budget and best on
# examples/causal.attn at this session's last commit, the budget with
# four 8-bit radix rounds (ATTNC_BUDGET_DIGITS=8), MInference with the
# thirtieth session's knobs (ATTNC_SCORES_SIMT=1, ATTNC_POOL_OLD=1,
# ATTNC_HIST_SKIP=0), and the decode step.
# Compiling fills the cache; the run then stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc51 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc51 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc51 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST"; do fill X=; done
P="$BUDGET"; fill ATTNC_BUDGET_DIGITS=8
P="$MINF"; for v in ATTNC_SCORES_SIMT=1 ATTNC_POOL_OLD=1 ATTNC_HIST_SKIP=0; do fill $v; done
/tmp/attnc51 run -device cuda -check -dims M=1 -heads 2 -n 256 -lens 200 -synthetic 3 -passes "$MINF" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1
ls .gpu/cases/cache/ptx | wc -l
