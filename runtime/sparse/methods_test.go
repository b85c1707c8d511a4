package sparse

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"

	"github.com/attnc/attnc/runtime/abi"
)

// TestScoreHosts checks the host registry against abi's declarations:
// every declared method has a host implementation for both element types,
// and every implementation belongs to a declared method.
func TestScoreHosts(t *testing.T) {
	for _, name := range abi.ScoreMethods() {
		h, ok := scoreHostsOf[name]
		if !ok || h.f32 == nil || h.f64 == nil {
			t.Errorf("%s: declared in runtime/abi, but no host implementation for float32 and float64", name)
			continue
		}
		hostOf[float32](name)
		hostOf[float64](name)
	}
	for name := range scoreHostsOf {
		if abi.LookupScoreMethod(name) == nil {
			t.Errorf("%s: a host implementation of a method runtime/abi does not declare", name)
		}
	}
}

// TestOpAliases checks that abi.go re-exports every Program instruction:
// generated code spells them sparse.<Op.String()>.
func TestOpAliases(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "abi.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	declared := map[string]bool{}
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.CONST {
			for _, s := range g.Specs {
				for _, n := range s.(*ast.ValueSpec).Names {
					declared[n.Name] = true
				}
			}
		}
	}
	for op := abi.Op(0); !strings.HasPrefix(op.String(), "Op("); op++ {
		if !declared[op.String()] {
			t.Errorf("abi.%s has no alias sparse.%s", op, op)
		}
	}
}
