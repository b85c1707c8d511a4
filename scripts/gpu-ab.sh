#!/usr/bin/env bash
# On the lent GPU machine, after scripts/gpu-build.sh here: times kernel
# variants against each other in one call, alternated so that drift in
# the card's clocks falls on every variant alike. Each argument is a
# timing case's folder under .gpu/cases (a kernel.ptx and its meta.json:
# copy a case's folder and replace its PTX to time a variant); ROUNDS
# rounds (default 3), each case's median of its repeats per round, and
# ptxas's registers and spills for each. With HG="1 8 32" each case runs
# once per head group (the attention blocks' order, ATTNC_GPU_HEAD_GROUP;
# "auto": the runtime's choice). Usage: [HG=...] scripts/gpu-ab.sh case...
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
for c in "$@"; do
  echo "$c: $(ptxas -arch=sm_90a -v .gpu/cases/$c/kernel.ptx -o /dev/null 2>&1 | grep -E "registers|spill|C7512" | tr -s ' ' | tr '\n' ' ')"
done
for r in $(seq ${ROUNDS:-3}); do
  for c in "$@"; do
    for hg in ${HG:-auto}; do
      d=$(mktemp -d); cp -r .gpu/cases/$c $d/
      if [ "$hg" = auto ]; then unset ATTNC_GPU_HEAD_GROUP; else export ATTNC_GPU_HEAD_GROUP=$hg; fi
      (cd .gpu && ATTNC_GPU_CASES=$d ./tests.test -test.run 'TestGPU$' -test.v 2>&1 | grep -oE "median [0-9.]+ ms .*TFLOP/s" | sed "s|^|round $r $c hg=$hg: |")
      rm -rf $d
    done
  done
done
unset ATTNC_GPU_HEAD_GROUP
