#!/usr/bin/env bash
# Twenty-sixth session, second call: the bucket sort's ranking four keys a
# thread (permRankUnroll) and its scatter's atomics together, checked
# (run -check, memcheck, racecheck) and timed against the old loops
# (ATTNC_PERM_RANK=1) at 32768, alternated
# twice, and at 131072; the probes' GEMM profiled both ways at 32768
# (tensor cores, ATTNC_PERM_PROBE=simt) — the first call's A/B moved the
# permute stage 0.15 ms where ≈ 1 was predicted; then the GPU test sweep.
# Build: scripts/gpu-build.sh; fill .gpu/cases/cache with the S2O kernels
# (plain, ATTNC_PERM_RANK=1, ATTNC_PERM_PROBE=simt) and the run-check
# kernels; (cd .gpu && gzip -f attnc driver.test tests.test gpudemo &&
# gzip -rf cases); then scripts/gpu-ws35.sh (carry .gpu).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws35.log
ln -sfn cases/cache cache
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1500 -heads 1 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard|rror" | head -3 | tr '\n' ' ')"
for r in 1 2; do
  echo "[$SECONDS s] S2O at 32768, ranking 4 a thread (round $r)"
  bench 32768 "$S2O" ../examples/causal.attn
  echo "[$SECONDS s] S2O at 32768, ranking 1 a thread (round $r)"
  with "ATTNC_PERM_RANK=1" bench 32768 "$S2O" ../examples/causal.attn
done
echo "[$SECONDS s] S2O at 131072, ranking 4, then 1"
with "BENCH_TIMEOUT=200" bench 131072 "$S2O" ../examples/causal.attn
with "BENCH_TIMEOUT=200 ATTNC_PERM_RANK=1" bench 131072 "$S2O" ../examples/causal.attn
echo "[$SECONDS s] profiles at 32768: the sort, the probes' GEMM both ways"
profile sort32 "=prefill_permute0" 32768 "$S2O" ../examples/causal.attn
profile probe32 "=prefill_permute0_scores" 32768 "$S2O" ../examples/causal.attn
with "ATTNC_PERM_PROBE=simt" profile probe32simt "=prefill_permute0_scores" 32768 "$S2O" ../examples/causal.attn
gpu_sweep ${TESTS_TIMEOUT:-220}
echo "[$SECONDS s] done"
