#!/usr/bin/env bash
# Regenerates the measurements behind docs/accuracy.md: every sparse
# schedule at several settings, on the real trace and on synthetic attention.
# Each run is one `attnc run -check -json -label SERIES` (density,
# density_total, rel_err, mass_recall against the dense float64 result);
# `attnc frontier` turns the runs into tables and frontier plots. About 25
# minutes on a 2-core machine (the dense reference is cached after the first
# run of each input).
#
#   docs/accuracy.sh [../shared/traces/go8k_L1.safetensors]
set -euo pipefail
cd "$(dirname "$0")/.."
trace=${1:-../shared/traces/go8k_L1.safetensors}
attnc=$(mktemp -d)/attnc
go build -o "$attnc" ./cmd/attnc
kernel=examples/xattn.attn # causal f16[H,N,64]; -passes replaces its schedule

sweep() { # $1 = input flags, $2 = output .jsonl
  local input=$1 out=$2
  : >"$out"
  run() { "$attnc" run -check -json $input -label "$1" -passes "tile(q: 64, k: 64); $2" $kernel >>"$out"; }
  for t in 0.9 0.95 0.97 0.98 0.99 0.995; do run "oracle τ" "score(oracle); select(mass: $t)"; done
  for r in 0.05 0.1 0.2; do run "oracle budget" "score(oracle); budget(density: $r)"; done
  for r in 0.05 0.1 0.2; do run "oracle rowmax budget" "score(oracle); rowmax; budget(density: $r)"; done
  for t in 0.9 0.95 0.97 0.99; do run "xattn" "score(antidiagonal, stride: 8); select(mass: $t, keep: [sink, diagonal])"; done
  for r in 0.05 0.1 0.2; do run "xattn scores, top-k" "score(antidiagonal, stride: 8); select(density: $r, keep: [sink, diagonal])"; done
  for r in 0.05 0.1 0.2 0.3; do run "minference" "score(mean); select(density: $r, keep: [sink, diagonal])"; done
  for r in 0.05 0.1 0.2 0.3; do run "quest bound" "score(bound); select(density: $r, keep: [sink, diagonal])"; done
  for t in 0.9 0.95 0.97 0.99; do run "proxy" "score(antidiagonal, stride: 8, heads: 2); select(mass: $t, keep: [sink, diagonal])"; done
  for t in 0.9 0.95 0.97 0.99; do run "pbs" "permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: $t, keep: [diagonal])"; done
  for e in 0.03 0.01 0.003 0.001; do run "s2o" "permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: $e)"; done
  for r in 0.04 0.07 0.1 0.15 0.2; do run "budget" "score(mean); budget(density: $r, keep: [diagonal])"; done
  for r in 0.04 0.07 0.1 0.15 0.2; do run "budget + compensate" "score(mean); budget(density: $r, keep: [diagonal]); compensate"; done
  for r in 0.04 0.07 0.093 0.15 0.2; do run "budget + sink + compensate" "score(mean); budget(density: $r, keep: [sink, diagonal]); compensate"; done
  for r in 0.04 0.07 0.1 0.15; do run "rowmax budget + compensate" "score(antidiagonal, stride: 32); rowmax; budget(density: $r, keep: [diagonal]); compensate"; done
  for e in 0.01 0.003; do run "s2o + compensate" "permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: $e); compensate"; done
}

sweep "-inputs $trace" docs/accuracy-trace.jsonl
sweep "-synthetic 1 -n 8192 -heads 4 -kv-heads 4" docs/accuracy-synthetic.jsonl
echo "## trace"
"$attnc" frontier -ref "oracle τ" -o docs/frontier-trace.png -title "go8k_L1 trace: rel_err vs cost (N=8192, 4 heads)" docs/accuracy-trace.jsonl
echo "## synthetic"
"$attnc" frontier -ref "oracle τ" -o docs/frontier-synthetic.png -title "synthetic seed 1: rel_err vs cost (N=8192, 4 heads)" docs/accuracy-synthetic.jsonl
