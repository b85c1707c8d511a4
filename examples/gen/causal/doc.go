// Package causal is examples/causal.attn compiled by attnc: dense causal
// attention with head dim 128 in bf16. Regenerate with go generate.
package causal

//go:generate go run ../../../cmd/attnc gen -pkg causal -o . ../../causal.attn
