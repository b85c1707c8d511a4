#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws62.sh runs beyond
# gpu-fill57.sh's: the pair kernel masked and skipping at three and four
# K/V stages (ATTNC_PAIR_STAGES), and skipping in either order
# (ATTNC_PAIR_ORDER=asc: the ascending union), on causal.attn
# (MInference, the budget, best), and the attnc binary. Compiling fills the cache; the run then stops at the missing
# driver.
set -uo pipefail
cd "$(dirname "$0")/.."
# Without llc-19 the PTX would target sm_80 (mma.sync), not the sm_90a
# kernels the call means to time: a fresh machine has LLVM 14 only.
command -v llc-19 >/dev/null || { echo "$(basename "$0"): no llc-19 here: apt-get install -y llvm-19 first" >&2; exit 1; }
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc62 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
fill() {
  env "$@" /tmp/attnc62 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET" "$BEST"; do
  fill X=; fill ATTNC_PAIR=1; fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1; fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1 ATTNC_PAIR_ORDER=asc
  for s in 3 4; do fill ATTNC_PAIR=1 ATTNC_PAIR_STAGES=$s; fill ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1 ATTNC_PAIR_STAGES=$s; done
  env ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1 /tmp/attnc62 run -device cuda -check -heads 8 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
  /tmp/attnc62 run -device cuda -check -heads 8 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
done
# examples/accurate.attn's schedule (gpu-ws62.sh's ACC=1).
P="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.002288)"
fill X=
/tmp/attnc62 run -device cuda -check -heads 8 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
# The attnc binary the pack runs (its PTX cache keys are this code's).
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o .gpu/attnc ./cmd/attnc && gzip -f .gpu/attnc
ls .gpu/cases/cache/ptx | wc -l
