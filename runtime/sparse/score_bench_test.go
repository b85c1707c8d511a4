package sparse

import (
	"math/rand/v2"
	"testing"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/synthetic"
)

// BenchmarkAntidiagonal scores examples/xattn.attn's shape (causal, d = 64,
// stride 8, 64 × 64 tiles, 8 heads) on float32 inputs, as a generated
// kernel does: go test -bench Antidiagonal -cpuprofile cpu.out.
func BenchmarkAntidiagonal(b *testing.B) {
	for _, n := range []int{4096, 16384} {
		b.Run(itoa(n), func(b *testing.B) {
			r := rand.New(rand.NewPCG(1, 2))
			const h, d = 8, 64
			q, k := randomQK(r, h*n*d)
			g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
			spec := ScoreSpec{Method: "antidiagonal", Stride: 8, Scale: 0.125}
			var ws Workspace
			for b.Loop() {
				if _, _, err := BlockScoreIn(&ws, g, spec, q, k, d, benchWorkers); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func itoa(n int) string {
	s := ""
	for ; n > 0 || s == ""; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

var benchWorkers = 2

// BenchmarkMeanDecode scores a decode step with mean pooling: one query
// row per head against 65536 keys, d = 128, 8 heads, f32 inputs (the
// generated kernel's): the keys' pooling is the cost.
func BenchmarkMeanDecode(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const h, d, n = 8, 128, 65536
	q, k := make([]float32, h*d), make([]float32, h*n*d)
	for i := range k {
		k[i] = float32(r.NormFloat64())
	}
	for i := range q {
		q[i] = float32(r.NormFloat64())
	}
	g := &Grid{H: h, M: 1, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	spec := ScoreSpec{Method: "mean", Scale: 0.088}
	var ws Workspace
	for b.Loop() {
		if _, _, err := BlockScoreIn(&ws, g, spec, q, k, d, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkKeyCacheDecode scores one decode query per head against an f16
// KV cache of 16384 rows (8 heads, d = 128, 64-key tiles, causal, mean
// scores) with Workspace.KeyCache, one key appended per call, as a decode
// loop does: the cost left once the key tiles' means are kept.
func BenchmarkKeyCacheDecode(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const h, d, n = 8, 128, 16384
	k := runtime.New(runtime.F16, h, n, d)
	for i := range k.Len() {
		k.Set(i, float32(r.NormFloat64()))
	}
	q := make([]float32, h*d)
	for i := range q {
		q[i] = float32(r.NormFloat64())
	}
	g := &Grid{H: h, M: 1, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}, Lens: []int32{n - 4096}}
	spec := ScoreSpec{Method: "mean", Scale: 0.088}
	ws := Workspace{KeyCache: true}
	for b.Loop() {
		g.Lens[0] = min(g.Lens[0]+1, n)
		if _, _, err := BlockScoreTensor(&ws, g, spec, q, k, d, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRowScore is the gate's scores for 8 heads of 8192 causal rows,
// d = 64, blocks of 16 keys (examples/moba.attn's shape).
func BenchmarkRowScore(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const h, d, n = 8, 64, 8192
	q, k := randomQK(r, h*n*d)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	for b.Loop() {
		if _, _, err := RowScore(g, 16, 0.125, q, k, d, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRowGate is BenchmarkRowScore's gate fused with its selection
// (top 13 blocks of 16, diagonal, sink and 4 local blocks forced): no E.
func BenchmarkRowGate(b *testing.B) { benchRowGate(b, 8192) }

// BenchmarkRowGate16K is BenchmarkRowGate at 16384 rows and keys (1024
// blocks a row at most).
func BenchmarkRowGate16K(b *testing.B) { benchRowGate(b, 16384) }

// BenchmarkRowGateTop32 is BenchmarkRowGate16K with 32 blocks a row
// (hisa16's gate: k above 16, each lane's two largest bound A_k).
func BenchmarkRowGateTop32(b *testing.B) {
	benchRowGateSpec(b, 16384, RowSpec{Block: 16, Top: 32, Diagonal: true, Sink: true, Local: 4})
}

// benchRowGate times RowGate on 8 causal heads of n rows and keys, d = 64,
// its buffers in a Workspace kept across calls, as the generated code
// keeps them (fresh buffers made a tenth of the time page faults).
func benchRowGate(b *testing.B, n int) {
	benchRowGateSpec(b, n, RowSpec{Block: 16, Top: 13, Diagonal: true, Sink: true, Local: 4})
}

func benchRowGateSpec(b *testing.B, n int, spec RowSpec) {
	r := rand.New(rand.NewPCG(1, 2))
	const h, d = 8, 64
	q, k := randomQK(r, h*n*d)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	ws := &Workspace{}
	for b.Loop() {
		if _, _, err := RowGateIn(ws, g, "mean", 16, 0.125, nil, q, k, d, spec, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTokenSelect times HISA's token stage (examples/hisa.attn: the
// top 256 keys inside each row's 16 best blocks of 64) on 8 causal heads
// of 4096 rows and keys, d = 64, the lists in a kept Workspace.
func BenchmarkTokenSelect(b *testing.B) {
	r := rand.New(rand.NewPCG(1, 2))
	const h, d, n = 8, 64, 4096
	q, k := randomQK(r, h*n*d)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	spec := RowSpec{Block: 64, Top: 16, Diagonal: true}
	rows, _, err := RowGate(g, "mean", 64, 0.125, nil, q, k, d, spec, benchWorkers)
	if err != nil {
		b.Fatal(err)
	}
	var ws Workspace
	for b.Loop() {
		TokenSelectIn(&ws, g, rows, 16, 64, 256, 0.125, nil, q, k, d, benchWorkers)
	}
}

// BenchmarkTokenSelect16 is BenchmarkTokenSelect for hisa16 (docs/accuracy.md):
// the top 205 keys inside each row's 32 best blocks of 16 and its forced
// ones (sink, diagonal, 4 local), 8 causal heads of 16384 rows, d = 64.
func BenchmarkTokenSelect16(b *testing.B) {
	q, k := randomQK(rand.New(rand.NewPCG(1, 2)), 8*16384*64)
	benchTokenSelect16(b, q, k)
}

// benchTokenSelect16 times hisa16's token stage on q and k of 8 causal
// heads × 16384 rows, d = 64, its lists in a kept Workspace.
func benchTokenSelect16(b *testing.B, q, k []float32) {
	benchTokenSelect(b, q, k, 8, 16384, RowSpec{Block: 16, Top: 32, Diagonal: true, Sink: true, Local: 4}, 205)
}

// benchTokenSelect times the token stage (top keys in the blocks the gate
// spec chooses) on q and k of h causal heads × n rows, d = 64, its lists
// in a kept Workspace.
func benchTokenSelect(b *testing.B, q, k []float32, h, n int, spec RowSpec, top int) {
	const d = 64
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	rows, _, err := RowGate(g, "mean", spec.Block, 0.125, nil, q, k, d, spec, benchWorkers)
	if err != nil {
		b.Fatal(err)
	}
	var ws Workspace
	for b.Loop() {
		TokenSelectIn(&ws, g, rows, spec.Width((n+spec.Block-1)/spec.Block), spec.Block, top, 0.125, nil, q, k, d, benchWorkers)
	}
}

// BenchmarkTokenSelect64K times hisa.attn's token stage (top 256 keys in
// each row's 16 best blocks of 64) where issue 18's ≤ 5 % of dense is
// measured: 2 causal heads of 65536 synthetic rows (attnc bench's
// inputs), d = 64, the lists in a kept Workspace.
func BenchmarkTokenSelect64K(b *testing.B) {
	q, k := syntheticQK(b, 2, 65536, 64)
	benchTokenSelect(b, q, k, 2, 65536, RowSpec{Block: 64, Top: 16, Diagonal: true}, 256)
}

// BenchmarkRowGate64K is hisa.attn's gate (top 16 blocks of 64, the
// diagonal forced) beside BenchmarkTokenSelect64K: 2 causal heads of 65536
// synthetic rows, d = 64.
func BenchmarkRowGate64K(b *testing.B) {
	const h, d, n = 2, 64, 65536
	q, k := syntheticQK(b, h, n, d)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	ws := &Workspace{}
	spec := RowSpec{Block: 64, Top: 16, Diagonal: true}
	for b.Loop() {
		if _, _, err := RowGateIn(ws, g, "mean", 64, 0.125, nil, q, k, d, spec, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// randomQK returns q and k of n standard normal float32 values each,
// drawn in turn from r (the benchmarks' inputs).
func randomQK(r *rand.Rand, n int) (q, k []float32) {
	q, k = make([]float32, n), make([]float32, n)
	for i := range q {
		q[i], k[i] = float32(r.NormFloat64()), float32(r.NormFloat64())
	}
	return q, k
}

// BenchmarkTokenSelect16Synthetic is BenchmarkTokenSelect16 on the
// synthetic inputs attnc bench uses (package synthetic, seed 1: sinks,
// bands, stripes, slashes), where the rows of a tile choose blocks
// together as real attention's do — random normal inputs make every row
// choose its own, which is the kernels' worst case, not their usual one.
func BenchmarkTokenSelect16Synthetic(b *testing.B) {
	q, k := syntheticQK(b, 8, 16384, 64)
	benchTokenSelect16(b, q, k)
}

// BenchmarkRowGate16KSynthetic is BenchmarkRowGate16K (MoBA's gate, top 13
// of blocks of 16) on the synthetic inputs attnc bench uses.
func BenchmarkRowGate16KSynthetic(b *testing.B) {
	const h, d, n = 8, 64, 16384
	q, k := syntheticQK(b, h, n, d)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	ws := &Workspace{}
	spec := RowSpec{Block: 16, Top: 13, Diagonal: true, Sink: true, Local: 4}
	for b.Loop() {
		if _, _, err := RowGateIn(ws, g, "mean", 16, 0.125, nil, q, k, d, spec, benchWorkers); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticQK returns float32 q and k of h heads × n tokens × d from
// package synthetic (seed 1), as attnc bench draws them.
func syntheticQK(b testing.TB, h, n, d int) (q, k []float32) {
	q64, k64, _, err := synthetic.Generate(synthetic.Config{Heads: h, KVHeads: h, N: n, D: d, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	q, k = make([]float32, len(q64)), make([]float32, len(k64))
	for i := range q {
		q[i], k[i] = float32(q64[i]), float32(k64[i])
	}
	return q, k
}

// s2oHeads, s2oD and s2oN are the S2O benchmarks' shape: 4 heads of
// 8192 tokens, d = 64.
const s2oHeads, s2oD, s2oN = 4, 64, 8192

// s2oInputs returns the S2O benchmarks' synthetic q and k (seed 1, as
// attnc bench draws them) and examples/s2o.attn's permutation.
func s2oInputs(b *testing.B) (q, k []float64, spec PermuteSpec) {
	q, k, _, err := synthetic.Generate(synthetic.Config{Heads: s2oHeads, KVHeads: s2oHeads, N: s2oN, D: s2oD, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	return q, k, PermuteSpec{Segment: 256, Probe: "mean", Scope: "global", Scale: 0.125, BQ: 64}
}

// BenchmarkPermuteGlobal times S2O's permutation (examples/s2o.attn:
// segments of 256, mean probes, global scope) on 4 heads of 8192 synthetic
// tokens, d = 64, as attnc bench's s2o runs it.
func BenchmarkPermuteGlobal(b *testing.B) {
	const h, d, n = s2oHeads, s2oD, s2oN
	q, k, spec := s2oInputs(b)
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			Permute(spec, q, k, h, n, d, h, n)
		}
	})
	// As the CPU backend and the GPU executor's host step call it.
	b.Run("workspace", func(b *testing.B) {
		var ws Workspace
		for b.Loop() {
			PermuteIn(&ws, spec, q, k, h, n, d, h, n)
		}
	})
}

// BenchmarkPermutedScore times mean scores of S2O's permuted keys (the
// permutation of BenchmarkPermuteGlobal's inputs) as the GPU executor's
// host step ran them before the nineteenth session (float64 values, no
// workspace) and as it runs them now (float32 copies, a kept workspace).
func BenchmarkPermutedScore(b *testing.B) {
	const h, d, n = s2oHeads, s2oD, s2oN
	q, k, spec := s2oInputs(b)
	perm, _ := Permute(spec, q, k, h, n, d, h, n)
	g := &Grid{H: h, M: n, N: n, Group: 1, BQ: 64, BK: 64, Segment: 256, Perm: perm, Mask: Program{{Op: OpCausal}}}
	sc := ScoreSpec{Method: "mean", Scale: 0.125}
	q32, k32 := make([]float32, len(q)), make([]float32, len(k))
	for i := range q {
		q32[i], k32[i] = float32(q[i]), float32(k[i])
	}
	b.Run("f64", func(b *testing.B) {
		for b.Loop() {
			if _, _, err := BlockScore(g, sc, q, k, d, benchWorkers); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("f32-workspace", func(b *testing.B) {
		var ws Workspace
		for b.Loop() {
			if _, _, err := BlockScoreIn(&ws, g, sc, q32, k32, d, benchWorkers); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkTokenEst8 times the token filter's estimate kernel alone on one
// core: eight rows against one transposed block of 64 keys, d = 64 (the
// hisa.attn shape), held in L1; it reports GFLOP/s (2 a multiply-add) to
// set beside `attnc bench -peak`'s single-core FMA peak. Skipped without
// the AVX-512 kernels.
func BenchmarkTokenEst8(b *testing.B) {
	if tokenEst[0] == nil {
		b.Skip("no AVX-512 estimate kernels")
	}
	const rows, n, d = 8, 64, 64
	r := rand.New(rand.NewPCG(3, 4))
	q := make([]float32, rows*d)
	kt := make([]float32, d*n)
	for i := range q {
		q[i] = float32(r.NormFloat64())
	}
	for i := range kt {
		kt[i] = float32(r.NormFloat64())
	}
	out := make([]float32, rows*n)
	var qs, outs [rows]*float32
	for i := range rows {
		qs[i], outs[i] = &q[i*d], &out[i*n]
	}
	for b.Loop() {
		tokenEst[0](&outs[0], &qs[0], &kt[0], n, d)
	}
	b.ReportMetric(float64(2*rows*n*d)*float64(b.N)/b.Elapsed().Seconds()/1e9, "GFLOP/s")
}
