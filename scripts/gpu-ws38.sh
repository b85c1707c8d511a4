#!/usr/bin/env bash
# Twenty-seventh session, second call (the per-key dots are gpu-ws36.sh's):
# a register cap through a knob read at code generation:
# ATTNC_SPARSE_MINCTAS=4 (the warpgroup attention
# kernels with gathers, an early exit or compensation at four, 128
# registers, against three) on S2O, PBS and best at 32768. ptxas's
# registers and spills first. Predictions: docs/gpu-notes.md,
# "Twenty-seventh session".
# Build: scripts/gpu-build.sh, then scripts/gpu-fill38.sh (every knob's
# PTX into the cache); (cd .gpu && gzip -f attnc driver.test tests.test
# gpudemo && gzip -rf cases); carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws38.log
ln -sfn cases/cache cache
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
echo "[$SECONDS s] ptxas: registers and spills (sm_90a)"
for f in cache/ptx/*.ptx; do
  grep -qE "permute0|perm_scores|_attn" $f || continue
  ptxas -arch=sm_90a -v $f -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - | grep -E "permute0|perm_scores|attn[0-9]+'" | sed -E "s/Compiling entry function//; s/for .sm_90a.//; s/bytes stack frame/stack/; s/bytes spill stores/st/; s/bytes spill loads/ld/" | tr -s ' ' | cut -c1-160
done | sort -u
for r in 1 2; do
  echo "[$SECONDS s] round $r at 32768: S2O, PBS and best, default and attention at 4"
  bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
  bench 32768 "$PBS" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$PBS" ../examples/causal.attn
  bench 32768 "$BEST" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$BEST" ../examples/causal.attn
done
echo "[$SECONDS s] done"
