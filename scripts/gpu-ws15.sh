#!/usr/bin/env bash
# Twenty-first session, third call: the gate's means in 16-byte loads
# (poolSplit's new order; ATTNC_GATE_VLOAD=0 is the old), correct on the
# device first (TestGPUGate, the executor against the interpreter), then
# base (the twentieth session's gate) / before the loads / new in one
# call, and the top-102 gate at 131072.
# Usage: G=.gpupack/l scripts/gpu-ws15.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws15.log
echo "[$SECONDS s] TestGPUGate (every row against the host's rule)"
ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 60 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -20
perrow_runchecks
BASE="ATTNC_GATE_VLOAD=0 ATTNC_GATE_SMALLCUT=0 ATTNC_GATE_FASTSTORE=0"
ab() { # N PASSES FILE
  echo "-- base:"; with "$BASE" bench "$@"
  echo "-- ATTNC_GATE_VLOAD=0:"; with ATTNC_GATE_VLOAD=0 bench "$@"
  echo "-- new:"; bench "$@"
}
echo "[$SECONDS s] A/B: base = $BASE"
ab 16384 "" ../../examples/moba.attn
ab 16384 "" ../../examples/hisa.attn
ab 32768 "gate(block: 64, top: 26, keep: [diagonal])"
echo "-- 131072 new:"; BENCH_TIMEOUT=150 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] done"
