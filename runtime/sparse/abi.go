package sparse

import "github.com/attnc/attnc/runtime/abi"

// The contract types of runtime/abi under their library names, so that the
// library, its callers and generated Go packages (which spell them
// sparse.Program, sparse.OpCausal, sparse.Full, sparse.ScoreSpec{...}) read
// as before. They are aliases: sparse.Program and abi.Program are one type.

type (
	// Op is abi.Op, an instruction of a Program.
	Op = abi.Op
	// Instr is abi.Instr, one instruction.
	Instr = abi.Instr
	// Program is abi.Program, a mask or score modification in postfix form.
	Program = abi.Program
	// Env is abi.Env, the variables a Program reads.
	Env = abi.Env
	// Class is abi.Class, how a mask treats a whole tile.
	Class = abi.Class
	// Interval is abi.Interval, a closed range of reals.
	Interval = abi.Interval

	// ScoreSpec is abi.ScoreSpec, a blockscore op's spec.
	ScoreSpec = abi.ScoreSpec
	// SelectSpec is abi.SelectSpec, a blockselect op's spec.
	SelectSpec = abi.SelectSpec
	// PermuteSpec is abi.PermuteSpec, a permute op's spec.
	PermuteSpec = abi.PermuteSpec
	// RowSpec is abi.RowSpec, a rowselect op's spec.
	RowSpec = abi.RowSpec
)

// Tile classes (abi.Empty, abi.Partial, abi.Full).
const (
	Empty   = abi.Empty
	Partial = abi.Partial
	Full    = abi.Full
)

// Program instructions (abi.OpNum, …), as generated code spells them.
const (
	OpNum    = abi.OpNum
	OpS      = abi.OpS
	OpQi     = abi.OpQi
	OpKi     = abi.OpKi
	OpH      = abi.OpH
	OpNeg    = abi.OpNeg
	OpNot    = abi.OpNot
	OpAdd    = abi.OpAdd
	OpSub    = abi.OpSub
	OpMul    = abi.OpMul
	OpDiv    = abi.OpDiv
	OpLt     = abi.OpLt
	OpLe     = abi.OpLe
	OpGt     = abi.OpGt
	OpGe     = abi.OpGe
	OpEq     = abi.OpEq
	OpNe     = abi.OpNe
	OpAnd    = abi.OpAnd
	OpOr     = abi.OpOr
	OpCausal = abi.OpCausal
	OpWindow = abi.OpWindow
	OpSink   = abi.OpSink
	OpExp    = abi.OpExp
	OpLog    = abi.OpLog
	OpTanh   = abi.OpTanh
	OpRsqrt  = abi.OpRsqrt
	OpMax    = abi.OpMax
	OpMin    = abi.OpMin
	OpWhere  = abi.OpWhere
)

// QueryOffset is abi.QueryOffset: the position of query row 0 when m
// queries attend n keys (n − m).
func QueryOffset(m, n int) int { return abi.QueryOffset(m, n) }
