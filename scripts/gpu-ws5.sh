#!/usr/bin/env bash
# A short call (the seventeenth session's last device minutes): the gate
# with its first chunk sorted — TestGPUGate on three schedules (every row
# against the host's rule), then the gate's time in four benchmarks.
# Usage: [G=.gpupack/j] scripts/gpu-ws5.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/j}
echo "[$SECONDS s] TestGPUGate"
# ATTNC_GPU_GATE_ONLY is a substring of the schedule (the first run gave it
# a regexp, matched nothing and passed at once; the follow-up ran these).
for o in "top: 8, keep: [diagonal])" "top: 100"; do
  ATTNC_GPU_GATE_ONLY="$o" ATTNC_CACHE_DIR=cache timeout 40 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -5
done
b() { # N PASSES [FILE]
  local f=${3:-../../examples/causal.attn}
  echo "== N=$1 ${2:-(its own schedule)} $(basename $f)"
  ATTNC_CACHE_DIR=cache timeout 120 ./attnc bench -device cuda -json -n $1 -heads 32 -repeat 3 ${2:+-passes "$2"} $f 2>/tmp/be | python3 -c 'import json,sys
for l in sys.stdin:
    if not l.strip(): continue
    j=json.loads(l)
    print("  dense %.3f sparse %.3f; %s" % (j["dense_ms"], j["sparse_ms"], ", ".join("%s %.3f" % (k.replace("cuda ",""), v) for k, v in sorted(j["stage_ms"].items()))))'
  tail -1 /tmp/be | grep -i error
}
b 16384 "" ../../examples/moba.attn
b 32768 "gate(block: 64, top: 26, keep: [diagonal])"
b 32768 "gate(block: 16, top: 102, keep: [diagonal])"
b 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] done"
