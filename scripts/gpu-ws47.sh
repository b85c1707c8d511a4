#!/usr/bin/env bash
# Thirtieth session, the last 250 s of device time: Nsight Compute on the
# tensor-core scores kernel at 131072 (0.90 ms where 0.30–0.45 was
# predicted), then on the select kernel (1.56 ms, MInference's largest
# non-attention part). Same pack as gpu-ws45.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases/cache
gpu_enter . ws47.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
for k in scores:prefill_scores0 select:prefill_select1; do
  PROFILE_TIMEOUT=100 profile ${k%%:*} "=${k#*:}" 131072 "$MINF" ../examples/causal.attn
  grep -E "Duration|Compute \(SM\) Throughput|Memory Throughput|DRAM Throughput|L1/TEX Hit|L2 Hit|Registers Per|Achieved Occupancy|Theoretical Occupancy|Block Limit|Warp Cycles Per Issued|Issue Slots Busy|Local|Spill|Executed Ipc" $OUT/${k%%:*}.txt 2>/dev/null | tr -s ' ' | head -24
  echo "[$SECONDS s]"
done
