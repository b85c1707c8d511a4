#!/usr/bin/env bash
# Thirty-first session, one call for both (≤ 590 s) if gpu-ws48.sh never
# ran: ws49's correctness of the lists ended by one -1 (run -check of
# MInference, the budget, best and a decode step; initcheck), then at
# 131072 each launch timed: the default, ATTNC_LIST_PAD=1 (rows padded),
# ATTNC_BUDGET_DIGITS=8 (the budget's radix in four rounds of 8 bits),
# and ws48's A/Bs of the thirtieth session's unmeasured changes —
# ATTNC_SCORES_SIMT=1 (the CUDA-core scores), ATTNC_POOL_OLD=1 (the pool
# a thread a column), ATTNC_HIST_SKIP=0 (every warp matches). No
# profiles. PACK: the pack's folder (.gpu unless set).
# Pack: gpu-build.sh, gpu-fill40.sh, gpu-fill42.sh, gpu-fill48.sh,
# gpu-fill49.sh, gzip (gpudemo out); scripts/gpu-size.sh before the call.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws50.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
KV=../tests/testdata/kvcache_bf16.attn
echo "[$SECONDS s] correctness: TestGPUSelect, run -check, initcheck, racecheck"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck minference 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
echo "== run -check decode M=1: $(ATTNC_CACHE_DIR=cache timeout 120 ./attnc run -device cuda -check -dims M=1 -n 70000 -heads 4 -lens 69000 -synthetic 3 -passes "$MINF" $KV 2>&1 | grep -E "ref_|rror|panic|host|density" | tr '\n' ' ' | cut -c1-400)"
for P in "$MINF" "$BUDGET" "$BEST"; do
  echo "initcheck ${P##*; }: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$P" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
done
echo "racecheck minference: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1024 -heads 1 -synthetic 3 -passes "$MINF" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] the A/B at 131072, each launch timed: the lists' end first"
for P in "$MINF" "$BUDGET" "$BEST"; do
  for v in X= ATTNC_LIST_PAD=1; do
    echo "-- $v"
    with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn
  done
done
echo "-- ATTNC_BUDGET_DIGITS=8 (four radix rounds of 8 bits)"
with "ATTNC_TIME_KERNELS=1 ATTNC_BUDGET_DIGITS=8" bench 131072 "$BUDGET" ../examples/causal.attn
echo "[$SECONDS s] ws48's A/Bs"
for P in "$MINF" "$BUDGET"; do
  for v in ATTNC_SCORES_SIMT=1 ATTNC_POOL_OLD=1 ATTNC_HIST_SKIP=0; do
    echo "-- $v"
    with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn
  done
done
echo "[$SECONDS s] a second round of the defaults and the padding (spread)"
for P in "$MINF" "$BUDGET"; do
  for v in X= ATTNC_LIST_PAD=1; do
    echo "-- $v"
    with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn
  done
done
echo "[$SECONDS s] the select kernel's profile, if time is left (its occupancy limits)"
PROFILE_TIMEOUT=80 profile select "=prefill_select1" 131072 "$MINF" ../examples/causal.attn
grep -E "Duration|Compute \(SM\) Throughput|Memory Throughput|DRAM Throughput|Registers Per|Achieved Occupancy|Theoretical Occupancy|Block Limit|Warp Cycles Per Issued|Issue Slots Busy|Executed Ipc" $OUT/select.txt 2>/dev/null | tr -s ' ' | head -16
echo "[$SECONDS s] done"
