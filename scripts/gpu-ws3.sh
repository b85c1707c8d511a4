#!/usr/bin/env bash
# On the lent GPU machine (seventeenth session: the gate's merge, the
# 16-byte token loads and the single-store row tiles timed): (1) the
# gate kernel's 16-row CTAs (top 100) against the host's rule; (2)
# issue 18's benchmarks — MoBA and HISA with every step on the device
# (gate, tokens, row tiles) against tile-level sparse attention at the
# same pair density and dense, at 32768 and 131072; (3) issue 14: the
# dense default (the split-K/V producer kernel, 128-key tiles) timed
# against cuDNN at 8192, 32768 and 131072.
# Usage: [G=.gpupack/h] scripts/gpu-ws3.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/h}
echo "[$SECONDS s] gate, 16 rows a CTA"
ATTNC_GPU_GATE_ONLY="top: 100" ATTNC_CACHE_DIR=cache timeout 60 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -12
# The per-row kernels (gate with its merge, tokens, row tiles) under the
# sanitizers, small sizes.
for tool in racecheck synccheck memcheck; do
  echo "$tool: $(ATTNC_GPU_GATE_SMALL=1 ATTNC_GPU_GATE_ONLY="tokens" ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool $tool ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|^ok|PASS" | head -4 | tr '\n' ' ')"
done
echo "[$SECONDS s] per-row benchmarks"
perrow_benches
echo "[$SECONDS s] the dense default (the split K/V kernel): timings"
for r in 1 2; do
  ns="8192 32768"; [ $r = 1 ] && ns="$ns 131072"
  for n in $ns; do TM_TIMEOUT=$([ $n = 131072 ] && echo 90 || echo 25) tm time-causal-bf16-$n "round $r"; done
done
echo "[$SECONDS s] sdpa"
NS=8192,32768,131072 timeout 90 python3 sdpa.py 2>&1 | grep -v Warning
echo "[$SECONDS s] done"
