// Package tile is attnc's tile IR: a kernel lowered to a sequence of steps,
// each either a call into the run-time library (block scoring, selection,
// permutation, conversion) or a tile program — a grid of (head, query tile)
// items whose body loads tiles, multiplies them, applies the score
// modification and mask per element, updates the online softmax and tests
// the early exit, in the order a backend emits them. Every backend consumes
// this IR and nothing above it.
//
// Text form (attnc ir -stage tile):
//
//	program xattn(%q: f16[H,N,64], %k: f16[H,N,64], %v: f16[H,N,64]) -> f16[H,N,64] {
//	  %0 = call blockscore %q, %k method=antidiagonal stride=8 scale=0.125 mask={causal} bq=64 bk=64 : f32[H,N/64,N/64]
//	  %1 = call blockselect %0 mode=mass mass=0.9 sink diagonal bq=64 bk=64 : i32[H,N/64,2,N/64]
//	  %2 = kernel attention %q, %k, %v, %1 : f32[H,N,64] {
//	    grid tiles=64
//	    load_q rows=64 dim=64
//	    loop_list
//	    load_kv rows=64 dim=64 dimv=64
//	    matmul_qk scale=0.125
//	    mask expr={causal}
//	    softmax_online
//	    matmul_pv
//	    end_loop
//	    store rows=64 dimv=64
//	  }
//	  %3 = call convert %2 to=f16 : f16[H,N,64]
//	  return %3
//	}
package tile

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/attnc/attnc/ir"
)

// Program is one kernel in tile IR.
type Program struct {
	Name       string
	Params     []*Buffer
	Steps      []*Step
	Result     *Buffer
	ResultType ir.Type
}

// Buffer is a named tensor: a parameter or a step's result.
type Buffer struct {
	Name string // without the %
	Type ir.Type
}

// Ref returns %name.
func (b *Buffer) Ref() string { return "%" + b.Name }

// Kind tells calls from tile programs.
type Kind uint8

// Step kinds.
const (
	Call   Kind = iota // a run-time library call
	Kernel             // a tile program over a grid
)

// Step is one call or kernel.
type Step struct {
	Out   *Buffer
	Kind  Kind
	Op    string // call: blockscore, blockselect, permute, convert; kernel: attention
	Args  []*Buffer
	Attrs map[string]any // call: the graph op's attributes, and the target's placement (on, fused)
	Spec  CallSpec       // call: Attrs decoded (Lower, Parse, SetAttr); nil for kernels
	Body  []*Op          // kernel only
	Pos   ir.Pos         // the DSL position of the graph op it came from
}

// Op is one tile operation of a kernel body.
type Op struct {
	Code  Code
	Attrs map[string]any
}

// Code is a tile operation, declared in codeTable.
type Code uint8

// Tile operations, in the order they appear in a kernel body.
const (
	Grid          Code = iota // the grid: every (head, query tile) is an item
	LoadQ                     // load the query tile [rows, dim] (converted to f32)
	LoopDense                 // for every key tile the mask does not empty, in index order
	LoopList                  // for every key tile of the item's list (the kernel's 4th argument)
	LoadKV                    // load the key and value tiles, contiguous or gathered through the permutation
	MatmulQK                  // S = scale · Q·Kᵀ
	Mod                       // S = mod(S) per element, with qi, ki, h
	Mask                      // S = -inf where the mask fails (not evaluated on full tiles)
	SoftmaxOnline             // m, ℓ, acc update with S; P = exp(S − m)
	MatmulPV                  // acc += P·V
	EarlyExit                 // leave the loop when the tile added < ε of the rows' mass
	EndLoop                   // end of the key-tile loop
	Compensate                // skipped full tiles enter as their mean key
	Store                     // out = acc / ℓ
	codeEnd
)

// CodeInfo declares a tile operation.
type CodeInfo struct {
	Name  string
	Attrs []ir.AttrSpec
	Doc   string
}

var codeTable = [codeEnd]CodeInfo{
	Grid: {Name: "grid", Attrs: []ir.AttrSpec{
		{Name: "tiles", Kind: ir.AttrInt, Required: true, Min: 1, HasMin: true},
		{Name: "decode", Kind: ir.AttrInt, Min: 1, HasMin: true, Doc: "a run with at most this many queries per head takes the decode path, reading K and V in their stored type with the keys split into ranges whose softmax states are merged (FlashDecoding): on the cpu items (KV head, query tile, key range), on cuda a CTA per (key range, head block)"},
		{Name: "lens", Kind: ir.AttrFlag, Doc: "the step's last argument gives each of B sequences its keys' valid length (i32[B]): head h's keys are the first lens[h/(H/B)] rows of k and v, its query rows sit at i + lens − M, masks and mods read h within its sequence (ir.KeyLengths)"},
	}, Doc: "items (h, I) for every head and query tile of `tiles` rows"},
	LoadQ:     {Name: "load_q", Attrs: []ir.AttrSpec{{Name: "rows", Kind: ir.AttrInt, Required: true}, {Name: "dim", Kind: ir.AttrInt, Required: true}}, Doc: "load the query tile"},
	LoopDense: {Name: "loop_dense", Doc: "loop over the key tiles the mask does not empty"},
	LoopList: {Name: "loop_list", Attrs: []ir.AttrSpec{
		{Name: "rows", Kind: ir.AttrFlag, Doc: "the 4th argument holds each query row's own list (rowselect's blocks, or tokenselect's keys with tokens): the item's list is the union of its rows' key tiles, and each row keeps only its keys (per-row bits ANDed into the mask)"},
		{Name: "block", Kind: ir.AttrInt, Min: 1, HasMin: true, Doc: "rows: keys per listed block"},
		{Name: "tokens", Kind: ir.AttrFlag, Doc: "rows: the lists hold keys, not blocks"},
	}, Doc: "loop over the item's tile list"},
	LoadKV: {Name: "load_kv", Attrs: []ir.AttrSpec{
		{Name: "rows", Kind: ir.AttrInt, Required: true}, {Name: "dim", Kind: ir.AttrInt, Required: true},
		{Name: "dimv", Kind: ir.AttrInt, Required: true}, {Name: "gather", Kind: ir.AttrFlag},
		{Name: "segment", Kind: ir.AttrInt, Min: 1, HasMin: true},
		{Name: "transpose", Kind: ir.AttrFlag, Doc: "cpu: Kᵀ of every key tile prepared once per run"},
	}, Doc: "load K and V tiles of the item's KV head, gathered through the permutation (query segments of `segment` rows) when gather is set"},
	MatmulQK: {Name: "matmul_qk", Attrs: []ir.AttrSpec{
		{Name: "scale", Kind: ir.AttrFloat, Required: true},
		{Name: "simd", Kind: ir.AttrFlag, Doc: "cpu: the tile fits the vector tile kernels (score rows 64 keys apart)"},
		{Name: "pairs", Kind: ir.AttrFlag, Doc: "cpu: Q·Kᵀ on bf16 pairs straight from the inputs (VDPBF16PS)"},
	}, Doc: "S = scale·Q·Kᵀ"},
	Mod:           {Name: "mod", Attrs: []ir.AttrSpec{{Name: "expr", Kind: ir.AttrExpr, Required: true, Vars: []string{"s", "qi", "ki", "h"}}}, Doc: "S = expr(S) per element"},
	Mask:          {Name: "mask", Attrs: []ir.AttrSpec{{Name: "expr", Kind: ir.AttrExpr, Required: true, Vars: []string{"qi", "ki", "h"}}}, Doc: "S = -inf where expr fails; skipped on full tiles"},
	SoftmaxOnline: {Name: "softmax_online", Doc: "online-softmax update of m, ℓ, acc"},
	MatmulPV:      {Name: "matmul_pv", Doc: "acc += P·V"},
	EarlyExit: {Name: "early_exit", Attrs: []ir.AttrSpec{
		{Name: "eps", Kind: ir.AttrFloat, Required: true}, {Name: "rule", Kind: ir.AttrIdent, Required: true, Values: []string{"max", "mean"}},
		{Name: "patience", Kind: ir.AttrInt, Min: 1, HasMin: true},
	}, Doc: "after a tile past the forced ones: leave when max (mean) over rows of Δ/ℓ < eps, for patience (default 1) tiles in a row"},
	EndLoop: {Name: "end_loop", Doc: "end of the key-tile loop"},
	Compensate: {Name: "compensate", Attrs: []ir.AttrSpec{
		{Name: "order", Kind: ir.AttrInt, Required: true},
		{Name: "means", Kind: ir.AttrFlag, Doc: "cpu: every key tile's mean key and value sum prepared once per run"},
		{Name: "kmeans", Kind: ir.AttrFlag, Doc: "cuda: the mean keys are rounded from the key means that the scores behind the step's list pooled (mean scores of the same keys in the same key tiles, unpermuted), not pooled from k again"},
	}, Doc: "skipped full tiles enter as their mean key"},
	Store: {Name: "store", Attrs: []ir.AttrSpec{
		{Name: "rows", Kind: ir.AttrInt, Required: true}, {Name: "dimv", Kind: ir.AttrInt, Required: true},
		{Name: "to", Kind: ir.AttrIdent, Values: []string{"f16", "bf16"}},
	}, Doc: "out = acc/ℓ (0 for rows with nothing allowed), rounded to `to` when a target folded the conversion after the kernel into its store"},
}

func init() {
	for c, info := range codeTable {
		if info.Name == "" {
			panic(fmt.Sprintf("BUG: tile op %d not registered in codeTable", c))
		}
	}
}

// Info returns the declaration of c; it panics on an unregistered code.
func (c Code) Info() *CodeInfo {
	if int(c) >= len(codeTable) {
		panic(fmt.Sprintf("BUG: tile op %d not registered", c))
	}
	return &codeTable[c]
}

func (c Code) String() string { return c.Info().Name }

// Codes returns every tile operation.
func Codes() []Code {
	out := make([]Code, codeEnd)
	for i := range out {
		out[i] = Code(i)
	}
	return out
}

// LookupCode returns the tile operation named name.
func LookupCode(name string) (Code, bool) {
	for c, info := range codeTable {
		if info.Name == name {
			return Code(c), true
		}
	}
	return 0, false
}

// Calls lists the run-time library calls a Program may contain, with the
// graph op each comes from (their attributes are that op's).
var Calls = map[string]ir.Op{
	"blockscore": ir.OpBlockScore, "blockselect": ir.OpBlockSelect, "permute": ir.OpPermute, "convert": ir.OpConvert,
	"rowscore": ir.OpRowScore, "rowselect": ir.OpRowSelect, "tokenselect": ir.OpTokenSelect,
}

// KeyLengths returns the key lengths a step reads (its last argument: a
// kernel's when its grid says lens, a blockscore's or blockselect's when
// it is i32[B]), or nil.
func (s *Step) KeyLengths() *Buffer {
	if len(s.Args) == 0 {
		return nil
	}
	last := s.Args[len(s.Args)-1]
	switch {
	case s.Kind == Kernel:
		if g := s.Find(Grid); g == nil || g.Attrs["lens"] != true {
			return nil
		}
		return last
	case s.Op == "blockscore" || s.Op == "blockselect":
		if last != nil && ir.IsKeyLengths(last.Type) {
			return last
		}
	}
	return nil
}

// Perm returns the permutation a step reads — a blockscore's third
// argument, a blockselect's second, a kernel's fifth (load_kv gather) —
// or nil.
func (s *Step) Perm() *Buffer {
	args := s.Args
	if s.KeyLengths() != nil {
		args = args[:len(args)-1]
	}
	i := map[string]int{"blockscore": 2, "blockselect": 1, "attention": 4}[s.Op]
	if i > 0 && len(args) > i {
		return args[i]
	}
	return nil
}

// HasKeyLengths reports whether a step of p reads key lengths.
func (p *Program) HasKeyLengths() bool {
	for _, s := range p.Steps {
		if s.KeyLengths() != nil {
			return true
		}
	}
	return false
}

// Find returns the first op of the body with code c, or nil.
func (s *Step) Find(c Code) *Op {
	for _, op := range s.Body {
		if op.Code == c {
			return op
		}
	}
	return nil
}

// Int returns the op's int attribute (0 when absent).
func (o *Op) Int(key string) int { n, _ := o.Attrs[key].(int); return n }

// Float returns the op's float attribute (0 when absent).
func (o *Op) Float(key string) float64 { f, _ := o.Attrs[key].(float64); return f }

// Expr returns the op's expression attribute.
func (o *Op) Expr(key string) *ir.Expr { e, _ := o.Attrs[key].(*ir.Expr); return e }

// Patience is an early_exit op's patience, the tiles in a row below eps
// that end the loop: 1 where it has none, or for a nil op (no exit). Every
// backend reads it here.
func Patience(exit *Op) int {
	if exit == nil {
		return 1
	}
	return max(exit.Int("patience"), 1)
}

// String prints the canonical text of p.
func (p *Program) String() string {
	var b strings.Builder
	b.WriteString("program " + p.Name + "(")
	for i, a := range p.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(a.Ref() + ": " + a.Type.String())
	}
	b.WriteString(") -> " + p.ResultType.String() + " {\n")
	for _, s := range p.Steps {
		b.WriteString("  " + s.Out.Ref() + " = ")
		if s.Kind == Call {
			b.WriteString("call ")
		} else {
			b.WriteString("kernel ")
		}
		b.WriteString(s.Op)
		for i, a := range s.Args {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(" " + a.Ref())
		}
		b.WriteString(attrText(s.Attrs, callSpecs(s)))
		b.WriteString(" : " + s.Out.Type.String())
		if s.Kind == Kernel {
			b.WriteString(" {\n")
			for _, op := range s.Body {
				b.WriteString("    " + op.Code.String() + attrText(op.Attrs, op.Code.Info().Attrs) + "\n")
			}
			b.WriteString("  }")
		}
		if s.Pos.IsValid() {
			b.WriteString(" @" + ir.FormatPos(s.Pos))
		}
		b.WriteByte('\n')
	}
	if p.Result != nil {
		b.WriteString("  return " + p.Result.Ref() + "\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// callSpecs returns the attribute declarations of a call step.
func callSpecs(s *Step) []ir.AttrSpec {
	if s.Kind != Call {
		return nil
	}
	if op, ok := Calls[s.Op]; ok {
		return append(slices.Clip(op.Info().Attrs), placeAttrs...)
	}
	return nil
}

// attrText prints attributes in declaration order (then any others sorted),
// as the graph IR prints them.
func attrText(attrs map[string]any, specs []ir.AttrSpec) string {
	v := &ir.Value{Attrs: attrs}
	var b strings.Builder
	done := map[string]bool{}
	for _, s := range specs {
		if x, ok := attrs[s.Name]; ok {
			b.WriteString(" " + ir.FormatAttr(s.Name, x))
			done[s.Name] = true
		}
	}
	var rest []string
	for k := range v.Attrs {
		if !done[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	for _, k := range rest {
		b.WriteString(" " + ir.FormatAttr(k, attrs[k]))
	}
	return b.String()
}
