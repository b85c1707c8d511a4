#!/usr/bin/env bash
# Runs on the lent GPU machine after scripts/gpu-build.sh (here): the
# decode path (codegen/nvptx/decode.go) — ptxas's registers and spills
# for its kernels, TestGPUDriver's cases (the decode ones among them)
# against the interpreter, compute-sanitizer on a few, then attnc bench
# -device cuda -dims M=1 on examples/decode.attn (batch 1 at 16K and
# 128K keys, batch 16 folded into the heads at 32K; dense, and 10 % of
# the tiles by mean scores) and ../shared/anchors/decode_anchors.py
# (cuDNN, FA2, efficient, FlexAttention decoding) in the same call.
# Logs to $OUT/decode.log.
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp}
export ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache ATTNC_LLC=off
log=$OUT/decode.log
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm,clocks.mem --format=csv,noheader | tee $log
for f in $(grep -l "_decode_r1" $ATTNC_CACHE_DIR/*/*.ptx 2>/dev/null | head -3); do
  echo "ptxas $f:" >> $log
  ptxas -arch=sm_90a -v $f -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - | grep -E "decode|combine" >> $log
done
if [ "${TESTS:-1}" = 1 ]; then
  (cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="${CASES:-}" ./tests.test -test.run 'TestGPUDriver' -test.v 2>&1) > $OUT/driver.log
  grep -E "^(---|ok|PASS|FAIL)|gpu_test.go.*(FAIL|exit|ref_diff [0-9.e-]+, bound)|decode" $OUT/driver.log | cut -c1-400 | tee -a $log
  (cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="decode_gqa" compute-sanitizer --tool memcheck ./tests.test -test.run 'TestGPUDriver' 2>&1 | grep -E "ERROR SUMMARY|FAIL|Invalid" | head -5) | tee -a $log
  (cd driver && ATTNC_CACHE_DIR=$PWD/../.gpu/cases/cache ../.gpu/driver.test -test.run 'TestGPUBudgetHeadsMismatch' -test.v 2>&1 | grep -E "^(---|ok|PASS|FAIL)") | tee -a $log
fi
if [ "${ANCHORS:-1}" = 1 ]; then
  OUT=$OUT python3 .gpu/decode_anchors.py 2>&1 | grep -E "^\{|copy|H200" | tee -a $log
  OUT=$OUT python3 .gpu/decode_peers.py 2>&1 | grep -E "^\{" | tee -a $log
fi
sparse="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
# Batch 8 folded into the heads (256 heads; 32K keys of 256 heads is the
# most attnc bench's host tensors hold); GQA 32/8.
for args in "-heads 32 -kv-heads 32 -n 16384,131072" "-heads 256 -kv-heads 256 -n 32768" "-heads 32 -kv-heads 8 -n 131072"; do
  for rep in $(seq ${ROUNDS:-3}); do
    echo "== bench $args (round $rep)" | tee -a $log
    .gpu/attnc bench -device cuda -dims M=1 $args -repeat 20 -passes "$sparse" examples/decode.attn 2>&1 | tee -a $log
  done
done
echo "== launches timed alone (ATTNC_TIME_KERNELS=1)" | tee -a $log
for passes in "" "$sparse"; do
  ATTNC_TIME_KERNELS=1 .gpu/attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -repeat 20 -passes "$passes" examples/decode.attn 2>&1 | tee -a $log
done
