#!/usr/bin/env bash
# Twenty-third session, last call: the GPU test sweep on the session's
# code — TestGPU on every correctness case (the timing cases left out:
# their 131072 inputs take the call's time), TestGPUDriver (attnc run
# -check through the executor, the s2o cases the twenty-second session
# added among them, never run on a GPU before), TestGPUNonFinite, and the
# driver's TestGPUSelect and TestGPUBudgetHeadsMismatch.
# Usage: scripts/gpu-build.sh; (cd .gpu && gzip -f attnc driver.test
# tests.test gpudemo && gzip -rf cases); then from the repository root:
# scripts/gpu-ws26.sh (carry .gpu).
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp/out}
mkdir -p $OUT
exec > >(tee $OUT/ws26.log) 2>&1
cd .gpu || exit 1
gunzip -f attnc.gz driver.test.gz tests.test.gz gpudemo.gz 2>/dev/null
chmod +x attnc driver.test tests.test gpudemo
gunzip -rf cases
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
C=/tmp/c; rm -rf $C; mkdir -p $C
for d in cases/*; do
  case $(basename $d) in time-*) ;; *) ln -s $PWD/$d $C/ ;; esac
done
echo "[$SECONDS s] TestGPU, TestGPUDriver, TestGPUNonFinite ($(ls $C | wc -l) entries)"
ATTNC_GPU_CASES=$C timeout ${TESTS_TIMEOUT:-400} ./tests.test -test.run 'TestGPU$|TestGPUDriver|TestGPUNonFinite' -test.v > $OUT/gpu.log 2>&1
echo "rc=$?"
grep -E "^(--- |ok|PASS|FAIL)|^FAIL|panic|bound [0-9]" $OUT/gpu.log | grep -vE "^    gpu_test.go:[0-9]+: [a-z0-9-]+: rel_err .*\(bound" | head -40
echo "cases logged: $(grep -cE "rel_err" $OUT/gpu.log)"
grep -E "s2o" $OUT/gpu.log | cut -c1-240 | head -12
echo "[$SECONDS s] driver: TestGPUSelect, TestGPUBudgetHeadsMismatch"
(cd ../driver && ATTNC_CACHE_DIR=$OLDPWD/cases/cache timeout 120 $OLDPWD/driver.test -test.run 'TestGPUSelect|TestGPUBudgetHeadsMismatch' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|panic" | head -10)
echo "[$SECONDS s] done"
