// Package passes holds attnc's pass manager and its passes: the core
// pipeline (shapes, canonicalize, fuse-attention, classify-tiles) and the
// schedule passes users write in `schedule` blocks or -passes strings.
//
// Every pass is declared in one table (name, function, phase, doc, argument
// schema); the ordering constraints between passes are a second table with a
// reason for each pair, and a test checks that the pipeline obeys them.
// User code adds passes with Register and uses them by name.
package passes

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/attnc/attnc/ir"
	"github.com/attnc/attnc/runtime/abi"
)

// Func is the signature of every pass: it rewrites f in place.
type Func func(f *ir.Func, a Args) error

// Phase says where a pass runs in the pipeline.
type Phase uint8

// Phases, in pipeline order. Early and Late passes are required and run on
// every kernel; Schedule passes run only when a schedule names them.
const (
	Early    Phase = iota // before the schedule: shapes, canonicalize, fuse-attention
	Schedule              // the schedule, in the order written
	Late                  // after the schedule: classify-tiles
)

var phaseNames = [...]string{"early", "schedule", "late"}

func (p Phase) String() string { return phaseNames[p] }

// Pass declares a pass.
type Pass struct {
	Name  string
	Run   Func
	Phase Phase
	Doc   string    // one line
	Args  []ArgSpec // the argument schema; a mode is a positional name
	// KeyLengths says a schedule pass keeps the key lengths of a kernel
	// with a KV cache (ir.KeyLengths): the pass manager refuses the
	// others on such kernels at their schedule line. Required passes run
	// on every kernel and must keep them.
	KeyLengths bool
}

// Required reports whether the pass runs on every kernel.
func (p *Pass) Required() bool { return p.Phase != Schedule }

func (p *Pass) modeSpec() *ArgSpec {
	for i := range p.Args {
		if p.Args[i].Kind == ArgMode {
			return &p.Args[i]
		}
	}
	return nil
}

func (p *Pass) argSpec(name string) *ArgSpec {
	for i := range p.Args {
		if p.Args[i].Name == name && p.Args[i].Kind != ArgMode {
			return &p.Args[i]
		}
	}
	return nil
}

// ArgSummary lists the pass's arguments for messages and `attnc passes`.
func (p *Pass) ArgSummary() string {
	if len(p.Args) == 0 {
		return "none"
	}
	parts := make([]string, len(p.Args))
	for i, s := range p.Args {
		switch {
		case s.Kind == ArgMode:
			parts[i] = strings.Join(s.Values, "|")
		case s.Values != nil:
			parts[i] = s.Name + ": " + strings.Join(s.Values, "|")
		default:
			parts[i] = s.Name + ": " + s.Kind.String()
		}
	}
	return strings.Join(parts, ", ")
}

// table declares attnc's own passes in pipeline order within each phase.
var table = []*Pass{
	{Name: "shapes", Run: inferShapes, Phase: Early,
		Doc: "infers every value's type from its op's rule and reports mismatches at their source position"},
	{Name: "canonicalize", Run: canonicalize, Phase: Early,
		Doc: "folds constants and transposes into matmuls, puts scalar factors on the right, removes dead values"},
	{Name: "fuse-attention", Run: fuseAttention, Phase: Early,
		Doc: "turns matmul → scale → mods/masks → softmax → matmul into one attention op with mask and mod expressions"},
	{Name: "tile", Run: tileSizes, Phase: Schedule, KeyLengths: true,
		Doc: "sets the tile sizes (queries × keys) every later pass and the backends use",
		Args: []ArgSpec{
			{Name: "q", Kind: ArgInt, Doc: "query tile size (default 64)"},
			{Name: "k", Kind: ArgInt, Doc: "key tile size (default 64)"},
		}},
	{Name: "permute", Run: permuteKeys, Phase: Schedule,
		Doc: "reorders keys per segment so attention mass packs into fewer tiles (PBS-Attn local, S2O global)",
		Args: []ArgSpec{
			{Name: "segment", Kind: ArgInt, Doc: "segment length L, a multiple of the tile sizes (default 256)"},
			{Name: "probe", Kind: ArgIdent, Values: abi.PermuteProbes(), Doc: "a query segment's probe: its mean query, or its last query tile (default mean)"},
			{Name: "scope", Kind: ArgIdent, Values: abi.PermuteScopes(), Doc: "local: sort inside key segments (PBS-Attn); global: rank all earlier keys per query segment (S2O) (default local)"},
		}},
	{Name: "score", Run: scoreBlocks, Phase: Schedule, KeyLengths: true,
		Doc: "inserts a blockscore op estimating each tile's share of the softmax mass",
		Args: []ArgSpec{
			{Name: "method", Kind: ArgMode, Values: abi.ScoreMethods(), Doc: "the estimate (default antidiagonal); runtime/abi/methods.go declares them"},
			{Name: "stride", Kind: ArgInt, Doc: "antidiagonal/probe stride S (default 8 / 16); must divide the tile sizes"},
			{Name: "pool", Kind: ArgIdent, Values: abi.ScorePools(), Doc: "probe: pool token probabilities by max or mean (default mean)"},
			{Name: "heads", Kind: ArgInt, Doc: "proxy heads G: score Q and K averaged over groups of H/G heads (ProxyAttn)"},
		}},
	{Name: "select", Run: selectBlocks, Phase: Schedule, KeyLengths: true,
		Doc: "inserts a blockselect op (ordered tile lists) and makes the attention sparse",
		Args: append(sizeArgSpecs(abi.SelectModesOf("select")...), // mass, top, density: runtime/abi/modes.go
			ArgSpec{Name: "keep", Kind: ArgList, Values: []string{"sink", "diagonal", "local"}, Doc: "forced tiles: sink, diagonal, local(w)"},
			ArgSpec{Name: "min_blocks", Kind: ArgInt, Doc: "never fewer tiles than this"},
		)},
	{Name: "order", Run: orderBlocks, Phase: Schedule, KeyLengths: true,
		Doc: "fixes the processing order: forced tiles, then by descending score or by index",
		Args: []ArgSpec{
			{Name: "by", Kind: ArgMode, Values: []string{"score", "index"}, Doc: "default score"},
		}},
	{Name: "early_stop", Run: earlyStop, Phase: Schedule,
		Doc: "stops a query tile's loop once a tile adds less than ε of the softmax mass (S2O)",
		Args: []ArgSpec{
			{Name: "eps", Kind: ArgFloat, Doc: "ε (default 1e-3)"},
			{Name: "rule", Kind: ArgIdent, Values: []string{"max", "mean"}, Doc: "max or mean over the tile's rows of Δ/ℓ (default max)"},
			{Name: "patience", Kind: ArgInt, Doc: "stop after this many tiles in a row each below ε (default 1)"},
		}},
	{Name: "rowmax", Run: rowMax, Phase: Schedule,
		Doc: "makes block scores row-aware: a tile scores the largest mass share any single row puts in it"},
	{Name: "budget", Run: budgetBlocks, Phase: Schedule, KeyLengths: true,
		Doc: "selects tiles under one budget shared by all query tiles (and heads): the best tiles anywhere win",
		Args: append(sizeArgSpecs(abi.LookupSelectMode("budget")), // density: runtime/abi/modes.go
			ArgSpec{Name: "scope", Kind: ArgIdent, Values: abi.LookupSelectMode("budget").Scopes, Doc: "share across all heads or per head (default global)"},
			ArgSpec{Name: "keep", Kind: ArgList, Values: []string{"sink", "diagonal", "local"}, Doc: "forced tiles: sink, diagonal, local(w)"},
		)},
	{Name: "compensate", Run: compensateTiles, Phase: Schedule,
		Doc: "approximates skipped tiles by their mean key instead of dropping them (PISA, SVG-EAR)",
		Args: []ArgSpec{
			{Name: "order", Kind: ArgInt, Doc: "0: mean key and value sum; 1: plus the linear term (default 0)"},
		}},
	{Name: "gate", Run: gateRows, Phase: Schedule,
		Doc: "per-row block selection (MoBA): each query row attends its own best key blocks, scored against the blocks' mean keys",
		Args: []ArgSpec{
			{Name: "block", Kind: ArgInt, Doc: "keys per block (default 64; MoBA and FlashMoBA use 16 to 512)"},
			{Name: "top", Kind: ArgInt, Doc: "blocks per row, the forced ones included"},
			{Name: "density", Kind: ArgFloat, Doc: "in place of top: ⌈ρ·allowed blocks⌉ per row"},
			{Name: "keep", Kind: ArgList, Values: []string{"sink", "diagonal", "local"}, Doc: "forced blocks: sink (block 0), diagonal (the row's own block), local(w) (the w blocks before it)"},
			{Name: "score", Kind: ArgIdent, Values: []string{"mean", "oracle"}, Doc: "the gate's estimate: the blocks' mean keys (default), or the exact block mass per row (the yardstick: a dense pass)"},
		}},
	{Name: "tokens", Run: tokenRows, Phase: Schedule,
		Doc: "token-level top-k inside each row's gated blocks (HISA's second stage): exact scores, the best keys kept",
		Args: []ArgSpec{
			{Name: "top", Kind: ArgInt, Doc: "keys per row"},
		}},
	{Name: "classify-tiles", Run: classifyTiles, Phase: Late,
		Doc: "fixes the tile sizes and proves the mask classifiable into empty/partial/full tiles"},
}

// Constraint says pass Before must run before pass After, and why.
type Constraint struct{ Before, After, Why string }

// constraints is the ordering table; TestPassOrder checks the pipeline
// against it, and Pipeline rejects schedules that break it.
var constraints = []Constraint{
	{"shapes", "canonicalize", "folding needs every operand's type"},
	{"canonicalize", "fuse-attention", "fusion matches canonical patterns: transposes folded into matmul, constants folded, scalars on the right"},
	{"fuse-attention", "classify-tiles", "tiles are classified from the fused attention op's mask"},
	{"fuse-attention", "tile", "schedule passes rewrite the fused attention op"},
	{"tile", "permute", "segments must be multiples of the tile sizes"},
	{"tile", "score", "scores are per tile"},
	{"tile", "select", "lists are of tiles"},
	{"permute", "score", "scores are computed on the permuted (virtual) key blocks"},
	{"permute", "select", "the query's own segment is forced into every list"},
	{"score", "select", "selection ranks tiles by their scores"},
	{"score", "order", "order(score) sorts by the scores"},
	{"select", "order", "order sorts the selected list"},
	{"select", "early_stop", "the stop rule runs over the selected list"},
	{"order", "early_stop", "the stop rule needs the final processing order"},
	{"early_stop", "classify-tiles", "classify-tiles checks the final op"},
	{"score", "rowmax", "rowmax rewrites the scores"},
	{"rowmax", "select", "the selection reads the row-aware scores"},
	{"rowmax", "budget", "the budget reads the row-aware scores"},
	{"score", "budget", "the budget ranks tiles by their scores"},
	{"tile", "budget", "the budget counts tiles"},
	{"budget", "order", "order sorts the selected list"},
	{"budget", "early_stop", "the stop rule runs over the selected list"},
	{"select", "compensate", "compensation covers the tiles the selection skips"},
	{"budget", "compensate", "compensation covers the tiles the budget skips"},
	{"early_stop", "compensate", "compensation also covers the tiles an early stop skips"},
	{"gate", "tokens", "tokens ranks the keys of the gated blocks"},
}

var (
	mu       sync.RWMutex
	registry = map[string]*Pass{}
)

func init() {
	for _, p := range table {
		if err := Register(p); err != nil {
			panic("BUG: " + err.Error())
		}
	}
}

// Register adds a pass so that schedules and -passes strings can name it.
// User passes must use Phase Schedule. It fails on a duplicate name.
func Register(p *Pass) error {
	if p.Name == "" || p.Run == nil {
		return fmt.Errorf("passes.Register: a pass needs a name and a function")
	}
	mu.Lock()
	defer mu.Unlock()
	if registry[p.Name] != nil {
		return fmt.Errorf("passes.Register: pass %q already registered", p.Name)
	}
	registry[p.Name] = p
	return nil
}

// AddConstraint records that pass before must run before pass after (for
// user passes that depend on others).
func AddConstraint(c Constraint) {
	mu.Lock()
	defer mu.Unlock()
	constraints = append(constraints, c)
}

// Constraints returns the ordering table.
func Constraints() []Constraint {
	mu.RLock()
	defer mu.RUnlock()
	return append([]Constraint(nil), constraints...)
}

// Lookup returns the pass named name.
func Lookup(name string) *Pass {
	mu.RLock()
	defer mu.RUnlock()
	return registry[name]
}

// All returns the registered passes: required ones in pipeline order, then
// schedule passes by name.
func All() []*Pass {
	mu.RLock()
	defer mu.RUnlock()
	var out []*Pass
	for _, p := range registry {
		out = append(out, p)
	}
	index := map[string]int{}
	for i, p := range table {
		index[p.Name] = i
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Phase != b.Phase {
			return a.Phase < b.Phase
		}
		ia, oka := index[a.Name]
		ib, okb := index[b.Name]
		if oka && okb {
			return ia < ib
		}
		return a.Name < b.Name
	})
	return out
}

// Check validates one schedule line: a known schedule pass with arguments
// that fit its schema. Errors carry the line's positions.
func Check(call ir.PassCall) error {
	_, errs := resolve(call)
	return errs.Err()
}

func resolve(call ir.PassCall) (*Pass, ir.ErrorList) {
	p := Lookup(call.Name)
	if p == nil {
		var errs ir.ErrorList
		errs.Add(call.Pos, "unknown pass %q (see `attnc passes`)", call.Name)
		return nil, errs
	}
	if p.Required() {
		var errs ir.ErrorList
		errs.Add(call.Pos, "pass %s always runs (%s phase); it cannot appear in a schedule", p.Name, p.Phase)
		return nil, errs
	}
	_, errs := bindArgs(p, call)
	return p, errs
}
