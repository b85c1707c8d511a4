#!/usr/bin/env bash
# Thirty-fourth session, after gpu-ws57 (the skipping pair kernel ran
# 9–11 % slower than the masked one on the budget's and best's lists, 4 %
# faster on MInference's): does ptxas serialize the skipping kernel's
# wgmma (warning C7510/C7515, "wgmma.mma_async instructions are
# serialized")? ptxas -v of the four prefill modules of the pack (MInference
# and budget, masked and skipping; identified here by their wgmma counts),
# then ncu of the budget's masked pair kernel beside MInference's (the
# same sections), to find what costs MInference's pairs 25 % more a tile.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws58.log
ln -sfn cases/cache cache
px=/usr/local/cuda/bin/ptxas; command -v ptxas >/dev/null && px=ptxas
echo "[$SECONDS s] ptxas -v"
for m in 1611611d7fe55157f0bdd509f73d67a1:minf-masked 00f027f4488c13916ec30f4fd0019b9a:minf-skip 623b03a33fab3177e8b2bca53412c97d:budget-masked 0dbc9bc98da118da7b743a88819d9af8:budget-skip; do
  f=cache/ptx/${m%%:*}.ptx
  echo "== ${m#*:}"
  $px -arch=sm_90a -v $f -o /dev/null 2>&1 | awk '/warn|C75|serializ/ {print; next} /Compiling entry/ {on = /attn2\047/} on && /registers|spill|Compiling/' | sed -E 's/ptxas info +: //' | head -12
done
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
ncu=/usr/local/cuda/bin/ncu; command -v ncu >/dev/null && ncu=ncu
for c in "budget|$BUDGET" "minf|$MINF"; do
  [ $SECONDS -lt 330 ] || break
  echo "-- ncu ${c%%|*} ATTNC_PAIR=1"
  ( export ATTNC_PAIR=1; ATTNC_CACHE_DIR=cache timeout 120 $ncu --section SpeedOfLight --section Occupancy --section WarpStateStats --section InstructionStats --section ComputeWorkloadAnalysis --section LaunchStats -k regex:prefill_attn2$ -c 1 ./attnc bench -device cuda -heads 8 -repeat 1 -n 131072 -passes "${c#*|}" ../examples/causal.attn 2>&1 | grep -E "Duration|Executed Ipc|Issue Slots|Instructions|Stall|Warp Cycles|Pipe|Tensor|Achieved|Registers|Elapsed Cycles|SM Busy" | head -40 )
done
echo "[$SECONDS s] done"
