// Package best is examples/best.attn compiled by attnc: sparse attention
// with mean-pooled scores, a shared tile budget and compensation.
// Regenerate with go generate.
package best

//go:generate go run ../../../cmd/attnc gen -pkg best -o . ../../best.attn
