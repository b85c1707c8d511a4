#!/usr/bin/env bash
# Builds timing cases of earlier commits beside this tree's, for
# scripts/gpu-ab.sh to time alternated in one GPU call: for each REV, a
# worktree at REV writes its GPU cases (llc here), and its time-* cases
# are copied into .gpu/cases as time-REV-* (REV shortened to 7 characters).
# Run after scripts/gpu-build.sh. Usage: scripts/gpu-variants.sh REV...
# Then on the lent machine: scripts/gpu-ab.sh time-causal-bf16-32768
# time-<rev>-causal-bf16-32768 ...
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d .gpu/cases ] || { echo "gpu-variants: run scripts/gpu-build.sh first" >&2; exit 1; }
trace=${ATTNC_TRACE:-$PWD/../shared/traces/go8k_L1.safetensors}
for rev in "$@"; do
  short=$(git rev-parse --short=7 "$rev")
  wt=$(mktemp -d) out=$(mktemp -d)
  git worktree add -q --detach "$wt" "$rev"
  (cd "$wt" && ATTNC_TRACE=$trace ATTNC_WRITE_GPU_CASES=$out go test ./tests -run TestWriteGPUCases -count=1 >/dev/null)
  for c in "$out"/time-*; do
    name=$(basename "$c")
    rm -rf ".gpu/cases/time-$short-${name#time-}"
    mkdir -p ".gpu/cases/time-$short-${name#time-}"
    cp "$c/kernel.ptx" "$c/meta.json" ".gpu/cases/time-$short-${name#time-}/"
  done
  git worktree remove --force "$wt"
  rm -rf "$out"
  echo "gpu-variants: $rev ($short): $(ls -d .gpu/cases/time-$short-* | wc -l) timing cases"
done
