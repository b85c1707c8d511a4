package cuda

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/attnc/attnc/runtime/sparse"
)

// TestLensClasses: with key lengths the class table is per head, each
// tile classified pair by pair at its sequence's length n — queries at
// rows + n − M, the mask reading the head within its sequence, keys past n
// allowing nothing (a tile holding n's boundary partial, one past it
// empty) — and equal to the classes of the sequence alone without
// lengths.
func TestLensClasses(t *testing.T) {
	causal := sparse.Program{{Op: sparse.OpCausal}}
	// causal & (ki < 40·h + 30 | ki ≥ qi − 50): reads h.
	byHead := sparse.Program{{Op: sparse.OpCausal},
		{Op: sparse.OpKi}, {Op: sparse.OpNum, Num: 40}, {Op: sparse.OpH}, {Op: sparse.OpMul}, {Op: sparse.OpNum, Num: 30}, {Op: sparse.OpAdd}, {Op: sparse.OpLt},
		{Op: sparse.OpKi}, {Op: sparse.OpQi}, {Op: sparse.OpNum, Num: 50}, {Op: sparse.OpSub}, {Op: sparse.OpGe}, {Op: sparse.OpOr}, {Op: sparse.OpAnd}}
	if err := byHead.Check(); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(3, 4))
	for it := range 200 {
		mask, usesH := causal, false
		if it%2 == 1 {
			mask, usesH = byHead, true
		}
		k := &Kernel{BQ: []int{16, 64}[r.IntN(2)], BK: []int{16, 32, 64}[r.IntN(3)], Mask: mask, MaskUsesH: usesH}
		B, hs := 1+r.IntN(3), 1+r.IntN(3)
		H, M, N := B*hs, 1+r.IntN(5), 1+r.IntN(300)
		lens := make([]int32, B)
		for b := range lens {
			lens[b] = int32(r.IntN(N + 1))
		}
		tab := k.lensClasses(H, M, N, lens)
		if tab.CH != 1 || len(tab.Class) != H*tab.NQ*tab.NK {
			t.Fatalf("CH %d, %d classes for %d heads × %d × %d", tab.CH, len(tab.Class), H, tab.NQ, tab.NK)
		}
		for h := range H {
			n, hm := int(lens[h/hs]), h%hs
			alone := k.Classes(hs, M, max(n, 1), nil, 0) // the sequence alone (one head table, or one per head)
			for I := range tab.NQ {
				for J := range tab.NK {
					any, all := false, true
					for i := I * k.BQ; i < min((I+1)*k.BQ, M); i++ {
						for j := J * k.BK; j < min((J+1)*k.BK, N); j++ {
							ok := j < n && mask.Eval(&sparse.Env{Qi: float64(i + n - M), Ki: float64(j), H: float64(hm)}) != 0
							any, all = any || ok, all && ok
						}
					}
					c := sparse.Class(tab.Class[(h*tab.NQ+I)*tab.NK+J])
					switch {
					case !any && c != sparse.Empty && c != sparse.Partial, any && c == sparse.Empty, c == sparse.Full && !all:
						t.Fatalf("H=%d M=%d N=%d lens %v bk=%d head %d tile (%d, %d): class %s, pairs any %v all %v", H, M, N, lens, k.BK, h, I, J, c, any, all)
					case J*k.BK >= n && c != sparse.Empty:
						t.Fatalf("lens %v head %d tile %d past its keys: class %s", lens, h, J, c)
					}
					if n > 0 && J < alone.NK {
						ah := 0
						if usesH {
							ah = hm
						}
						if want := sparse.Class(alone.Class[(ah*alone.NQ+I)*alone.NK+J]); c != want {
							t.Fatalf("lens %v head %d tile (%d, %d): class %s, the sequence alone %s", lens, h, I, J, c, want)
						}
					}
				}
			}
		}
	}
}

// TestKeptLens: a run starts from the key means an earlier run kept only
// when the keys are the same resident input, no sequence is shorter, and
// no key of a sequence's KV heads below its kept length was written since.
func TestKeptLens(t *testing.T) {
	k := &Resident{name: "k", shape: []int{4, 100, 8}, low: []int{1 << 62, 1 << 62, 1 << 62, 1 << 62}}
	p := &Program{plan: &Plan{Steps: []PlanStep{{Name: "s", Op: OpScoreSelect, Args: []string{"q", "k"}, Lens: "lens"}}},
		resident: map[string]*Resident{"k": k}, kept: map[string]*keptMeans{"s": {lens: []int32{40, 70}, keys: k}}}
	r := &run{p: p}
	for _, c := range []struct {
		what string
		cur  []int32
		low  []int // KV heads 0, 1: sequence 0; 2, 3: sequence 1
		keys *Resident
		want []int32
	}{
		{"grown", []int32{41, 70}, nil, k, []int32{40, 70}},
		{"a shorter sequence", []int32{39, 71}, nil, k, nil},
		{"a key written below the kept length", []int32{41, 71}, []int{1 << 62, 1 << 62, 69, 1 << 62}, k, nil},
		{"a key written at it", []int32{41, 71}, []int{40, 1 << 62, 70, 70}, k, []int32{40, 70}},
		{"other keys", []int32{41, 71}, nil, &Resident{}, nil},
	} {
		for g := range k.low {
			k.low[g] = 1 << 62
			if c.low != nil {
				k.low[g] = c.low[g]
			}
		}
		p.kept["s"].keys = c.keys
		if got := r.keptLens("lens", c.cur); !slices.Equal(got, c.want) {
			t.Errorf("%s: kept lengths %v, want %v", c.what, got, c.want)
		}
	}
}

// TestLensCachesKeepOneSet: a decode loop's lengths change every step, so
// the program keeps one set of lengths' class tables and pair counts per
// kernel and shape, not one per step.
func TestLensCachesKeepOneSet(t *testing.T) {
	p := &Program{}
	k := &Kernel{Name: "k_attn2", BQ: 64, BK: 64, Mask: sparse.Program{{Op: sparse.OpCausal}}}
	k23 := &Kernel{Name: "k_attn23", BQ: 64, BK: 64, Mask: k.Mask}
	if _, err := p.lensTables(k23, 2, 1, 1000, []int32{500}, nil, true); err != nil {
		t.Fatal(err)
	}
	for n := int32(600); n < 620; n++ {
		if _, err := p.lensTables(k, 2, 1, 1000, []int32{n}, nil, true); err != nil {
			t.Fatal(err)
		}
		p.allowedPairs(k, &sparse.Grid{H: 2, M: 1, N: 1000, Group: 1, BQ: 64, BK: 64, Mask: k.Mask, Lens: []int32{n}})
	}
	if len(p.classes) != 2 || len(p.pairs) != 1 {
		t.Errorf("after 20 steps: %d class tables (want 2: one per kernel), %d pair counts (want 1)", len(p.classes), len(p.pairs))
	}
}
