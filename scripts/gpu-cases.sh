# Sourced by the GPU call scripts (gpu-ws.sh, gpu-ws2.sh) after `cd` into
# the folder holding tests.test and cases/ (T): the two ways they run a
# case. Neither stays silent: a case that is missing, hangs (its timeout)
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
