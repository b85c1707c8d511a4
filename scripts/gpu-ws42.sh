#!/usr/bin/env bash
# Twenty-ninth session: the select kernels' compaction by warp ballots
# (select_kernel.go compact: four barriers a row where a CTA scan of every
# chunk of 256 tiles took two each) and radix rounds alternating two
# histograms (three barriers a round, not five) against the kernels as
# they were (ATTNC_SELECT_OLD=1), correctness first. MInference's density
# select, the budget's take kernel (alone and in best) and PBS's mass
# select at 131072 and 32768. Predictions: docs/gpu-notes.md,
# "Twenty-ninth session".
# Build: scripts/gpu-build.sh, scripts/gpu-fill42.sh; (cd .gpu && gzip -f
# attnc driver.test tests.test gpudemo && gzip -rf cases); carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws42.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
BEST="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)"
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
echo "[$SECONDS s] correctness: the select and budget cases, run -check"
for c in $(ls $T | grep -E 'select|budget|best|minference|density|mass|top' | grep -v '^time-' | head -${WS42_CASES:-40}); do check $c; done
ATTNC_CACHE_DIR=cache timeout 120 ./driver.test -test.run 'TestGPUSelect|TestGPUBudgetHeadsMismatch' 2>&1 | tail -3
for P in "$MINF" "$BUDGET" "$BEST" "$PBS"; do
  for v in X= ATTNC_SELECT_OLD=1; do
    echo "check $v: $P"
    env $v ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check -heads 4 -n 4500 -synthetic 3 -json -passes "$P" ../examples/causal.attn 2>&1 | grep -oE "\"ref_match\":[a-z]+|\"density\":[0-9.]+|error.*" | tr "\n" " "; echo
  done
done
ab() {
  local n=$1; shift
  for P in "$@"; do
    bench $n "$P" ../examples/causal.attn
    with "ATTNC_SELECT_OLD=1" bench $n "$P" ../examples/causal.attn
  done
}
if [ -n "${WS42_SHORT:-}" ]; then
  echo "[$SECONDS s] at 131072"; ab 131072 "$MINF" "$BUDGET" "$BEST"
  echo "[$SECONDS s] done (short)"; exit 0
fi
echo "[$SECONDS s] round 1 at 131072"; ab 131072 "$MINF" "$BUDGET" "$BEST" "$PBS"
echo "[$SECONDS s] round 2 at 131072"; ab 131072 "$MINF" "$BUDGET"
echo "[$SECONDS s] at 32768"; ab 32768 "$MINF" "$BUDGET"
echo "[$SECONDS s] per launch (ATTNC_TIME_KERNELS=1), 131072"
for v in X= ATTNC_SELECT_OLD=1; do
  echo "-- $v"; with "$v ATTNC_TIME_KERNELS=1" bench 131072 "$BUDGET" ../examples/causal.attn
done
echo "[$SECONDS s] done"
