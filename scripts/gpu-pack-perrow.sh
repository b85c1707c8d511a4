#!/usr/bin/env bash
# Builds the pack a per-row call (scripts/gpu-ws6.sh and after) carries
# into DIR (ignored, under .gpupack/): attnc and driver.test cross-built
# without cgo and gzipped (the device tool carries 64 MiB), and the PTX
# cache filled by compiling here every kernel the call runs (llc runs
# here; the GPU machine has no LLVM) — each command stops at the missing
# driver once its kernels are compiled.
# Usage: scripts/gpu-pack-perrow.sh .gpupack/l
set -uo pipefail
cd "$(dirname "$0")/.."
D=${1:?pack folder}
# Without llc-19 the kernels would be llc-14's sm_80 PTX (no wgmma): the
# nineteenth session's first call timed those by accident.
command -v llc-19 >/dev/null || { echo "llc-19 not found: apt-get install -y llvm-19 (sm_90a PTX needs it)" >&2; exit 1; }
rm -rf "$D" && mkdir -p "$D/cache"
C=$PWD/$D/cache
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o "$D/attnc" ./cmd/attnc || exit 1
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go test -c -ldflags="-s -w" -o "$D/driver.test" ./driver || exit 1
go build -o /tmp/attnc-pack ./cmd/attnc || exit 1
ATTNC_CACHE_DIR=$C go test ./driver -run 'TestGPUGate$' -count=1 >/dev/null 2>&1
ATTNC_GATE_PAIRS=1 ATTNC_CACHE_DIR=$C go test ./driver -run 'TestGPUGate$' -count=1 >/dev/null 2>&1
for f in moba hisa s2o pbs; do
  ATTNC_CACHE_DIR=$C /tmp/attnc-pack run -device cuda -check examples/$f.attn -n 1500 -heads 4 -synthetic 3 >/dev/null 2>&1
  ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 examples/$f.attn >/dev/null 2>&1
done
ATTNC_CACHE_DIR=$C /tmp/attnc-pack run -device cuda -check -passes "gate(block: 64, top: 8, keep: [diagonal])" examples/causal.attn -n 1500 -heads 4 -synthetic 3 >/dev/null 2>&1
# perrow_benches' schedules (scripts/gpu-cases.sh), at a size that
# compiles the same kernels (they are specialised on shapes' kinds, not N).
while read -r p; do
  ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 -passes "$p" examples/causal.attn >/dev/null 2>&1
done <<'P'
tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])
gate(block: 64, top: 26, keep: [diagonal])
gate(block: 16, top: 102, keep: [diagonal])
gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)
gate(block: 64, top: 102, keep: [diagonal])
tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])
tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])
tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)
tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 2); select(mass: 0.9, keep: [sink, diagonal])
tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])
P
cp ../shared/anchors/gpu_anchors.py "$D/" 2>/dev/null || true
# S2O's global permutation on the device, and on the host
# for the A/B: causal.attn with S2O's passes (bf16, d = 128), checked and
# timed.
S2O="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)"
ATTNC_CACHE_DIR=$C /tmp/attnc-pack run -device cuda -check -passes "$S2O" examples/causal.attn -n 1500 -heads 4 -synthetic 3 >/dev/null 2>&1
for v in "ATTNC_GPU_PERM_GLOBAL=1" "ATTNC_GPU_PERM_GLOBAL=0"; do
  env $v ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 -passes "$S2O" examples/causal.attn >/dev/null 2>&1
  env $v ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 examples/s2o.attn >/dev/null 2>&1
done
# The A/B of gpu-ws16.sh (prepared in the twenty-first session): the
# score table's pairs at pitch C + 8, two score tables and one barrier a
# chunk, both, the register cap of four CTAs an SM, and the gate before
# its 16-byte loads (for the top-102 gate at 131072, which did not
# improve across calls).
for v in "ATTNC_GATE_PAIRS=1" "ATTNC_GATE_ONEBAR=1"; do
  env $v ATTNC_GPU_GATE_SMALL=1 ATTNC_CACHE_DIR=$C go test ./driver -run 'TestGPUGate$' -count=1 >/dev/null 2>&1
ATTNC_GATE_PAIRS=1 ATTNC_CACHE_DIR=$C go test ./driver -run 'TestGPUGate$' -count=1 >/dev/null 2>&1
done
for v in "ATTNC_GATE_PAIRS=1" "ATTNC_GATE_ONEBAR=1" "ATTNC_GATE_PAIRS=1 ATTNC_GATE_ONEBAR=1" "ATTNC_GATE_MINCTAS=4" "ATTNC_GATE_VLOAD=0"; do
  for f in moba hisa; do
    env $v ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 examples/$f.attn >/dev/null 2>&1
  done
  for p in "gate(block: 64, top: 26, keep: [diagonal])" "gate(block: 64, top: 102, keep: [diagonal])"; do
    env $v ATTNC_CACHE_DIR=$C /tmp/attnc-pack bench -device cuda -n 256 -heads 2 -repeat 1 -passes "$p" examples/causal.attn >/dev/null 2>&1
  done
done
# The select kernels of TestGPUSelect, and pbs.attn and xattn.attn
# checked (the twenty-fourth session's mode mass and sort).
ATTNC_CACHE_DIR=$C go test ./driver -run 'TestGPUSelect$' -count=1 >/dev/null 2>&1
for f in xattn pbs; do
  ATTNC_CACHE_DIR=$C /tmp/attnc-pack run -device cuda -check examples/$f.attn -n 1500 -heads 4 -synthetic 3 >/dev/null 2>&1
done
gzip -f "$D/attnc" "$D/driver.test"
# The PTX too (40 MB of it by the twenty-first session: with the tracked
# tree the carry passed 64 MiB); gpu_enter unpacks it.
gzip -rf "$C/ptx"
echo "$(ls "$C/ptx" | wc -l) PTX files; $(du -sh "$D" | cut -f1)"
