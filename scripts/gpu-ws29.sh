#!/usr/bin/env bash
# Twenty-fourth session, first call: mode mass's count estimated from the
# row's mass, summed 32 candidates at a time (codegen/nvptx/select_mass.go),
# and the select kernel's bitonic sort looping over a stage's pairs (mode
# all without ranking rounds) — checked (TestGPUSelect, run -check on
# xattn.attn, pbs.attn, s2o.attn and XAttention's schedule, memcheck),
# then timed against the kernels before them in one call: new (default),
# old (ATTNC_MASS_BINS=0 ATTNC_SORT_PAIRS=0: the twenty-third session's
# select kernel byte for byte) and the estimate alone (ATTNC_SORT_PAIRS=0)
# on causal.attn, bf16, d = 128, H = 32.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws29.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws29.log
XA="tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])"
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
MI="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
NEW="ATTNC_MASS_BINS=1"; OLD="ATTNC_MASS_BINS=0 ATTNC_SORT_PAIRS=0"; EST="ATTNC_SORT_PAIRS=0"
echo "[$SECONDS s] checks"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|[1-9][0-9]* differ|panic|rror" | head -12
runcheck xattn 1500 4 ../../examples/xattn.attn
runcheck pbs 1500 4 ../../examples/pbs.attn
runcheck s2o 1500 4 ../../examples/s2o.attn
runcheck xattn 4096 4 ../../examples/causal.attn "$XA"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/xattn.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
for v in "$NEW" "$OLD"; do
  echo "[$SECONDS s] XAttention at 131072, $v"
  with "$v" bench 131072 "$XA"
done
for r in 1 2; do
  for v in "$NEW" "$OLD" "$EST"; do
    echo "[$SECONDS s] round $r, XAttention at 32768, $v"
    with "$v" bench 32768 "$XA"
  done
done
for v in "$NEW" "$OLD"; do
  for p in "$PBS" "$MI" "$S2O"; do
    echo "[$SECONDS s] 32768, $v"
    with "$v" bench 32768 "$p"
  done
done
echo "[$SECONDS s] PBS at 131072"
bench 131072 "$PBS"
echo "[$SECONDS s] done"
