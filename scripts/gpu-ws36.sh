#!/usr/bin/env bash
# Twenty-seventh session, first call: main as it stands on a GPU — the
# twenty-sixth session's last changes (permProbeEntry, split3 in the
# tensor-core probes, the sort loops reverted: the keys' path,
# ATTNC_PERM_DOTS=0) and this session's per-key dots for S2O's rescoring
# (the default for bf16) and the sort in two launches (buckets at four
# CTAs an SM, the radix sort where they crowd; ATTNC_PERM_SPLIT=1): run
# -check ref_match of S2O each way, memcheck and racecheck, the A/B of
# both at 32768 (twice) and 131072, then the GPU sweep in the time left.
# (The call that ran it, on an H200, had the two launches as the default
# and ATTNC_PERM_SPLIT=0 as the one kernel; they measured slower, and the
# defaults swapped: BENCHMARKS.md, twenty-seventh session.)
# Build: scripts/gpu-build.sh, scripts/gpu-fill38.sh; (cd .gpu && gzip -f
# attnc driver.test tests.test gpudemo && gzip -rf cases); carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws36.log
ln -sfn cases/cache cache
# Ordered so that a call cut short (little device time was left) still
# brings back a check of each path and the A/B at both sizes; the log is
# teed into $OUT as it goes.
echo "[$SECONDS s] first check, then the A/B"
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
echo "[$SECONDS s] S2O at 32768, default / keys' rescoring / two sort kernels"
bench 32768 "$S2O" ../examples/causal.attn
with "ATTNC_PERM_DOTS=0" bench 32768 "$S2O" ../examples/causal.attn
with "ATTNC_PERM_SPLIT=1" bench 32768 "$S2O" ../examples/causal.attn
echo "[$SECONDS s] S2O at 131072, default / keys' rescoring / two sort kernels"
with "BENCH_TIMEOUT=100" bench 131072 "$S2O" ../examples/causal.attn
with "BENCH_TIMEOUT=100 ATTNC_PERM_DOTS=0" bench 131072 "$S2O" ../examples/causal.attn
with "BENCH_TIMEOUT=100 ATTNC_PERM_SPLIT=1" bench 131072 "$S2O" ../examples/causal.attn
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 1500 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
with "ATTNC_PERM_DOTS=0" runcheck S2O-keys 4096 4 ../examples/causal.attn "$S2O"
with "ATTNC_PERM_SPLIT=1" runcheck S2O-split 4096 4 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 -passes "$S2O" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 2048 -heads 1 -synthetic 3 -passes "$S2O" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] round 2 at 32768"
bench 32768 "$S2O" ../examples/causal.attn
with "ATTNC_PERM_DOTS=0" bench 32768 "$S2O" ../examples/causal.attn
with "ATTNC_PERM_SPLIT=1" bench 32768 "$S2O" ../examples/causal.attn
left=$((570 - SECONDS))
[ $left -gt 60 ] && gpu_sweep $left
echo "[$SECONDS s] done"
