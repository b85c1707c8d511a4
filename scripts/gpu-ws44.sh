#!/usr/bin/env bash
# Twenty-ninth session, the short call for what device time was left
# (≈ 400 s): the parts of gpu-ws43.sh in order of what each tells, each
# teed as it comes — the twenty-eighth session's kernels' correctness
# (their first GPU run), the select A/B at 131072, this session's select
# correctness, the decode A/B, then the rest of ws40 (sanitizers, stage
# times). Same pack as gpu-ws43.sh (scripts/gpu-size.sh first).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws44.log
ln -sfn cases/cache cache
sed 's/f16\[/f32[/g' ../examples/s2o.attn > s2o32.attn
sed 's/f16\[/f32[/g' ../examples/minference.attn > minf32.attn
PBSL="tile(q: 64, k: 64); permute(segment: 256, probe: last, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
PROBE="tile(q: 64, k: 64); score(probe); select(mass: 0.9, keep: [sink, diagonal])"
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
echo "[$SECONDS s] ws40: the interpreter's cases and run -check"
for c in f32-s2o-sparse bf16-pbs-last-sparse f16-pbs-last-sparse f32-minference-sparse f32-pbs-sparse f32-xattn-sparse f32-proxy-sparse; do check $c; done
runcheck s2o-f32 1500 2 s2o32.attn
runcheck minference-f32 3000 2 minf32.attn
runcheck pbs-last 4096 2 ../examples/causal.attn "$PBSL"
runcheck probe 4096 2 ../examples/causal.attn "$PROBE"
echo "[$SECONDS s] the select A/B at 131072 (default, then ATTNC_SELECT_OLD=1)"
for P in "$MINF" "$BUDGET"; do
  bench 131072 "$P" ../examples/causal.attn
  with "ATTNC_SELECT_OLD=1" bench 131072 "$P" ../examples/causal.attn
done
echo "[$SECONDS s] this session's select: run -check and TestGPUSelect"
runcheck minference 4500 4 ../examples/causal.attn "$MINF"
runcheck budget 4500 4 ../examples/causal.attn "$BUDGET"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$|TestGPUBudgetHeadsMismatch' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -30
echo "[$SECONDS s] decode at 131072, launches timed alone"
DEC="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
for v in X= ATTNC_SCORES_ROW_TILES=1 ATTNC_SELECT_OLD=1; do
  echo "== decode $v"
  env $v ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 90 ./attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 50 -passes "$DEC" ../tests/testdata/kvcache_bf16.attn 2>&1 | grep -oE '"(dense_ms|sparse_ms)":[0-9.]+|"[^"]*(score|select|pool|decode|combine)[^"]*":[0-9.]+' | tr '\n' ' '; echo
done
echo "[$SECONDS s] ws40's sanitizers"
echo "memcheck f32 s2o: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 1500 -heads 2 -synthetic 3 s2o32.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "memcheck budget: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$BUDGET" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck minference: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1024 -heads 1 -synthetic 3 -passes "$MINF" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] done"
