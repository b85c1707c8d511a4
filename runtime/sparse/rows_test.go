package sparse

import (
	"math"
	"math/rand/v2"
	"slices"
	"sort"
	"testing"
)

// rowsExample is the hand-checked case of TestRowsHandChecked: one head,
// 8 queries at their keys' positions, causal, d = 2, blocks of 2 keys.
// The blocks' mean keys: b0 = (1, 0), b1 = (0, 1), b2 = (1, 0) (keys
// (2, 0) and (0, 0)), b3 = (0, 2).
func rowsExample() (*Grid, []float64, []float64) {
	g := &Grid{H: 1, M: 8, N: 8, Group: 1, BQ: 8, BK: 8, Mask: Program{{Op: OpCausal}}}
	k := []float64{1, 0, 1, 0, 0, 1, 0, 1, 2, 0, 0, 0, 0, 2, 0, 2}
	q := make([]float64, 16)
	copy(q[5*2:], []float64{0, 1}) // row 5
	copy(q[7*2:], []float64{1, 1}) // row 7
	return g, q, k
}

// TestRowsHandChecked: the gate's scores, the per-row selection with its
// tie rule and the token stage, on numbers worked out by hand.
func TestRowsHandChecked(t *testing.T) {
	g, q, k := rowsExample()
	e, _, err := RowScore(g, 2, 1, q, k, 2, 1)
	if err != nil {
		t.Fatal(err)
	}
	// Row 7 sees every block: logits q7·k̄ = 1, 1, 1, 2. Row 0 sees block 0
	// only (q0 = 0: logit 0); row 5 blocks 0–2.
	ninf := math.Inf(-1)
	if row7 := e[7*4 : 8*4]; !slices.Equal(row7, []float64{1, 1, 1, 2}) {
		t.Errorf("E[7] = %v, want [1 1 1 2]", row7)
	}
	if row0 := e[0:4]; !slices.Equal(row0, []float64{0, ninf, ninf, ninf}) {
		t.Errorf("E[0] = %v, want [0 -inf -inf -inf]", row0)
	}
	if e[5*4+3] != ninf || e[5*4+2] == ninf {
		t.Errorf("E[5] = %v: block 3 lies past position 5, block 2 holds it", e[5*4:6*4])
	}
	// top 2 with the diagonal forced: row 7 keeps block 3 (its own) and,
	// of blocks 0, 1, 2 tied at 1, the lowest index; row 5 keeps block 2
	// (its own) and block 1 (q5·k̄1 = 1 beats 0); row 0 only block 0.
	spec := RowSpec{Block: 2, Top: 2, Diagonal: true}
	rows := RowSelect(e, 1, 8, 4, spec, 8)
	for _, c := range []struct {
		i    int
		want []int32
	}{{7, []int32{0, 3}}, {5, []int32{1, 2}}, {0, []int32{0, -1}}} {
		if got := rows[c.i*2 : c.i*2+2]; !slices.Equal(got, c.want) {
			t.Errorf("row %d: blocks %v, want %v", c.i, got, c.want)
		}
	}
	// Tokens: row 7's candidates are keys 0, 1, 6, 7 with scores 1, 1, 2,
	// 2; the top 3 are 6, 7 and, of 0 and 1 tied, key 0.
	toks, _ := TokenSelect(g, rows, 2, 2, 3, 1, nil, q, k, 2, 1)
	if got := toks[7*3 : 8*3]; !slices.Equal(got, []int32{0, 6, 7}) {
		t.Errorf("row 7 tokens %v, want [0 6 7]", got)
	}
	if got := toks[0:3]; !slices.Equal(got, []int32{0, -1, -1}) {
		t.Errorf("row 0 tokens %v, want [0 -1 -1] (one candidate)", got)
	}
	// density 0.5 of row 7's 4 allowed blocks: 2 blocks, the forced one
	// included.
	dens := RowSelect(e, 1, 8, 4, RowSpec{Block: 2, Density: 0.5, Diagonal: true}, 8)
	if got := dens[7*4 : 8*4]; !slices.Equal(got, []int32{0, 3, -1, -1}) {
		t.Errorf("density 0.5, row 7: %v, want [0 3 -1 -1]", got)
	}
}

// refRowSelect is RowSelect written plainly: forced blocks, then every
// other allowed block sorted by (score descending, index ascending).
func refRowSelect(e []float64, h, m, nb int, spec RowSpec, n int) []int32 {
	w := spec.Width(nb)
	out := make([]int32, h*m*w)
	for i := range out {
		out[i] = -1
	}
	for r := range h * m {
		row := e[r*nb : (r+1)*nb]
		pos := r%m + n - m
		var take []int
		d := int(math.Floor(float64(pos) / float64(spec.Block)))
		if spec.Diagonal {
			if b := d; b >= 0 && b < nb && !math.IsInf(row[b], -1) {
				take = append(take, b)
			}
		}
		for w := 1; w <= spec.Local; w++ {
			if b := d - w; b >= 0 && b < nb && !math.IsInf(row[b], -1) && !slices.Contains(take, b) {
				take = append(take, b)
			}
		}
		if spec.Sink && !math.IsInf(row[0], -1) && !slices.Contains(take, 0) {
			take = append(take, 0)
		}
		var rest []int
		allowed := 0
		for b := range nb {
			if !math.IsInf(row[b], -1) {
				allowed++
				if !slices.Contains(take, b) {
					rest = append(rest, b)
				}
			}
		}
		sort.SliceStable(rest, func(x, y int) bool { return row[rest[x]] > row[rest[y]] })
		want := spec.Top
		if spec.Density > 0 {
			want = int(math.Ceil(spec.Density * float64(allowed)))
		}
		for _, b := range rest {
			if len(take) >= want {
				break
			}
			take = append(take, b)
		}
		slices.Sort(take)
		for t, b := range take {
			out[r*w+t] = int32(b)
		}
	}
	return out
}

// TestRowSelectMatchesReference: random scores with ties (coarse values),
// disallowed blocks, offset queries, top and density, sink and diagonal.
func TestRowSelectMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(31, 32))
	for it := range 500 {
		h, m, nb := 1+r.IntN(3), 1+r.IntN(20), 1+r.IntN(70)
		block := []int{16, 32, 64}[r.IntN(3)]
		n := nb*block - r.IntN(block)
		spec := RowSpec{Block: block, Diagonal: r.IntN(2) == 0, Sink: r.IntN(3) == 0, Local: r.IntN(3)}
		if r.IntN(2) == 0 {
			spec.Top = 1 + r.IntN(8)
		} else {
			spec.Density = []float64{0.05, 0.1, 0.3, 1}[r.IntN(4)]
		}
		e := randomScores(r, h, m, nb, r.IntN(2) == 0)
		for i, x := range e {
			if x == -1 {
				e[i] = math.Inf(-1) // the gate marks what the mask empties so
			}
		}
		got, want := RowSelect(e, h, m, nb, spec, n), refRowSelect(e, h, m, nb, spec, n)
		if !slices.Equal(got, want) {
			t.Fatalf("case %d (%+v, h %d m %d nb %d n %d):\n got %v\nwant %v", it, spec, h, m, nb, n, got, want)
		}
	}
}

// TestRowScoreGQA: the heads of a KV group score against the same block
// means: a group's heads with equal queries get equal rows, and the
// scores are those of each head on its KV head alone.
func TestRowScoreGQA(t *testing.T) {
	r := rand.New(rand.NewPCG(33, 34))
	const d, n, m, block = 8, 100, 100, 16
	g := &Grid{H: 4, M: m, N: n, Group: 2, BQ: 64, BK: 64, Mask: Program{{Op: OpCausal}}}
	q, k := randomValues(r, 4*m*d, false), randomValues(r, 2*n*d, false)
	e, _, err := RowScore(g, block, 0.3, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	nb := (n + block - 1) / block
	for h := range 4 {
		one := &Grid{H: 1, M: m, N: n, Group: 1, BQ: 64, BK: 64, Mask: g.Mask}
		eh, _, _ := RowScore(one, block, 0.3, q[h*m*d:(h+1)*m*d], k[h/2*n*d:(h/2+1)*n*d], d, 1)
		if !sameBits(e[h*m*nb:(h+1)*m*nb], eh) {
			t.Fatalf("head %d: the grouped scores differ from the head scored on its KV head alone", h)
		}
	}
}

// TestRowTiles: the tile lists and bits give back every row's key set,
// for blocks that straddle tiles, ragged ends and tokens.
func TestRowTiles(t *testing.T) {
	r := rand.New(rand.NewPCG(35, 36))
	for it := range 300 {
		h, m, n := 1+r.IntN(3), 1+r.IntN(50), 1+r.IntN(300)
		bq, bk := []int{8, 16, 64}[r.IntN(3)], []int{16, 32, 64}[r.IntN(3)]
		block, tokens := []int{5, 16, 40, 64}[r.IntN(4)], r.IntN(2) == 0
		nb := (n + block - 1) / block
		w := 1 + r.IntN(6)
		rows := make([]int32, h*m*w)
		want := make([]map[int]bool, h*m)
		for row := range h * m {
			want[row] = map[int]bool{}
			var picks []int
			if tokens {
				picks = r.Perm(n)[:min(w, n)]
			} else {
				picks = r.Perm(nb)[:min(w, nb)]
			}
			picks = picks[:r.IntN(len(picks)+1)]
			slices.Sort(picks)
			for t := range w {
				rows[row*w+t] = -1
				if t < len(picks) {
					rows[row*w+t] = int32(picks[t])
				}
			}
			for _, p := range picks {
				if tokens {
					want[row][p] = true
					continue
				}
				for j := p * block; j < min((p+1)*block, n); j++ {
					want[row][j] = true
				}
			}
		}
		got := RowTiles(rows, h, m, w, n, block, tokens, bq, bk)
		nq, nk := (m+bq-1)/bq, (n+bk-1)/bk
		for hh := range h {
			for I := range nq {
				item := hh*nq + I
				seen := make([]map[int]bool, bq)
				for i := range seen {
					seen[i] = map[int]bool{}
				}
				for x := 0; x < nk && got.List[item*2*nk+x] >= 0; x++ {
					J := int(got.List[item*2*nk+x])
					if x > 0 && J <= int(got.List[item*2*nk+x-1]) {
						t.Fatalf("case %d: list not ascending", it)
					}
					empty := true
					for rr := range bq {
						b := got.Masks[got.Offsets[item]+x*bq+rr]
						empty = empty && b == 0
						for c := range 64 {
							if b>>c&1 != 0 {
								seen[rr][J*bk+c] = true
							}
						}
					}
					if empty {
						t.Fatalf("case %d: tile %d listed with no key", it, J)
					}
				}
				for rr := range min(bq, m-I*bq) {
					row := hh*m + I*bq + rr
					if len(seen[rr]) != len(want[row]) {
						t.Fatalf("case %d (block %d tokens %v bq %d bk %d): row %d has %d keys, want %d", it, block, tokens, bq, bk, row, len(seen[rr]), len(want[row]))
					}
					for j := range want[row] {
						if !seen[rr][j] {
							t.Fatalf("case %d: row %d misses key %d", it, row, j)
						}
					}
				}
			}
		}
	}
}

// TestRowOracle: the gate's oracle is each row's exact softmax mass per
// block — the dense softmax of its allowed scores, summed over each block
// — with -1 for blocks the mask empties, under a mask reading the head and
// a score mod, with GQA and queries offset from their keys.
func TestRowOracle(t *testing.T) {
	r := rand.New(rand.NewPCG(37, 38))
	const d, m, n, block = 8, 30, 100, 16
	mask := Program{{Op: OpKi}, {Op: OpNum, Num: 5}, {Op: OpH}, {Op: OpMul}, {Op: OpAdd}, {Op: OpQi}, {Op: OpLe}} // ki + 5h <= qi
	mod := Program{{Op: OpS}, {Op: OpQi}, {Op: OpKi}, {Op: OpSub}, {Op: OpNum, Num: 0.0625}, {Op: OpMul}, {Op: OpSub}}
	g := &Grid{H: 4, M: m, N: n, Group: 2, BQ: 64, BK: 64, Mask: mask}
	q, k := randomValues(r, 4*m*d, false), randomValues(r, 2*n*d, false)
	e, _, err := RowScoreMethod(g, "oracle", block, 0.7, mod, q, k, d, 2)
	if err != nil {
		t.Fatal(err)
	}
	nb := (n + block - 1) / block
	for h := range 4 {
		for i := range m {
			p := make([]float64, nb)
			allowed := make([]bool, nb)
			mx, z := math.Inf(-1), 0.0
			s := make([]float64, n)
			for j := range n {
				if !g.Allowed(h, i, j) {
					s[j] = math.Inf(-1)
					continue
				}
				allowed[j/block] = true
				env := Env{S: 0.7 * refDot(q[(h*m+i)*d:(h*m+i+1)*d], k[(h/2*n+j)*d:(h/2*n+j+1)*d]), Qi: float64(i + n - m), Ki: float64(j), H: float64(h)}
				s[j] = mod.Eval(&env)
				mx = math.Max(mx, s[j])
			}
			for j := range n {
				if !math.IsInf(s[j], -1) {
					x := math.Exp(s[j] - mx)
					p[j/block] += x
					z += x
				}
			}
			for b := range nb {
				want := math.Inf(-1)
				if allowed[b] {
					want = p[b] / z
				}
				if got := e[(h*m+i)*nb+b]; got != want && math.Abs(got-want) > 1e-12 {
					t.Fatalf("head %d row %d block %d: %v, want %v", h, i, b, got, want)
				}
			}
		}
	}
}

// TestRowGate: the fused gate gives RowSelect's lists on RowScoreMethod's
// scores, for both methods, top and density, offset queries, GQA and a
// mask reading the head.
func TestRowGate(t *testing.T) {
	r := rand.New(rand.NewPCG(39, 40))
	for it := range 60 {
		d := []int{8, 16, 24}[r.IntN(3)]
		m, n := 1+r.IntN(150), 1+r.IntN(300)
		if r.IntN(2) == 0 {
			m = n
		}
		g := &Grid{H: 4, M: m, N: n, Group: 1 + r.IntN(2), BQ: 64, BK: 64, Mask: testMasks[r.IntN(len(testMasks))]}
		block := []int{4, 16, 33}[r.IntN(3)]
		spec := RowSpec{Block: block, Diagonal: r.IntN(2) == 0, Sink: r.IntN(2) == 0, Local: r.IntN(2)}
		if r.IntN(2) == 0 {
			spec.Top = 1 + r.IntN(6)
		} else {
			spec.Density = 0.3
		}
		method := []string{"mean", "oracle"}[r.IntN(2)]
		q, k := randomValues(r, g.H*m*d, r.IntN(3) == 0), randomValues(r, g.H/g.Group*n*d, false)
		e, _, err := RowScoreMethod(g, method, block, 0.5, nil, q, k, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		want := RowSelect(e, g.H, m, (n+block-1)/block, spec, n)
		got, _, err := RowGate(g, method, block, 0.5, nil, q, k, d, spec, 2)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("case %d (%s, %+v): the fused gate's lists differ", it, method, spec)
		}
	}
}

// TestTokenSelectMatchesReference: the token stage against a plain
// reference — every key of the row's blocks checked against the mask,
// scored as defined, all of them sorted by (score descending, index
// ascending) and the first top kept — on random inputs with ties (coarse
// values), masks that cut blocks, a mod, GQA and offset queries.
func TestTokenSelectMatchesReference(t *testing.T) {
	f32s := func(x []float64) []float32 {
		y := make([]float32, len(x))
		for i, v := range x {
			y[i] = float32(v)
		}
		return y
	}
	r := rand.New(rand.NewPCG(43, 44))
	mod := Program{{Op: OpS}, {Op: OpQi}, {Op: OpKi}, {Op: OpSub}, {Op: OpNum, Num: 0.125}, {Op: OpMul}, {Op: OpSub}}
	var ws Workspace // one for every case: the lists' buffer reused across shapes
	for it := range 400 {
		d := []int{8, 16, 5, 64}[r.IntN(4)]
		m, n := 1+r.IntN(150), 1+r.IntN(300)
		g := &Grid{H: 2, M: m, N: n, Group: 1 + r.IntN(2), BQ: 64, BK: 64, Mask: testMasks[r.IntN(len(testMasks))]}
		block, top := []int{4, 16, 64, 12}[r.IntN(4)], 1+r.IntN(40)
		kind := r.IntN(5)
		coarse := kind == 1
		q, k := randomValues(r, g.H*m*d, coarse), randomValues(r, g.H/g.Group*n*d, coarse)
		switch kind {
		case 2: // keys a float32 ulp or two from earlier ones: estimates tie where exact scores do not
			for j := 1; j < len(k)/d; j++ {
				if r.IntN(2) == 0 {
					src := r.IntN(j)
					copy(k[j*d:(j+1)*d], k[src*d:(src+1)*d])
					x := r.IntN(d)
					k[j*d+x] = float64(math.Nextafter32(float32(k[j*d+x]), float32(math.Inf(1-2*r.IntN(2)))))
				}
			}
		case 3: // magnitudes spread over 2⁶⁰, so the bound is wide
			for i := range k {
				k[i] = float64(float32(k[i] * math.Exp2(float64(r.IntN(60)-30))))
			}
		case 4: // a key that is not finite: every row scored exactly
			k[r.IntN(len(k))] = []float64{math.Inf(1), math.Inf(-1), math.NaN()}[r.IntN(3)]
		}
		var pm Program
		if r.IntN(2) == 0 {
			pm = mod
		}
		scale := []float64{0.5, 0.3}[r.IntN(2)] // 0.3: c·x rounds, and ties where x does not
		e, _, _ := RowScore(g, block, 0.5, q, k, d, 1)
		spec := RowSpec{Block: block, Top: 1 + r.IntN(5), Diagonal: true}
		nb := (n + block - 1) / block
		rows := RowSelect(e, g.H, m, nb, spec, n)
		w := spec.Width(nb)
		got64, _ := TokenSelectIn(&ws, g, rows, w, block, top, scale, pm, q, k, d, 2)
		got64 = slices.Clone(got64)
		// float32 inputs (the values are float32's) take the filtered
		// block path where the CPU has its kernels and d is a multiple of 8.
		got, _ := TokenSelectIn(&ws, g, rows, w, block, top, scale, pm, f32s(q), f32s(k), d, 2)
		if !slices.Equal(got, got64) {
			t.Fatalf("case %d (kind %d, d %d, block %d, top %d): float32 inputs chose other tokens than float64", it, kind, d, block, top)
		}
		if kind == 4 {
			continue // NaN scores: the reference's sort is not the stable sort's definition
		}
		for h := range g.H {
			for i := range m {
				var cand []int
				score := map[int]float64{}
				for _, b := range rows[(h*m+i)*w : (h*m+i+1)*w] {
					if b < 0 {
						break
					}
					for j := int(b) * block; j < min((int(b)+1)*block, n); j++ {
						if !g.Allowed(h, i, j) {
							continue
						}
						cand = append(cand, j)
						kv := h / g.Group
						x := scale * dot8w(q[(h*m+i)*d:(h*m+i+1)*d], k[(kv*n+j)*d:(kv*n+j+1)*d])
						if pm != nil {
							env := Env{S: x, Qi: float64(i + n - m), Ki: float64(j), H: float64(h)}
							x = pm.Eval(&env)
						}
						score[j] = x
					}
				}
				sort.SliceStable(cand, func(a, b int) bool { return score[cand[a]] > score[cand[b]] })
				cand = cand[:min(top, len(cand))]
				slices.Sort(cand)
				want := make([]int32, top)
				for t := range want {
					want[t] = -1
					if t < len(cand) {
						want[t] = int32(cand[t])
					}
				}
				if row := got[(h*m+i)*top : (h*m+i+1)*top]; !slices.Equal(row, want) {
					t.Fatalf("case %d head %d row %d: %v, want %v", it, h, i, row, want)
				}
			}
		}
	}
}

// TestRowScorePlain: the gate's scores, however meanRows groups its rows
// (four at a time through meanDots4, or one by one), are each row's own:
// c·dot8(q_i, k̄_b) for the blocks the mask allows it, -inf elsewhere — a
// plain loop over rows and blocks, bit for bit, for masks that cut blocks
// row by row (causal, a window), row counts not a multiple of four, GQA and
// queries offset from their keys.
func TestRowScorePlain(t *testing.T) {
	r := rand.New(rand.NewPCG(41, 42))
	window := Program{{Op: OpCausal}, {Op: OpNum, Num: 37}, {Op: OpWindow}, {Op: OpAnd}}
	for _, c := range []struct {
		m, n, block, h, group int
		mask                  Program
	}{
		{100, 100, 16, 2, 1, Program{{Op: OpCausal}}},
		{99, 130, 16, 4, 2, window},
		{7, 300, 24, 2, 2, Program{{Op: OpCausal}}},
		{64, 64, 8, 1, 1, nil},
	} {
		const d = 16
		g := &Grid{H: c.h, M: c.m, N: c.n, Group: c.group, BQ: 64, BK: 64, Mask: c.mask}
		q, k := randomValues(r, c.h*c.m*d, false), randomValues(r, c.h/c.group*c.n*d, false)
		e, _, err := RowScore(g, c.block, 0.3, q, k, d, 2)
		if err != nil {
			t.Fatal(err)
		}
		nb := (c.n + c.block - 1) / c.block
		for h := range c.h {
			kv := h / c.group
			for i := range c.m {
				for b := range nb {
					want := math.Inf(-1)
					if g.blockAllowed(h, i, b, c.block) {
						lo, hi := b*c.block, min((b+1)*c.block, c.n)
						mean := make([]float64, d)
						poolRows(mean, k[kv*c.n*d:(kv+1)*c.n*d], lo, hi, hi-lo)
						want = 0.3 * dot8(q[(h*c.m+i)*d:(h*c.m+i+1)*d], mean)
					}
					if got := e[(h*c.m+i)*nb+b]; math.Float64bits(got) != math.Float64bits(want) {
						t.Fatalf("m=%d n=%d block %d: head %d row %d block %d: %v, want %v", c.m, c.n, c.block, h, i, b, got, want)
					}
				}
			}
		}
	}
}
