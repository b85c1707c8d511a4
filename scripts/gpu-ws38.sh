#!/usr/bin/env bash
# Twenty-seventh session, second call: S2O's permuted tiles rescored from
# per-key dots (permDots: the probes' GEMM over the query tiles' means,
# perm-scores reading 16 bytes a key instead of 256) — checked (run
# -check ref_match, memcheck, racecheck) and timed against the keys' path
# (ATTNC_PERM_DOTS=0) at 32768, alternated twice, and at 131072; then two
# register caps through knobs read at code generation:
# ATTNC_PERM_MINCTAS=4 (S2O's sort at four CTAs an SM, 64 registers,
# against three) and ATTNC_SPARSE_MINCTAS=4 (the warpgroup attention
# kernels with gathers, an early exit or compensation at four, 128
# registers, against three) on S2O, PBS and best at 32768. ptxas's
# registers and spills first. Predictions: docs/gpu-notes.md,
# "Twenty-seventh session".
# Build: scripts/gpu-build.sh, then scripts/gpu-fill38.sh (every knob's
# PTX into the cache); (cd .gpu && gzip -f attnc driver.test tests.test
# gpudemo && gzip -rf cases); carry .gpu. PART=2 skips to the caps.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws38.log
ln -sfn cases/cache cache
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
echo "[$SECONDS s] ptxas: registers and spills (sm_90a)"
for f in cache/ptx/*.ptx; do
  grep -qE "permute0|perm_scores|_attn" $f || continue
  ptxas -arch=sm_90a -v $f -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - | grep -E "permute0|perm_scores|attn[0-9]+'" | sed -E "s/Compiling entry function//; s/for .sm_90a.//; s/bytes stack frame/stack/; s/bytes spill stores/st/; s/bytes spill loads/ld/" | tr -s ' ' | cut -c1-160
done | sort -u
if [ "${PART:-1}" = 1 ]; then
  echo "[$SECONDS s] checks (per-key dots)"
  runcheck S2O 1500 4 ../examples/causal.attn "$S2O"
  runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
  runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
  echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 -passes "$S2O" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
  echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 2048 -heads 1 -synthetic 3 -passes "$S2O" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
  for r in 1 2; do
    echo "[$SECONDS s] round $r: S2O at 32768, dots / keys"
    bench 32768 "$S2O" ../examples/causal.attn
    with "ATTNC_PERM_DOTS=0" bench 32768 "$S2O" ../examples/causal.attn
  done
  echo "[$SECONDS s] S2O at 131072, dots / keys"
  with "BENCH_TIMEOUT=150" bench 131072 "$S2O" ../examples/causal.attn
  with "BENCH_TIMEOUT=150 ATTNC_PERM_DOTS=0" bench 131072 "$S2O" ../examples/causal.attn
fi
echo "[$SECONDS s] caps at 32768: S2O sort at 4, attention at 4; PBS and best, attention at 4 and default"
with "ATTNC_PERM_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
bench 32768 "$PBS" ../examples/causal.attn
with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$PBS" ../examples/causal.attn
bench 32768 "$BEST" ../examples/causal.attn
with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$BEST" ../examples/causal.attn
echo "[$SECONDS s] done"
