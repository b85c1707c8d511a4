package ir

import "math"

// TileClass says how a mask treats a whole tile of (query, key) pairs.
type TileClass uint8

// Tile classes. Partial means "some pairs may be allowed and some masked":
// the classification is conservative, never wrong.
const (
	TileEmpty TileClass = iota
	TilePartial
	TileFull
)

func (c TileClass) String() string {
	return [...]string{"empty", "partial", "full"}[c]
}

// Interval is a closed range of reals; booleans are sub-ranges of [0, 1].
type Interval struct{ Lo, Hi float64 }

func point(x float64) Interval { return Interval{x, x} }

var unknownBool = Interval{0, 1}

// ClassifyTile classifies the tile of queries [q0, q1] and keys [k0, k1]
// (inclusive) of head h under mask. A nil mask allows everything. It uses
// interval arithmetic over the mask expression, so it is exact for the
// common masks (causal, window, sink and their combinations) and
// conservative (Partial) otherwise.
func ClassifyTile(mask *Expr, h, q0, q1, k0, k1 int) TileClass {
	if mask == nil {
		return TileFull
	}
	iv := mask.interval(&tileEnv{qi: Interval{float64(q0), float64(q1)}, ki: Interval{float64(k0), float64(k1)}, h: point(float64(h))})
	switch {
	case iv.Hi == 0 && iv.Lo == 0:
		return TileEmpty
	case iv.Lo > 0:
		return TileFull
	}
	return TilePartial
}

// IntervalAnalysable reports whether every node of e has an interval rule
// better than "unknown" — i.e. ClassifyTile can prove tiles empty or full.
func IntervalAnalysable(e *Expr) bool {
	if e == nil {
		return true
	}
	if e.Op == EVar && e.Name == "s" {
		return false
	}
	for _, a := range e.Args {
		if !IntervalAnalysable(a) {
			return false
		}
	}
	return true
}

type tileEnv struct{ qi, ki, h Interval }

func boolIv(canFalse, canTrue bool) Interval {
	switch {
	case canTrue && canFalse:
		return unknownBool
	case canTrue:
		return point(1)
	}
	return point(0)
}

// less returns the boolean interval of x < y.
func less(x, y Interval) Interval { return boolIv(x.Hi >= y.Lo, x.Lo < y.Hi) }

// lessEq returns the boolean interval of x <= y.
func lessEq(x, y Interval) Interval { return boolIv(x.Hi > y.Lo, x.Lo <= y.Hi) }

func (e *Expr) interval(env *tileEnv) Interval {
	a := e.Args
	iv := func(i int) Interval { return a[i].interval(env) }
	switch e.Op {
	case ENum:
		return point(e.Num)
	case EVar:
		switch e.Name {
		case "qi":
			return env.qi
		case "ki":
			return env.ki
		case "h":
			return env.h
		}
		return Interval{math.Inf(-1), math.Inf(1)}
	case ECall:
		switch e.Name {
		case "causal":
			return lessEq(env.ki, env.qi)
		case "window":
			return less(sub(env.qi, env.ki), iv(0))
		case "sink":
			return less(env.ki, iv(0))
		case "exp":
			x := iv(0)
			return Interval{math.Exp(x.Lo), math.Exp(x.Hi)}
		case "tanh":
			x := iv(0)
			return Interval{math.Tanh(x.Lo), math.Tanh(x.Hi)}
		case "max":
			x, y := iv(0), iv(1)
			return Interval{math.Max(x.Lo, y.Lo), math.Max(x.Hi, y.Hi)}
		case "min":
			x, y := iv(0), iv(1)
			return Interval{math.Min(x.Lo, y.Lo), math.Min(x.Hi, y.Hi)}
		case "where":
			c, x, y := iv(0), iv(1), iv(2)
			switch {
			case c.Lo > 0:
				return x
			case c.Hi == 0:
				return y
			}
			return Interval{math.Min(x.Lo, y.Lo), math.Max(x.Hi, y.Hi)}
		}
		return Interval{math.Inf(-1), math.Inf(1)}
	case ENeg:
		x := iv(0)
		return Interval{-x.Hi, -x.Lo}
	case ENot:
		x := iv(0)
		return boolIv(x.Hi != 0, x.Lo == 0)
	}
	x, y := iv(0), iv(1)
	switch e.Op {
	case EAdd:
		return Interval{x.Lo + y.Lo, x.Hi + y.Hi}
	case ESub:
		return sub(x, y)
	case EMul:
		p := []float64{x.Lo * y.Lo, x.Lo * y.Hi, x.Hi * y.Lo, x.Hi * y.Hi}
		lo, hi := p[0], p[0]
		for _, v := range p[1:] {
			if math.IsNaN(v) {
				return Interval{math.Inf(-1), math.Inf(1)}
			}
			lo, hi = math.Min(lo, v), math.Max(hi, v)
		}
		return Interval{lo, hi}
	case ELt:
		return less(x, y)
	case ELe:
		return lessEq(x, y)
	case EGt:
		return less(y, x)
	case EGe:
		return lessEq(y, x)
	case EEq:
		if x.Lo == x.Hi && y.Lo == y.Hi {
			return boolIv(x.Lo != y.Lo, x.Lo == y.Lo)
		}
		return boolIv(true, !(x.Hi < y.Lo || y.Hi < x.Lo))
	case ENe:
		if x.Lo == x.Hi && y.Lo == y.Hi {
			return boolIv(x.Lo == y.Lo, x.Lo != y.Lo)
		}
		return boolIv(!(x.Hi < y.Lo || y.Hi < x.Lo), true)
	case EAnd:
		return boolIv(x.Lo == 0 || y.Lo == 0, x.Hi > 0 && y.Hi > 0)
	case EOr:
		return boolIv(x.Lo == 0 && y.Lo == 0, x.Hi > 0 || y.Hi > 0)
	}
	return Interval{math.Inf(-1), math.Inf(1)}
}

func sub(x, y Interval) Interval { return Interval{x.Lo - y.Hi, x.Hi - y.Lo} }
