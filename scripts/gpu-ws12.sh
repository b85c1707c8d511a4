#!/usr/bin/env bash
# Twentieth session: the gate's per-chunk bound on a row's k-th (k ≤ 32)
# and the radix selection that skips its candidates' common prefix —
# correct on the device first (TestGPUGate, the executor against the
# interpreter), then A/B against the nineteenth session's kernels
# (ATTNC_GATE_BOUND=0 ATTNC_RADIX_PREFIX=0) and the bound alone
# (ATTNC_RADIX_PREFIX=0) in the same call, then the new gate's profile,
# the staged row tiles under compute-sanitizer and S2O's host steps.
# Priority order; the log comes back in $OUT even if the call is cut off.
# Usage: G=.gpupack/l scripts/gpu-ws12.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws12.log) 2>&1
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
echo "[$SECONDS s] TestGPUGate (every row against the host's rule)"
ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -30
perrow_runchecks
echo "[$SECONDS s] A/B: old = both off, bound = ATTNC_RADIX_PREFIX=0, new = default"
ab() { # N PASSES FILE
  for r in 1 2; do
    echo "-- round $r old:"; ATTNC_GATE_BOUND=0 ATTNC_RADIX_PREFIX=0 bench "$@"
    echo "-- round $r new:"; bench "$@"
  done
  echo "-- bound:"; ATTNC_RADIX_PREFIX=0 bench "$@"
}
ab 16384 "" ../../examples/moba.attn
ab 16384 "" ../../examples/hisa.attn
ab 32768 "gate(block: 64, top: 26, keep: [diagonal])"
echo "-- 131072 old:"; ATTNC_GATE_BOUND=0 ATTNC_RADIX_PREFIX=0 BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "-- 131072 new:"; BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] the new gate's profile"
NCU=/usr/local/cuda/bin/ncu
command -v ncu >/dev/null && NCU=ncu
ATTNC_CACHE_DIR=cache timeout 150 $NCU --set full --import-source no -k regex:gate1 -c 1 -f -o $OUT/gate-moba ./attnc bench -device cuda -heads 32 -repeat 1 -n 16384 ../../examples/moba.attn > $OUT/gate-moba.log 2>&1
$NCU -i $OUT/gate-moba.ncu-rep --page details > $OUT/gate-moba.txt 2>&1
$NCU -i $OUT/gate-moba.ncu-rep --page source --csv --print-source sass > $OUT/gate-moba.sass.csv 2>&1
echo "== gate-moba: $(grep -E "Duration|Registers Per|Achieved Occupancy|Issue Slots Busy|No Eligible|Executed Ipc A" $OUT/gate-moba.txt | tr -s ' ' | tr '\n' ';' | cut -c1-700)"
rm -f $OUT/gate-moba.ncu-rep
echo "[$SECONDS s] the staged row tiles under compute-sanitizer"
for tool in memcheck racecheck; do
  echo "$tool hisa: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool ./attnc run -device cuda -check ../../examples/hisa.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|hazard|ref_match" | head -4 | tr '\n' ' ')"
done
echo "[$SECONDS s] S2O through the executor's host steps"
echo "== run -check s2o: $(ATTNC_CACHE_DIR=cache timeout 90 ./attnc run -device cuda -check ../../examples/s2o.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error|host" | tr '\n' ' ' | cut -c1-400)"
bench 8192 "" ../../examples/s2o.attn
echo "[$SECONDS s] done"
