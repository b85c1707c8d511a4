#!/usr/bin/env bash
# Regenerates the tables of docs/accuracy.md: every sparse schedule at
# several settings on the real trace and on synthetic attention, each row
# one `attnc run -check` (density, rel_err and mass_recall against the
# dense float64 result). Takes about 15 minutes on a 2-core machine.
#
#   docs/accuracy.sh [../shared/traces/go8k_L1.safetensors]
set -euo pipefail
cd "$(dirname "$0")/.."
trace=${1:-../shared/traces/go8k_L1.safetensors}
go build -o /tmp/attnc-acc ./cmd/attnc
kernel=examples/xattn.attn # causal f16[H,N,64]; -passes replaces its schedule

rows() { # $1 = input flags
  local input=$1
  run() { /tmp/attnc-acc run -check $input -passes "tile(q: 64, k: 64); $2" -row "$1" $kernel; }
  for t in 0.5 0.7 0.8 0.9 0.95 0.99; do run "oracle mass τ=$t" "score(oracle); select(mass: $t)"; done
  for r in 0.05 0.1 0.2; do run "oracle density ρ=$r" "score(oracle); select(density: $r)"; done
  for t in 0.8 0.9 0.95 0.99; do run "xattn mass τ=$t" "score(antidiagonal, stride: 8); select(mass: $t, keep: [sink, diagonal])"; done
  for r in 0.05 0.1 0.2; do run "xattn-scores density ρ=$r" "score(antidiagonal, stride: 8); select(density: $r, keep: [sink, diagonal])"; done
  for r in 0.05 0.1 0.2 0.3; do run "minference density ρ=$r" "score(mean); select(density: $r, keep: [sink, diagonal])"; done
  for t in 0.8 0.9 0.95 0.99; do run "proxy mass τ=$t" "score(antidiagonal, stride: 8, heads: 2); select(mass: $t, keep: [sink, diagonal])"; done
  for t in 0.8 0.9 0.95 0.99; do run "pbs mass τ=$t" "permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: $t, keep: [diagonal])"; done
  for e in 0.01 0.003 0.001 0.0003; do run "s2o ε=$e" "permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: $e)"; done
}

header='| schedule | density | rel_err | mass_recall | tiles visited | early stops |
|---|---|---|---|---|---|'
echo "### Trace: $(basename "$trace") (N=8192, 4 heads, d=64)"
echo "$header"
rows "-inputs $trace"
echo
echo "### Synthetic: -synthetic 1 -n 8192 -heads 4"
echo "$header"
rows "-synthetic 1 -n 8192 -heads 4 -kv-heads 4"
