#!/usr/bin/env bash
# ptxas-regs.sh PTX [REGEX]: registers and spills of the kernels of a PTX
# file (the PTX cache's, or llc's output) that match REGEX, without a GPU:
# Debian's nvidia-cuda-toolkit 11.8 (non-free) has a ptxas for sm_90 but
# not sm_90a, so the header is rewritten to `.version 7.8` / `.target
# sm_90` and only the entries matching REGEX are kept (the wgmma kernels
# do not assemble there: leave them out). Get the ptxas once with
#   echo 'Components: main contrib non-free' … (/etc/apt/sources.list.d)
#   apt-get update && apt-get download nvidia-cuda-toolkit && dpkg -x nvidia-cuda-toolkit_*.deb /tmp/cudatk
# and point PTXAS at /tmp/cudatk/usr/bin/ptxas. Registers on the GPU come
# from the driver's JIT (CUDA 12 there), which may allocate otherwise.
set -euo pipefail
ptx=$1 re=${2:-.}
PTXAS=${PTXAS:-/tmp/cudatk/usr/bin/ptxas}
out=$(mktemp --suffix .ptx)
zcat -f "$ptx" | python3 -c '
import re, sys
want = re.compile(sys.argv[1])
head, blocks, cur, depth, started = [], [], None, 0, False
for ln in sys.stdin.read().split("\n"):
    if cur is None:
        if re.match(r"\s*(\.visible\s+)?\.entry\b", ln):
            cur, depth, started = [ln], ln.count("{") - ln.count("}"), "{" in ln
            continue
        head.append(ln)
        continue
    cur.append(ln)
    depth += ln.count("{") - ln.count("}")
    started = started or "{" in ln
    if started and depth == 0:
        blocks.append("\n".join(cur))
        cur = None
h = "\n".join(head).replace(".version 8.0", ".version 7.8").replace(".target sm_90a", ".target sm_90")
print(h + "\n" + "\n".join(b for b in blocks if want.search(b.split("(")[0])))
' "$re" > "$out"
"$PTXAS" -arch=sm_90 -v "$out" -o /dev/null 2>&1 | grep -E "Compiling entry|registers|spill" | sed -E 's/ptxas info +: //' | paste - - - |
  sed -E "s/Compiling entry function '([^']+)' for 'sm_90'/\1:/; s/ bytes stack frame,/ B stack,/; s/ bytes spill stores,/ B spill stores,/; s/ bytes spill loads/ B spill loads;/" | tr -s ' \t' ' '
rm -f "$out"
