#!/usr/bin/env bash
# Nineteenth session, when device time ran short: gpu-ws9.sh's essentials
# in priority order (the call may be cut off; its log comes back in $OUT).
# Usage: G=.gpupack/l scripts/gpu-ws10.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws10.log) 2>&1
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
perrow_runchecks
echo "[$SECONDS s] benchmarks"
bench 16384 "" ../../examples/hisa.attn
bench 16384 "" ../../examples/moba.attn
for m in 4 6; do echo "minctasm $m:"; ATTNC_GATE_MINCTAS=$m bench 16384 "" ../../examples/moba.attn; done
bench 32768 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
bench 32768 "gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)"
echo "[$SECONDS s] the gate's profile"
ATTNC_CACHE_DIR=cache timeout 90 /usr/local/cuda/bin/ncu --kernel-name regex:gate1 --launch-count 1 --section WarpStateStats --section Occupancy --metrics smsp__inst_executed.sum,lts__t_bytes.sum ./attnc bench -device cuda -n 16384 -heads 32 -repeat 1 ../../examples/moba.attn > $OUT/ncu-gate1.txt 2>&1
echo "== gate1: $(grep -E "Duration|Warp Cycles Per Issued|Issued Warp|inst_executed|Theoretical Occ|Achieved Occ|Registers Per|lts__t_bytes|Stall" $OUT/ncu-gate1.txt | tr -s ' ' | tr '\n' ';' | cut -c1-1200)"
bench 131072 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] done"
