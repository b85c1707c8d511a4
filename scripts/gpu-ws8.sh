#!/usr/bin/env bash
# Eighteenth session, second call: the gate with 32 rows a CTA
# (ATTNC_GATE_ROWS=32: two m-tiles share each load of the means, dynamic
# shared memory) checked on every row and timed beside the 16-row gate
# on the same machine, then Nsight Compute on both gates and the token
# stage. Usage: G=.gpupack/l scripts/gpu-ws8.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
echo "[$SECONDS s] 32 rows a CTA: correct on every row, then the gate benchmarks"
ATTNC_GATE_ROWS=32 ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -20
export ATTNC_GATE_ROWS=32
bench 16384 "" ../../examples/moba.attn
bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
bench 32768 "gate(block: 16, top: 102, keep: [diagonal])"
BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
unset ATTNC_GATE_ROWS
echo "[$SECONDS s] 16 rows a CTA, the same machine"
bench 16384 "" ../../examples/moba.attn
BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] profiles"
for k in gate1 gate1-32 tokens2; do
  f=$([ $k = tokens2 ] && echo hisa || echo moba)
  rows=$([ $k = gate1-32 ] && echo 32 || echo 16)
  ATTNC_GATE_ROWS=$rows ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:${k%-32} --launch-count 1 --section WarpStateStats --section SchedulerStats --section Occupancy --section SourceCounters --metrics smsp__inst_executed.sum,smsp__inst_executed_pipe_fma.sum,smsp__inst_executed_op_shared_ld.sum,lts__t_bytes.sum,dram__bytes_read.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/$f.attn > $OUT/ncu-$k.txt 2>&1
  echo "== $k: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ|Registers Per|lts__t_bytes|dram__bytes" $OUT/ncu-$k.txt | tr -s ' ' | tr '\n' ';' | cut -c1-800)"
done
# The gate at 131072 (64-key blocks, top 102, d = 128), 16 and 32 rows:
# is it bound by the means' L2 traffic (docs/gpu-notes.md)?
for rows in 16 32; do
  ATTNC_GATE_ROWS=$rows ATTNC_CACHE_DIR=cache timeout 150 /usr/local/cuda/bin/ncu --kernel-name regex:gate[0-9] --launch-count 1 --section SpeedOfLight --section Occupancy --metrics smsp__inst_executed.sum,lts__t_bytes.sum,dram__bytes_read.sum ./attnc bench -device cuda -n 131072 -heads 32 -repeat 1 -passes "gate(block: 64, top: 102, keep: [diagonal])" ../../examples/causal.attn > $OUT/ncu-gate131k-$rows.txt 2>&1
  echo "== gate 131072, $rows rows: $(grep -E "Duration|Throughput|inst_executed|lts__t_bytes|dram__bytes|Theoretical Occ" $OUT/ncu-gate131k-$rows.txt | tr -s ' ' | tr '\n' ';' | cut -c1-800)"
done
echo "[$SECONDS s] done"
