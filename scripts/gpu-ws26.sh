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
. "$(dirname "$0")/gpu-cases.sh"
cd .gpu || exit 1
gunzip -rf cases
gpu_enter . ws26.log
gpu_sweep ${TESTS_TIMEOUT:-400}
grep -E "s2o" $OUT/gpu.log | cut -c1-240 | head -12
echo "[$SECONDS s] driver: TestGPUSelect, TestGPUBudgetHeadsMismatch"
(cd ../driver && ATTNC_CACHE_DIR=$OLDPWD/cases/cache timeout 120 $OLDPWD/driver.test -test.run 'TestGPUSelect|TestGPUBudgetHeadsMismatch' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|panic" | head -10)
echo "[$SECONDS s] done"
