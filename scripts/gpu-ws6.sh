#!/usr/bin/env bash
# Prepared at the end of the seventeenth session for the next one: the
# gate's untimed instruction cuts (the rows' geometry once per CTA, the
# merge's binary search only where a lane has a candidate) — correct
# (TestGPUGate, every row; sanitizers; run -check), timed (the gate's
# benchmarks; predictions in docs/gpu-notes.md), and profiled at the
# source level (Nsight Compute's source counters on moba.attn's gate:
# where its 3.7e9 instructions go), then the token stage's profile.
# Usage: [G=.gpupack/k] scripts/gpu-ws6.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
G=${G:-.gpupack/k}
. "$(dirname "$0")/gpu-cases.sh"
OUT=${OUT:-/tmp/out}
mkdir -p $OUT
cd $G
for x in attnc driver.test; do [ -f $x.gz ] && gunzip -f $x.gz; chmod +x $x; done
echo "[$SECONDS s] TestGPUGate"
ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -12
for tool in racecheck synccheck memcheck; do
  echo "$tool: $(ATTNC_GPU_GATE_SMALL=1 ATTNC_GPU_GATE_ONLY="top: 8" ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool $tool ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|^ok|PASS" | head -4 | tr '\n' ' ')"
done
for f in moba hisa; do
  echo "== run -check $f: $(ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check ../../examples/$f.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error" | tr '\n' ' ' | cut -c1-300)"
done
echo "[$SECONDS s] benchmarks"
bench 16384 "" ../../examples/moba.attn
bench 16384 "" ../../examples/hisa.attn
bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
bench 32768 "gate(block: 16, top: 102, keep: [diagonal])"
bench 32768 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] profiles"
for k in gate1 tokens2; do
  f=$([ $k = gate1 ] && echo moba || echo hisa)
  ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:$k --launch-count 1 --section WarpStateStats --section SchedulerStats --section Occupancy --section SourceCounters --metrics smsp__inst_executed.sum,smsp__inst_executed_pipe_fma.sum,smsp__inst_executed_op_shared_ld.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/$f.attn > $OUT/ncu-$k.txt 2>&1
  echo "== $k: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ" $OUT/ncu-$k.txt | tr -s ' ' | tr '\n' ';' | cut -c1-600)"
done
echo "[$SECONDS s] done"
