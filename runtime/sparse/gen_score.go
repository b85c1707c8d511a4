//go:build ignore

// gen_score writes the antidiagonal block kernels with codegen/amd64
// (go generate ./runtime/sparse). The library imports nothing from the
// compiler; only this program, which is not part of the package, does.
package main

import (
	"log"
	"os"

	"github.com/attnc/attnc/codegen/amd64"
)

func main() {
	asm, stubs, err := amd64.GenerateScore("sparse")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("score_amd64.s", asm, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("score_amd64.go", stubs, 0o644); err != nil {
		log.Fatal(err)
	}
}
