#!/usr/bin/env bash
# Twenty-seventh session, second call: two register caps A/B'd through
# knobs read at code generation (the PTX cache holds both builds):
# ATTNC_PERM_MINCTAS=4 — S2O's sort (permute_global.go) at four CTAs an
# SM instead of three (64 registers against 80; it is latency-bound at
# 36 % occupancy, twenty-sixth session); ATTNC_SPARSE_MINCTAS=4 — the
# warpgroup attention kernels with gathered keys, an early exit or
# compensation at four CTAs an SM (128 registers) as the plain ones are,
# instead of three (168). Each on S2O, PBS and best (budget +
# compensate) at 32768, alternated twice, then at 131072; ptxas's
# registers and spills for the kernels each build gives.
# Build: scripts/gpu-build.sh, then scripts/gpu-fill37.sh (the caches of
# every knob), gzip as in gpu-ws36.sh; carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws37.log
ln -sfn cases/cache cache
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
echo "[$SECONDS s] ptxas: registers and spills (sm_90a)"
for f in cache/ptx/*.ptx; do
  grep -qE "permute0|_attn" $f || continue
  ptxas -arch=sm_90a -v $f -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - | grep -E "permute0'|attn[0-9]+'" | sed -E 's/Compiling entry function//; s/for .sm_90a.//' | tr -s ' ' | cut -c1-200
done
echo "[$SECONDS s] correctness with both knobs"
with "ATTNC_PERM_MINCTAS=4 ATTNC_SPARSE_MINCTAS=4" runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
with "ATTNC_SPARSE_MINCTAS=4" runcheck PBS 4096 4 ../examples/causal.attn "$PBS"
with "ATTNC_SPARSE_MINCTAS=4" runcheck best 4096 4 ../examples/causal.attn "$BEST"
for r in 1 2; do
  echo "[$SECONDS s] round $r: S2O at 32768 — default, sort at 4, attention at 4"
  bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_PERM_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
  echo "[$SECONDS s] round $r: PBS, best at 32768 — default, attention at 4"
  bench 32768 "$PBS" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$PBS" ../examples/causal.attn
  bench 32768 "$BEST" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$BEST" ../examples/causal.attn
done
echo "[$SECONDS s] 131072: S2O both knobs, best at 4"
with "BENCH_TIMEOUT=200 ATTNC_PERM_MINCTAS=4 ATTNC_SPARSE_MINCTAS=4" bench 131072 "$S2O" ../examples/causal.attn
with "BENCH_TIMEOUT=100 ATTNC_SPARSE_MINCTAS=4" bench 131072 "$BEST" ../examples/causal.attn
with "BENCH_TIMEOUT=100" bench 131072 "$BEST" ../examples/causal.attn
echo "[$SECONDS s] done"
