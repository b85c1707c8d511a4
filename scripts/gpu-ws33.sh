#!/usr/bin/env bash
# Twenty-fifth session: S2O's global permutation sorted by buckets
# (permBucketSort) — checks (run -check ref_match, memcheck), the A/B
# against the radix sort alone (ATTNC_PERM_SORT=radix) at 32768,
# alternated twice, S2O at 131072; then the GPU test sweep (TestGPU on
# every correctness case, TestGPUDriver, TestGPUNonFinite: also the first
# GPU run of the twenty-fourth session's select kernels with 2⁻¹⁸ mass
# bins), then issue 14's dense rows (d = 128, causal, bf16, 32 heads) at
# 8192, 32768 and 131072 with cuDNN and FA2 in the same call (the card's
# name leads the log).
# Build: scripts/gpu-build.sh; then fill .gpu/cases/cache with the S2O
# kernels both ways and the run-check kernels (docs/gpu-notes.md,
# twenty-fifth session); (cd .gpu && gzip -f attnc driver.test tests.test
# gpudemo && gzip -rf cases); then from the repository root:
# scripts/gpu-ws33.sh (carry .gpu).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws33.log
ln -sfn cases/cache cache
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
for r in $(seq ${ROUNDS:-2}); do
  echo "[$SECONDS s] S2O at 32768, buckets (round $r)"
  bench 32768 "$S2O" ../examples/causal.attn
  echo "[$SECONDS s] S2O at 32768, radix (round $r)"
  with "ATTNC_PERM_SORT=radix" bench 32768 "$S2O" ../examples/causal.attn
done
echo "[$SECONDS s] S2O at 131072, buckets"
with "BENCH_TIMEOUT=200" bench 131072 "$S2O" ../examples/causal.attn
gpu_sweep ${TESTS_TIMEOUT:-220}
if [ "${RACECHECK:-0}" = 1 ]; then
  echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1500 -heads 1 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard|rror" | head -3 | tr '\n' ' ')"
fi
[ "${DENSE:-1}" = 1 ] || { echo "[$SECONDS s] done"; exit 0; }
for n in 8192 32768 131072; do
  echo "[$SECONDS s] dense at $n"
  bench $n "" ../examples/causal.attn
done
echo "[$SECONDS s] cuDNN, FA2"
NS=8192,32768,131072 timeout 150 python3 sdpa.py 2>&1 | grep -v Warning
echo "[$SECONDS s] done"
