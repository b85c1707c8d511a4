#!/usr/bin/env bash
# Says whether a GPU call fits the device tool's carry limit (64 MiB for
# the tracked files, the untracked ones git does not ignore, and the
# carried .gpu pack together; the tool refuses a call past it, and says so
# only once a machine would have started). Run it after the pack is built
# and gzipped; it exits 1 when the call would not fit.
set -euo pipefail
cd "$(dirname "$0")/.."
limit=$((64 << 20))
# (du fails on a tracked file deleted in the work tree, but still counts
# the others: its status must not end the script under pipefail.)
tree=$( { (git ls-files -z; git ls-files -z --others --exclude-standard) | xargs -0 -r du -cb 2>/dev/null || true; } | awk '$2 == "total" {s += $1} END {print s + 0}')
pack=$(du -sb .gpu 2>/dev/null | cut -f1)
total=$((tree + ${pack:-0}))
printf 'tree %.1f MiB + .gpu %.1f MiB = %.2f MiB of %d MiB\n' "$(echo "$tree/1048576" | bc -l)" "$(echo "${pack:-0}/1048576" | bc -l)" "$(echo "$total/1048576" | bc -l)" $((limit >> 20))
if [ "$total" -gt "$limit" ]; then
  echo "gpu-size: $((total - limit)) bytes over: drop what the call does not run from .gpu (gpudemo.gz, trace cases, old scripts)" >&2
  exit 1
fi
