package cuda

import (
	"fmt"
	"unsafe"

	"github.com/attnc/attnc/runtime/sparse"
)

// CompBytes is the size of compensation's bits (AttentionArgs.Comp) for
// H heads, nq query tiles and nk key tiles of bk keys: a chunk of bk key
// tiles (one mean-key tile) in ⌈bk/32⌉ words.
func CompBytes(H, nq, nk, bk int) int { return 4 * H * nq * ((nk + bk - 1) / bk) * ((bk + 31) / 32) }

// Kernel describes one generated attention kernel and how to launch it
// (codegen/nvptx writes it; the generated package and the GPU tests carry
// it as data).
//
// A scalar kernel (MMA false) takes q, k, v, out (f32), H, M, N, group; a
// sparse one adds list (i32 [H, NQ, 2, NK] from blockselect), NQ, NK, and
// with a permutation perm (i32 [H, NS, N]), NS, segment. Its grid is
// ⌈M/BlockRows⌉ × H.
//
// An MMA kernel (tensor cores) takes q, k, v in DType (bf16 or f16), out in
// OutType (f32, bf16 or f16), H, M, N, group, list (i32 [H/lh, NQ, 2, NK]:
// key tiles to visit, -1 padded), NQ, NK, lh (heads per list: head h reads
// list h/lh), cls (u8 [CH, NQ, NK], sparse.Class of every tile), ch, hg
// (heads per group of the blocks' order: HeadGroup), with a permutation
// perm, NS, segment, and with an early exit visits (i32 [H, NQ],
// written). Its grid is NQ × H blocks of BlockRows threads; Tables builds
// list and cls.
type Kernel struct {
	Name       string // the PTX entry
	Kind       Kind   `json:",omitempty"` // KindAttention, or one of the scoring and selection kernels (codegen/nvptx/select.go, antidiag.go)
	Step       int    // the tile program step whose result it computes (select: the blockselect; pool: the blockscore)
	Arg        string `json:",omitempty"` // pool: the parameter it pools (q or k)
	BlockRows  int    // threads per block
	Rows       int    `json:",omitempty"` // adstats, admass: rows (groups of stride queries) per block; decode: query rows per block; pool: tiles per block (0: one)
	Stride     int    `json:",omitempty"` // adstats, admass: the queries of a group (and its keys, unless KeyStride)
	KeyStride  int    `json:",omitempty"` // adstats, admass: the keys of a group when not Stride (probe scores: 1)
	D, DV      int
	BQ, BK     int
	Sparse     bool           // visits the tiles of a blockselect list
	Gather     bool           // keys gathered through a permutation
	MMA        bool           // the tensor-core kernel
	DType      string         // MMA: the operands' type, bf16 or f16
	OutType    string         // MMA: f32, bf16 or f16
	Mask       sparse.Program `json:",omitempty"` // the mask, for the tile classes
	MaskUsesH  bool           // the mask reads h: one class table per head
	EarlyExit  bool           `json:",omitempty"` // MMA: stops a query tile's list early (early_stop); takes visits
	Compensate bool           `json:",omitempty"` // MMA: skipped full tiles enter as their mean keys; takes kbar, vbar, comp
	// PerRow: the list is each query row's own (a rowselect's blocks of
	// RowBlock keys, or with RowTokens a tokenselect's keys, [H, M, W]);
	// the executor turns it into the union of each query tile's rows' key
	// tiles and every row's key bits (sparse.RowTiles), which the kernel
	// takes as its list and, last, rowmask and rowoff.
	PerRow    bool `json:",omitempty"`
	RowBlock  int  `json:",omitempty"`
	RowTokens bool `json:",omitempty"`
	// Lens: the kernel reads key lengths (a KV cache, docs/dsl.md): its
	// last parameters are the lengths buffer and heads per sequence (the
	// decode, select and budget kernels: query heads; pool k: KV heads, and
	// the lengths already pooled, LensArgs).
	Lens bool `json:",omitempty"`
	// Pair: a CTA computes two query tiles of BQ rows (2·BQ rows, a
	// warpgroup each) over the union of their lists, which a KindPairList
	// kernel builds before it (PairList); the grid has ⌈NQ/2⌉ items.
	Pair bool `json:",omitempty"`
	// PairSkip (with Pair): each warpgroup computes only its own list's
	// entries of the union and skips the rest, where a masked pair kernel
	// computes every entry with the other's masked whole; its pair-list
	// kernel writes the union in the order skipping pays in (codegen/nvptx
	// pairs.go: split).
	PairSkip bool `json:",omitempty"`
	// Smem is the dynamic shared memory of each block, in bytes (0: the
	// kernel's shared memory is static). Look such a kernel up with
	// Driver.KernelFunction and launch it with this many bytes.
	Smem int    `json:",omitempty"`
	Why  string `json:",omitempty"` // not MMA: why the tensor-core kernel does not apply
}

// Kind says what a kernel computes, and so how it is launched (launch
// groups of a plan's score-select step are named after them).
type Kind string

// Kernel kinds.
const (
	KindAttention Kind = ""           // attention over q, k, v (AttentionLaunch)
	KindPool      Kind = "pool"       // mean pooling of q or k tiles (ScoreLaunch)
	KindScores    Kind = "scores"     // pooled q·kᵀ and the softmax over a row's tiles
	KindScoresRow Kind = "scores-row" // one query tile's mean scores, its queries pooled in place (codegen/nvptx/scores_row.go)
	KindSelect    Kind = "select"     // blockselect: radix selection of a row's tiles
	KindADStats   Kind = "adstats"    // antidiagonal scores: row statistics
	KindADMass    Kind = "admass"     // antidiagonal scores: tile masses

	// blockselect mode=budget (codegen/nvptx/budget.go); Arg is the scope.
	KindBudgetRows Kind = "budget-rows" // the select kernel up to the forced tiles, and the rows' counts
	KindBudgetHist Kind = "budget-hist" // a radix round's histogram over a group's rows, or the rows' ties
	KindBudgetPick Kind = "budget-pick" // per group: the budget, a radix round's digit, or the ties' shares
	KindBudgetTake Kind = "budget-take" // per row: the tiles won, ranked, after the forced ones

	// compensate (codegen/nvptx/compensate.go), before the attention
	// kernel that compensates; pool's Arg is the input it pools (k or v).
	KindCompPool Kind = "comp-pool" // mean keys or values of every key tile, rounded to the operand type
	KindCompList Kind = "comp-list" // the tiles to compensate, and the list with the mean-key tiles appended

	// The pair kernel's lists (codegen/nvptx/pairs.go), before an
	// attention kernel with Pair: the union of each pair of query tiles'
	// lists, each tile with the bits of the tiles that list it.
	KindPairList Kind = "pair-list"

	// score(heads: P) on the device (codegen/nvptx/proxy.go), before the
	// scoring kernels, which then run on the P proxy heads; Arg is the
	// input it averages (q or k).
	KindProxy Kind = "proxy" // proxy heads: the mean over a group's heads, in the inputs' b16 type

	// MoBA's gate on the device (codegen/nvptx/gate.go): after a pool of
	// the keys in blocks of RowBlock, each row's blocks ranked.
	KindGate Kind = "gate"
	// HISA's token stage on the device (codegen/nvptx/tokens.go): a warp
	// per row, Rows rows a CTA.
	KindTokens Kind = "tokens"
	// Per-row lists into the attention kernel's form (codegen/nvptx/
	// rowtiles.go): the union's size per query tile, its offsets, then the
	// union list and the rows' key bits.
	KindRowCount Kind = "row-count"
	KindRowScan  Kind = "row-scan"
	KindRowFill  Kind = "row-fill"

	// permute on the device (codegen/nvptx/permute.go).
	KindPermute   Kind = "permute"    // local scope, mean probe: each key segment sorted; Rows is the segment
	KindPermClass Kind = "perm-class" // the class table of the permuted tiles
	// Global scope, mean probe (codegen/nvptx/permute_global.go): each
	// query segment's prefix of keys ranked (Rows is the segment), and the
	// scores of the permuted tiles over the blockscore's unpermuted ones.
	KindPermProbe  Kind = "perm-probe" // the probes' scores of the keys they rank
	KindPermGlobal Kind = "permute-global"
	KindPermScores Kind = "perm-scores"

	// The decode path (codegen/nvptx/decode.go, decode.go here): runs of
	// at most DecodeRows queries per head take these instead of the
	// attention kernel; Rows is the query rows per CTA.
	KindDecode        Kind = "decode"         // a split of the keys per CTA: partial (m, ℓ, acc) per row
	KindDecodeCombine Kind = "decode-combine" // the splits merged into the output
)

// Tables are an MMA kernel's tile list and tile classes.
type Tables struct {
	List   []int32 // [H/LH, NQ, 2, NK]
	LH     int     // heads per list: 1 (a list per head), a proxy group's size, or 0 (one list for all heads)
	Class  []uint8 // [CH, NQ, NK]
	CH     int
	NQ, NK int
}

// listHead is the list head h reads.
func (t Tables) listHead(h int) int {
	if t.LH == 0 {
		return 0 // one list for all heads
	}
	return h / t.LH
}

// listDivisor is the kernel's lh for H heads: t.LH, or H (≥ 1) for one
// list for all.
func (t Tables) listDivisor(H int) int {
	if t.LH > 0 {
		return t.LH
	}
	return max(H, 1)
}

// Tables classifies every (query tile, key tile) of an MMA kernel under
// its mask and, for a dense kernel (list nil), lists the tiles that are not
// empty. A sparse kernel visits list (blockselect's [H, NQ, 2, NK]); with
// perm ([H, NS, N]) a tile's keys are the permuted positions and the class
// covers their range.
func (k *Kernel) Tables(H, M, N int, list, perm []int32, segment int) (Tables, error) {
	nq, nk := (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
	if k.Sparse && list != nil && len(list) != H*nq*2*nk {
		return Tables{}, fmt.Errorf("cuda: %s: tile list has %d entries, want %d×%d×2×%d", k.Name, len(list), H, nq, nk)
	}
	t := k.Classes(H, M, N, perm, segment)
	heads := max(t.CH*H, 1)
	if k.Sparse {
		t.List, t.LH = list, 1 // nil: the list is on the device already
		return t, nil
	}
	t.List = make([]int32, heads*nq*2*nk)
	for i := range t.List {
		t.List[i] = -1
	}
	for h := range heads {
		for I := range nq {
			n := 0
			for J := range nk {
				if t.Class[(h*nq+I)*nk+J] != uint8(sparse.Empty) {
					t.List[(h*nq+I)*2*nk+n] = int32(J)
					n++
				}
			}
		}
	}
	t.LH = t.CH
	return t, nil
}

// Classes is the class table of Tables alone (no list). M queries attend N
// keys: query row i sits at position i + N − M (sparse.QueryOffset), which
// the mask sees and the kernel (codegen/nvptx) adds to its qi.
func (k *Kernel) Classes(H, M, N int, perm []int32, segment int) Tables {
	nq, nk := (M+k.BQ-1)/k.BQ, (N+k.BK-1)/k.BK
	t := Tables{NQ: nq, NK: nk}
	heads := 1
	if k.MaskUsesH || perm != nil {
		heads = H
	}
	if heads > 1 {
		t.CH = 1
	}
	t.Class = make([]uint8, heads*nq*nk)
	ns := 0
	if perm != nil {
		ns = len(perm) / (H * N)
	}
	off := sparse.QueryOffset(M, N)
	for h := range heads {
		for I := range nq {
			q0, q1 := I*k.BQ, min((I+1)*k.BQ, M)-1
			for J := range nk {
				k0, k1 := J*k.BK, min((J+1)*k.BK, N)-1
				if perm != nil {
					row := perm[(h*ns+q0/segment)*N:][:N]
					k0, k1 = int(row[k0]), int(row[k0])
					for j := J * k.BK; j < min((J+1)*k.BK, N); j++ {
						k0, k1 = min(k0, int(row[j])), max(k1, int(row[j]))
					}
				}
				c := k.Mask.Classify(h, q0+off, q1+off, k0, k1) // positions: rows + N − M
				if min((J+1)*k.BK, N)-J*k.BK < k.BK && c == sparse.Full {
					c = sparse.Partial // keys past N are masked in the kernel
				}
				t.Class[(h*nq+I)*nk+J] = uint8(c)
			}
		}
	}
	return t
}

// Int32Bytes views int32s (tile lists, permutations) as the bytes
// UploadBytes copies, without copying them: the host's byte order, which
// on the hosts CUDA runs on (amd64, arm64) is the GPU's little-endian.
func Int32Bytes(x []int32) []byte {
	if len(x) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&x[0])), 4*len(x))
}

// UploadBytes copies raw bytes (bf16 tensors, class tables) to the device.
func (d *Driver) UploadBytes(b Buffer, x []byte) error {
	if uint64(len(x)) > b.Size {
		return fmt.Errorf("cuda: upload of %d bytes into a buffer of %d", len(x), b.Size)
	}
	if len(x) == 0 {
		return nil
	}
	return d.check("cuMemcpyHtoD_v2", d.cuMemcpyHtoD(b.Ptr, unsafe.Pointer(&x[0]), uint64(len(x))))
}

// Fill32 sets every 32-bit word of b to v (in stream order with the
// launches).
func (d *Driver) Fill32(b Buffer, v uint32) error {
	if b.Size < 4 {
		return nil
	}
	return d.check("cuMemsetD32_v2", d.cuMemsetD32(b.Ptr, v, b.Size/4))
}

// DownloadBytes copies raw bytes from the device.
func (d *Driver) DownloadBytes(x []byte, b Buffer) error {
	if len(x) == 0 {
		return nil
	}
	return d.check("cuMemcpyDtoH_v2", d.cuMemcpyDtoH(unsafe.Pointer(&x[0]), b.Ptr, uint64(len(x))))
}

// AttentionArgs are the device buffers and sizes of one attention launch.
type AttentionArgs struct {
	Q, K, V, Out   Buffer
	H, M, N, Group int
	List, Class    Buffer // MMA: from Tables (uploaded); scalar sparse: the blockselect list
	Tables         Tables
	Perm           Buffer
	NS, Segment    int
	NQ, NK         int    // scalar sparse kernels
	Visits         Buffer // EarlyExit: i32 [H, NQ], the tiles each query tile processed (written)
	// Compensate: the mean keys and values of every key tile (b16 [G, NK,
	// d], [G, NK, dv]) and the tiles each query tile compensates, as bits
	// (i32 [H, NQ, ⌈NK/BK⌉, ⌈BK/32⌉]: CompBytes); List is then the list
	// with the mean-key tiles appended.
	KBar, VBar, Comp Buffer
	// KeyMeans (a comp-pool kernel of Arg "kmeans"): the score step's
	// float32 key means [G, NK, d] that KBar is rounded from
	// (PlanStep.KeyMeans).
	KeyMeans Buffer
	// PerRow: every row's key bits per listed tile (u64) and each (head,
	// query tile)'s first (i64 [H·NQ]): sparse.RowTiles's Masks and
	// Offsets.
	RowMask, RowOff Buffer
	// Key lengths (keylens.go): each sequence's keys, and their device
	// buffer (the decode kernels read it).
	Lens    []int32
	LensBuf Buffer
	// HeadGroup sets an MMA kernel's block order: heads in groups of
	// HeadGroup, each group's query tiles heaviest first across its
	// heads, group after group. 0: HeadGroup's choice.
	HeadGroup int
}

// l2Budget is the bytes of K and V that HeadGroup keeps hot together:
// FlashAttention-3's figure for the 50 MB L2 of an H100 (and H200).
const l2Budget = 32 << 20

// HeadGroup is the heads per group of an MMA launch's block order: as
// many KV heads as fit l2Budget with their query heads (a.Group per KV
// head), at least one, at most H. The heaviest query tiles then start
// first across the group instead of head after head, which leaves no
// long query tile to run alone at the end (docs/gpu-notes.md).
func (k *Kernel) HeadGroup(a AttentionArgs) int {
	if a.HeadGroup > 0 {
		return min(a.HeadGroup, max(a.H, 1))
	}
	perKV := a.N * (k.D + k.DV) * 2
	kv := 1
	if perKV > 0 {
		kv = max(1, l2Budget/perKV)
	}
	return max(1, min(kv*max(a.Group, 1), a.H))
}

// LaunchAttention runs attention kernel k (function fn) once.
func (d *Driver) LaunchAttention(fn Function, k *Kernel, a AttentionArgs) error {
	grid, block, args, err := k.AttentionLaunch(a)
	if err != nil {
		return err
	}
	return d.Launch(fn, grid, block, uint32(k.Smem), args...)
}

// AttentionLaunch is the grid, block and arguments (in the PTX entry's
// order: device pointers as uint64, sizes as int32) of one launch of
// attention kernel k.
func (k *Kernel) AttentionLaunch(a AttentionArgs) (grid, block [3]uint32, args []any, err error) {
	args = []any{a.Q.Ptr, a.K.Ptr, a.V.Ptr, a.Out.Ptr, int32(a.H), int32(a.M), int32(a.N), int32(a.Group)}
	block = [3]uint32{uint32(k.BlockRows), 1, 1}
	if k.MMA {
		t := a.Tables
		args = append(args, a.List.Ptr, int32(t.NQ), int32(t.NK), int32(t.listDivisor(a.H)), a.Class.Ptr, int32(t.CH), int32(k.HeadGroup(a)))
		if k.Gather {
			args = append(args, a.Perm.Ptr, int32(a.NS), int32(a.Segment))
		}
		if k.EarlyExit {
			if a.Visits.Size < uint64(4*a.H*t.NQ) {
				return grid, block, nil, fmt.Errorf("cuda: %s stops early and needs visits (%d×%d int32), got %d bytes", k.Name, a.H, t.NQ, a.Visits.Size)
			}
			args = append(args, a.Visits.Ptr)
		}
		if k.Compensate {
			args = append(args, a.KBar.Ptr, a.VBar.Ptr, a.Comp.Ptr)
		}
		if k.PerRow {
			args = append(args, a.RowMask.Ptr, a.RowOff.Ptr)
		}
		items := t.NQ
		if k.Pair {
			items = (t.NQ + 1) / 2
		}
		return [3]uint32{uint32(items), uint32(a.H), 1}, block, args, nil
	}
	if k.Sparse {
		args = append(args, a.List.Ptr, int32(a.NQ), int32(a.NK))
	}
	if k.Gather {
		args = append(args, a.Perm.Ptr, int32(a.NS), int32(a.Segment))
	}
	if k.EarlyExit {
		// The scalar kernel's exit: a CTA per query tile (BlockRows = BQ).
		if a.Visits.Size < uint64(4*a.H*a.NQ) {
			return grid, block, nil, fmt.Errorf("cuda: %s stops early and needs visits (%d×%d int32), got %d bytes", k.Name, a.H, a.NQ, a.Visits.Size)
		}
		args = append(args, a.Visits.Ptr)
	}
	return [3]uint32{uint32((a.M + k.BlockRows - 1) / k.BlockRows), uint32(a.H), 1}, block, args, nil
}
