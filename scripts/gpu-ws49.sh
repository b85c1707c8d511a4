#!/usr/bin/env bash
# Thirty-first session, the call after gpu-ws48.sh (≤ 590 s): the tile
# lists ended by one -1 instead of padded to NK (docs/gpu-notes.md,
# "Thirty-first session"). Correctness first — TestGPUSelect, run -check
# of MInference, the budget, best (the compensate list kernel reads up to
# the -1) and a decode step (its rows still padded), initcheck on all
# four (a kernel reading past a -1 reads memory never written) — then
# the A/B at 131072 against ATTNC_LIST_PAD=1 (every row padded, as
# before), each launch timed.
# Pack: gpu-build.sh, gpu-fill40.sh, gpu-fill42.sh, gpu-fill48.sh,
# gpu-fill49.sh, gzip (gpudemo out); scripts/gpu-size.sh before the call.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws49.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
KV=../tests/testdata/kvcache_bf16.attn
echo "[$SECONDS s] correctness: TestGPUSelect, run -check, initcheck"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -v " 0 differ" | head -20
runcheck minference 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
runcheck best 4500 4 ../examples/causal.attn "$BEST"
echo "== run -check decode M=1: $(ATTNC_CACHE_DIR=cache timeout 120 ./attnc run -device cuda -check -dims M=1 -n 70000 -heads 4 -lens 69000 -synthetic 3 -passes "$MINF" $KV 2>&1 | grep -E "ref_|rror|panic|host|density" | tr '\n' ' ' | cut -c1-400)"
for P in "$MINF" "$BUDGET" "$BEST"; do
  echo "initcheck ${P##*; }: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool initcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$P" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
done
echo "initcheck decode: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool initcheck ./attnc run -device cuda -dims M=1 -n 4096 -heads 2 -lens 4000 -synthetic 3 -passes "$MINF" $KV 2>&1 | grep -E "ERROR SUMMARY|Uninitialized|rror" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] the A/B at 131072, each launch timed: default, ATTNC_LIST_PAD=1"
for P in "$MINF" "$BUDGET" "$BEST"; do
  with "ATTNC_TIME_KERNELS=1" bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_TIME_KERNELS=1 ATTNC_LIST_PAD=1" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] a second round of the A/B (spread)"
for P in "$MINF" "$BUDGET"; do
  with "ATTNC_TIME_KERNELS=1" bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_TIME_KERNELS=1 ATTNC_LIST_PAD=1" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] decode 131072 (rows padded both ways)"
for v in X= ATTNC_LIST_PAD=1; do
  echo "== decode $v"
  env $v ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 90 ./attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 50 -passes "$MINF" $KV 2>&1 | grep -oE '"(dense_ms|sparse_ms)":[0-9.]+|"[^"]*(score|select|pool|decode|combine)[^"]*":[0-9.]+' | tr '\n' ' '; echo
done
echo "[$SECONDS s] done"
