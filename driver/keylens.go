package driver

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/ir/interp"
)

// Key lengths on the command line (docs/dsl.md, "KV caches"): a kernel
// with lens: i32[B] runs B sequences against a cache of capacity N (k's
// rows). attnc run and attnc bench take the lengths as -lens L1,L2,...
// (B is their count), or, with -inputs, from the file's tensor named
// after the parameter; without either every sequence holds the whole
// cache. The report states them.

// tensorParams is f's parameters without its key lengths: q, k and v
// by convention, wherever the lengths are declared.
func tensorParams(f *ir.Func) []*ir.Value {
	l := f.KeyLengths()
	if l == nil {
		return f.Params
	}
	var out []*ir.Value
	for _, p := range f.Params {
		if p != l {
			out = append(out, p)
		}
	}
	return out
}

// parseLens reads -lens: comma-separated non-negative integers.
func parseLens(s string) ([]int, error) {
	if strings.TrimSpace(s) == "" {
		return nil, usagef("-lens: empty; want one length per sequence, e.g. -lens 100,2000,37")
	}
	var lens []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 0 {
			return nil, usagef("-lens: bad length %q, want a non-negative integer (one per sequence, e.g. -lens 100,2000,37)", part)
		}
		lens = append(lens, n)
	}
	return lens, nil
}

// bindLensDim binds the dim of f's key lengths, B, to the number of -lens
// (1 without -lens, unless -dims gives it), and refuses -lens for a kernel
// without key lengths and a count that -dims or a fixed B contradicts.
func bindLensDim(f *ir.Func, lens []int, dims map[string]int, dimsSet map[string]bool) error {
	l := f.KeyLengths()
	if l == nil {
		if lens != nil {
			return usagef("-lens: kernel %s has no key lengths (a parameter of type i32[B])", f.Name)
		}
		return nil
	}
	b := l.Type.Shape[0]
	switch {
	case b.Sym == "" && lens != nil && len(lens) != b.Size:
		return usagef("-lens gives %d lengths, but %s: %s holds %d", len(lens), l.Name, l.Type, b.Size)
	case b.Sym == "":
	case lens != nil && dimsSet[b.Sym] && dims[b.Sym] != len(lens):
		return usagef("-lens gives %d lengths, but -dims %s=%d", len(lens), b.Sym, dims[b.Sym])
	case lens != nil:
		dims[b.Sym] = len(lens)
	case !dimsSet[b.Sym]:
		dims[b.Sym] = 1
	}
	return nil
}

// lensInput returns the key lengths of a run of f at dims as the
// interpreter takes them: -lens, or every sequence holding the cache's
// capacity. It refuses lengths past the capacity and sequences that do
// not divide the heads, as usage errors naming the flags.
func lensInput(f *ir.Func, lens []int, dims map[string]int) (*interp.Tensor, error) {
	l := f.KeyLengths()
	capacity, h, g := keyShape(f, dims)
	b := l.Type.Shape[0].Eval(dims)
	if lens == nil {
		lens = make([]int, b)
		for i := range lens {
			lens[i] = capacity
		}
	}
	if err := checkLens(lens, capacity, h, g); err != nil {
		return nil, usagef("-lens: %v", err)
	}
	t := interp.NewTensor(len(lens))
	for i, n := range lens {
		t.Data[i] = float64(n)
	}
	return t, nil
}

// checkLens refuses key lengths outside the capacity and sequences that
// do not divide the query heads h and KV heads g.
func checkLens(lens []int, capacity, h, g int) error {
	for i, n := range lens {
		if n < 0 || n > capacity {
			return fmt.Errorf("sequence %d has %d keys, want 0 to the cache's capacity N = %d (k's rows)", i, n, capacity)
		}
	}
	if b := len(lens); b == 0 || h%b != 0 || g%b != 0 {
		return fmt.Errorf("%d sequences do not divide the %d query heads and %d KV heads: each sequence has H/B and G/B of them", b, h, g)
	}
	return nil
}

// keyShape is the capacity, query heads and KV heads of f's first
// attention with key lengths at dims (its q's and k's dims).
func keyShape(f *ir.Func, dims map[string]int) (capacity, h, g int) {
	for _, v := range f.Values {
		if ir.KeyLengthsOf(v) != nil {
			q, k := v.Args[0].Type, v.Args[1].Type
			return k.Shape[1].Eval(dims), q.Shape[0].Eval(dims), k.Shape[0].Eval(dims)
		}
	}
	return 0, 0, 0
}

// lensOf returns the key lengths of a run's inputs, for the report (nil
// when f has none).
func lensOf(f *ir.Func, inputs map[string]*interp.Tensor) []int {
	l := f.KeyLengths()
	if l == nil || inputs[l.Name] == nil {
		return nil
	}
	out := make([]int, len(inputs[l.Name].Data))
	for i, x := range inputs[l.Name].Data {
		out[i] = int(x)
	}
	return out
}

// joinInts writes lens as -lens takes them.
func joinInts(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return strings.Join(parts, ",")
}
