#!/usr/bin/env bash
# Twenty-eighth session, second call: the session's new device kernels on
# a GPU for the first time — early_stop on f32 inputs (the scalar
# kernel's vote), f32 inputs scored by mean on the device, score(probe)
# (the antidiagonal kernels with groups of S queries and single keys) and
# permute(scope: local, probe: last). Correctness first (the interpreter's
# decisions, memcheck), then their stage times beside the paths they
# replace. Predictions: docs/gpu-notes.md, "Twenty-eighth session".
# Build: scripts/gpu-build.sh; (cd .gpu && gzip -f attnc driver.test
# tests.test gpudemo && gzip -rf cases); carry .gpu.
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws40.log
ln -sfn cases/cache cache
sed 's/f16\[/f32[/g' ../examples/s2o.attn > s2o32.attn
sed 's/f16\[/f32[/g' ../examples/minference.attn > minf32.attn
PBSL="tile(q: 64, k: 64); permute(segment: 256, probe: last, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
PBS="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])"
PROBE="tile(q: 64, k: 64); score(probe); select(mass: 0.9, keep: [sink, diagonal])"
XATTN="tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])"
echo "[$SECONDS s] the interpreter's cases"
for c in f32-s2o-sparse bf16-pbs-last-sparse f16-pbs-last-sparse f32-minference-sparse f32-pbs-sparse f32-xattn-sparse f32-proxy-sparse; do check $c; done
echo "[$SECONDS s] attnc run -check (decisions against the interpreter)"
runcheck s2o-f32 1500 2 s2o32.attn
runcheck minference-f32 3000 2 minf32.attn
runcheck pbs-last 4096 2 ../examples/causal.attn "$PBSL"
runcheck probe 4096 2 ../examples/causal.attn "$PROBE"
echo "memcheck f32 s2o: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 1500 -heads 2 -synthetic 3 s2o32.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "memcheck pbs-last: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 2048 -heads 2 -synthetic 3 -passes "$PBSL" ../examples/causal.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
echo "racecheck pbs-last: $(ATTNC_CACHE_DIR=cache timeout 100 compute-sanitizer --tool racecheck ./attnc run -device cuda -n 1024 -heads 1 -synthetic 3 -passes "$PBSL" ../examples/causal.attn 2>&1 | grep -E "RACECHECK SUMMARY|ERROR SUMMARY|hazard" | head -3 | tr '\n' ' ')"
echo "[$SECONDS s] TestGPUSelect (probe scores among every select schedule)"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUSelect$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|probe|panic" | head -40
echo "[$SECONDS s] stage times at 32768: PBS mean / last probes, probe / antidiagonal scores"
bench 32768 "$PBS" ../examples/causal.attn
bench 32768 "$PBSL" ../examples/causal.attn
bench 32768 "$PROBE" ../examples/causal.attn
bench 32768 "$XATTN" ../examples/causal.attn
echo "[$SECONDS s] done"
