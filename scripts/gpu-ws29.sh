#!/usr/bin/env bash
# Twenty-third session, last call: the sort's staged codes packed with
# their indices (one 8-byte word) and placed from one per-digit base —
# checked (run -check, memcheck, racecheck), then timed against
# ATTNC_PERM_PACKED=0 (the previous kernel, byte for byte) at 32768,
# alternated twice, and at 131072 if the call's time allows.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws29.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws29.log
runcheck s2o 1500 4 ../../examples/s2o.attn
runcheck S2O 4096 4 ../../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../../examples/causal.attn "$S2O"
for tool in memcheck racecheck; do
  echo "$tool: $(ATTNC_CACHE_DIR=cache timeout 60 compute-sanitizer --tool $tool ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|rror" | head -3 | tr '\n' ' ')"
done
echo "[$SECONDS s] A/B at 32768"
for round in 1 2; do
  echo "-- packed (round $round)"; bench 32768 "$S2O"
  echo "-- ATTNC_PERM_PACKED=0 (round $round)"; with "ATTNC_PERM_PACKED=0" bench 32768 "$S2O"
done
if [ $SECONDS -lt 100 ]; then
  echo "[$SECONDS s] 131072"; with "BENCH_TIMEOUT=90" bench 131072 "$S2O"
fi
echo "[$SECONDS s] done"
