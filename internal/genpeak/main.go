// Command genpeak writes runtime/peak's assembly with codegen/amd64 (run by
// go generate in runtime/peak).
package main

import (
	"log"
	"os"

	"github.com/attnc/attnc/codegen/amd64"
)

func main() {
	asm, stubs, err := amd64.GeneratePeak("peak")
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("peak_amd64.s", asm, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("peak_amd64.go", stubs, 0o644); err != nil {
		log.Fatal(err)
	}
}
