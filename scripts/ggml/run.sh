#!/usr/bin/env bash
# ggml's CPU flash_attn_ext on one decode step, beside attnc bench on the
# same shape, alternated (issue 17's CPU goal is a same-run ratio). Needs
# cmake and a ggml checkout: GGML=path/to/ggml (github.com/ggml-org/ggml).
#   GGML=/tmp/ggml scripts/ggml/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${GGML:?set GGML to a ggml checkout}"
[ -f "$GGML/build/src/libggml.so" ] || {
  cmake -S "$GGML" -B "$GGML/build" -DCMAKE_BUILD_TYPE=Release -DGGML_NATIVE=ON -DGGML_BUILD_TESTS=OFF -DGGML_BUILD_EXAMPLES=OFF >/dev/null
  cmake --build "$GGML/build" -j"$(nproc)" --target ggml ggml-cpu >/dev/null
}
out=$(mktemp -d)
gcc -O2 -o "$out/decode" scripts/ggml/decode.c -I"$GGML/include" -L"$GGML/build/src" -lggml -lggml-base -lggml-cpu -lm -Wl,-rpath,"$GGML/build/src"
go build -o "$out/attnc" ./cmd/attnc
for dt in f16 f32; do
  sed "s/bf16/$dt/g; s/\[G, N/[H, N/g" examples/decode.attn > "$out/decode_$dt.attn"
done
N=${N:-16384} H=${H:-8} THREADS=${THREADS:-2}
for round in 1 2 3; do
  for dt in f16 f32; do
    "$out/decode" "$N" "$H" "$THREADS" 21 $dt
    "$out/attnc" bench -peak -workers "$THREADS" -dims M=1 -n "$N" -heads "$H" -repeat 21 "$out/decode_$dt.attn" | tail -1
  done
done
