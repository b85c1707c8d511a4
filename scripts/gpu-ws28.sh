#!/usr/bin/env bash
# Twenty-third session, a short last call: TestGPU on the S2O cases alone,
# the random ones now at eps 0.2 so that they stop early.
# Usage, here: ATTNC_WRITE_GPU_CASES=DIR ATTNC_WRITE_GPU_ONLY=s2o go test
# ./tests -run TestWriteGPUCases; DIR (without cache/ and kernel.ll) and
# tests.test, gzipped, into .gpu/s2o; then, carrying .gpu/s2o:
# scripts/gpu-ws28.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
cd .gpu/s2o || exit 1
gunzip -f tests.test.gz cases/trace.safetensors.gz
chmod +x tests.test
nvidia-smi --query-gpu=name --format=csv,noheader
ATTNC_GPU_CASES=cases timeout 150 ./tests.test -test.run 'TestGPU$' -test.v 2>&1 | grep -E "s2o|^(---|ok|PASS|FAIL)" | cut -c1-220
