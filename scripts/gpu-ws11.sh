#!/usr/bin/env bash
# Twentieth session: where the gate's time goes, line by line (Nsight
# Compute's full set with warp-state sampling per SASS instruction, for
# moba.attn's gate at 16384 and a 64-key top-102 gate at 32768), the
# staged row tiles under compute-sanitizer, and S2O with the executor's
# new host steps (never run on a GPU). Priority order; the log comes back
# in $OUT even if the call is cut off.
# Usage: G=.gpupack/l scripts/gpu-ws11.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws11.log) 2>&1
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
NCU=/usr/local/cuda/bin/ncu
command -v ncu >/dev/null && NCU=ncu
prof() { # NAME ARGS…: the first gate launch of `attnc bench ARGS`, full set
  local n=$1; shift
  ATTNC_CACHE_DIR=cache timeout 150 $NCU --set full --import-source no -k regex:gate1 -c 1 -f -o $OUT/$n ./attnc bench -device cuda -heads 32 -repeat 1 "$@" > $OUT/$n.log 2>&1
  $NCU -i $OUT/$n.ncu-rep --page details > $OUT/$n.txt 2>&1
  $NCU -i $OUT/$n.ncu-rep --page source --csv --print-source sass > $OUT/$n.sass.csv 2>&1
  echo "== $n: $(grep -E "Duration|Registers Per|Achieved Occupancy|Issue Slots Busy|No Eligible|Executed Ipc A|L1/TEX Hit|Shared.*Bank" $OUT/$n.txt | tr -s ' ' | tr '\n' ';' | cut -c1-900)"
  rm -f $OUT/$n.ncu-rep
}
echo "[$SECONDS s] the gate's profiles"
prof gate-moba -n 16384 ../../examples/moba.attn
prof gate-64-102 -n 32768 -passes "gate(block: 64, top: 102, keep: [diagonal])" ../../examples/causal.attn
echo "[$SECONDS s] the staged row tiles under compute-sanitizer"
KN=""
compute-sanitizer --help 2>&1 | grep -q -- "--kernel-name" && KN="--kernel-name kns=_row"
echo "filter: ${KN:-none}"
for tool in memcheck racecheck; do
  for f in hisa moba; do
    echo "$tool $f: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool $tool $KN ./attnc run -device cuda -check ../../examples/$f.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|hazard|ref_match|error" | head -4 | tr '\n' ' ')"
  done
done
echo "[$SECONDS s] S2O through the executor's host steps"
echo "== run -check s2o: $(ATTNC_CACHE_DIR=cache timeout 90 ./attnc run -device cuda -check ../../examples/s2o.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error|host" | tr '\n' ' ' | cut -c1-400)"
bench 8192 "" ../../examples/s2o.attn
echo "[$SECONDS s] benchmarks"
bench 16384 "" ../../examples/moba.attn
BENCH_TIMEOUT=200 bench 32768 "" ../../examples/s2o.attn
echo "[$SECONDS s] done"
