#!/usr/bin/env bash
# Fills .gpu/cases/cache with the PTX gpu-ws40.sh runs (compiling fills the
# cache; the run then stops at the missing driver): f32 S2O and
# minference, PBS with last-row probes and mean, probe and antidiagonal
# scores, on examples/causal.attn.
set -uo pipefail
cd "$(dirname "$0")/.."
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache
go build -o /tmp/attnc40 ./cmd/attnc
sed 's/f16\[/f32[/g' examples/s2o.attn > /tmp/s2o32.attn
sed 's/f16\[/f32[/g' examples/minference.attn > /tmp/minf32.attn
for f in /tmp/s2o32.attn /tmp/minf32.attn; do
  /tmp/attnc40 run -device cuda -check -heads 2 -n 256 -synthetic 3 $f >/dev/null 2>&1
  /tmp/attnc40 run -device cuda -heads 2 -n 256 -synthetic 3 $f >/dev/null 2>&1
done
for P in "tile(q: 64, k: 64); permute(segment: 256, probe: last, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])" \
         "tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])" \
         "tile(q: 64, k: 64); score(probe); select(mass: 0.9, keep: [sink, diagonal])" \
         "tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])"; do
  /tmp/attnc40 bench -device cuda -heads 2 -n 256 -repeat 1 -passes "$P" examples/causal.attn >/dev/null 2>&1
  /tmp/attnc40 run -device cuda -check -heads 2 -n 256 -synthetic 3 -passes "$P" examples/causal.attn >/dev/null 2>&1
done
ls .gpu/cases/cache/ptx | wc -l
