#!/usr/bin/env bash
# Thirty-fourth session: ncu with the least perturbation (one pass of
# three metrics, free clocks, no cache flush) of the attention kernels:
# is the budget pair kernel's 6.39 ms (bench) against 7.67 (ncu's
# SpeedOfLight) ncu's doing, and what SM clock does each kernel run at?
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws61.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
ncu=/usr/local/cuda/bin/ncu; command -v ncu >/dev/null && ncu=ncu
for c in "budget|ATTNC_PAIR=1|$BUDGET" "minf|ATTNC_PAIR=1|$MINF" "budget|X=|$BUDGET" "minf|X=|$MINF"; do
  IFS='|' read -r name v passes <<< "$c"
  echo "-- $name $v"
  ( export $v; ATTNC_CACHE_DIR=cache timeout 100 $ncu --clock-control none --cache-control none --metrics gpu__time_duration.sum,sm__cycles_elapsed.avg,sm__cycles_elapsed.avg.per_second,sm__inst_executed.sum -k regex:prefill_attn2$ -c 3 ./attnc bench -device cuda -heads 8 -repeat 3 -n 131072 -passes "$passes" ../examples/causal.attn 2>&1 | grep -E "gpu__time|sm__cycles|sm__inst" | tr -s ' ' | paste - - - - )
done
echo "[$SECONDS s] done"
