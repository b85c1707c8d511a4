#!/usr/bin/env bash
# Twenty-first session: the gate's means loaded a batch of n-tiles before
# their mma (ATTNC_GATE_BATCH), a row's last cut of at most 64 by bitonic
# exchanges (ATTNC_GATE_SMALLCUT) and unmasked score stores below the
# CTA's forced blocks (ATTNC_GATE_FASTSTORE) — correct on the device
# first (TestGPUGate, the executor against the interpreter), then A/B
# against the twentieth session's gate (all three off) with each change
# left out in turn, in the same call; then the new gate's and the token
# stage's profiles. Priority order; the log comes back in $OUT even if
# the call is cut off.
# Usage: G=.gpupack/l scripts/gpu-ws13.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l}
exec > >(tee $OUT/ws13.log) 2>&1
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
echo "[$SECONDS s] TestGPUGate (every row against the host's rule)"
ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -30
perrow_runchecks
BASE="ATTNC_GATE_BATCH=0 ATTNC_GATE_SMALLCUT=0 ATTNC_GATE_FASTSTORE=0"
echo "[$SECONDS s] A/B: base = $BASE, new = default, then each left out"
# with "VAR=x …" CMD…: CMD (a shell function too) with those variables.
with() { local v=$1; shift; ( export $v; "$@" ); }
ab() { # N PASSES FILE
  for r in 1 2; do
    echo "-- round $r base:"; with "$BASE" bench "$@"
    echo "-- round $r new:"; bench "$@"
  done
  for v in ATTNC_GATE_BATCH=0 ATTNC_GATE_SMALLCUT=0 ATTNC_GATE_FASTSTORE=0 ATTNC_GATE_BATCH=96; do
    echo "-- $v:"; with "$v" bench "$@"
  done
}
ab 16384 "" ../../examples/moba.attn
ab 16384 "" ../../examples/hisa.attn
ab 32768 "gate(block: 64, top: 26, keep: [diagonal])"
echo "[$SECONDS s] profiles"
NCU=/usr/local/cuda/bin/ncu
command -v ncu >/dev/null && NCU=ncu
prof() { # NAME KERNEL-REGEX FILE
  ATTNC_CACHE_DIR=cache timeout 120 $NCU --set full --import-source no -k regex:$2 -c 1 -f -o $OUT/$1 ./attnc bench -device cuda -heads 32 -repeat 1 -n 16384 $3 > $OUT/$1.log 2>&1
  $NCU -i $OUT/$1.ncu-rep --page details > $OUT/$1.txt 2>&1
  $NCU -i $OUT/$1.ncu-rep --page source --csv --print-source sass > $OUT/$1.sass.csv 2>&1
  echo "== $1: $(grep -E "Duration|Registers Per|Achieved Occupancy|Issue Slots Busy|No Eligible|Executed Ipc A|Block Limit" $OUT/$1.txt | tr -s ' ' | tr '\n' ';' | cut -c1-800)"
  rm -f $OUT/$1.ncu-rep
}
prof gate-moba gate1 ../../examples/moba.attn
prof tokens-hisa tokens ../../examples/hisa.attn
echo "[$SECONDS s] 131072, top 102 (k > 32: the batch and the stores only)"
echo "-- 131072 new:"; BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "-- 131072 base:"; with "$BASE BENCH_TIMEOUT=200" bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] done"
