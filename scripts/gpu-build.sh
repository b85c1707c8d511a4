#!/usr/bin/env bash
# Builds what a GPU run needs into .gpu/ (ignored): PTX for every GPU case
# (TestWriteGPUCases; llc runs here, the GPU machine has no LLVM), the test
# binary cross-built without cgo, and the PyTorch comparison script. Then,
# on the lent machine, in one call: scripts/gpu-run.sh (see ../shared/GPU.md).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v llc-19 >/dev/null || echo "gpu-build: no llc-19 here: the PTX will target sm_80 (mma.sync kernels, LLVM 14), not sm_90a; apt-get install -y llvm-19 first for Hopper's kernels" >&2
rm -rf .gpu && mkdir -p .gpu
ATTNC_WRITE_GPU_CASES=$PWD/.gpu/cases go test ./tests -run 'TestWriteGPUCases|TestGPUNonFinite' -count=1
ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache go test ./driver -run 'TestGPUSelect|TestGPUSparseTiming|TestGPUBudgetHeadsMismatch|TestGPUKeyCache|TestGPUResidentDecode' -count=1
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go test -c -ldflags="-s -w" -o .gpu/tests.test ./tests
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go test -c -ldflags="-s -w" -o .gpu/driver.test ./driver
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o .gpu/attnc ./cmd/attnc  # attnc bench/run -device cuda
CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -ldflags="-s -w" -o .gpu/gpudemo ./examples/gen/gpudemo  # a generated package's plan, run from plain Go
find .gpu/cases -name kernel.ll -delete  # the PTX is what runs there; the device tool carries 64 MiB
# scripts/gpu-bench.sh's kernels: compiling fills the PTX cache (then the
# run stops at the missing driver).
for name in minference xattn proxy budget best pbs; do
  passes=$(grep -E "^\s+\[$name\]=" scripts/gpu-bench.sh | sed -E 's/^[^"]*"(.*)"$/\1/')
  ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache go run ./cmd/attnc bench -device cuda -heads 2 -n 256 -passes "$passes" examples/causal.attn >/dev/null 2>&1 || true
done
# scripts/gpu-decode.sh's kernel (examples/decode.attn, dense and sparse).
for passes in "" "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"; do
  ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache go run ./cmd/attnc bench -device cuda -dims M=1 -heads 2 -n 256 -passes "$passes" examples/decode.attn >/dev/null 2>&1 || true
done
# scripts/gpu-kvcache.sh's kernel (tests/testdata/kvcache_bf16.attn, dense and sparse).
for passes in "" "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"; do
  ATTNC_CACHE_DIR=$PWD/.gpu/cases/cache go run ./cmd/attnc bench -device cuda -dims M=1 -heads 2 -n 256 -lens 200 -passes "$passes" tests/testdata/kvcache_bf16.attn >/dev/null 2>&1 || true
done
cp scripts/sdpa.py scripts/gpu-cases.sh scripts/gpu-ws.sh scripts/gpu-ws2.sh scripts/gpu-ws3.sh scripts/gpu-run.sh scripts/gpu-bench.sh scripts/gpu-profile.sh scripts/gpu-decode.sh scripts/gpu-kvcache.sh scripts/gpu-kvsplits.sh scripts/decode_peers.py .gpu/
cp ../shared/anchors/gpu_anchors.py ../shared/anchors/decode_anchors.py .gpu/ 2>/dev/null || true
du -sh .gpu
