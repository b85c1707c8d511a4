#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws57.sh runs that gpu-build.sh
# does not: the pair kernel masked (ATTNC_PAIR=1) and skipping
# (ATTNC_PAIR_SKIP=1) beside the one-warpgroup kernel, on causal.attn
# (MInference, the budget, best), gqa.attn, window.attn, minference.attn,
# xattn.attn and proxy.attn. Compiling fills the cache; the run then
# stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
# Without llc-19 the PTX would target sm_80 (mma.sync), not the sm_90a
# kernels the call means to time: a fresh machine has LLVM 14 only.
command -v llc-19 >/dev/null || { echo "$(basename "$0"): no llc-19 here: apt-get install -y llvm-19 first" >&2; exit 1; }
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc57 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc57 bench -device cuda -heads 2 -n 256 -repeat 1 ${P:+-passes "$P"} ${F:-examples/causal.attn} >/dev/null 2>&1
  env "$@" /tmp/attnc57 run -device cuda -check -heads 8 -n 256 -synthetic 3 ${P:+-passes "$P"} ${F:-examples/causal.attn} >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST"; do fill X=; fill ATTNC_PAIR=1; fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1; done
P="$MINF"
for F in examples/gqa.attn examples/window.attn; do fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1; done
P=""; for F in examples/minference.attn examples/xattn.attn examples/proxy.attn; do fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1; done
ls .gpu/cases/cache/ptx | wc -l
