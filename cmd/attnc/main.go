// Command attnc compiles attention kernels written in the attnc DSL.
//
//	attnc check FILE...        parse, check shapes, verify
//	attnc ir [flags] FILE      print graph IR after the pipeline (.attn or .ir input)
//	attnc run [flags] FILE     execute a kernel on random, synthetic or given inputs
//	attnc passes               list the registered passes
//
// Run `attnc help` or `attnc CMD -h` for the flags. The command is a thin
// wrapper around package driver, so a program that registers its own passes
// can offer the same command line (see examples/custompass).
package main

import (
	"os"

	"github.com/attnc/attnc/driver"
)

func main() {
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}
