#!/usr/bin/env bash
# Twenty-first session, second call: the A/B of the session's first
# gate changes (the call before ran bench through env, which cannot run
# a shell function: only the new kernels were timed), then the 64-key top-102 gate's profile
# at 131072 — the configuration of issue 18's MoBA goal, where k > 32
# and neither the chunk bound nor the last cut's bitonic path applies.
# (A record: ATTNC_GATE_BATCH was dropped after this call and the pack
# no longer builds its variants; gpu-ws15.sh is the current call.)
# Usage: G=.gpupack/l scripts/gpu-ws14.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws14.log) 2>&1
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
BASE="ATTNC_GATE_BATCH=0 ATTNC_GATE_SMALLCUT=0 ATTNC_GATE_FASTSTORE=0"
ab() { # N PASSES FILE
  for r in 1 2; do
    echo "-- round $r base:"; with "$BASE" bench "$@"
    echo "-- round $r new:"; bench "$@"
  done
  for v in ATTNC_GATE_BATCH=0 ATTNC_GATE_SMALLCUT=0 ATTNC_GATE_FASTSTORE=0 ATTNC_GATE_BATCH=96; do
    echo "-- $v:"; with "$v" bench "$@"
  done
}
echo "[$SECONDS s] A/B: base = $BASE, new = default, then each left out"
ab 16384 "" ../../examples/moba.attn
ab 16384 "" ../../examples/hisa.attn
ab 32768 "gate(block: 64, top: 26, keep: [diagonal])"
echo "-- 131072 base (the new gate: call 2, 133.9 ms):"; with "$BASE BENCH_TIMEOUT=200" bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] the top-102 gate's profile at 131072"
NCU=/usr/local/cuda/bin/ncu
command -v ncu >/dev/null && NCU=ncu
ATTNC_CACHE_DIR=cache timeout 240 $NCU --set full --import-source no -k regex:gate1 -c 1 -f -o $OUT/gate102 ./attnc bench -device cuda -heads 32 -repeat 1 -n 131072 -passes "gate(block: 64, top: 102, keep: [diagonal])" ../../examples/causal.attn > $OUT/gate102.log 2>&1
$NCU -i $OUT/gate102.ncu-rep --page details > $OUT/gate102.txt 2>&1
$NCU -i $OUT/gate102.ncu-rep --page source --csv --print-source sass > $OUT/gate102.sass.csv 2>&1
echo "== gate102: $(grep -E "Duration|Registers Per|Achieved Occupancy|Issue Slots Busy|Executed Ipc A|Block Limit (Reg|Shared)" $OUT/gate102.txt | tr -s ' ' | tr '\n' ';' | cut -c1-600)"
rm -f $OUT/gate102.ncu-rep
echo "[$SECONDS s] done"
