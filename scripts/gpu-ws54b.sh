#!/usr/bin/env bash
# The thirty-second session's last device time (≤ 200 s, after eleven
# refused starts; it never ran): gpu-ws54's checks and one round of its A/B — the list
# entries, classes and compensation's bits read an iteration ahead against
# the old loop (ATTNC_LIST_AHEAD=0), best and the budget at 131072 × 8
# heads. Pack: as gpu-ws54's (10e5a45).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws54b.log
ln -sfn cases/cache cache
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
kernels() { grep -E "^attnc: kernel prefill_attn" $OUT/bench.err | sed 's/^attnc: kernel /    /' | sort -u; }
echo "[$SECONDS s] correctness"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
echo "initcheck best: $(ATTNC_CACHE_DIR=cache timeout 40 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] 8 heads at 131072, ahead against the old loop"
for P in "$BEST" "$BUDGET"; do
  for v in X= ATTNC_LIST_AHEAD=0; do
    echo "-- $v"; HEADS=8 with "ATTNC_TIME_KERNELS=1 $v" bench 131072 "$P" ../examples/causal.attn; kernels
  done
done
echo "[$SECONDS s] done"
