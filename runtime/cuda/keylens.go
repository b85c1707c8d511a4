package cuda

import (
	"fmt"
	"strings"

	"github.com/attnc/attnc/runtime"
	"github.com/attnc/attnc/runtime/sparse"
)

// Key lengths on the GPU (docs/dsl.md "KV caches", docs/gpu.md): a kernel
// whose steps read lens (PlanStep.Lens, an i32 [B] parameter) runs B
// sequences in one call, sequence b holding heads [b·H/B, (b+1)·H/B) and
// the first lens[b] rows of its KV heads (N rows each: the capacity).
// The decode kernels read each head block's length, the select kernels
// place each head's queries at its sequence's last keys, and the pool
// kernel of k pools only the tiles holding keys. The class tables are
// built per head from the lengths (lensClasses), so tiles past a
// sequence's keys are never visited, scored or chosen.
//
// With RunOptions.KeyCache the run is a decode loop over a growing cache:
// every repetition after the first appends a key to every sequence (the
// row past its length, which the cache holds already), and the pool
// kernel keeps the key tiles' means between repetitions, pooling only the
// tiles from each sequence's previous last key (the CPU's
// runtime.Options.KeyCache; a kept tile's mean is the same bits as a
// fresh one: same rows, same order).

// seqLens is one key-lengths parameter's state in a run.
type seqLens struct {
	base []int32 // the lengths given
	cur  []int32 // this repetition's
	prev []int32 // the lengths the kept key means were pooled for (zeros: none kept)
	dev  Buffer  // i32 [2B]: cur, then prev
}

// beginLens sets every key-lengths parameter's lengths for repetition rep
// and uploads them with the kept lengths.
func (r *run) beginLens(rep int) error {
	for _, name := range r.lensParams() {
		s := r.lens[name]
		if s == nil {
			x := r.in[name]
			var buf []int32
			l := runtime.Int32s(x, &buf)
			if x.DType != runtime.I32 || len(x.Shape) != 1 || len(l) == 0 {
				return fmt.Errorf("%s: key lengths %s are %s%v; want i32[B], B ≥ 1", r.p.plan.Name, name, x.DType, x.Shape)
			}
			s = &seqLens{base: append([]int32{}, l...), cur: make([]int32, len(l)), prev: make([]int32, len(l))}
			var err error
			if s.dev, err = r.allocRun(4 * 2 * len(l)); err != nil {
				return err
			}
			if r.lens == nil {
				r.lens = map[string]*seqLens{}
			}
			r.lens[name] = s
		}
		capacity := r.lensCapacity(name)
		for b, n := range s.base {
			if r.opts.KeyCache && rep > 0 {
				s.prev[b] = s.cur[b] // pooled by the last repetition
				if int(n) < capacity {
					// A key appended per repetition, up to the capacity (a
					// length past it is the KeyLengths check's to refuse).
					n = min(n+int32(rep), int32(capacity))
				}
			}
			s.cur[b] = n
		}
		if r.opts.KeyCache && rep == 0 {
			// The means an earlier run kept, where they still hold.
			clear(s.prev)
			copy(s.prev, r.keptLens(name, s.cur))
		}
		all := append(append([]int32{}, s.cur...), s.prev...)
		if err := r.p.drv.UploadBytes(s.dev, Int32Bytes(all)); err != nil {
			return err
		}
	}
	return nil
}

// lensParams are the plan's key-lengths parameters.
func (r *run) lensParams() []string {
	var names []string
	for _, st := range r.p.plan.Steps {
		if st.Lens != "" && !containsString(names, st.Lens) {
			names = append(names, st.Lens)
		}
	}
	return names
}

// lensCapacity is the rows per KV head of the keys read with lengths name.
func (r *run) lensCapacity(name string) int {
	for _, st := range r.p.plan.Steps {
		if st.Lens == name && len(st.Args) > 1 {
			if s := r.shape[st.Args[1]]; len(s) > 1 {
				return s[1]
			}
		}
	}
	return 0
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// stepLens returns step st's key lengths for this repetition, checked
// against its heads and capacity (nil without), and their device buffer.
func (r *run) stepLens(st *PlanStep, H, G, N int) ([]int32, Buffer, error) {
	if st.Lens == "" {
		return nil, Buffer{}, nil
	}
	s := r.lens[st.Lens]
	if s == nil {
		return nil, Buffer{}, fmt.Errorf("internal error: %s: key lengths %s not set", st.Pos, st.Lens)
	}
	lt := &runtime.Tensor{DType: runtime.I32, Shape: []int{len(s.cur)}, Data: Int32Bytes(s.cur)}
	var buf []int32
	l, err := runtime.KeyLengths(lt, &buf, H, G, N)
	if err != nil {
		return nil, Buffer{}, fmt.Errorf("%s: %v", st.Pos, err)
	}
	return append([]int32{}, l...), s.dev, nil
}

// lensClasses is k.Classes with key lengths: one class table per head
// (CH = 1), head h classified at its sequence's length n — its rows at
// positions i + n − M, the mask reading h within its sequence, tiles past
// n empty and a tile holding n's boundary partial. Heads of a sequence
// whose mask does not read h share their row of the table.
func (k *Kernel) lensClasses(H, M, N int, lens []int32) Tables {
	nq, nk := (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
	t := Tables{NQ: nq, NK: nk, CH: 1, Class: make([]uint8, H*nq*nk)}
	g := &sparse.Grid{H: H, M: M, N: N, Group: 1, BQ: k.BQ, BK: k.BK, Mask: k.Mask, Lens: lens}
	hs := H / len(lens)
	for h := range H {
		if h%hs > 0 && !k.MaskUsesH {
			copy(t.Class[h*nq*nk:(h+1)*nq*nk], t.Class[(h-1)*nq*nk:h*nq*nk])
			continue
		}
		n, _ := g.Seq(h)
		for I := range nq {
			q0, q1 := I*k.BQ, min((I+1)*k.BQ, M)-1
			for J := range nk {
				k0, k1 := J*k.BK, min((J+1)*k.BK, n)-1
				c := sparse.Empty
				if k0 < n {
					c = g.Classify(h, q0, q1, k0, k1)
					if k1-k0+1 < k.BK && c == sparse.Full {
						c = sparse.Partial // keys past n are masked in the kernel
					}
				}
				t.Class[(h*nq+I)*nk+J] = uint8(c)
			}
		}
	}
	return t
}

// lensTables is Program.Tables for a kernel reading key lengths: the
// classes of lensClasses, kept while the lengths stay the same, and a
// dense kernel's list of the tiles that are not empty.
func (p *Program) lensTables(k *Kernel, H, M, N int, lens, list []int32, onDevice bool) (Tables, error) {
	prefix := lensKeyPrefix("lens", k.Name, H, M, N)
	t, ok := p.classes[prefix+fmt.Sprint(lens)]
	if !ok {
		dropPrefixed(p.classes, prefix) // one set of lengths per kernel and shape: a decode loop's change every step
		if p.classes == nil {
			p.classes = map[string]Tables{}
		}
		t = k.lensClasses(H, M, N, lens)
		p.classes[prefix+fmt.Sprint(lens)] = t
	}
	switch {
	case onDevice:
		t.LH = 1
		return t, nil
	case k.Sparse:
		if len(list) != H*t.NQ*2*t.NK {
			return t, fmt.Errorf("internal error: %s: tile list has %d entries, want %d×%d×2×%d", k.Name, len(list), H, t.NQ, t.NK)
		}
		t.List, t.LH = list, 1
		return t, nil
	}
	t.List = make([]int32, H*t.NQ*2*t.NK)
	for i := range t.List {
		t.List[i] = -1
	}
	for h := range H {
		for I := range t.NQ {
			n := 0
			for J := range t.NK {
				if t.Class[(h*t.NQ+I)*t.NK+J] != uint8(sparse.Empty) {
					t.List[(h*t.NQ+I)*2*t.NK+n] = int32(J)
					n++
				}
			}
		}
	}
	t.LH = 1
	return t, nil
}

// lensKeyPrefix is the start of a program cache's key for what kernel name
// computed at H, M, N and key lengths: the lengths' text follows it, so that
// the entries of earlier lengths can be dropped (dropPrefixed).
func lensKeyPrefix(what, name string, H, M, N int) string {
	return fmt.Sprintf("%s %s %d %d %d ", what, name, H, M, N)
}

// dropPrefixed deletes the entries of m whose key starts with prefix.
func dropPrefixed[V any](m map[string]V, prefix string) {
	for k := range m {
		if strings.HasPrefix(k, prefix) {
			delete(m, k)
		}
	}
}
