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
# ROUNDS=R UNTIL=S: R rounds (2), no schedule started after S seconds;
# MORE=1 adds skipping at 4 and 3 stages, masked at 4, and best at 32
# heads; ACC=1 examples/accurate.attn's early stop (end of the script).
# Best's lines also time compensation's list kernel (its flags in shared
# memory since the thirty-fourth session: gpu-notes' prediction).
# Predictions: docs/gpu-notes.md, "Thirty-fourth session" (and the
# thirty-fifth's: best's kbar rounded from the scores' key means). Pack:
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
# Best's default path (one warpgroup) through the new comp list kernel
# (flags in shared memory, words by ballot), and under racecheck.
echo "  default: $(runcheck best 4500 4 ../examples/causal.attn "$BEST")"
echo "  racecheck (default best): $(ATTNC_CACHE_DIR=cache timeout 90 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|rror" | head -2 | tr '\n' ' ')"
# initcheck over rows of more than 256 key tiles: a compensated list is
# padded only to its 256-entry chunk's end (thirty-fifth session).
echo "  initcheck (default best, 17000): $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 17000 -heads 1 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -2 | tr '\n' ' ')"
echo "  memcheck: $(with "$S2" env ATTNC_CACHE_DIR=cache timeout 90 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BEST" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -2 | tr '\n' ' ')"
# Every variant in one process a schedule (attnc bench -variants, the
# thirty-fourth session's): the same inputs, one dense run, alternated.
V="-|ATTNC_PAIR=1|$S2|$S2 ATTNC_PAIR_ORDER=asc|$S2 ATTNC_PAIR_STAGES=4${MORE:+|ATTNC_PAIR=1 ATTNC_PAIR_STAGES=4|$S2 ATTNC_PAIR_STAGES=3}"
for P in "budget|$BUDGET" "minf|$MINF" "best|$BEST"; do
  [ $SECONDS -lt ${UNTIL:-300} ] || break
  echo "[$SECONDS s] ${P%%|*}, 8 heads, variants alternated ${ROUNDS:-2} times"
  ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 8 -repeat 3 -variants "$V" -rounds ${ROUNDS:-2} -passes "${P#*|}" ../examples/causal.attn > $OUT/b.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l); s=j["stage_ms"]
    print("  r%d %-58s dense %.2f sparse %.3f attention %.3f kernel %.3f pairs %.3f comp-list %.3f kbar %.3f" % (j.get("round",0), j.get("variant","-"), j["dense_ms"], j["sparse_ms"], s.get("cuda attention %2", 0), s.get("cuda attention %2: kernel", s.get("cuda attention %2", 0)), s.get("cuda attention %2: pairs/prefill_attn2_pairs", 0), s.get("cuda attention %2: compensate/prefill_attn2_comp", 0), s.get("cuda attention %2: compensate/prefill_attn2_kround", s.get("cuda attention %2: compensate/prefill_attn2_kbar", 0))))' $OUT/b.json
done
[ -n "${MORE:-}" ] && [ $SECONDS -lt 400 ] && {
  echo "[$SECONDS s] best, 32 heads: one warpgroup against masked and skipping pairs"
  ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 32 -repeat 3 -variants "-|ATTNC_PAIR=1|$S2" -passes "$BEST" ../examples/causal.attn > $OUT/b32.json 2>$OUT/b.err || tail -2 $OUT/b.err
  cat $OUT/b32.json | python3 -c 'import json,sys
for l in sys.stdin:
    j=json.loads(l); print("  %-20s dense %.2f sparse %.3f" % (j.get("variant"), j["dense_ms"], j["sparse_ms"]))'
}
# ACC=1: examples/accurate.attn's schedule (thirty-sixth session: the
# early stop tune picks for head-mean 10^-2; never run on a GPU) against
# the interpreter, then timed at 131072 × 8 heads with its stages and
# density (on synthetic inputs its density falls with N: 0.24 at 8K,
# 0.09 from 32K on the CPU).
ACC_S="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.002288)"
[ -n "${ACC:-}" ] && {
  echo "[$SECONDS s] accurate.attn's schedule"
  echo "  $(runcheck accurate 4500 4 ../examples/causal.attn "$ACC_S")"
  ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 8 -repeat 3 -passes "$ACC_S" ../examples/causal.attn > $OUT/acc.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l)
    print("  dense %.2f sparse %.3f density %.4f stages %s" % (j["dense_ms"], j["sparse_ms"], j["density"], {k: round(v, 3) for k, v in j["stage_ms"].items() if v}))' $OUT/acc.json
}
echo "[$SECONDS s] done"
