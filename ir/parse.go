package ir

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads the canonical text form of a module (what Module.String
// prints). Errors are positioned in the IR text (file:line:col); positions
// of values (@file:line:col) are kept as their source positions.
func Parse(filename, src string) (*Module, error) {
	p := &irParser{file: filename}
	m := &Module{}
	lines := strings.Split(src, "\n")
	for p.line = 0; p.line < len(lines); p.line++ {
		p.init(lines[p.line])
		if p.tok.kind == tEOF {
			continue
		}
		if p.tok.text != "func" {
			p.errorf(p.tok.col, "expected func, found %q", p.tok.text)
			continue
		}
		f := p.funcHeader()
		if f == nil {
			// skip to the closing brace of the broken func
			for p.line+1 < len(lines) && strings.TrimSpace(lines[p.line]) != "}" {
				p.line++
			}
			continue
		}
		nerr := len(p.errors)
		closed := false
		for p.line+1 < len(lines) {
			p.line++
			p.init(lines[p.line])
			if p.tok.kind == tEOF {
				continue
			}
			if p.tok.text == "}" {
				closed = true
				break
			}
			if p.tok.text == "func" && p.tok.kind == tIdent {
				p.line-- // the next func: this one lacks its }
				break
			}
			p.funcLine(f)
		}
		if !closed {
			p.errors.Add(f.Pos, "func %s: missing closing }", f.Name)
		}
		if f.Result == nil && len(p.errors) == nerr {
			// Only when its lines parsed: a return whose value failed
			// to parse, or a missing }, has been reported already.
			p.errors.Add(f.Pos, "func %s has no return", f.Name)
		}
		if m.Func(f.Name) != nil {
			p.errors.Add(f.Pos, "func %s defined twice", f.Name)
		}
		m.Funcs = append(m.Funcs, f)
	}
	if err := p.errors.Err(); err != nil {
		return nil, err
	}
	return m, nil
}

type tokKind uint8

const (
	tEOF   tokKind = iota
	tIdent         // func, matmul, f32, causal.attn
	tRef           // %q, %7
	tNum           // 64, 0.125, -inf
	tPunct         // ( ) [ ] , : = -> { }
	tExpr          // {...} body, without braces
	tPos           // @file:line:col, without @
)

type irToken struct {
	kind tokKind
	text string
	col  int
}

type irParser struct {
	file   string
	line   int // 0-based
	src    string
	off    int
	tok    irToken
	errors ErrorList
	vals   map[string]*Value
	failed map[string]bool // values whose line failed to parse
}

func (p *irParser) init(line string) {
	p.src, p.off = line, 0
	p.next()
}

func (p *irParser) pos(col int) Pos { return Pos{File: p.file, Line: p.line + 1, Col: col} }

func (p *irParser) errorf(col int, format string, args ...any) {
	p.errors.Add(p.pos(col), format, args...)
}

func isIdentByte(c byte) bool {
	return isLetter(c) || isDigit(c) || c == '.' || c == '-' || c == '_'
}

func (p *irParser) next() {
	s := p.src
	i := p.off
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
		i++
	}
	if i >= len(s) {
		p.tok, p.off = irToken{kind: tEOF, col: i + 1}, i
		return
	}
	start, c := i, s[i]
	kind := tPunct
	switch {
	case c == '%':
		i++
		for i < len(s) && (isLetter(s[i]) || isDigit(s[i])) {
			i++
		}
		kind = tRef
	case c == '@':
		i++
		if q, err := strconv.QuotedPrefix(s[i:]); err == nil {
			i += len(q) // a quoted file name may hold spaces
		}
		for i < len(s) && s[i] != ' ' && s[i] != '\t' {
			i++
		}
		p.tok, p.off = irToken{kind: tPos, text: s[start+1 : i], col: start + 1}, i
		return
	case c == '{' && strings.Contains(s[i:], "}") && !(strings.TrimSpace(s[i+1:]) == ""):
		depth, j := 0, i
		for ; j < len(s); j++ {
			if s[j] == '{' {
				depth++
			} else if s[j] == '}' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if j == len(s) {
			p.tok, p.off = irToken{kind: tPunct, text: "{", col: i + 1}, i+1
			return
		}
		p.tok, p.off = irToken{kind: tExpr, text: s[i+1 : j], col: i + 1}, j+1
		return
	case c == '-' && i+1 < len(s) && s[i+1] == '>':
		i += 2
	case isDigit(c) || (c == '-' || c == '.') && i+1 < len(s) && (isDigit(s[i+1]) || s[i+1] == 'i' || s[i+1] == '.'):
		i++
		for i < len(s) && (isIdentByte(s[i]) || s[i] == '+') {
			i++
		}
		kind = tNum
	case isLetter(c):
		for i < len(s) && isIdentByte(s[i]) {
			i++
		}
		kind = tIdent
	default:
		i++
	}
	p.tok, p.off = irToken{kind: kind, text: s[start:i], col: start + 1}, i
}

func (p *irParser) expect(text string) bool {
	if p.tok.text != text || p.tok.kind == tExpr {
		p.errorf(p.tok.col, "expected %q, found %q", text, p.tok.text)
		return false
	}
	p.next()
	return true
}

// funcHeader parses: func NAME(%p: TYPE, ...) -> TYPE {
func (p *irParser) funcHeader() *Func {
	f := &Func{Pos: p.pos(p.tok.col)}
	p.vals, p.failed = map[string]*Value{}, map[string]bool{}
	p.next()
	if p.tok.kind != tIdent {
		p.errorf(p.tok.col, "expected func name, found %q", p.tok.text)
		return nil
	}
	f.Name = p.tok.text
	p.next()
	if !p.expect("(") {
		return nil
	}
	for p.tok.text != ")" {
		if p.tok.kind != tRef {
			p.errorf(p.tok.col, "expected parameter like %%q, found %q", p.tok.text)
			return nil
		}
		name := p.tok.text[1:]
		col := p.tok.col
		if !isIdent(name) {
			// The printer numbers the steps' values %0, %1, ...: a
			// parameter named like one would print as two definitions.
			p.errorf(col, "parameter %%%s: parameter names are identifiers (numbers name the steps' values)", name)
			return nil
		}
		p.next()
		if !p.expect(":") {
			return nil
		}
		t, ok := p.tensorType()
		if !ok {
			return nil
		}
		if p.vals[name] != nil {
			p.errorf(col, "parameter %%%s declared twice", name)
		}
		v := &Value{Op: OpParam, Name: name, Type: t, Pos: p.pos(col)}
		p.vals[name] = v
		f.Params = append(f.Params, v)
		if p.tok.text == "," {
			p.next()
		} else if p.tok.text != ")" {
			p.errorf(p.tok.col, "expected , or ) in parameter list, found %q", p.tok.text)
			return nil
		}
	}
	p.next()
	if !p.expect("->") {
		return nil
	}
	t, ok := p.tensorType()
	if !ok {
		return nil
	}
	f.ResultType = t
	if !p.expect("{") {
		return nil
	}
	if p.tok.kind != tEOF {
		p.errorf(p.tok.col, "unexpected %q after {", p.tok.text)
	}
	return f
}

// tensorType parses the type of a parameter or result: a tensor the caller
// holds, so at most MaxElements elements (what the frontend allows).
func (p *irParser) tensorType() (Type, bool) {
	col := p.tok.col
	t, ok := p.parseType()
	if ok && t.Shape.TooLarge() {
		p.errorf(col, "%s has more than %d elements, the most a tensor may hold", t, MaxElements)
		return Type{}, false
	}
	return t, ok
}

// parseType parses dtype[dim, ...].
func (p *irParser) parseType() (Type, bool) {
	dt, ok := ParseDType(p.tok.text)
	if !ok || p.tok.kind != tIdent {
		p.errorf(p.tok.col, "expected element type (f32, f16, bf16, bool, i32), found %q", p.tok.text)
		return Type{}, false
	}
	p.next()
	if !p.expect("[") {
		return Type{}, false
	}
	t := Type{DType: dt, Shape: Shape{}}
	for p.tok.text != "]" {
		switch p.tok.kind {
		case tNum:
			n, err := strconv.Atoi(p.tok.text)
			switch {
			case err != nil && strings.Trim(p.tok.text, "0123456789") != "" || n < 0:
				p.errorf(p.tok.col, "bad dimension %q", p.tok.text)
				return Type{}, false
			case n == 0:
				p.errorf(p.tok.col, "dimension must be positive, found %q", p.tok.text)
				return Type{}, false
			case err != nil || n > MaxElements:
				p.errorf(p.tok.col, "dimension %s is too large: a tensor holds at most %d elements", p.tok.text, MaxElements)
				return Type{}, false
			}
			t.Shape = append(t.Shape, Fixed(n))
		case tIdent:
			d := Sym(p.tok.text)
			if p.src[p.off:] != "" && p.src[p.off] == '/' {
				p.next()
				p.next()
				n, err := strconv.Atoi(p.tok.text)
				if err != nil || n <= 0 || p.tok.kind != tNum {
					p.errorf(p.tok.col, "expected a positive tile size after %s/, found %q", d.Sym, p.tok.text)
					return Type{}, false
				}
				d.Div = n
			}
			t.Shape = append(t.Shape, d)
		default:
			p.errorf(p.tok.col, "expected dimension, found %q", p.tok.text)
			return Type{}, false
		}
		p.next()
		if p.tok.text == "," {
			p.next()
		} else if p.tok.text != "]" {
			p.errorf(p.tok.col, "expected , or ] in shape, found %q", p.tok.text)
			return Type{}, false
		}
	}
	p.next()
	return t, true
}

// funcLine parses "%N = op args attrs : type @pos" or "return %N". A
// value whose line fails is remembered, so that its uses report nothing
// more: the line's own error is the cause.
func (p *irParser) funcLine(f *Func) {
	name := ""
	if p.tok.kind == tRef {
		name = p.tok.text[1:]
	}
	if !p.valueLine(f) && name != "" && p.vals[name] == nil {
		p.failed[name] = true
	}
}

// valueLine parses one line of a func body and reports whether it succeeded.
func (p *irParser) valueLine(f *Func) bool {
	if p.tok.text == "return" {
		p.next()
		v := p.ref()
		if v != nil {
			f.Result = v
		}
		if p.tok.kind != tEOF && v != nil {
			p.errorf(p.tok.col, "unexpected %q after return", p.tok.text)
		}
		return true
	}
	if p.tok.kind != tRef {
		p.errorf(p.tok.col, "expected %%N = op ... or return, found %q", p.tok.text)
		return false
	}
	name, col := p.tok.text[1:], p.tok.col
	p.next()
	if !p.expect("=") {
		return false
	}
	op, ok := LookupOp(p.tok.text)
	if !ok || p.tok.kind != tIdent || op == OpParam {
		p.errorf(p.tok.col, "unknown op %q", p.tok.text)
		return false
	}
	// A value keeps only the source position printed after @; the text
	// position is for parse errors.
	v := &Value{Op: op}
	p.next()
	for p.tok.kind == tRef {
		a := p.ref()
		if a == nil {
			return false
		}
		v.Args = append(v.Args, a)
		if p.tok.text != "," {
			break
		}
		p.next()
	}
	for p.tok.kind == tIdent {
		if !p.attr(v) {
			return false
		}
	}
	if !p.expect(":") {
		return false
	}
	t, ok := p.parseType()
	if !ok {
		return false
	}
	v.Type = t
	if p.tok.kind == tPos {
		pos, err := ParsePos(p.tok.text)
		if err != nil {
			p.errorf(p.tok.col, "%v", err)
			return false
		}
		v.Pos = pos
		p.next()
	}
	if p.tok.kind != tEOF {
		p.errorf(p.tok.col, "unexpected %q at end of value", p.tok.text)
		return false
	}
	if _, dup := p.vals[name]; dup {
		p.errorf(col, "%%%s defined twice", name)
		return false
	}
	p.vals[name] = v
	v.ID = len(f.Values)
	f.Values = append(f.Values, v)
	return true
}

func (p *irParser) ref() *Value {
	if p.tok.kind != tRef {
		p.errorf(p.tok.col, "expected a value like %%3, found %q", p.tok.text)
		return nil
	}
	v := p.vals[p.tok.text[1:]]
	if v == nil {
		if !p.failed[p.tok.text[1:]] { // else its line's error says why
			p.errorf(p.tok.col, "%s used before it is defined", p.tok.text)
		}
		return nil
	}
	p.next()
	return v
}

// attr parses key, key=value or key={expr} according to the op's spec.
func (p *irParser) attr(v *Value) bool {
	return p.attrFrom(v, v.Op.String(), v.Op.Info().Attrs)
}

// attrFrom parses one attribute of v declared in specs.
func (p *irParser) attrFrom(v *Value, what string, specs []AttrSpec) bool {
	key, col := p.tok.text, p.tok.col
	var spec *AttrSpec
	for i, s := range specs {
		if s.Name == key {
			spec = &specs[i]
		}
	}
	if spec == nil {
		p.errorf(col, "%s has no attribute %q", what, key)
		return false
	}
	if _, dup := v.Attrs[key]; dup {
		p.errorf(col, "attribute %s given twice", key)
		return false
	}
	p.next()
	if spec.Kind == AttrFlag {
		v.SetAttr(key, true)
		return true
	}
	if !p.expect("=") {
		return false
	}
	if spec.Kind == AttrFloats {
		return p.floats(v, key)
	}
	tok := p.tok
	p.next()
	switch spec.Kind {
	case AttrInt:
		n, err := strconv.Atoi(tok.text)
		if err != nil || tok.kind != tNum {
			p.errorf(tok.col, "%s wants an integer, found %q", key, tok.text)
			return false
		}
		v.SetAttr(key, n)
	case AttrFloat:
		x, ok := floatToken(tok)
		if !ok {
			p.errorf(tok.col, "%s wants a number, found %q", key, tok.text)
			return false
		}
		v.SetAttr(key, x)
	case AttrIdent:
		if tok.kind != tIdent {
			p.errorf(tok.col, "%s wants a name, found %q", key, tok.text)
			return false
		}
		v.SetAttr(key, tok.text)
	case AttrDim:
		switch n, err := strconv.Atoi(tok.text); {
		case tok.kind == tIdent:
			v.SetAttr(key, Sym(tok.text))
		case tok.kind == tNum && err == nil && n > 0:
			v.SetAttr(key, Fixed(n))
		default:
			p.errorf(tok.col, "%s wants a dimension (a name or a positive size), found %q", key, tok.text)
			return false
		}
	case AttrExpr:
		if tok.kind != tExpr {
			p.errorf(tok.col, "%s wants an expression in braces, found %q", key, tok.text)
			return false
		}
		e, err := ParseExpr(tok.text)
		if err != nil {
			p.errorf(tok.col, "%s: %v", key, err)
			return false
		}
		v.SetAttr(key, e)
	}
	return true
}

// floatToken reads a number as FormatNum prints it: digits, or inf, -inf
// and nan (constant folding can make them, e.g. 1e300*1e300). "-inf" lexes
// as a number, "inf" and "nan" as names.
func floatToken(tok irToken) (float64, bool) {
	switch {
	case tok.kind == tIdent && (tok.text == "inf" || tok.text == "nan"):
	case tok.kind != tNum:
		return 0, false
	}
	x, err := strconv.ParseFloat(tok.text, 64)
	return x, err == nil
}

// floats parses [x, y, ...] (at least one number) into attribute key.
func (p *irParser) floats(v *Value, key string) bool {
	if !p.expect("[") {
		return false
	}
	var xs []float64
	for {
		tok := p.tok
		x, ok := floatToken(tok)
		if !ok {
			p.errorf(tok.col, "%s wants a list of numbers, found %q", key, tok.text)
			return false
		}
		xs = append(xs, x)
		p.next()
		if p.tok.text == "]" && p.tok.kind == tPunct {
			p.next()
			v.SetAttr(key, xs)
			return true
		}
		if !p.expect(",") {
			return false
		}
	}
}

// ParsePos reads a position as FormatPos writes it: file:line:col (the
// file may itself contain colons), "quoted file":line:col or line:col, with
// a positive line and column. It refuses what FormatPos cannot write, such
// as an empty file name (:1:1) or a quoted name that needs no quotes.
func ParsePos(s string) (Pos, error) {
	bad := fmt.Errorf("bad position %q, want file:line:col", s)
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return Pos{}, bad
	}
	j := strings.LastIndexByte(s[:i], ':')
	line, err1 := strconv.Atoi(s[j+1 : i])
	col, err2 := strconv.Atoi(s[i+1:])
	if err1 != nil || err2 != nil || line < 1 || col < 1 || s[j+1] == '+' || s[i+1] == '+' {
		return Pos{}, bad
	}
	p := Pos{Line: line, Col: col}
	if j >= 0 {
		p.File = s[:j]
		if q, err := strconv.QuotedPrefix(p.File); err == nil && q == p.File {
			p.File, _ = strconv.Unquote(q)
		}
		if p.File == "" {
			return Pos{}, bad
		}
	}
	if FormatPos(p) != s {
		return Pos{}, bad // not canonical: 01 for 1, a needless quote
	}
	return p, nil
}

// ParseType parses a type such as f32[H,N/64,128] (for other IR levels'
// parsers).
func ParseType(text string) (Type, error) {
	p := &irParser{file: "type"}
	p.init(text)
	t, ok := p.parseType()
	if ok && p.tok.kind != tEOF {
		p.errorf(p.tok.col, "unexpected %q after type", p.tok.text)
	}
	if err := p.errors.Err(); err != nil {
		return Type{}, err
	}
	return t, nil
}

// ParseAttrs parses a run of attributes (key, key=value, key={expr})
// declared in specs, as the graph IR text writes them (for other IR
// levels' parsers). what names the owner in messages.
func ParseAttrs(what, text string, specs []AttrSpec) (map[string]any, error) {
	p := &irParser{file: what}
	p.init(text)
	v := &Value{}
	for p.tok.kind == tIdent {
		if !p.attrFrom(v, what, specs) {
			break
		}
	}
	if p.tok.kind != tEOF && len(p.errors) == 0 {
		p.errorf(p.tok.col, "unexpected %q in attributes of %s", p.tok.text, what)
	}
	if err := p.errors.Err(); err != nil {
		return nil, err
	}
	if v.Attrs == nil {
		v.Attrs = map[string]any{}
	}
	return v.Attrs, nil
}

// CheckAttrs checks attrs against op's declarations, as Verify does.
func CheckAttrs(op Op, attrs map[string]any) error {
	var errs ErrorList
	verifyAttrs(&Value{Op: op, Attrs: attrs}, op.String(), op.Info(), &errs)
	return errs.Err()
}

// isIdent says whether s is an identifier: a letter or underscore, then
// letters, digits and underscores.
func isIdent(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || isLetter(c) || i > 0 && isDigit(c)) {
			return false
		}
	}
	return s != ""
}
