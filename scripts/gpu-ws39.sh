#!/usr/bin/env bash
# Twenty-eighth session: the twenty-seventh's unrun call (gpu-ws38.sh: the
# sparse attention kernels at four CTAs an SM, ATTNC_SPARSE_MINCTAS=4, on
# S2O, PBS and best at 32768), the A/B that tells the split sort's spills
# from its occupancy (ATTNC_PERM_SPLIT=1 with the bucket kernel at three
# CTAs an SM, ATTNC_PERM_BUCKET_CTAS=3, against the one kernel and four),
# and issue 14's dense rows beside cuDNN and FA2 on whatever card came.
# Predictions: docs/gpu-notes.md, "Twenty-eighth session".
# Build: scripts/gpu-build.sh, then scripts/gpu-fill38.sh; (cd .gpu &&
# gzip -f attnc driver.test tests.test gpudemo && gzip -rf cases); carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws39.log
ln -sfn cases/cache cache
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
ab38() {
  echo "[$SECONDS s] round $1 at 32768: S2O, PBS and best, default and attention at 4"
  bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$S2O" ../examples/causal.attn
  bench 32768 "$PBS" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$PBS" ../examples/causal.attn
  bench 32768 "$BEST" ../examples/causal.attn
  with "ATTNC_SPARSE_MINCTAS=4" bench 32768 "$BEST" ../examples/causal.attn
}
split() {
  echo "[$SECONDS s] round $1: the sort at 32768, one kernel / split, buckets at 4 / split, buckets at 3"
  bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_PERM_SPLIT=1" bench 32768 "$S2O" ../examples/causal.attn
  with "ATTNC_PERM_SPLIT=1 ATTNC_PERM_BUCKET_CTAS=3" bench 32768 "$S2O" ../examples/causal.attn
}
ab38 1
split 1
for n in 8192 32768 131072; do
  echo "[$SECONDS s] dense at $n"
  bench $n "" ../examples/causal.attn
done
for c in time-causal64-bf16-32768 time-causal256-bf16-32768; do tm $c "round 1"; done
echo "[$SECONDS s] cuDNN, FA2"
NS=8192,32768,131072 timeout 150 python3 sdpa.py 2>&1 | grep -v Warning
for d in 64 256; do D=$d NS=32768 timeout 60 python3 sdpa.py 2>&1 | grep -v Warning | sed "s/^/d=$d /"; done
ab38 2
split 2
echo "[$SECONDS s] ptxas: registers and spills (sm_90a)"
for f in cache/ptx/*.ptx; do
  grep -qE "permute0|perm_scores|_attn" $f || continue
  ptxas -arch=sm_90a -v $f -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - | grep -E "permute0|perm_scores|attn[0-9]+'" | sed -E "s/Compiling entry function//; s/for .sm_90a.//; s/bytes stack frame/stack/; s/bytes spill stores/st/; s/bytes spill loads/ld/" | tr -s ' ' | cut -c1-160
done | sort -u
echo "[$SECONDS s] done"
