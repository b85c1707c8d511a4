package cuda

import (
	"math/rand/v2"
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
