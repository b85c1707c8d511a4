#!/usr/bin/env bash
# Twenty-third session, second call: S2O's sort with its scores loaded
# eight at a time (checked, timed at 32768); then every example schedule at N = 131072
# (causal.attn, bf16, d = 128, H = 32; moba and hisa as shipped), then
# the peers at 131072 (../shared/anchors/gpu_anchors.py: cuDNN,
# FlashAttention-2, FlexAttention causal and block-sparse, XAttention's
# estimate in torch) in the same call — issue 13's table at 131072. S2O
# at 131072 ran in the first call (gpu-ws24.sh). ONLY="name …" runs
# those rows alone, CHECKS=0 skips the checks and the 32768 row, PROFILE=1 profiles the
# sort first, PEERS=0
# the peers (a bench at 131072 takes about a minute: the inputs' making).
# Usage: bash scripts/gpu-pack-perrow.sh .gpupack/l; G=.gpupack/l scripts/gpu-ws25.sh
set -uo pipefail
. "$(dirname "$0")/gpu-cases.sh"
gpu_enter ${G:-.gpupack/l} ws25.log
if [ "${CHECKS:-1}" = 1 ]; then
echo "[$SECONDS s] checks: S2O with the sort's scores loaded eight at a time"
runcheck s2o 1500 4 ../../examples/s2o.attn
runcheck S2O 4096 4 ../../examples/causal.attn "$S2O"
runcheck S2O 9000 1 ../../examples/causal.attn "$S2O"
echo "memcheck: $(ATTNC_CACHE_DIR=cache timeout 150 compute-sanitizer --tool memcheck ./attnc run -device cuda -n 4096 -heads 2 -synthetic 3 ../../examples/s2o.attn 2>&1 | grep -E "ERROR SUMMARY|rror" | head -3 | tr '\n' ' ')"
# TestGPURunMemory reads ../examples: run it from the tree's driver folder.
(cd ../../driver && ATTNC_CACHE_DIR=$OLDPWD/cache timeout 120 $OLDPWD/driver.test -test.run 'TestGPURunMemory$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|MB|memory_gpu|panic" | head -10)
echo "[$SECONDS s] S2O at 32768 (the first call: permute 7.16–7.47 ms)"
bench 32768 "$S2O"
fi
if [ "${PROFILE:-0}" = 1 ]; then
  echo "[$SECONDS s] the sort's profile"
  profile sort "=prefill_permute0" 32768 "$S2O"
  python3 - $OUT/sort.sass.csv <<'PY'
import csv, collections, sys
rows = list(csv.reader(open(sys.argv[1])))
hdr, data = rows[1], rows[2:]
i = hdr.index("Warp Stall Sampling (All Samples)")
tot = sum(int(r[i]) for r in data if r[i].isdigit())
agg = collections.Counter()
for r in data:
    if r[i].isdigit():
        t = r[1].strip().split()
        agg[(t[1] if t[0].startswith("@") else t[0]).split(".")[0]] += int(r[i])
print("stall samples by opcode:", ", ".join("%s %.1f%%" % (k, 100 * v / tot) for k, v in agg.most_common(10)))
PY
fi
while IFS='|' read -r name p f; do
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $name "*) ;; *) continue;; esac
  echo "[$SECONDS s] -- $name"; with "BENCH_TIMEOUT=${BENCH_TIMEOUT:-150}" bench 131072 "$p" ${f:+../../examples/$f}
done <<'S'
minference|tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])|
budget|tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal])|
best|tile(q: 64, k: 64); score(mean); budget(density: 0.093, keep: [sink, diagonal]); compensate(order: 0)|
xattn|tile(q: 64, k: 64); score(antidiagonal, stride: 8); select(mass: 0.9, keep: [sink, diagonal])|
proxy|tile(q: 64, k: 64); score(antidiagonal, stride: 8, heads: 2); select(mass: 0.9, keep: [sink, diagonal])|
pbs|tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: local); score(mean); select(mass: 0.9, keep: [diagonal])|
moba||moba.attn
hisa||hisa.attn
S
if [ "${PEERS:-1}" = 1 ]; then
echo "[$SECONDS s] peers"
OUT=$OUT NS=131072 timeout ${PEERS_TIMEOUT:-240} python3 gpu_anchors.py 2>&1 | grep -v Warning | tail -12
fi
echo "[$SECONDS s] done"
