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
  echo "$1 rc=$rc$([ $rc = 124 ] && echo ' HUNG') $(echo "$r" | grep -oE "rel_err [^ ]+ \(bound [^)]*\)|FAIL.*|panic.*" | head -2 | tr '\n' ' ')"
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

# bench N PASSES [FILE]: `attnc bench -device cuda` (32 heads, 3
# repetitions) of FILE (examples/causal.attn) with PASSES (its own
# schedule when empty), its dense and sparse times and stage times.
bench() {
  local f=${3:-../../examples/causal.attn}
  echo "== N=$1 ${2:-(its own schedule)} $(basename $f)"
  ATTNC_CACHE_DIR=cache timeout ${BENCH_TIMEOUT:-150} ./attnc bench -device cuda -json -n $1 -heads 32 -repeat 3 ${2:+-passes "$2"} $f > $OUT/bench.json 2>$OUT/bench.err
  echo "rc=$? $(tail -2 $OUT/bench.err | tr '\n' ' ')"
  python3 -c 'import json,sys
for l in open(sys.argv[1]):
    if not l.strip(): continue
    j=json.loads(l)
    print("  dense %.3f ms, sparse %.3f ms (%.3f of dense), density %.4f" % (j["dense_ms"], j["sparse_ms"], j["sparse_ms"]/j["dense_ms"], j["density"]))
    for k,v in sorted(j["stage_ms"].items()): print("    %-48s %8.3f" % (k, v))' $OUT/bench.json 2>&1 | head -20
}
