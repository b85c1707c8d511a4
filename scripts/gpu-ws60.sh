#!/usr/bin/env bash
# Thirty-fourth session: the budget's pair kernel took 13.9 M cycles
# under ncu (7.67 ms at 1.81 GHz) but 6.39 ms timed in `attnc bench`'s
# repetitions, where MInference's matched (8.51 / 8.52). Do the budget
# pair kernel's later launches differ from its first (ncu profiled the
# first)? ncu at free clocks of every launch of the attention kernel in
# a bench of three repetitions, for the budget's pair and one-warpgroup
# kernels and MInference's pair kernel.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws60.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
ncu=/usr/local/cuda/bin/ncu; command -v ncu >/dev/null && ncu=ncu
for c in "budget|ATTNC_PAIR=1|$BUDGET" "budget|X=|$BUDGET" "minf|ATTNC_PAIR=1|$MINF"; do
  IFS='|' read -r name v passes <<< "$c"
  echo "-- ncu free clocks, every launch: $name $v"
  ( export $v; ATTNC_CACHE_DIR=cache timeout 150 $ncu --clock-control none --section SpeedOfLight -k regex:prefill_attn2 -c 12 ./attnc bench -device cuda -heads 8 -repeat 3 -n 131072 -passes "$passes" ../examples/causal.attn 2>&1 | grep -E "prefill_attn2|Duration|Elapsed Cycles" | sed -E 's/\(([0-9]+), ([0-9]+), ([0-9]+)\)x\(([0-9]+), 1, 1\).*/grid \1x\2x\3 block \4/' | paste - - - | tr -s ' ' | head -12 )
done
echo "[$SECONDS s] done"
