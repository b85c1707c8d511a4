package ir

import (
	"sort"
	"strconv"
	"strings"
)

// String returns the canonical text of m: its funcs separated by blank lines.
func (m *Module) String() string {
	parts := make([]string, len(m.Funcs))
	for i, f := range m.Funcs {
		parts[i] = f.String()
	}
	return strings.Join(parts, "\n")
}

// String returns the canonical text of f. Values are renumbered densely
// first, so printing is stable across passes that insert or remove values.
func (f *Func) String() string {
	f.Renumber()
	var b strings.Builder
	b.WriteString("func " + f.Name + "(")
	for i, p := range f.Params {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(p.Ref() + ": " + p.Type.String())
	}
	b.WriteString(") -> " + f.ResultType.String() + " {\n")
	for _, v := range f.Values {
		b.WriteString("  " + v.LongString() + "\n")
	}
	if f.Result != nil {
		b.WriteString("  return " + f.Result.Ref() + "\n")
	}
	b.WriteString("}\n")
	return b.String()
}

// LongString returns the long form of v:
// %7 = softmax %6 : f32[H,N,N] @f.attn:4:9
func (v *Value) LongString() string {
	var b strings.Builder
	b.WriteString(v.Ref() + " = " + v.Op.String())
	for i, a := range v.Args {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(" " + a.Ref())
	}
	b.WriteString(v.attrString())
	b.WriteString(" : " + v.Type.String())
	if v.Pos.IsValid() {
		b.WriteString(" @" + FormatPos(v.Pos))
	}
	return b.String()
}

// attrString prints the attributes in the op's declared order, then any
// undeclared ones sorted (Verify rejects those, but the printer must not
// hide them).
func (v *Value) attrString() string {
	var b strings.Builder
	done := map[string]bool{}
	write := func(key string, val any) {
		done[key] = true
		b.WriteByte(' ')
		b.WriteString(FormatAttr(key, val))
	}
	if int(v.Op) < len(opTable) {
		for _, spec := range opTable[v.Op].Attrs {
			if val, ok := v.Attrs[spec.Name]; ok {
				write(spec.Name, val)
			}
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
		write(k, v.Attrs[k])
	}
	return b.String()
}

// FormatAttr prints one attribute in the text form: key, key=value or
// key={expression}.
func FormatAttr(key string, val any) string {
	switch x := val.(type) {
	case bool:
		if x {
			return key
		}
		return key + "=false"
	case int:
		return key + "=" + strconv.Itoa(x)
	case float64:
		s := FormatNum(x)
		if !strings.ContainsAny(s, ".eni") {
			s += ".0" // keep floats distinguishable from ints in the text form
		}
		return key + "=" + s
	case string:
		return key + "=" + x
	case *Expr:
		return key + "={" + x.String() + "}"
	case Dim:
		return key + "=" + x.String()
	case []float64:
		parts := make([]string, len(x))
		for i, f := range x {
			parts[i] = FormatNum(f)
		}
		return key + "=[" + strings.Join(parts, ",") + "]"
	}
	return key + "=?"
}

// FormatPos writes a value's source position as the IR text does:
// file:line:col, line:col for a position without a file, and the file as a
// Go string literal ("my dir/a.attn":3:7) when it has spaces, quotes or
// characters a literal escapes, so that ParsePos reads back every position
// FormatPos writes. The line must be positive (Pos.IsValid).
func FormatPos(p Pos) string {
	lc := strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Col)
	switch q := strconv.Quote(p.File); {
	case p.File == "":
		return lc
	case q[1:len(q)-1] != p.File || strings.ContainsAny(p.File, " "):
		return q + ":" + lc
	}
	return p.File + ":" + lc
}
