#!/usr/bin/env bash
# Thirty-first session's last call (≤ 300 s; 486 s of device time left):
# correctness of the session's last changes — initcheck on MInference,
# the budget, best (its lists now padded) and a decode step, now that a
# downloaded list is filled first; TestGPUSelect and run -check with the
# budget's 11-bit radix rounds — then, at 131072 with 8 heads (inputs
# made 4× faster than at 32), the budget's radix A/B (ATTNC_BUDGET_DIGITS=8,
# alternated, two rounds) and the thirtieth session's knobs on
# MInference (ATTNC_SCORES_SIMT=1, ATTNC_POOL_OLD=1, ATTNC_HIST_SKIP=0).
# Pack: gpu-build.sh, gpu-fill51.sh, gzip (gpudemo out); scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws51.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
KV=../tests/testdata/kvcache_bf16.attn
echo "[$SECONDS s] initcheck"
for P in "$MINF" "$BUDGET" "$BEST"; do
  echo "initcheck ${P##*; }: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$P" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
done
echo "initcheck decode: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool initcheck ./attnc run -device cuda -dims M=1 -n 4096 -heads 2 -lens 4000 -synthetic 3 -passes "$MINF" $KV 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] TestGPUSelect, run -check"
ATTNC_CACHE_DIR=cache timeout 100 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
echo "[$SECONDS s] the budget's radix rounds at 131072, 8 heads: 11-bit (default), 8-bit, twice"
export HEADS=8
for r in 1 2; do
  for v in X= ATTNC_BUDGET_DIGITS=8; do
    echo "-- $v"
    with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$BUDGET" ../examples/causal.attn
  done
done
echo "[$SECONDS s] the thirtieth session's knobs on MInference, 131072, 8 heads"
for v in X= ATTNC_SCORES_SIMT=1 ATTNC_POOL_OLD=1 ATTNC_HIST_SKIP=0; do
  echo "-- $v"
  with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$MINF" ../examples/causal.attn
done
echo "[$SECONDS s] done"
