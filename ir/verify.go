package ir

import (
	"fmt"
	"slices"
)

// Verify checks every invariant of m: registered ops, arity, attributes
// (present, typed, in range, expressions over allowed variables), args
// defined before use inside the same func, types equal to what the op's
// rule infers, and a result of the declared type. It returns an ErrorList
// positioned at the offending values.
func Verify(m *Module) error {
	var errs ErrorList
	names := map[string]bool{}
	for _, f := range m.Funcs {
		if names[f.Name] {
			errs.Add(f.Pos, "func %s defined twice", f.Name)
		}
		names[f.Name] = true
		verifyFunc(f, &errs)
	}
	return errs.Err()
}

// VerifyFunc checks one func; see Verify.
func VerifyFunc(f *Func) error {
	var errs ErrorList
	verifyFunc(f, &errs)
	return errs.Err()
}

func verifyFunc(f *Func, errs *ErrorList) {
	defined := map[*Value]bool{}
	pnames := map[string]bool{}
	for _, p := range f.Params {
		switch {
		case p.Op != OpParam:
			errs.Add(p.Pos, "func %s: parameter %s has op %s, want param", f.Name, p.Ref(), p.Op)
		case p.Name == "":
			errs.Add(p.Pos, "func %s: parameter without a name", f.Name)
		case pnames[p.Name]:
			errs.Add(p.Pos, "func %s: parameter %%%s declared twice", f.Name, p.Name)
		}
		if !p.Type.DType.IsFloat() && p.Type.DType != I32 {
			errs.Add(p.Pos, "func %s: parameter %s has element type %s, want f32, f16 or bf16 (or i32[B], the keys' lengths)", f.Name, p.Ref(), p.Type.DType)
		}
		pnames[p.Name] = true
		defined[p] = true
	}
	for i, v := range f.Values {
		where := fmt.Sprintf("%s %%%d", v.Op, i)
		if v.ID != i {
			errs.Add(v.Pos, "%s: ID %d out of order (want %d)", where, v.ID, i)
		}
		if int(v.Op) >= int(opEnd) || v.Op == OpInvalid || v.Op == OpParam {
			errs.Add(v.Pos, "value %%%d: invalid op %s", i, v.Op)
			defined[v] = true
			continue
		}
		info := v.Op.Info()
		ok := true
		if info.Arity >= 0 && len(v.Args) != info.Arity {
			errs.Add(v.Pos, "%s: %d arguments, want %d", where, len(v.Args), info.Arity)
			ok = false
		}
		for j, a := range v.Args {
			if a == nil || !defined[a] {
				errs.Add(v.Pos, "%s: argument %d is not defined before its use", where, j)
				ok = false
			}
		}
		if !verifyAttrs(v, where, info, errs) {
			ok = false
		}
		if ok {
			want, err := info.Infer(v)
			switch {
			case err != nil:
				errs.Add(v.Pos, "%s: %v", where, err)
			case !want.Equal(v.Type):
				errs.Add(v.Pos, "%s: type is %s, want %s", where, v.Type, want)
			}
		}
		defined[v] = true
	}
	verifyKeyLengths(f, errs)
	switch {
	case f.Result == nil:
		errs.Add(f.Pos, "func %s has no result", f.Name)
	case !defined[f.Result]:
		errs.Add(f.Pos, "func %s returns a value that is not in the func", f.Name)
	case !f.Result.Type.Equal(f.ResultType):
		errs.Add(f.Result.Pos, "func %s returns %s, declared %s", f.Name, f.Result.Type, f.ResultType)
	}
}

func verifyAttrs(v *Value, where string, info *OpInfo, errs *ErrorList) bool {
	ok := true
	bad := func(format string, args ...any) {
		errs.Add(v.Pos, "%s: %s", where, fmt.Sprintf(format, args...))
		ok = false
	}
	for key := range v.Attrs {
		if !slices.ContainsFunc(info.Attrs, func(s AttrSpec) bool { return s.Name == key }) {
			bad("unknown attribute %q", key)
		}
	}
	for _, spec := range info.Attrs {
		val, present := v.Attrs[spec.Name]
		if !present {
			if spec.Required {
				bad("missing attribute %s", spec.Name)
			}
			continue
		}
		switch spec.Kind {
		case AttrInt:
			n, isInt := val.(int)
			if !isInt {
				bad("attribute %s is %T, want int", spec.Name, val)
			} else if spec.HasMin && float64(n) < spec.Min {
				bad("attribute %s=%d, want >= %v", spec.Name, n, spec.Min)
			}
		case AttrFloat:
			x, isFloat := val.(float64)
			if !isFloat {
				bad("attribute %s is %T, want float", spec.Name, val)
			} else if spec.HasMin && x < spec.Min {
				bad("attribute %s=%v, want >= %v", spec.Name, x, spec.Min)
			}
		case AttrFloats:
			xs, isFloats := val.([]float64)
			if !isFloats || len(xs) == 0 {
				bad("attribute %s is %T, want a list of numbers", spec.Name, val)
			}
		case AttrFlag:
			if b, isBool := val.(bool); !isBool || !b {
				bad("flag %s must be true when present", spec.Name)
			}
		case AttrIdent:
			s, isStr := val.(string)
			if !isStr {
				bad("attribute %s is %T, want a name", spec.Name, val)
			} else if spec.Values != nil && !slices.Contains(spec.Values, s) {
				bad("attribute %s=%s, want one of %v", spec.Name, s, spec.Values)
			}
		case AttrDim:
			d, isDim := val.(Dim)
			if !isDim || d.Div != 0 || d.Sym == "" && d.Size <= 0 {
				bad("attribute %s is %v, want a dimension (a name or a positive size)", spec.Name, val)
			}
		case AttrExpr:
			e, isExpr := val.(*Expr)
			if !isExpr || e == nil {
				bad("attribute %s is %T, want an expression", spec.Name, val)
			} else if err := checkExpr(e, spec.Vars); err != nil {
				bad("attribute %s: %v", spec.Name, err)
			}
		}
	}
	return ok
}

// checkExpr checks e's structure: known operators and functions with the
// right arity, and only variables from vars.
func checkExpr(e *Expr, vars []string) error {
	switch e.Op {
	case ENum:
		if len(e.Args) != 0 {
			return fmt.Errorf("number with arguments")
		}
		return nil
	case EVar:
		if !slices.Contains(vars, e.Name) {
			return fmt.Errorf("variable %s not allowed here (allowed: %v)", e.Name, vars)
		}
		return nil
	case ECall:
		n, ok := ExprFuncs[e.Name]
		if !ok {
			return fmt.Errorf("unknown function %s", e.Name)
		}
		if len(e.Args) != n {
			return fmt.Errorf("%s takes %d argument(s), has %d", e.Name, n, len(e.Args))
		}
	case ENeg, ENot:
		if len(e.Args) != 1 {
			return fmt.Errorf("unary operator with %d operands", len(e.Args))
		}
	default:
		if _, ok := exprBinary[e.Op]; !ok {
			return fmt.Errorf("unknown operator %d", e.Op)
		}
		if len(e.Args) != 2 {
			return fmt.Errorf("binary operator with %d operands", len(e.Args))
		}
	}
	for _, a := range e.Args {
		if err := checkExpr(a, vars); err != nil {
			return err
		}
	}
	return nil
}
