#!/usr/bin/env bash
# Prepared in the twenty-first session for the next call: the gate's
# score table in 8-byte pairs at pitch C + 8 (ATTNC_GATE_PAIRS=1) and two
# score tables with one barrier a chunk (ATTNC_GATE_ONEBAR=1), both off
# by default until timed (predicted in docs/gpu-notes.md), checked on the
# device first (racecheck for the one barrier); then, for the 64-key top-102 gate at 131072 (issue 18's
# MoBA goal, no gain across the last calls), the current gate against
# the one before its 16-byte loads and against a register cap of four
# CTAs an SM in one call, and its profile.
# Two calls of ≈ 6–8 minutes: PART=1 (the checks, the A/B at 16384 and
# 32768), PART=2 (131072 and the profile).
# The twenty-second session timed PART=1's A/B (gpu-ws17.sh's tail) and
# checked the pairs (gpu-ws20.sh, gpu-ws22.sh): they are now the default,
# so ATTNC_GATE_PAIRS=1 below is the default too (=0 is the old pitch).
# PART=2 has not run yet.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l PART=1 scripts/gpu-ws16.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws16.log
if [ "${PART:-1}" = 1 ]; then
echo "[$SECONDS s] TestGPUGate, default and pairs"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -10
for v in ATTNC_GATE_PAIRS=1 ATTNC_GATE_ONEBAR=1; do
  echo "$v: $(env $v ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 60 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|panic" | head -4 | tr '\n' ' ')"
done
# One barrier a chunk: the two tables must keep the stores off the table
# another warp still files from (ctaemu catches one table; racecheck too).
echo "memcheck (the default gate, 16-byte loads): $(ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool memcheck ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|FAIL|^ok|PASS" | head -3 | tr '\n' ' ')"
echo "racecheck ONEBAR: $(ATTNC_GATE_ONEBAR=1 ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool racecheck ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "RACECHECK SUMMARY|FAIL|^ok|PASS" | head -3 | tr '\n' ' ')"
perrow_runchecks
echo "[$SECONDS s] A/B: pairs, one barrier, both"
for r in 1; do
  for args in "16384|" "16384||../../examples/hisa.attn" "32768|gate(block: 64, top: 26, keep: [diagonal])"; do
    IFS='|' read -r n p f <<<"$args"
    f=${f:-../../examples/moba.attn}; [ -n "$p" ] && f=../../examples/causal.attn
    echo "-- round $r new:"; bench $n "$p" $f
    echo "-- round $r pairs:"; with ATTNC_GATE_PAIRS=1 bench $n "$p" $f
    echo "-- round $r onebar:"; with ATTNC_GATE_ONEBAR=1 bench $n "$p" $f
    echo "-- round $r both:"; with "ATTNC_GATE_PAIRS=1 ATTNC_GATE_ONEBAR=1" bench $n "$p" $f
  done
done
fi
if [ "${PART:-1}" = 2 ]; then
echo "[$SECONDS s] top 102 at 131072: new, before the 16-byte loads, four CTAs an SM, one barrier"
P102="gate(block: 64, top: 102, keep: [diagonal])"
echo "-- new:"; BENCH_TIMEOUT=200 bench 131072 "$P102"
echo "-- ATTNC_GATE_VLOAD=0:"; with "ATTNC_GATE_VLOAD=0 BENCH_TIMEOUT=200" bench 131072 "$P102"
echo "-- ATTNC_GATE_MINCTAS=4:"; with "ATTNC_GATE_MINCTAS=4 BENCH_TIMEOUT=200" bench 131072 "$P102"
echo "-- ATTNC_GATE_ONEBAR=1:"; with "ATTNC_GATE_ONEBAR=1 BENCH_TIMEOUT=200" bench 131072 "$P102"
echo "[$SECONDS s] its profile"
profile gate102 gate1 131072 "$P102"
fi
echo "[$SECONDS s] done"
