#!/usr/bin/env bash
# Twenty-sixth session, first call: S2O's probes' GEMM on the tensor cores
# (permProbeMMA) checked (run -check ref_match, memcheck) and timed
# against the float32 GEMM (ATTNC_PERM_PROBE=simt) at 32768, alternated
# twice, and S2O at 131072; issue 14's dense rows on this card
# (d = 128 at 8192, 32768 and 131072 through `attnc bench`; d = 64 and
# d = 256 at 32768 through TestGPU's time cases) with cuDNN and FA2 in the
# same call, then the profile of S2O's global permute kernel (the bucket
# sort) at 32768 and 131072 that docs/gpu-notes.md asks for before the
# sort changes again, and S2O's stage times at 131072 on this card.
# Build: scripts/gpu-build.sh; fill .gpu/cases/cache with the S2O kernels
# (docs/gpu-notes.md, twenty-fifth session); (cd .gpu && gzip -f attnc
# driver.test tests.test gpudemo && gzip -rf cases); then from the
# repository root: scripts/gpu-ws34.sh (carry .gpu). PART=2 skips the
# dense rows; PROFILE128=1 adds the sort's profile at 131072. Fill the
# cache both ways (ATTNC_PERM_PROBE=simt too).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws34.log
ln -sfn cases/cache cache
echo "[$SECONDS s] checks"
runcheck s2o 1500 4 ../examples/s2o.attn
runcheck S2O 4096 4 ../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
for r in 1 2; do
  echo "[$SECONDS s] S2O at 32768, tensor cores (round $r)"
  bench 32768 "$S2O" ../examples/causal.attn
  echo "[$SECONDS s] S2O at 32768, float32 GEMM (round $r)"
  with "ATTNC_PERM_PROBE=simt" bench 32768 "$S2O" ../examples/causal.attn
done
echo "[$SECONDS s] S2O at 131072"
with "BENCH_TIMEOUT=200" bench 131072 "$S2O" ../examples/causal.attn
if [ "${PART:-1}" = 1 ]; then
  for n in 8192 32768 131072; do
    echo "[$SECONDS s] dense at $n"
    bench $n "" ../examples/causal.attn
  done
  for c in time-causal64-bf16-32768 time-causal256-bf16-32768; do tm $c "round 1"; done
  echo "[$SECONDS s] cuDNN, FA2"
  NS=8192,32768,131072 timeout 150 python3 sdpa.py 2>&1 | grep -v Warning
  for d in 64 256; do D=$d NS=32768 timeout 60 python3 sdpa.py 2>&1 | grep -v Warning | sed "s/^/d=$d /"; done
fi
echo "[$SECONDS s] the bucket sort's profile, 32768"
profile sort32 "=prefill_permute0" 32768 "$S2O" ../examples/causal.attn
if [ "${PROFILE128:-0}" = 1 ]; then
  echo "[$SECONDS s] the bucket sort's profile, 131072"
  with "PROFILE_TIMEOUT=240" profile sort128 "=prefill_permute0" 131072 "$S2O" ../examples/causal.attn
fi
echo "[$SECONDS s] done"
