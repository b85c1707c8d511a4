// Package minference is examples/minference.attn compiled by attnc for the
// CPU (Go and AVX-512) and for NVIDIA GPUs (PTX and its cuda.Plan): mean
// pooled block scores, 10 % of the tiles kept with the sinks and the
// diagonal, attention over those tiles. examples/gen/gpudemo runs it on a
// GPU. Regenerate with go generate (needs llc; LLVM 19 gives the sm_90a
// kernels committed here).
package minference

//go:generate go run ../../../cmd/attnc gen -targets go,nvptx -pkg minference -o . ../../minference.attn
