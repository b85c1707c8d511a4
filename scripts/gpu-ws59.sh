#!/usr/bin/env bash
# Thirty-fourth session: under ncu (base clocks, gpu-ws58) MInference's
# masked pair kernel took 1.11× the budget's cycles — its extra work —
# while running free it took 1.34× the time. Are its clocks lower
# (power)? ncu at free clocks (--clock-control none): duration, cycles
# and SM frequency of the pair kernels and MInference's one-warpgroup
# kernel; then nvidia-smi sampling clocks, power and throttle reasons
# every 5 ms while each runs free (five repetitions).
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
cd ${PACK:-.gpu} || exit 1
gunzip -rf cases
gpu_enter . ws59.log
ln -sfn cases/cache cache
MINF="tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
BUDGET="tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])"
ncu=/usr/local/cuda/bin/ncu; command -v ncu >/dev/null && ncu=ncu
for c in "budget|ATTNC_PAIR=1|$BUDGET" "minf|ATTNC_PAIR=1|$MINF" "minf|X=|$MINF" "budget|X=|$BUDGET"; do
  IFS='|' read -r name v passes <<< "$c"
  echo "-- ncu free clocks $name $v"
  ( export $v; ATTNC_CACHE_DIR=cache timeout 100 $ncu --clock-control none --section SpeedOfLight -k regex:prefill_attn2$ -c 1 ./attnc bench -device cuda -heads 8 -repeat 1 -n 131072 -passes "$passes" ../examples/causal.attn 2>&1 | grep -E "Duration|Elapsed Cycles|SM Frequency|DRAM Frequency" | head -6 )
done
for c in "budget|ATTNC_PAIR=1|$BUDGET" "minf|ATTNC_PAIR=1|$MINF" "minf|X=|$MINF"; do
  IFS='|' read -r name v passes <<< "$c"
  echo "-- free $name $v (sampled every 5 ms while the GPU is busy)"
  nvidia-smi --query-gpu=timestamp,utilization.gpu,clocks.sm,power.draw,temperature.gpu,clocks_event_reasons.active --format=csv,noheader -lms 5 > $OUT/smi.csv 2>/dev/null &
  smi=$!
  ( export $v ATTNC_TIME_KERNELS=1; ATTNC_CACHE_DIR=cache timeout 100 ./attnc bench -device cuda -json -heads 8 -repeat 5 -n 131072 -passes "$passes" ../examples/causal.attn 2>/dev/null | python3 -c 'import json,sys
j=json.loads(sys.stdin.readline()); print("  dense %.3f sparse %.3f kernel %s" % (j["dense_ms"], j["sparse_ms"], j["stage_ms"].get("cuda attention %2: kernel", j["stage_ms"].get("cuda attention %2"))))' )
  kill $smi; wait $smi 2>/dev/null
  python3 - $OUT/smi.csv <<'PY'
import sys, collections
rows=[l.strip().split(", ") for l in open(sys.argv[1]) if l.count(",")>=5]
busy=[r for r in rows if r[1].startswith("100")]
def num(s): 
    try: return float(s.split()[0])
    except: return float("nan")
clk=sorted(num(r[2]) for r in busy); pw=sorted(num(r[3]) for r in busy)
print("  %d samples busy of %d; SM MHz min %.0f median %.0f max %.0f; power W median %.0f max %.0f; temp %s" % (len(busy), len(rows), clk[0] if clk else 0, clk[len(clk)//2] if clk else 0, clk[-1] if clk else 0, pw[len(pw)//2] if pw else 0, pw[-1] if pw else 0, busy[-1][4] if busy else "?"))
print("  reasons:", collections.Counter(r[5] for r in busy).most_common(4))
PY
done
echo "[$SECONDS s] done"
