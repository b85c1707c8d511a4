package cuda

import (
	"math/rand/v2"
	"testing"

	"github.com/attnc/attnc/runtime/sparse"
)

// TestClassesAtPositions: with M queries against N keys the class table
// and compensate's table of wholly allowed tiles classify each tile at its
// queries' positions, rows + N − M (a decode step's one query sees every
// key under causal), pair by pair; the kernel adds the same offset to qi
// (codegen/nvptx/offset.go).
func TestClassesAtPositions(t *testing.T) {
	causal := sparse.Program{{Op: sparse.OpCausal}}
	window := sparse.Program{{Op: sparse.OpCausal}, {Op: sparse.OpNum, Num: 40}, {Op: sparse.OpWindow}, {Op: sparse.OpAnd}}
	k := &Kernel{BQ: 64, BK: 64, Mask: causal}
	if got := k.Classes(1, 1, 256, nil, 0).Class; string(got) != string([]uint8{2, 2, 2, 2}) {
		t.Errorf("causal, one query against 256 keys: classes %v, want every tile full", got)
	}
	r := rand.New(rand.NewPCG(7, 8))
	for it := range 300 {
		k := &Kernel{BQ: []int{16, 32, 64}[r.IntN(3)], BK: []int{16, 32, 64}[r.IntN(3)], Mask: []sparse.Program{causal, window}[it%2]}
		M, N := 1+r.IntN(200), 1+r.IntN(200)
		tab := k.Classes(1, M, N, nil, 0)
		full, _ := k.FullTiles(1, M, N)
		for I := range tab.NQ {
			for J := range tab.NK {
				any, all := false, true
				for i := I * k.BQ; i < min((I+1)*k.BQ, M); i++ {
					for j := J * k.BK; j < min((J+1)*k.BK, N); j++ {
						ok := k.Mask.Eval(&sparse.Env{Qi: float64(i + N - M), Ki: float64(j)}) != 0
						any, all = any || ok, all && ok
					}
				}
				want := sparse.Partial
				switch {
				case !any:
					want = sparse.Empty
				case all && min((J+1)*k.BK, N)-J*k.BK == k.BK:
					want = sparse.Full
				}
				if c := sparse.Class(tab.Class[I*tab.NK+J]); c != want {
					t.Fatalf("M=%d N=%d bq=%d bk=%d tile (%d, %d): class %s, want %s", M, N, k.BQ, k.BK, I, J, c, want)
				}
				if f := full[I*tab.NK+J] == 1; f != all {
					t.Fatalf("M=%d N=%d tile (%d, %d): full %v, want %v", M, N, I, J, f, all)
				}
			}
		}
	}
}
