#!/usr/bin/env bash
# Twenty-ninth session, one call if the device allows one: gpu-ws40.sh
# (the twenty-eighth session's kernels' first GPU run: f32 early exit, f32
# inputs, probe scores, PBS's last-row probes) and then a short
# gpu-ws42.sh (the select kernels' ballot compaction, alternating radix
# histograms and batched loads against the kernels as they were, at
# 131072), then the sparse decode step over a KV cache at 131072 with
# the row scores eight tiles a warp against one and the select as it was
# (launches timed alone). Build: scripts/gpu-build.sh, scripts/gpu-fill40.sh,
# scripts/gpu-fill42.sh; (cd .gpu && gzip -f attnc driver.test tests.test
# gpudemo && gzip -rf cases; rm gpudemo.gz); scripts/gpu-size.sh (the carry
# limit: with this session's tree the pack is 168 KB over it with gpudemo.gz); carry .gpu.
cd "$(dirname "$0")/.."
bash scripts/gpu-ws40.sh
WS42_SHORT=1 WS42_CASES=12 bash scripts/gpu-ws42.sh
cd .gpu || exit 1
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
OUT=${OUT:-/tmp/out}
DEC="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
{
for round in 1 2; do
  for v in X= ATTNC_SCORES_ROW_TILES=1 ATTNC_SELECT_OLD=1; do
    echo "== [$SECONDS s] decode 131072 -key-cache, $v, round $round"
    env $v ATTNC_TIME_KERNELS=1 ATTNC_CACHE_DIR=cache timeout 90 ./attnc bench -json -device cuda -dims M=1 -heads 32 -kv-heads 32 -n 131072 -lens 130816 -key-cache -repeat 50 -passes "$DEC" ../tests/testdata/kvcache_bf16.attn 2>&1 | python3 -c 'import json,sys
for l in sys.stdin:
    l=l.strip()
    if not l.startswith("{"): print(l); continue
    j=json.loads(l)
    print("  dense %.4f ms, sparse %.4f ms (%.3f), density %.4f" % (j["dense_ms"], j["sparse_ms"], j["sparse_ms"]/j["dense_ms"], j["density"]))
    for k,v in sorted(j["stage_ms"].items()): print("    %-56s %8.4f" % (k, v))'
  done
done
} 2>&1 | tee $OUT/ws43-decode.log
