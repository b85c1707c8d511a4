#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws55b.sh runs that gpu-build.sh
# does not: the pair kernel (ATTNC_PAIR=1, three stages too) and the
# one-warpgroup kernels it is timed against, on causal.attn (MInference,
# the budget, best, S2O), gqa.attn, window.attn and minference.attn, and
# the read-ahead's A/B (ATTNC_LIST_AHEAD=0). Compiling fills the cache;
# the run then stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc55 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
S2O="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)"
fill() {
  env "$@" /tmp/attnc55 bench -device cuda -heads 2 -n 256 -repeat 1 ${P:+-passes "$P"} ${F:-examples/causal.attn} >/dev/null 2>&1
  env "$@" /tmp/attnc55 run -device cuda -check -heads 8 -n 256 -synthetic 3 ${P:+-passes "$P"} ${F:-examples/causal.attn} >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET"; do fill X=; fill ATTNC_PAIR=1; fill ATTNC_PAIR=1 ATTNC_PAIR_STAGES=3; fill ATTNC_LIST_AHEAD=0; done
P="$BEST"; fill ATTNC_PAIR=1
for P in "$BEST" "$S2O" ""; do fill X=; fill ATTNC_LIST_AHEAD=0; done
P="$MINF"
for F in examples/gqa.attn examples/window.attn; do fill X=; fill ATTNC_PAIR=1; done
P=""; for F in examples/minference.attn examples/xattn.attn examples/proxy.attn; do fill X=; fill ATTNC_PAIR=1; done
ls .gpu/cases/cache/ptx | wc -l
