#!/usr/bin/env bash
# Thirty-fourth session. The skipping consumers in the pair-list kernel's
# split order (both lists' tiles, then one list's only, alternating
# between the two: ATTNC_PAIR_SKIP's default now; ATTNC_PAIR_ORDER=asc
# the ascending union gpu-ws57 ran), and, after gpu-ws57 (skipping consumers 9–11 % slower
# than masked ones on the budget's and best's lists, 4 % faster on
# MInference's): with two K/V stages a consumer that skips can run at
# most two union entries ahead of the one that computes, so the two
# warpgroups seldom compute at once. Do more stages let the skip pay?
# 8 heads at 131072: one warpgroup, masked pairs at 2 and 4 stages,
# skipping pairs at 2, 3 and 4 stages, alternated; then best at 32 heads
# (issue 13's ≤ 36 ms) one warpgroup against the masked pair kernel.
# ROUNDS=1 UNTIL=S: one round, no schedule started after S seconds;
# MORE=1 adds skipping at 4 and 3 stages, masked at 4, and best at 32
# heads.
# Predictions: docs/gpu-notes.md, "Thirty-fourth session". Pack:
# gpu-build.sh, gpu-fill57.sh, gpu-fill62.sh, gzip; scripts/gpu-size.sh.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws62.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
line() { python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l); s=j["stage_ms"]
    print("  %-60s dense %.2f sparse %.3f attention %.3f kernel %.3f" % (sys.argv[2], j["dense_ms"], j["sparse_ms"], s.get("cuda attention %2", 0), s.get("cuda attention %2: kernel", s.get("cuda attention %2", 0))))' $OUT/b.json "$1"; }
b() { # HEADS VARIANT PASSES
  ( export $2 ATTNC_TIME_KERNELS=1; ATTNC_CACHE_DIR=cache timeout 150 ./attnc bench -device cuda -json -n 131072 -heads $1 -repeat 3 -passes "$3" ../examples/causal.attn > $OUT/b.json 2>$OUT/b.err ) || tail -2 $OUT/b.err
  line "$2"
}
S2="ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1"
# ptxas on the skipping kernels first: a guarded wgmma (wgmmaIf) that
# ptxas serialises shows here as warning C7510-C7515.
px=/usr/local/cuda/bin/ptxas; command -v ptxas >/dev/null && px=ptxas
for f in cache/ptx/*.ptx; do
  grep -q "@q wgmma.mma_async" $f || continue
  echo "ptxas $(basename $f): $($px -arch=sm_90a -v $f -o /dev/null 2>&1 | awk '/warn|C75|serializ|rror/ {print; next} /Compiling entry/ {on = /attn2\047/} on && /registers|spill/' | tr -s ' ' | tr '\n' ' ' | cut -c1-300)"
done
echo "[$SECONDS s] the skipping kernel over the split order against the interpreter"
for P in "$MINF" "$BEST"; do
  echo "  $(with "$S2" runcheck "${P##*; }" 4500 4 ../examples/causal.attn "$P")"
done
echo "  memcheck: $(with "$S2" env ATTNC_CACHE_DIR=cache timeout 90 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -2 | tr '\n' ' ')"
for r in $(seq ${ROUNDS:-2}); do
  for P in "budget|$BUDGET" "minf|$MINF" "best|$BEST"; do
    [ $SECONDS -lt ${UNTIL:-230} ] || break 2
    echo "[$SECONDS s] round $r, ${P%%|*}, 8 heads"
    for v in X= ATTNC_PAIR=1 "$S2" "$S2 ATTNC_PAIR_ORDER=asc" ${MORE:+"$S2 ATTNC_PAIR_STAGES=4" "ATTNC_PAIR=1 ATTNC_PAIR_STAGES=4" "$S2 ATTNC_PAIR_STAGES=3"}; do
      b 8 "$v" "${P#*|}"
    done
  done
done
echo "[$SECONDS s] best, 32 heads"
[ -n "${MORE:-}" ] && for v in X= ATTNC_PAIR=1; do
  [ $SECONDS -lt 400 ] || break
  b 32 "$v" "$BEST"
done
echo "[$SECONDS s] done"
