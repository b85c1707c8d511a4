#!/usr/bin/env bash
# Thirty-seventh session, second call. After gpu-ws63.sh: (1) initcheck
# on the budget's, MInference's and accurate.attn's schedules (the select
# kernel no longer reads the scores of forbidden tiles: 0 errors
# expected); ref_match at 4500. (2) 131072 × 8 heads: MInference's and
# the budget's select kernels without the radix path (their occupancy
# back), accurate.attn's radix against bitonic, alternated in one
# process. (3) best at 32 heads (issue 13's ≤ 36 ms). Predictions:
# docs/gpu-notes.md, "Thirty-seventh session". Pack: gpu-fill57.sh,
# gpu-fill62.sh, gpu-fill63.sh, gzip. QUICK=1 (little device time
# left): initcheck and ref_match on the budget and accurate.attn only,
# MInference and accurate.attn timed one round, no 32 heads.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws64.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="$BUDGET; compensate(order: 0)"
ACC_S="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.002288)"
# The early stop with a patience (tune's choice, docs/accuracy.md): never
# run on a GPU before; ref_match at 4500 and its time beside accurate's.
ACC_P3="tile(q: 64, k: 64); score(mean); select(density: 1, keep: [sink, diagonal]); order(score); early_stop(eps: 0.006043, patience: 3)"
echo "[$SECONDS s] initcheck and ref_match, 4500"
IC=("$BUDGET" "$MINF" "$ACC_S" "$BEST" "$ACC_P3"); [ -n "${QUICK:-}" ] && IC=("$BUDGET" "$ACC_S" "$ACC_P3")
for P in "${IC[@]}"; do
  ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool initcheck --print-limit 20 ./attnc run -device cuda -n 4500 -heads 1 -synthetic 3 -passes "$P" ../examples/causal.attn > $OUT/ic.txt 2>&1
  echo "  ${P##*; }: $(grep -E "ERROR SUMMARY" $OUT/ic.txt | head -1) $(grep -oE "at [A-Za-z0-9_$.]+\+0x[0-9a-f]+" $OUT/ic.txt | sort | uniq -c | head -3 | tr '\n' ' ')"
  echo "  $(runcheck "${P##*; }" 4500 4 ../examples/causal.attn "$P")"
done
TS=("minf|$MINF" "budget|$BUDGET" "accurate|$ACC_S" "patience3|$ACC_P3"); [ -n "${QUICK:-}" ] && TS=("minf|$MINF" "accurate|$ACC_S")
for P in "${TS[@]}"; do
  echo "[$SECONDS s] ${P%%|*}, 131072 × 8 heads, radix | bitonic, 2 rounds"
  ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 150 ./attnc bench -device cuda -json -n 131072 -heads 8 -repeat 3 -variants "-|ATTNC_SELECT_SORT=bitonic" -rounds ${ROUNDS:-2} -passes "${P#*|}" ../examples/causal.attn > $OUT/b.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l); s=j["stage_ms"]
    print("  r%d %-26s dense %.2f sparse %.3f density %.4f attention %.3f %s" % (j.get("round",0), j.get("variant","-"), j["dense_ms"], j["sparse_ms"], j["density"], s.get("cuda attention %2", 0), {k.split(": ")[-1]: round(v, 3) for k, v in s.items() if "select1" in k and ("take" in k or k.endswith("select1"))}))' $OUT/b.json
  grep -E "kernel prefill_select1(_take)?:" $OUT/b.err | sort -u | cut -c1-160 | sed 's/^/  /'
done
[ -z "${QUICK:-}" ] && [ $SECONDS -lt ${UNTIL32:-330} ] && {
  echo "[$SECONDS s] best, 32 heads, one warpgroup, 2 rounds"
  ATTNC_CACHE_DIR=cache timeout 200 ./attnc bench -device cuda -json -n 131072 -heads 32 -repeat 3 -variants "-" -rounds 2 -passes "$BEST" ../examples/causal.attn > $OUT/b32.json 2>$OUT/b.err || tail -2 $OUT/b.err
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    j=json.loads(l); print("  r%d dense %.2f sparse %.3f stages %s" % (j.get("round",0), j["dense_ms"], j["sparse_ms"], {k: round(v, 3) for k, v in j["stage_ms"].items() if v}))' $OUT/b32.json
}
echo "[$SECONDS s] done"
