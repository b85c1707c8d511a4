#!/usr/bin/env bash
# Twenty-second session, last call: every example schedule on the GPU at
# N = 32768 (causal.attn, bf16, d = 128, H = 32; moba and hisa as
# shipped), then the peers (../shared/anchors/gpu_anchors.py: cuDNN,
# FlashAttention-2, FlexAttention dense and block-sparse) in the same call
# — issue 13's table, now that no example leaves a step to the host.
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws23.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws23.log
while IFS='|' read -r name p; do
  echo "-- $name"; bench 32768 "$p"
done <<'S'
minference|tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])
xattn|tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])
proxy|tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 2); select(mass: 0.9, keep: [sink, diagonal])
budget|tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])
best|tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)
pbs|tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])
s2o|tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)
S
echo "-- moba.attn"; bench 32768 "" ../../examples/moba.attn
echo "-- hisa.attn"; bench 32768 "" ../../examples/hisa.attn
echo "[$SECONDS s] peers"
OUT=$OUT NS=32768 timeout 150 python3 gpu_anchors.py 2>&1 | grep -v Warning | tail -25
echo "[$SECONDS s] done"
