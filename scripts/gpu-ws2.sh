#!/usr/bin/env bash
# On the lent GPU machine: the producer kernel's second call (issue 14,
# docs/gpu-notes.md). The first call (scripts/gpu-ws.sh) found every
# variant correct and slower than the default, two stages far slower than
# three. The second (on an H100) found four and five stages no faster than
# three, and the SplitKV kernels hung at 8192 and 32768 (fixed since:
# docs/gpu-notes.md). This call, the third: Nsight Compute on the default
# and the five-stage producer kernel (reports and SASS with stall samples
# under $OUT), the SplitKV kernels against the interpreter, then timed
# against the default, then the sanitizers on them.
# Usage: [G=.gpu] scripts/gpu-ws2.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
G=${G:-.gpu}
. "$(dirname "$0")/gpu-cases.sh"
OUT=${OUT:-/tmp/out}
mkdir -p $OUT
cd $G
T=cases
w=bq128-rw0-mb3-wg
for c in $(ls $T | grep -E "^time-causal-bf16-32768.*-s[345]-ov|^time-causal-k128.*-32768") time-causal-bf16-32768; do
  echo "$c: $(ptxas -arch=sm_90a -v $T/$c/kernel.ptx -o /dev/null 2>&1 | grep -E "registers|spill|C75|rror" | tr -s ' ' | tr '\n' ' ')"
done
# MoBA's gate on the device (sixteenth session, codegen/nvptx/gate.go;
# TestGateEmulated ran it on the CPU): its scores and lists against the
# run-time library's, then through attnc below.
echo "[$SECONDS s] gate"
ATTNC_CACHE_DIR=cache timeout 150 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic|gate_gpu" | head -60
# Per-row selection (issue 18; built without a GPU in the fifteenth
# session): the kernel against the interpreter on its cases, then through
# the executor (the gate on the host) with attnc run -check and bench —
# attnc reads its PTX from the cache filled where llc is (cache/).
echo "[$SECONDS s] per-row"
for c in $(ls $T | grep -E -- "-rows$"); do
  check $c
done
tm time-moba-bf16-16384 "per-row"
if [ -x ./attnc ]; then
  for f in moba hisa; do
    echo "== $f"; ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check ../../examples/$f.attn -n 1500 -heads 4 -synthetic 3 2>&1 | tail -12
  done
  for f in moba hisa; do
    ATTNC_CACHE_DIR=cache timeout 120 ./attnc bench -device cuda -n 16384 -heads 32 ../../examples/$f.attn 2>&1 | tail -10
  done
fi
# First what the second call lost to the hangs: Nsight Compute's stall
# reasons per SASS line for the default and the five-stage producer
# kernel (the answer to "what limits the consumers"), then the fixed
# SplitKV kernels against the interpreter, then the timings.
echo "[$SECONDS s] ncu"
for c in time-causal-bf16-8192 time-causal-bf16-8192-$w-s5-ov-pb4-ws; do
  [ -d $T/$c ] || { echo "$c MISSING"; continue; }
  d=$(mktemp -d); cp -r $T/$c $d/
  ATTNC_GPU_CASES=$d timeout 150 ncu --clock-control none --set full --import-source no -k regex:attn -s 1 -c 1 -f -o $OUT/$c ./tests.test -test.run 'TestGPU$' > $OUT/$c.log 2>&1
  ncu -i $OUT/$c.ncu-rep --page details > $OUT/$c.txt 2>&1
  ncu -i $OUT/$c.ncu-rep --page source --csv --print-source sass > $OUT/$c.sass.csv 2>&1
  echo "$c: $(grep -E "Duration|Registers Per|Achieved Occupancy|Compute \(SM\) Throughput|Issue Slots Busy|No Eligible" $OUT/$c.txt | tr -s ' ' | tr '\n' ';')"
  rm -rf $d
done
echo "[$SECONDS s] correctness"
rm -f /tmp/hung
for c in $(ls $T | grep -E -- "-kv" | grep -v "^time-"); do
  check $c
done
echo "[$SECONDS s] timings"
for r in 1 2; do
  for c in time-causal-bf16-32768 time-causal-bf16-32768-$w-s5-ov-pb4-ws time-causal-bf16-32768-$w-s3-ov-pb4-ws-kv time-causal-bf16-32768-$w-s4-ov-pb4-ws-kv time-causal-bf16-32768-$w-s4-ov-pb4-ws-pp-kv time-causal-k128-bf16-32768-ws-pptrue time-causal-k128-bf16-32768-ws-pptrue-kv time-causal-k128-bf16-32768-ws-ppfalse-kv; do tm $c "round $r"; done
done
for c in time-causal-bf16-8192 time-causal-bf16-8192-$w-s4-ov-pb4-ws-kv time-causal-k128-bf16-8192-ws-pptrue-kv time-causal64-bf16-32768 time-causal64-bf16-32768-$w-s4-ov-pb4-ws-kv; do tm $c "round 1"; done
echo "[$SECONDS s] sdpa"
timeout 60 python3 sdpa.py 2>&1 | grep -v Warning
echo "[$SECONDS s] sanitizers"
mkdir -p /tmp/rc
for c in bf16-causal-$w-s4-ov-pb4-ws-pp-kv bf16-causal-k128-ws-pptrue-kv f16-moba-gqa-rows; do
  grep -qx $c /tmp/hung 2>/dev/null || cp -r $T/$c /tmp/rc/
done
for tool in racecheck synccheck; do
  echo "$tool: $(ATTNC_GPU_CASES=/tmp/rc timeout 80 compute-sanitizer --tool $tool ./tests.test -test.run 'TestGPU$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|Barrier" | head -4 | tr '\n' ' ')"
done
ls -la $OUT
echo "[$SECONDS s] done"
