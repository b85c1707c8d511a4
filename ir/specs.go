package ir

import "github.com/attnc/attnc/runtime/abi"

// The run-time library's view of the sparse ops: blockscore, blockselect
// and permute attributes (on a Value, or a tile step's copy of them) read
// as runtime/abi specs, in one place for the interpreter, the CPU
// backend and the GPU driver.

func attrInt(a map[string]any, k string) int       { n, _ := a[k].(int); return n }
func attrFloat(a map[string]any, k string) float64 { f, _ := a[k].(float64); return f }
func attrIdent(a map[string]any, k string) string  { s, _ := a[k].(string); return s }
func attrFlag(a map[string]any, k string) bool     { b, _ := a[k].(bool); return b }
func attrFloats(a map[string]any, k string) []float64 {
	xs, _ := a[k].([]float64)
	return xs
}

// ScoreSpecOf reads a blockscore op's attributes (its mask is separate:
// the grid's); q is its query operand's type, the element type proxy
// heads are stored in.
func ScoreSpecOf(a map[string]any, q Type) abi.ScoreSpec {
	mod, _ := a["mod"].(*Expr)
	spec := abi.ScoreSpec{Method: attrIdent(a, "method"), Stride: attrInt(a, "stride"), Pool: attrIdent(a, "pool"),
		Heads: attrInt(a, "heads"), Scale: attrFloat(a, "scale"), Mod: mod.Program()}
	if spec.Heads > 0 {
		spec.Elem = q.DType.String()
	}
	return spec
}

// SelectSpecOf reads a blockselect op's attributes.
func SelectSpecOf(a map[string]any) abi.SelectSpec {
	return abi.SelectSpec{Mode: attrIdent(a, "mode"), Mass: attrFloat(a, "mass"), Top: attrInt(a, "top"),
		Density: attrFloat(a, "density"), Sink: attrFlag(a, "sink"), Diagonal: attrFlag(a, "diagonal"),
		Local: attrInt(a, "local"), MinBlocks: attrInt(a, "min_blocks"), Order: attrIdent(a, "order"),
		Scope: attrIdent(a, "scope"), BQ: attrInt(a, "bq"), BK: attrInt(a, "bk"), Segment: attrInt(a, "segment"),
		Densities: attrFloats(a, "densities")}
}

// PermuteSpecOf reads a permute op's attributes.
func PermuteSpecOf(a map[string]any) abi.PermuteSpec {
	return abi.PermuteSpec{Segment: attrInt(a, "segment"), Probe: attrIdent(a, "probe"), Scope: attrIdent(a, "scope"),
		Scale: attrFloat(a, "scale"), BQ: attrInt(a, "bq")}
}
