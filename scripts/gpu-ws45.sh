#!/usr/bin/env bash
# Thirtieth session (≤ 590 s): the tensor-core mean scores (scores_mma.go)
# and the pool's batched loads first — their correctness (TestGPUSelect: the scores within 1e-5 of the
# host's, the lists the host's on them; run -check), the A/B at 131072
# against the CUDA-core GEMM (ATTNC_SCORES_SIMT=1) for MInference and the
# budget, racecheck on the kernel — then what ws44 had not reached: the
# f32 S2O case with the fixed harness, the decode A/B, the sanitizers.
# Pack: gpu-build.sh, gpu-fill40.sh, gpu-fill42.sh, gzip (gpudemo out);
# scripts/gpu-size.sh before the call.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws45.log
ln -sfn cases/cache cache
sed 's/f16\[/f32[/g' ../examples/s2o.attn > s2o32.attn
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
echo "[$SECONDS s] the tensor-core scores: TestGPUSelect, run -check"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -40
runcheck minference 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
echo "[$SECONDS s] the A/B at 131072: default, ATTNC_SCORES_SIMT=1 (the CUDA-core scores), ATTNC_POOL_BATCH=1 (the pool a row a load)"
for P in "$MINF" "$BUDGET"; do
  bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_SCORES_SIMT=1" bench 131072 "$P" ../examples/causal.attn
  [ "$P" = "$MINF" ] && with "ATTNC_POOL_BATCH=1" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] the budget per launch (ATTNC_TIME_KERNELS=1), 131072"
with "ATTNC_TIME_KERNELS=1" bench 131072 "$BUDGET" ../examples/causal.attn
echo "[$SECONDS s] racecheck and memcheck on the scores"
echo "racecheck minference: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1024 -heads 1 -synthetic 3 -passes "$MINF" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "memcheck budget: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] ws44's rest: f32 S2O with the fixed harness, decode A/B"
check f32-s2o-sparse
runcheck s2o-f32 1500 2 s2o32.attn
DEC="$MINF"
for v in X= ATTNC_SCORES_ROW_TILES=1 ATTNC_SELECT_OLD=1; do
  echo "== decode $v"
  env $v ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 90 ./attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 50 -passes "$DEC" ../tests/testdata/kvcache_bf16.attn 2>&1 | grep -oE '"(dense_ms|sparse_ms)":[0-9.]+|"[^"]*(score|select|pool|decode|combine)[^"]*":[0-9.]+' | tr '\n' ' '; echo
done
echo "memcheck f32 s2o: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 1500 -heads 2 -synthetic 3 s2o32.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] done"
