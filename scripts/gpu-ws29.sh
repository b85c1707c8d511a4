#!/usr/bin/env bash
# Twenty-third session, a last short call (issue 14's confirmation on
# whatever card comes, an H200 if lent): attnc's dense causal kernel
# (TestGPU's timing cases: bf16, H = 32, d = 128 at 8192 and 32768,
# d = 64 and 256 at 32768) and PyTorch SDPA's cuDNN and FlashAttention-2
# on the same card, alternated twice.
# Usage: the .gpu pack of scripts/gpu-ws27.sh; then scripts/gpu-ws29.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
ln -sfn cases/cache cache
gunzip -rf cases
gpu_enter . ws29.log
cp ../scripts/sdpa.py . 2>/dev/null
for round in 1 2; do
  for c in time-causal-bf16-8192 time-causal-bf16-32768 time-causal64-bf16-32768 time-causal256-bf16-32768; do
    tm $c "round $round"
  done
  NS=8192,32768 timeout 60 python3 sdpa.py 2>&1 | grep -E "median"
  D=64 NS=32768 timeout 40 python3 sdpa.py 2>&1 | grep -E "median" | sed 's/^/d=64 /'
  D=256 NS=32768 timeout 40 python3 sdpa.py 2>&1 | grep -E "median" | sed 's/^/d=256 /'
done
echo "[$SECONDS s] done"
