#!/usr/bin/env bash
# Nineteenth session: gpu-ws7.sh and gpu-ws8.sh in one call, sm_90a PTX
# (the first call of the session ran an llc-14 pack: sm_80; its checks
# passed, its causal.attn benchmarks found no PTX — the compileGPU bug
# fixed in 14c36b6's successor). Checks through the executor, the
# per-row benchmarks, the 32-row gate beside the 16-row one on the same
# machine, and Nsight Compute on the gates and the token stage.
# Usage: G=.gpupack/l scripts/gpu-ws9.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws9.log) 2>&1 # the log comes back even if the call runs out of time
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
perrow_runchecks
echo "[$SECONDS s] benchmarks, 16 rows a CTA"
perrow_benches
echo "[$SECONDS s] hisa, each launch timed alone (ATTNC_TIME_KERNELS=1: where the row tiles' 5 ms go)"
ATTNC_TIME_KERNELS=1 bench 16384 "" ../../examples/hisa.attn
echo "[$SECONDS s] 32 rows a CTA: correct (small cases), then the gate benchmarks"
ATTNC_GPU_GATE_SMALL=1 ATTNC_GATE_ROWS=32 ATTNC_CACHE_DIR=cache timeout 120 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -20
export ATTNC_GATE_ROWS=32
bench 16384 "" ../../examples/moba.attn
bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
bench 32768 "gate(block: 16, top: 102, keep: [diagonal])"
BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
unset ATTNC_GATE_ROWS
echo "[$SECONDS s] the 16-row gate with registers capped (ATTNC_GATE_MINCTAS)"
for m in 4 6; do
  echo "== minctasm $m: $(ATTNC_GATE_MINCTAS=$m ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check ../../examples/moba.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error" | tr '\n' ' ' | cut -c1-200)"
  ATTNC_GATE_MINCTAS=$m bench 16384 "" ../../examples/moba.attn
done
echo "[$SECONDS s] profiles"
for k in gate1 gate1-32 tokens2; do
  f=$([ $k = tokens2 ] && echo hisa || echo moba)
  rows=$([ $k = gate1-32 ] && echo 32 || echo 16)
  ATTNC_GATE_ROWS=$rows ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:${k%-32} --launch-count 1 --section WarpStateStats --section SchedulerStats --section Occupancy --section SourceCounters --metrics smsp__inst_executed.sum,smsp__inst_executed_pipe_fma.sum,smsp__inst_executed_op_shared_ld.sum,lts__t_bytes.sum,dram__bytes_read.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/$f.attn > $OUT/ncu-$k.txt 2>&1
  echo "== $k: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ|Achieved Occ|Registers Per|lts__t_bytes|dram__bytes|Stall" $OUT/ncu-$k.txt | tr -s ' ' | tr '\n' ';' | cut -c1-1200)"
done
for rows in 16 32; do
  ATTNC_GATE_ROWS=$rows ATTNC_CACHE_DIR=cache timeout 100 /usr/local/cuda/bin/ncu --kernel-name regex:gate[0-9] --launch-count 1 --section SpeedOfLight --section Occupancy --metrics smsp__inst_executed.sum,lts__t_bytes.sum,dram__bytes_read.sum ./attnc bench -device cuda -n 131072 -heads 32 -repeat 1 -passes "gate(block: 64, top: 102, keep: [diagonal])" ../../examples/causal.attn > $OUT/ncu-gate131k-$rows.txt 2>&1
  echo "== gate 131072, $rows rows: $(grep -E "Duration|Throughput|inst_executed|lts__t_bytes|dram__bytes|Theoretical Occ" $OUT/ncu-gate131k-$rows.txt | tr -s ' ' | tr '\n' ';' | cut -c1-800)"
done
echo "[$SECONDS s] the capped gate at 131072"
for m in 4 6; do
  ATTNC_GATE_MINCTAS=$m BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
done
echo "[$SECONDS s] done"
