#!/usr/bin/env bash
# On the lent GPU machine, the seventeenth session's call: (1) the gate's
# heap and tensor-core scores and the token stage's CTA per 8 rows held to
# the host's rules (TestGPUGate, every row), under the sanitizers at the
# small size, and through the executor (`attnc run -check`: ref_match);
# (2) issue 18's benchmarks against the sixteenth session's numbers
# (docs/gpu-notes.md has the predictions); (3) issue 14: the dense default
# at 8192/32768/131072 and head dims 64 (default and the 128-key split
# kernel) and 256, cuDNN and FA2 in the same call.
# Usage: [G=.gpupack/i] scripts/gpu-ws4.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
G=${G:-.gpupack/i}
. "$(dirname "$0")/gpu-cases.sh"
OUT=${OUT:-/tmp/out}
mkdir -p $OUT
cd $G
for x in attnc driver.test tests.test; do [ -f $x.gz ] && gunzip -f $x.gz; chmod +x $x; done # carried compressed (64 MiB)
T=cases
rm -f /tmp/hung
echo "[$SECONDS s] TestGPUGate (gate and tokens, every row against the host's rule)"
ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -40
for tool in racecheck synccheck memcheck; do
  echo "$tool: $(ATTNC_GPU_GATE_SMALL=1 ATTNC_GPU_GATE_ONLY="tokens" ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool $tool ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|^ok|PASS" | head -4 | tr '\n' ' ')"
done
for f in moba hisa; do
  echo "== run -check $f: $(ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check ../../examples/$f.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|host|error" | tr '\n' ' ' | cut -c1-300)"
done
echo "[$SECONDS s] per-row benchmarks"
bench 16384 "" ../../examples/moba.attn
bench 16384 "" ../../examples/hisa.attn
bench 32768 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
bench 32768 "gate(block: 16, top: 102, keep: [diagonal])"
bench 32768 "gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)"
bench 131072 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] issue 14: head dim 64 with 128-key tiles, correctness"
for c in bf16-causal64-k128-ws-ppfalse-kv bf16-causal64-k128-ws-pptrue-kv; do check $c; done
echo "[$SECONDS s] issue 14: timings"
for c in time-causal-bf16-8192 time-causal-bf16-32768 time-causal64-bf16-32768 time-causal64-k128-bf16-32768-ws-ppfalse-kv time-causal64-k128-bf16-32768-ws-pptrue-kv time-causal256-bf16-32768; do tm $c "round 1"; done
TM_TIMEOUT=90 tm time-causal-bf16-131072 "round 1"
for c in time-causal-bf16-32768 time-causal64-bf16-32768 time-causal64-k128-bf16-32768-ws-ppfalse-kv; do tm $c "round 2"; done
echo "[$SECONDS s] sdpa"
NS=8192,32768,131072 timeout 90 python3 sdpa.py 2>&1 | grep -v Warning
D=64 NS=32768 timeout 40 python3 sdpa.py 2>&1 | grep -v Warning | sed 's/^/d=64 /'
D=256 NS=32768 timeout 40 python3 sdpa.py 2>&1 | grep -v Warning | sed 's/^/d=256 /'
echo "[$SECONDS s] done"
