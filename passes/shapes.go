package passes

import "github.com/attnc/attnc/ir"

// inferShapes recomputes every value's type from its op's rule, in order,
// so that a graph read from IR text (or rewritten by a user pass) is
// checked the same way the frontend checks the DSL. Mismatches are user
// errors at the value's source position.
func inferShapes(f *ir.Func, a Args) error {
	var errs ir.ErrorList
	bad := map[*ir.Value]bool{}
	for _, v := range f.Values {
		skip := false
		for _, x := range v.Args {
			skip = skip || bad[x]
		}
		if skip {
			bad[v] = true // do not cascade one error into many
			continue
		}
		t, err := v.Op.Info().Infer(v)
		if err != nil {
			errs.Add(v.Pos, "%v", err)
			bad[v] = true
			continue
		}
		if !t.Equal(v.Type) {
			a.Logf("%s: %s -> %s", v.Ref(), v.Type, t)
		}
		v.Type = t
	}
	if r := f.Result; r != nil && !bad[r] && !r.Type.Equal(f.ResultType) {
		errs.Add(r.Pos, "kernel %s returns %s, but its declared result is %s", f.Name, r.Type, f.ResultType)
	}
	return errs.Err()
}
