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
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/i}
perrow_checks "tokens"
echo "[$SECONDS s] per-row benchmarks"
perrow_benches
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
