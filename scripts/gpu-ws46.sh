#!/usr/bin/env bash
# Thirtieth session, a second call if device time is left (≤ 400 s):
# Nsight Compute on the select kernel at 131072 (MInference's density
# select: the twenty-ninth session's changes took 23 % where ≈ 45 % was
# predicted, and a profile comes before the next change), the budget's
# take and a histogram round, and the tensor-core scores; then ws43's
# full ws40 sweep if time is left. Same pack as gpu-ws45.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws46.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
PROFILE_TIMEOUT=100 profile select "=prefill_select1" 131072 "$MINF" ../examples/causal.attn
PROFILE_TIMEOUT=100 profile scores "=prefill_scores0" 131072 "$MINF" ../examples/causal.attn
# best.attn's attention with compensation (34.2 ms against the budget's
# 26.6 without it in the twenty-third session: +17 % of tiles expected
# from the mean-key chunks, +28 % measured) and the budget's, for the
# difference.
PROFILE_TIMEOUT=100 profile attn_best "=prefill_attn2" 131072 "$BEST" ../examples/causal.attn
PROFILE_TIMEOUT=100 profile attn_budget "=prefill_attn2" 131072 "$BUDGET" ../examples/causal.attn
PROFILE_TIMEOUT=100 profile take "_take" 131072 "$BUDGET" ../examples/causal.attn
PROFILE_TIMEOUT=100 profile hist "_hist16" 131072 "$BUDGET" ../examples/causal.attn
for f in select scores attn_best attn_budget take hist; do
  echo "== $f: stalls and throughput"
  grep -E "Duration|Compute \(SM\) Throughput|Memory Throughput|DRAM Throughput|L1/TEX Hit|L2 Hit|Registers Per|Achieved Occupancy|Warp Cycles Per Issued|Stall|Issue Slots Busy|Shared Memory" $OUT/$f.txt 2>/dev/null | tr -s ' ' | head -30
done
echo "[$SECONDS s] done"
