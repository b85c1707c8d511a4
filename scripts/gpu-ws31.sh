#!/usr/bin/env bash
# Twenty-fourth session: gathered K and V rows carried in registers
# (codegen/nvptx/mma_load.go, keyRows) — checked (run -check on s2o.attn,
# pbs.attn and the S2O and PBS schedules on causal.attn, memcheck), then
# timed against each copy loading its rows' permutation entries
# (ATTNC_GATHER_ROWS=0, the kernel before byte for byte), alternated in
# one call: PBS's and S2O's schedules on causal.attn (bf16, d = 128,
# H = 32) at 32768, PBS's at 131072.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws31.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws31.log
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../../examples/s2o.attn
runcheck pbs 1500 4 ../../examples/pbs.attn
runcheck S2O 4096 4 ../../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../../examples/causal.attn "$S2O"
runcheck PBS 4096 4 ../../examples/causal.attn "$PBS"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/pbs.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
for r in 1 2; do
  for v in 1 0; do
    echo "[$SECONDS s] round $r, ATTNC_GATHER_ROWS=$v"
    with "ATTNC_GATHER_ROWS=$v" bench 32768 "$PBS"
    with "ATTNC_GATHER_ROWS=$v" bench 32768 "$S2O"
  done
done
for v in 1 0; do
  echo "[$SECONDS s] PBS at 131072, ATTNC_GATHER_ROWS=$v"
  with "ATTNC_GATHER_ROWS=$v" bench 131072 "$PBS"
done
echo "[$SECONDS s] done"
