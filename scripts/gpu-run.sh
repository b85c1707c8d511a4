#!/usr/bin/env bash
# Runs on the lent GPU machine, from the repository root, after
# scripts/gpu-build.sh here: resource reports, the GPU tests (every case
# against the interpreter, timing cases), and PyTorch SDPA on the same card.
# Logs go to $OUT. ANCHORS=0 skips PyTorch (1: sdpa.py; full: sdpa.py at
# N = 32768 and gpu_anchors.py at NS); SANITIZE=1 adds compute-sanitizer;
# SASS=1 dumps instruction counts; TIMING sets the sparse-timing sizes.
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp}
# Each phase's start, in seconds since the script began (a device call
# stops at 600 s: the sparse timing at 131072 takes ≈ 200 s, the
# sanitizers ≈ 150).
phase() { echo "[${SECONDS}s] $*" >&2; }
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
for c in .gpu/cases/time-*; do
  echo "$(basename $c): $(ptxas -arch=sm_90a -v $c/kernel.ptx -o /dev/null 2>&1 | grep -E "registers|spill" | tr -s ' ' | tr '\n' ' ')"
done
k=.gpu/cases/time-causal-bf16-32768/kernel.ptx
ptxas -arch=sm_90a -v $k -o $OUT/k.cubin >/dev/null 2>&1
if [ "${SASS:-0}" = 1 ]; then
  cuobjdump -sass $OUT/k.cubin > $OUT/k.sass
  grep -oE "^\s+/\*[0-9a-f]+\*/\s+[A-Z0-9.]+" $OUT/k.sass | awk '{print $2}' | sed 's/\..*//' | sort | uniq -c | sort -rn | head -25
fi
phase "TestGPU, TestGPUDriver, TestGPUNonFinite"
(cd .gpu && ATTNC_GPU_CASES=cases ./tests.test -test.run 'TestGPU$|TestGPUDriver|TestGPUNonFinite' -test.v 2>&1) > $OUT/gpu.log
phase "driver: TestGPUSelect, TestGPUSparseTiming (${TIMING:-32768,131072})"
(cd driver && ATTNC_GPU_TIMING=${TIMING:-32768,131072} ATTNC_CACHE_DIR=$PWD/../.gpu/cases/cache ../.gpu/driver.test -test.run 'TestGPUSelect|TestGPUSparseTiming|TestGPUBudgetHeadsMismatch' -test.v 2>&1) >> $OUT/gpu.log
(.gpu/gpudemo -n 8192 -heads 8 2>&1; echo "gpudemo exit $?") >> $OUT/gpu.log
grep -E "FAIL|rel_err .* bound|panic" $OUT/gpu.log | grep -v "^    gpu_test.go:[0-9]*: [a-z0-9-]*: rel_err" | head -20
grep -E "time-|trace-|cuda: |N=[0-9]+:|--- |^ok|^PASS|FAIL|minference|gpudemo|CPU kernel|  [a-z]+ %" $OUT/gpu.log
phase "done with the tests"
if [ "${SANITIZE:-0}" = 1 ]; then  # compute-sanitizer memcheck on a few small cases and the selection kernels
  mkdir -p /tmp/cs && cp -r .gpu/cases/{bf16-causal,f16-pbs-sparse,f16-proxy-sparse,bf16-alibi,random05,f16-gqa,bf16-causal256,f16-window} /tmp/cs/
  # Two warpgroups sharing tiles (bf16-causal; the overlapped loop at d =
  # 256 and 64): racecheck as well.
  mkdir -p /tmp/rc && cp -r .gpu/cases/{bf16-causal,bf16-causal256,f16-window} /tmp/rc/
  phase "racecheck"
  (cd .gpu && ATTNC_GPU_CASES=/tmp/rc compute-sanitizer --tool racecheck ./tests.test -test.run 'TestGPU$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard" | head -5)
  phase "memcheck"
  (cd .gpu && ATTNC_GPU_CASES=/tmp/cs compute-sanitizer --tool memcheck ./tests.test -test.run 'TestGPU$' 2>&1 | grep -E "ERROR SUMMARY|FAIL")
  (cd driver && ATTNC_CACHE_DIR=$PWD/../.gpu/cases/cache compute-sanitizer --tool memcheck ../.gpu/driver.test -test.run 'TestGPUSelect' 2>&1 | grep -E "ERROR SUMMARY|FAIL")
  (cd .gpu && ATTNC_GPU_CASES=cases ATTNC_GPU_DRIVER_CASES="best.attn -n 1500" compute-sanitizer --tool memcheck ./tests.test -test.run 'TestGPUDriver' 2>&1 | grep -E "ERROR SUMMARY|FAIL")
fi
case "${ANCHORS:-1}" in
  1) python3 .gpu/sdpa.py 2>&1 | grep -v Warning ;;
  full) NS=32768 python3 .gpu/sdpa.py 2>&1 | grep -v Warning
        OUT=$OUT NS=${NS:-32768,131072} python3 .gpu/gpu_anchors.py 2>&1 | grep -v Warning | tail -30 ;;
esac
