#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws48.sh runs that gpu-build.sh
# and gpu-fill42.sh do not: MInference and the budget on
# examples/causal.attn with the CUDA-core scores (ATTNC_SCORES_SIMT=1) and
# the pool a thread a column, a row a load (ATTNC_POOL_OLD=1), run -check's kernels at the
# default, the f32 S2O case's.
# Compiling fills the cache; the run then stops at the missing driver.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc48 ./cmd/attnc
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
fill() {
  env "$@" /tmp/attnc48 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  env "$@" /tmp/attnc48 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
}
for P in "$MINF" "$BUDGET"; do fill X=; fill ATTNC_SCORES_SIMT=1; fill ATTNC_POOL_OLD=1; fill ATTNC_HIST_SKIP=0; done
sed 's/f16\[/f32[/g' examples/s2o.attn > /tmp/s2o32.attn
/tmp/attnc48 run -device cuda -check -heads 2 -n 256 -synthetic 3 /tmp/s2o32.attn >/dev/null 2>&1
ls .gpu/cases/cache/ptx | wc -l
