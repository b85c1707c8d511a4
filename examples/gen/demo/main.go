// Command demo runs a generated kernel from plain Go: the sparse schedule
// of examples/best.attn, compiled by `go generate` into package best, on
// random inputs; it prints the run's statistics and stage times.
//
//	go run ./examples/gen/demo -n 2048 -heads 4
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"math"
	"math/rand/v2"

	"github.com/attnc/attnc/examples/gen/best"
	"github.com/attnc/attnc/runtime"
)

func main() {
	n := flag.Int("n", 2048, "sequence length")
	heads := flag.Int("heads", 4, "heads")
	flag.Parse()
	r := rand.New(rand.NewPCG(1, 2))
	tensor := func() *runtime.Tensor {
		t := runtime.New(runtime.F16, *heads, *n, 64)
		for i := range t.Len() {
			t.Set(i, float32(r.NormFloat64()))
		}
		return t
	}
	q, k, v := tensor(), tensor(), tensor()
	// Sharpen the queries so that attention has structure to exploit.
	for i := range q.Len() {
		q.Set(i, 3*q.At(i))
	}
	kernel := best.NewBest(runtime.Options{})
	defer kernel.Close()
	out := runtime.New(runtime.F16, *heads, *n, 64)
	st, err := kernel.Run(context.Background(), q, k, v, out)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("best.attn: N=%d heads=%d density %.4f (%.4f with scoring), %d tiles visited\n",
		*n, *heads, st.Density, st.DensityTotal, st.TilesVisited)
	for _, s := range st.Stages {
		fmt.Printf("  %-18s %v\n", s.Name, s.Time)
	}
	var norm float64
	for i := range out.Len() {
		norm += float64(out.At(i)) * float64(out.At(i))
	}
	fmt.Printf("  ‖out‖ = %.3f\n", math.Sqrt(norm))
}
