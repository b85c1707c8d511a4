package nvptx

import (
	"fmt"
	"slices"

	"github.com/llir/llvm/ir"
	"github.com/llir/llvm/ir/enum"
	"github.com/llir/llvm/ir/types"
	"github.com/llir/llvm/ir/value"

	"github.com/attnc/attnc/ir/tile"
	"github.com/attnc/attnc/runtime/cuda"
)

// Proxy heads on the device (score(heads: P), ProxyAttn): the query heads
// of each group of size = H/P, and the distinct KV heads they read, are
// averaged into P proxy heads stored in the inputs' b16 type — the same
// operations in the same order as runtime/sparse.ProxyMean, so the bits
// equal the host's — and the scoring and select kernels then run on P
// heads. The attention kernel reads proxy g's list for each of its heads
// (its lh parameter: heads per list).

// proxyOK says why the proxy heads of blockscore p.Steps[si] cannot run on
// the device (nil: they can). The select kernel runs once per proxy head
// and every head of its group reads that list, which is the host's
// selection only where the group's heads select alike: the same classes
// (a mask without h, keys not permuted) and a selection per row (a budget
// shares ties out by head). The compensation kernels read a list per
// head.
func proxyOK(p *tile.Program, si int) error {
	sc, se := p.Steps[si].Score(), p.Steps[si+1].Select()
	switch {
	case len(p.Steps[si].Args) > 2:
		return fmt.Errorf("the keys are permuted")
	case sc.Mask.Uses("h"):
		return fmt.Errorf("the mask depends on the head")
	case se.Mode == "budget":
		return fmt.Errorf("a budget shares its ties out by head")
	}
	for _, s := range p.Steps[si+2:] {
		if s.Kind == tile.Kernel && slices.Contains(s.Args, p.Steps[si+1].Out) && readOps(s).compensate {
			return fmt.Errorf("the attention compensates (its kernels read a list per head)")
		}
	}
	return nil
}

// proxyThreads is the proxy kernel's block size.
const proxyThreads = 256

// proxy emits out[g, e] = round_dt(Σ_{s=lo}^{hi} x[s, e] / (hi−lo+1)) for
// the n elements e of a head, lo = g·size/group and hi = (g·size + size −
// 1)/group (group 1 for q; for k the GQA group, since head h reads KV
// head h/group): a float32 sum from +0 in head order, one division, one
// rounding. Grid (⌈n/256⌉, P), 256 threads. Parameters: x, out (b16), n,
// size, group.
func (g *gen) proxy(name, dt, arg string) Kernel {
	hp := types.NewPointer(types.I16)
	px, po := ir.NewParam("x", hp), ir.NewParam("out", hp)
	pn, psize, pgroup := ir.NewParam("n", types.I32), ir.NewParam("size", types.I32), ir.NewParam("group", types.I32)
	f := g.m.NewFunc(name, types.Void, px, po, pn, psize, pgroup)
	f.CallingConv = ptxKernel
	g.annotations = append(g.annotations, f.Type().String()+" @"+name+`, !"maxntidx", i32 `+fmt.Sprint(proxyThreads))
	b := kb{f.NewBlock("entry"), g}
	t, blk, p := b.sreg("tid.x"), b.sreg("ctaid.x"), b.sreg("ctaid.y")
	e := b.NewAdd(b.NewMul(blk, i32(proxyThreads)), t)
	first := b.NewMul(p, psize)
	lo := b.NewSDiv(first, pgroup)
	hi := b.NewSDiv(b.NewSub(b.NewAdd(first, psize), i32(1)), pgroup)
	n64, e64 := b.i64(pn), b.i64(e)
	b = b.when(b.NewICmp(enum.IPredSLT, e, pn), func(b kb) kb {
		b, acc := b.forN(lo, b.NewAdd(hi, i32(1)), i32(1), []value.Value{f32(0)}, func(b kb, s value.Value, acc []value.Value) (kb, []value.Value) {
			x := b.NewLoad(types.I16, b.NewGetElementPtr(types.I16, px, b.NewAdd(b.NewMul(b.i64(s), n64), e64)))
			return b, []value.Value{b.NewFAdd(acc[0], b.b16f32(dt, x))}
		})
		mean := b.NewFDiv(acc[0], b.NewSIToFP(b.NewAdd(b.NewSub(hi, lo), i32(1)), types.Float))
		at := b.NewAdd(b.NewMul(b.i64(p), n64), e64)
		b.NewStore(b.NewTrunc(b.pack(dt, mean, f32(0)), types.I16), b.NewGetElementPtr(types.I16, po, at))
		return b
	})
	b.NewRet(nil)
	return Kernel{Name: name, Kind: cuda.KindProxy, Arg: arg, BlockRows: proxyThreads}
}
