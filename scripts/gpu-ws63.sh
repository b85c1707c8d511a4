#!/usr/bin/env bash
# Thirty-seventh session. (1) The skipping pair kernel without the guard
# on its P·V wgmma (thirty-fourth session's, which ptxas serialised:
# C7520): ptxas -v on the skipping kernels, ref_match at 4500, and the
# three variants timed at 131072 × 8 heads as gpu-ws62.sh did. (2) The
# uninitialised reads initcheck found on the plain budget schedule: the
# report's first entries whole (kernel, PC, thread, address) under
# $OUT/initcheck.txt and their kernels counted. (3) best at 32 heads,
# one warpgroup against masked pairs (issue 13's ≤ 36 ms). (4) ACC=1:
# examples/accurate.attn's schedule timed (its select's sort).
# Predictions: docs/gpu-notes.md, "Thirty-seventh session". Pack as for
# gpu-ws62.sh (gpu-fill57.sh, gpu-fill62.sh, gzip).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws63.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
ACC_S="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.002288)"
S2="ATTNC_PAIR=1 ATTNC_PAIR_SKIP=1"
px=/usr/local/cuda/bin/ptxas; command -v ptxas >/dev/null && px=ptxas
echo "[$SECONDS s] ptxas on the pair kernels (a C7520 line would mean serialised wgmma)"
for f in cache/ptx/*.ptx; do
  grep -q "attn2_pairs\|pairs" $f || continue
  echo "  $(basename $f): $($px -arch=sm_90a -v $f -o /dev/null 2>&1 | awk '/warn|C75|serializ|rror/ {print; next} /Compiling entry/ {on = /attn2\047/} on && /registers|spill/' | tr -s ' ' | tr '\n' ' ' | cut -c1-240)"
done
echo "[$SECONDS s] the skipping kernel against the interpreter"
for P in "$MINF" "$BEST"; do
  echo "  $(with "$S2" runcheck "${P##*; }" 4500 4 ../examples/causal.attn "$P")"
done
echo "[$SECONDS s] initcheck, plain budget, 4500 × 1 head"
ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool initcheck --print-limit 6 --show-backtrace device ./attnc run -device cuda -n 4500 -heads 1 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn > $OUT/initcheck.txt 2>&1
grep -E "ERROR SUMMARY" $OUT/initcheck.txt | head -1
grep -oE "at [A-Za-z0-9_$.]+\+0x[0-9a-f]+" $OUT/initcheck.txt | sort | uniq -c | head
grep -m3 -A8 "Uninitialized" $OUT/initcheck.txt | cut -c1-160
echo "[$SECONDS s] initcheck, MInference and accurate, 4500 × 1 head"
for P in "$MINF" "$ACC_S"; do
  ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool initcheck --print-limit 200 ./attnc run -device cuda -n 4500 -heads 1 -synthetic 3 -passes "$P" ../examples/causal.attn > $OUT/ic2.txt 2>&1
  echo "  ${P##*; }: $(grep -E "ERROR SUMMARY" $OUT/ic2.txt | head -1) $(grep -oE "at [A-Za-z0-9_$.]+\+0x[0-9a-f]+" $OUT/ic2.txt | sed 's/+0x.*//' | sort | uniq -c | tr '\n' ' ')"
done
V="-|ATTNC_PAIR=1|$S2|ATTNC_SELECT_SORT=bitonic"
for P in "budget|$BUDGET" "minf|$MINF" "best|$BEST"; do
  [ $SECONDS -lt ${UNTIL:-300} ] || break
  echo "[$SECONDS s] ${P%%|*}, 8 heads, variants alternated ${ROUNDS:-2} times"
  ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 8 -repeat 3 -variants "$V" -rounds ${ROUNDS:-2} -passes "${P#*|}" ../examples/causal.attn > $OUT/b.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l); s=j["stage_ms"]
    print("  r%d %-30s dense %.2f sparse %.3f attention %.3f kernel %.3f comp-list %.3f select %s" % (j.get("round",0), j.get("variant","-"), j["dense_ms"], j["sparse_ms"], s.get("cuda attention %2", 0), s.get("cuda attention %2: kernel", s.get("cuda attention %2", 0)), s.get("cuda attention %2: compensate/prefill_attn2_comp", 0), {k: round(v, 3) for k, v in s.items() if "select" in k or "budget" in k}))' $OUT/b.json
  grep -E "select|take" $OUT/b.err | sort -u | head -4 | cut -c1-200 | sed 's/^/  /'
done
[ -n "${MORE:-}" ] && [ $SECONDS -lt ${UNTIL32:-380} ] && {
  echo "[$SECONDS s] best, 32 heads: one warpgroup against masked pairs"
  ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 32 -repeat 3 -variants "-|ATTNC_PAIR=1" -passes "$BEST" ../examples/causal.attn > $OUT/b32.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    j=json.loads(l); print("  %-14s dense %.2f sparse %.3f stages %s" % (j.get("variant"), j["dense_ms"], j["sparse_ms"], {k: round(v, 3) for k, v in j["stage_ms"].items() if v}))' $OUT/b32.json
}
[ -n "${ACC:-}" ] && [ $SECONDS -lt ${UNTILACC:-480} ] && {
  echo "[$SECONDS s] accurate.attn's schedule, 131072 × 8 heads"
  echo "  $(runcheck accurate 4500 4 ../examples/causal.attn "$ACC_S")"
  ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 100 ./attnc bench -device cuda -json -n 131072 -heads 8 -repeat 3 ${ACCV:+-variants "$ACCV" -rounds 2} -passes "$ACC_S" ../examples/causal.attn > $OUT/acc.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l)
    print("  %s dense %.2f sparse %.3f density %.4f stages %s" % (j.get("variant","-"), j["dense_ms"], j["sparse_ms"], j["density"], {k: round(v, 3) for k, v in j["stage_ms"].items() if v}))' $OUT/acc.json
  grep -E "select" $OUT/b.err | sort -u | head -4 | cut -c1-200 | sed 's/^/  /'
}
echo "[$SECONDS s] done"
