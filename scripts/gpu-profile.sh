#!/usr/bin/env bash
# On the lent GPU machine: Nsight Compute on one launch of each named GPU
# case (default: the N = 32768 timing cases), the sections that say what
# limits a kernel. Usage: scripts/gpu-profile.sh [case ...]
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
cases=("$@")
[ ${#cases[@]} = 0 ] && cases=($(cd .gpu/cases && ls -d time-causal-bf16-32768*))
for c in "${cases[@]}"; do
  d=$(mktemp -d); cp -r .gpu/cases/$c $d/
  echo "== $c"
  (cd .gpu && ATTNC_GPU_CASES=$d ncu --launch-skip 1 --launch-count 1 \
     --section SpeedOfLight --section MemoryWorkloadAnalysis --section WarpStateStats --section Occupancy --section ComputeWorkloadAnalysis \
     --metrics smsp__pcsamp_warps_issue_stalled_barrier,smsp__pcsamp_warps_issue_stalled_long_scoreboard,smsp__pcsamp_warps_issue_stalled_short_scoreboard,smsp__pcsamp_warps_issue_stalled_math_pipe_throttle,smsp__pcsamp_warps_issue_stalled_wait,smsp__pcsamp_warps_issue_stalled_mio_throttle,smsp__pcsamp_warps_issue_stalled_not_selected,smsp__pcsamp_warps_issue_stalled_selected,smsp__pcsamp_warps_issue_stalled_dispatch_stall,smsp__pcsamp_warps_issue_stalled_lg_throttle,smsp__pcsamp_warps_issue_stalled_tex_throttle,smsp__pcsamp_warps_issue_stalled_no_instructions \
     ./tests.test -test.run 'TestGPU$' 2>&1) | grep -E "stalled|Throughput|Pipe|Stall|Warp Cycles|Occupancy|Bandwidth|Busy|Issue|Executed Ipc|Bank|Block Limit" | grep -v "^\s*$" | head -60
done
