# Sourced by the GPU call scripts (gpu-ws*.sh) after `cd` into the folder
# holding tests.test and cases/ (T): the two ways they run a case, and
# bench. Neither stays silent: a case that is missing, hangs (its timeout)
# or fails says so, and a case that hung once is not run again — a hung
# kernel costs its timeout once, not once per round.
#
# check CASE: one interpreter case under a 20 s timeout; a hang is noted
# in /tmp/hung (start a call with `rm -f /tmp/hung`).
check() {
  [ -d $T/$1 ] || { echo "$1 MISSING"; return; }
  local d r rc; d=$(mktemp -d); cp -r $T/$1 $d/
  r=$(ATTNC_GPU_CASES=$d timeout 20 ./tests.test -test.run 'TestGPU$' -test.v 2>&1); rc=$?
  [ $rc = 124 ] && echo "$1" >> /tmp/hung
  echo "$1 rc=$rc$([ $rc = 124 ] && echo ' HUNG') $(echo "$r" | grep -oE "rel_err [^ ]+ \(bound [^)]*\)|gpu_test.go:[0-9]+: .*|FAIL.*|panic.*" | head -3 | cut -c1-300 | tr '\n' ' ')"
  rm -rf $d
}

# tm CASE LABEL: one timing case's median, unless it or its interpreter
# twin (the case named by the tag after the size) hung; TM_TIMEOUT
# seconds (25) before it counts as hung.
tm() {
  local tag=${1##*-32768-}; tag=${tag##*-8192-}; tag=${tag##*-131072-}
  [ -d $T/$1 ] || { echo "$2 $1: MISSING"; return; }
  if [ -s /tmp/hung ] && { grep -qx -- "$1" /tmp/hung || { [ "$tag" != "$1" ] && grep -q -- "-$tag\$" /tmp/hung; }; }; then
    echo "$2 $1: skipped (it or its case hung)"; return
  fi
  local d r rc; d=$(mktemp -d); cp -r $T/$1 $d/
  local limit=${TM_TIMEOUT:-25}
  r=$(ATTNC_GPU_CASES=$d timeout $limit ./tests.test -test.run 'TestGPU$' -test.v 2>&1); rc=$?
  rm -rf $d
  if [ $rc = 124 ]; then echo "$1" >> /tmp/hung; echo "$2 $1: HUNG ($limit s)"; return; fi
  echo "$2 $1: $(echo "$r" | grep -oE "median [0-9.]+ ms .*TFLOP/s|FAIL.*|panic.*" | head -2 | tr '\n' ' ')"
}

# bench N PASSES [FILE]: `attnc bench -device cuda` (HEADS, 32 unless set; 3
# repetitions) of FILE (examples/causal.attn) with PASSES (its own
# schedule when empty), its dense and sparse times and stage times.
bench() {
  local f=${3:-../../examples/causal.attn}
  echo "== N=$1 ${2:-(its own schedule)} $(basename $f)"
  ATTNC_CACHE_DIR=cache timeout ${BENCH_TIMEOUT:-150} ./attnc bench -device cuda -json -n $1 -heads ${HEADS:-32} -repeat 3 ${2:+-passes "$2"} $f > $OUT/bench.json 2>$OUT/bench.err
  echo "rc=$? $(tail -2 $OUT/bench.err | tr '\n' ' ')"
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l)
    print("  dense %.3f ms, sparse %.3f ms (%.3f of dense), density %.4f, %.0f MB of device buffers" % (j["dense_ms"], j["sparse_ms"], j["sparse_ms"]/j["dense_ms"], j["density"], j.get("device_mb", 0)))
    for k,v in sorted(j["stage_ms"].items()): print("    %-48s %8.3f" % (k, v))' $OUT/bench.json 2>&1 | head -80
}

# with "VAR=x …" CMD…: CMD (bench, a shell function, too: env cannot run
# one) with those variables set.
with() { local v=$1; shift; ( export $v; "$@" ); }

# profile NAME REGEX N PASSES [FILE]: Nsight Compute's full set on the
# first kernel matching REGEX (=NAME: the kernel of that name) of `attnc bench` (32 heads, one repetition),
# its details and per-SASS-instruction table under $OUT, a summary line.
profile() {
  local ncu=/usr/local/cuda/bin/ncu
  command -v ncu >/dev/null && ncu=ncu
  local k="regex:$2" # =NAME: that kernel exactly
  [[ $2 == =* ]] && k=${2#=}
  ATTNC_CACHE_DIR=cache timeout ${PROFILE_TIMEOUT:-240} $ncu --set full --import-source no -k $k -c 1 -f -o $OUT/$1 ./attnc bench -device cuda -heads 32 -repeat 1 -n $3 ${4:+-passes "$4"} ${5:-../../examples/causal.attn} > $OUT/$1.log 2>&1
  $ncu -i $OUT/$1.ncu-rep --page details > $OUT/$1.txt 2>&1
  $ncu -i $OUT/$1.ncu-rep --page source --csv --print-source sass > $OUT/$1.sass.csv 2>&1
  echo "== $1: $(grep -E "Duration|Registers Per|Achieved Occupancy|Executed Ipc A|L1/TEX Cache Throughput|Block Limit (Reg|Shared)" $OUT/$1.txt | tr -s ' ' | tr '\n' ';' | cut -c1-600)"
  rm -f $OUT/$1.ncu-rep
}

# gpu_enter DIR [LOG]: the call's prologue — the driver's library path, $OUT,
# into DIR (the carried pack) and its binaries unpacked (carried gzipped:
# the device tool carries 64 MiB).
gpu_enter() {
  export LD_LIBRARY_PATH=/usr/local/nvidia/lib64:${LD_LIBRARY_PATH:-}
  OUT=${OUT:-/tmp/out}
  mkdir -p $OUT
  cd "$1" || exit 1
  for x in attnc driver.test tests.test; do
    [ -f $x.gz ] && gunzip -f $x.gz
    [ -f $x ] && chmod +x $x
  done
  [ -d cache/ptx ] && gunzip -rf cache/ptx
  T=cases
  rm -f /tmp/hung
  # LOG: the call's output, teed into $OUT/LOG (it comes back even if the
  # call is cut off), led by the card and its clocks.
  if [ -n "${2:-}" ]; then
    exec > >(tee $OUT/$2) 2>&1
    nvidia-smi --query-gpu=name,clocks.sm,clocks.max.sm --format=csv,noheader
  fi
}

# perrow_checks ONLY: the per-row kernels held to the host's rules —
# TestGPUGate on every schedule (every row), its schedules containing
# ONLY at the small size under racecheck, synccheck and memcheck, and
# moba.attn and hisa.attn through the executor (`attnc run -check`).
perrow_checks() {
  echo "[$SECONDS s] TestGPUGate (gate and tokens, every row against the host's rule)"
  ATTNC_CACHE_DIR=cache timeout 200 ./driver.test -test.run 'TestGPUGate$' -test.v 2>&1 | grep -E "^(---|ok|FAIL|PASS)|differ|within|panic" | head -40
  for tool in racecheck synccheck memcheck; do
    echo "$tool: $(ATTNC_GPU_GATE_SMALL=1 ATTNC_GPU_GATE_ONLY="$1" ATTNC_CACHE_DIR=cache timeout 120 compute-sanitizer --tool $tool ./driver.test -test.run 'TestGPUGate$' 2>&1 | grep -E "ERROR SUMMARY|RACECHECK SUMMARY|FAIL|hazard|^ok|PASS" | head -4 | tr '\n' ' ')"
  done
  perrow_runchecks
}

# perrow_runchecks: moba, hisa and a 64-key gate through the executor
# against the interpreter (attnc run -check).
perrow_runchecks() {
  for f in moba hisa; do
    echo "== run -check $f: $(ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check ../../examples/$f.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error" | tr '\n' ' ' | cut -c1-300)"
  done
  # 64-key blocks: the attention over row flags (cuda.RowFlags), not row words.
  echo "== run -check gate 64: $(ATTNC_CACHE_DIR=cache timeout 60 ./attnc run -device cuda -check -passes "gate(block: 64, top: 8, keep: [diagonal])" ../../examples/causal.attn -n 1500 -heads 4 -synthetic 3 2>&1 | grep -E "ref_|error" | tr '\n' ' ' | cut -c1-300)"
}

# perrow_benches: issue 18's benchmarks — MoBA and HISA as shipped at
# 16384; tile-level mean selection at 10 % against gates of 64-key
# (top 26) and 16-key (top 102) blocks and HISA's two stages at 32768;
# tile-level against a 64-key gate (top 102) at 131072.
perrow_benches() {
  bench 16384 "" ../../examples/moba.attn
  bench 16384 "" ../../examples/hisa.attn
  bench 32768 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
  bench 32768 "gate(block: 64, top: 26, keep: [diagonal])"
  bench 32768 "gate(block: 16, top: 102, keep: [diagonal])"
  bench 32768 "gate(block: 64, top: 16, keep: [diagonal]); tokens(top: 256)"
  bench 131072 "tile(q: 64, k: 64); score(mean); select(density: 0.1, keep: [sink, diagonal])"
  BENCH_TIMEOUT=200 bench 131072 "gate(block: 64, top: 102, keep: [diagonal])"
}

# S2O: S2O's schedule as passes for causal.attn (the twenty-second
# session's calls).
S2O="tile(q: 64, k: 64); permute(segment: 256, probe: mean, scope: global); score(mean); order(score); early_stop(eps: 1e-3)"

# runcheck LABEL N HEADS FILE [PASSES]: `attnc run -device cuda -check`
# of FILE (with PASSES) against the interpreter: its density, ref_diff
# and ref_match, or its error, on one line.
runcheck() {
  echo "== run -check $1 N=$2: $(ATTNC_CACHE_DIR=cache timeout 120 ./attnc run -device cuda -check -n $2 -heads $3 -synthetic 3 ${5:+-passes "$5"} $4 2>&1 | grep -E "ref_|rror|panic|host|density" | tr '\n' ' ' | cut -c1-500)"
}

# gpu_sweep TIMEOUT: from a folder holding tests.test and cases/ (the
# .gpu pack), TestGPU on every correctness case (the time-* cases left
# out: their inputs at 131072 take a call's time), TestGPUDriver and
# TestGPUNonFinite; the log in $OUT/gpu.log, its failures printed.
gpu_sweep() {
  local c=/tmp/c d
  rm -rf $c; mkdir -p $c
  for d in cases/*; do
    case $(basename $d) in time-*) ;; *) ln -s $PWD/$d $c/ ;; esac
  done
  echo "[$SECONDS s] TestGPU, TestGPUDriver, TestGPUNonFinite ($(ls $c | wc -l) entries)"
  ATTNC_GPU_CASES=$c timeout $1 ./tests.test -test.run 'TestGPU$|TestGPUDriver|TestGPUNonFinite' -test.v > $OUT/gpu.log 2>&1
  echo "rc=$?"
  grep -E "^(--- |ok|PASS|FAIL)|^FAIL|panic|against the interpreter, bound|on the interpreter|visited other|does not test" $OUT/gpu.log | head -40
  echo "cases with rel_err: $(grep -cE "rel_err" $OUT/gpu.log)"
}
