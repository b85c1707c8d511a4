#!/usr/bin/env bash
# On the lent GPU machine, after scripts/gpu-build.sh here: times kernel
# variants against each other in one call, alternated so that drift in
# the card's clocks falls on every variant alike. Each argument is a
# timing case's folder under .gpu/cases (a kernel.ptx and its meta.json:
# copy a case's folder and replace its PTX to time a variant); ROUNDS
# rounds (default 3), each case's median of its repeats per round, and
# ptxas's registers and spills for each. Usage: scripts/gpu-ab.sh case...
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
for c in "$@"; do
  echo "$c: $(ptxas -arch=sm_90a -v .gpu/cases/$c/kernel.ptx -o /dev/null 2>&1 | grep -E "registers|spill" | tr -s ' ' | tr '\n' ' ')"
done
for r in $(seq ${ROUNDS:-3}); do
  for c in "$@"; do
    d=$(mktemp -d); cp -r .gpu/cases/$c $d/
    (cd .gpu && ATTNC_GPU_CASES=$d ./tests.test -test.run 'TestGPU$' -test.v 2>&1 | grep -oE "median [0-9.]+ ms .*TFLOP/s" | sed "s|^|round $r $c: |")
    rm -rf $d
  done
done
