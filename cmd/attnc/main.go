// Command attnc compiles attention kernels written in the attnc DSL.
//
//	attnc check FILE...        parse, check shapes, verify
//	attnc ir [flags] FILE      print graph IR after the pipeline (.attn or .ir input)
//	attnc run [flags] FILE     execute a kernel on random or given inputs
//	attnc passes               list the registered passes
//
// Run `attnc help` or `attnc CMD -h` for the flags.
package main

import (
	"os"
)

func main() {
	os.Exit(Main(os.Args[1:], os.Stdout, os.Stderr))
}
