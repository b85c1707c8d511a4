#!/usr/bin/env bash
# Twenty-fourth session, first call: mode mass's count estimated from the
# row's mass, summed 32 candidates at a time (codegen/nvptx/select_mass.go)
# — checked (TestGPUSelect, run -check on xattn.attn and pbs.attn, with
# the new kernel and the one before it, ATTNC_MASS_BINS=0), then timed
# against it alternated in one call: XAttention's schedule at 32768 and
# 131072, PBS's at 131072 (causal.attn, bf16, d = 128, H = 32).
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws29.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws29.log
XA="tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])"
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
for v in 1 0; do
  echo "[$SECONDS s] checks, ATTNC_MASS_BINS=$v"
  (export ATTNC_MASS_BINS=$v
   ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | grep -E "mass|^---|FAIL|panic|PASS" | head -12
   runcheck xattn 1500 4 ../../examples/xattn.attn
   runcheck pbs 1500 4 ../../examples/pbs.attn
   runcheck xattn 4096 4 ../../examples/causal.attn "$XA")
done
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/xattn.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/xattn.attn 2>&1 | grep -E "HAZARD|RACECHECK SUMMARY|rror" | head -3 | tr '\n' ' ')"
for r in 1 2; do
  for v in 1 0; do
    echo "[$SECONDS s] round $r, ATTNC_MASS_BINS=$v"
    with "ATTNC_MASS_BINS=$v" bench 32768 "$XA"
    with "ATTNC_MASS_BINS=$v" bench 131072 "$XA"
  done
done
for v in 1 0; do
  echo "[$SECONDS s] PBS, ATTNC_MASS_BINS=$v"
  with "ATTNC_MASS_BINS=$v" bench 131072 "$PBS"
done
echo "[$SECONDS s] done"
