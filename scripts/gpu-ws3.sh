#!/usr/bin/env bash
# On the lent GPU machine (seventeenth session: the gate's merge, the
# 16-byte token loads and the single-store row tiles timed): (1) the
# gate kernel's 16-row CTAs (top 100) against the host's rule; (2)
# issue 18's benchmarks — MoBA and HISA with every step on the device
# (gate, tokens, row tiles) against tile-level sparse attention at the
# same pair density and dense, at 32768 and 131072; (3) issue 14: the
# dense default (the split-K/V producer kernel, 128-key tiles) timed
# against cuDNN at 8192, 32768 and 131072.
# Usage: [G=.gpupack/h] scripts/gpu-ws3.sh
set -uo pipefail
export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
G=${G:-.gpupack/h}
. "$(dirname "$0")/gpu-cases.sh"
OUT=${OUT:-/tmp/out}
mkdir -p $OUT
cd $G
for x in attnc driver.test tests.test; do [ -f $x.gz ] && gunzip -f $x.gz; chmod +x $x; done # carried compressed (64 MiB)
T=cases
rm -f /tmp/hung
echo "[$SECONDS s] gate, 16 rows a CTA"
ATTNC_GPU_GATE_ONLY="top: 100" ATTNC_CACHE_DIR=cache timeout 60 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -12
# The per-row kernels (gate with its merge, tokens, row tiles) under the
# sanitizers, small sizes.
for tool in racecheck synccheck memcheck; do
  echo "$tool: $(ATTNC_GPU_GATE_SMALL=1 ATTNC_GPU_GATE_ONLY="tokens" ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool $tool ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|^ok|PASS" | head -4 | tr '\n' ' ')"
done
echo "[$SECONDS s] per-row benchmarks"
b() { # N PASSES [FILE]
  local f=${3:-../../examples/causal.attn}
  echo "== N=$1 ${2:-(its own schedule)} $(basename $f)"
  if [ -n "$2" ]; then
    ATTNC_CACHE_DIR=cache timeout 150 ./attnc bench -device cuda -json -n $1 -heads 32 -repeat 3 -passes "$2" $f > $OUT/bench.json 2>$OUT/bench.err
  else
    ATTNC_CACHE_DIR=cache timeout 150 ./attnc bench -device cuda -json -n $1 -heads 32 -repeat 3 $f > $OUT/bench.json 2>$OUT/bench.err
  fi
  echo "rc=$? $(tail -2 $OUT/bench.err | tr '\n' ' ')"
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l)
    print("  dense %.3f ms, sparse %.3f ms (%.3f of dense), density %.4f" % (j["dense_ms"], j["sparse_ms"], j["sparse_ms"]/j["dense_ms"], j["density"]))
    for k,v in sorted(j["stage_ms"].items()): print("    %-48s %8.3f" % (k, v))' $OUT/bench.json 2>&1 | head -20
}
b 16384 "" ../../examples/moba.attn
b 16384 "" ../../examples/hisa.attn
b 32768 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
b 32768 "gate(block: 64, top: 26, keep: [diagonal])"
b 32768 "gate(block: 16, top: 102, keep: [diagonal])"
b 32768 "gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)"
b 131072 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
b 131072 "gate(block: 64, top: 102, keep: [diagonal])"
echo "[$SECONDS s] the dense default (the split K/V kernel): timings"
for r in 1 2; do
  ns="8192 32768"; [ $r = 1 ] && ns="$ns 131072"
  for n in $ns; do TM_TIMEOUT=$([ $n = 131072 ] && echo 90 || echo 25) tm time-causal-bf16-$n "round $r"; done
done
echo "[$SECONDS s] sdpa"
NS=8192,32768,131072 timeout 90 python3 sdpa.py 2>&1 | grep -v Warning
echo "[$SECONDS s] done"
