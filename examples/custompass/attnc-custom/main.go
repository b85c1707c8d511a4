// Command attnc-custom is attnc with the passes of package custompass
// linked in: the whole attnc command line, plus streaming(window: w).
package main

import (
	"os"

	"github.com/attnc/attnc/driver"
	_ "github.com/attnc/attnc/examples/custompass" // registers streaming
)

func main() {
	os.Exit(driver.Main(os.Args[1:], os.Stdout, os.Stderr))
}
