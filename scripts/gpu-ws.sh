#!/usr/bin/env bash
# On the lent GPU machine, after scripts/gpu-build.sh here (or from a
# trimmed copy of .gpu: G=dir): the producer-warpgroup kernels of issue
# 14 (nvptx.Options.Producer, docs/gpu-notes.md). ptxas's registers for
# each variant, every *-ws* interpreter case under a timeout (a kernel
# that hangs on its barriers must not eat the call), then timings of the
# variants against the default alternated in rounds, cuDNN and FA2 in the
# same call, the sanitizers on the small cases, and last the 32-key tiles
# and the head-group sweep. Each timing case whose interpreter twin hung
# is skipped. The whole .gpu (≈ 105 MB) is more than the device tool
# carries (64 MiB): copy tests.test, sdpa.py and the cases named here into
# a folder and pass it as G. Usage: [G=.gpu] scripts/gpu-ws.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
G=${G:-.gpu}
. "$(dirname "$0")/gpu-cases.sh"
cd $G
T=cases
ls=$(ls $T | grep -E -- "-ws|k32|k128" | grep -v "^time-")
nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
for c in $(ls $T | grep -E "^time-.*(ws|k32|k128)") time-causal-bf16-32768; do
  echo "$c: $(ptxas -arch=sm_90a -v $T/$c/kernel.ptx -o /dev/null 2>&1 | grep -E "registers|spill|C75|rror" | tr -s ' ' | tr '\n' ' ')"
done
echo "[$SECONDS s] correctness"
rm -f /tmp/hung
for c in bf16-causal $ls; do
  check $c
done
w=bq128-rw0-mb3-wg
echo "[$SECONDS s] timings"
for r in 1 2 3; do
  for c in time-causal-bf16-32768 time-causal-bf16-32768-$w-s3-ws time-causal-bf16-32768-$w-s3-ov-pb4-ws time-causal-bf16-32768-$w-s2-ov-pb4-ws time-causal-bf16-32768-$w-s3-ov-pb4-ws-pp time-causal-bf16-32768-$w-s3-ov-pb4-ws-pp-even; do tm $c "round $r"; done
done
for r in 1 2; do
  for c in time-causal-bf16-8192 time-causal-bf16-8192-$w-s3-ws time-causal-bf16-8192-$w-s3-ov-pb4-ws time-causal-bf16-8192-$w-s3-ov-pb4-ws-pp time-causal-bf16-8192-$w-s3-ov-pb4-ws-pp-even time-causal64-bf16-32768 time-causal64-bf16-32768-$w-s3-ws time-causal64-bf16-32768-$w-s3-ov-pb4-ws time-causal64-bf16-32768-$w-s3-ov-pb4-ws-pp; do tm $c "round $r"; done
done
for r in 1 2; do for c in time-causal-bf16-32768 time-causal-k128-bf16-32768-ws-ppfalse time-causal-k128-bf16-32768-ws-pptrue time-causal-bf16-8192 time-causal-k128-bf16-8192-ws-pptrue; do tm $c "round $r"; done; done
for r in 1 2; do for c in time-causal256-bf16-32768 time-causal256-bf16-32768-$w-s2-ov-pb4-ws; do tm $c "round $r"; done; done
echo "[$SECONDS s] sdpa"
timeout 90 python3 sdpa.py 2>&1 | grep -v Warning
echo "[$SECONDS s] sanitizers"
mkdir -p /tmp/rc
for c in bf16-causal-$w-s3-ws bf16-causal-$w-s3-ov-pb4-ws bf16-causal-$w-s3-ov-pb4-ws-pp bf16-causal-$w-s3-ov-pb4-ws-pp-even; do
  grep -qx $c /tmp/hung 2>/dev/null || cp -r $T/$c /tmp/rc/
done
for tool in synccheck racecheck memcheck; do
  echo "$tool: $(ATTNC_GPU_CASES=/tmp/rc timeout 80 compute-sanitizer --tool $tool ./tests.test -test.run 'TestGPU$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|Barrier" | head -4 | tr '\n' ' ')"
done
echo "[$SECONDS s] k32"
for r in 1 2; do for c in time-causal-bf16-32768 time-causal-k32-bf16-32768-ovfalse time-causal-k32-bf16-32768-ovtrue; do tm $c "round $r"; done; done
echo "[$SECONDS s] head groups"
for hg in 1 4 8 16; do export ATTNC_GPU_HEAD_GROUP=$hg; tm time-causal-bf16-32768 "hg $hg"; tm time-causal-bf16-8192 "hg $hg"; done
unset ATTNC_GPU_HEAD_GROUP
echo "[$SECONDS s] done"
