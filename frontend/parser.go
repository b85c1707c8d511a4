package frontend

import (
	"fmt"
	"strconv"

	"github.com/attnc/attnc/ir"
)

// The parser is recursive descent with one function per production of the
// grammar in docs/dsl.md; each function carries its production above it.
//
// Errors: a function that cannot go on calls fail, which records the error
// and unwinds with a bailout panic to the nearest statement, pass call or
// declaration (see try). That loop then skips to a place where parsing can
// resume (sync*) so that one run reports every syntax error of a file.
// bailout never escapes the package: ParseFile and ParsePipeline recover it,
// and any other panic is re-raised, so parser bugs stay visible.

// maxDepth bounds the nesting of expressions and pass-argument values. Real
// kernels nest a handful of levels; the bound keeps hostile input from
// exhausting the stack.
const maxDepth = 100

type parser struct {
	toks  []token
	i     int   // index of tok in toks
	tok   token // current token
	errs  ir.ErrorList
	depth int
	// eof is how messages name the end of the text: "end of file" for a
	// .attn file, "end of input" for a -passes string.
	eof string
	// pipeline is set while parsing a -passes string, where calls are
	// separated by ";" (newlines are allowed too, but a shell user rarely
	// types one).
	pipeline bool
	// lexErrLines holds the lines with lexical errors. A bad character
	// usually derails the parse of its line too; one error there is enough.
	lexErrLines map[int]bool
	// stmtLine is the line where the statement, pass call or declaration
	// being parsed began; errors in it are dropped when that line had a
	// lexical error.
	stmtLine int
}

// bailout is the panic value fail uses to abandon the current construct.
type bailout struct{}

func newParser(file string, src []byte, eof string) *parser {
	p := &parser{eof: eof}
	p.toks = scanAll(file, src, &p.errs)
	p.lexErrLines = make(map[int]bool)
	for _, e := range p.errs {
		p.lexErrLines[e.Pos.Line] = true
	}
	p.tok = p.toks[0]
	return p
}

// ParseFile parses one .attn file. The error, if any, is an ir.ErrorList
// holding every syntax error of the file, sorted by position. The returned
// File is never nil; when there are errors it holds what could be parsed
// and should only be used for tooling, not compiled.
func ParseFile(filename string, src []byte) (*File, error) {
	p := newParser(filename, src, "end of file")
	f := &File{Name: filename}
	// Every fail happens inside a try; this is a backstop so that a
	// missing try costs a lost construct, not a crash.
	p.try(func() { p.parseFile(f) })
	return f, p.errs.Err()
}

// ParsePipeline parses a -passes string such as
// "tile(q:64,k:64); score(mean)": pass calls separated by ";" (or newlines),
// in the same syntax as schedule lines. Positions use the file name
// "-passes". The error, if any, is an ir.ErrorList.
//
// Pipeline = PassList .
func ParsePipeline(src string) ([]ir.PassCall, error) {
	p := newParser("-passes", []byte(src), "end of input")
	p.pipeline = true
	var calls []ir.PassCall
	p.try(func() { calls = p.parsePassList(tEOF) }) // backstop, as in ParseFile
	return calls, p.errs.Err()
}

// next advances to the next token; at the end it stays on tEOF.
func (p *parser) next() {
	if p.i < len(p.toks)-1 {
		p.i++
	}
	p.tok = p.toks[p.i]
}

// peek returns the token n places after the current one.
func (p *parser) peek(n int) token {
	if p.i+n < len(p.toks) {
		return p.toks[p.i+n]
	}
	return p.toks[len(p.toks)-1]
}

func (p *parser) errorf(pos ir.Pos, format string, args ...any) {
	if p.lexErrLines[pos.Line] || p.lexErrLines[p.stmtLine] {
		return
	}
	p.errs.Add(pos, format, args...)
}

// fail reports an error at the current token and abandons the construct
// being parsed.
func (p *parser) fail(format string, args ...any) {
	p.errorf(p.tok.pos, format, args...)
	panic(bailout{})
}

// found describes the current token for "found ..." in messages.
func (p *parser) found() string {
	if p.tok.kind == tEOF {
		return p.eof
	}
	return fmt.Sprintf("%q", p.tok.text)
}

// expect consumes a token of kind k or fails with
// `expected <k> <context>, found <tok>`.
func (p *parser) expect(k tokKind, context string) token {
	if p.tok.kind != k {
		p.failExpected(k.String(), context)
	}
	t := p.tok
	p.next()
	return t
}

// expectName consumes an identifier; what says which name is wanted
// ("kernel name"), since "expected identifier" helps nobody.
func (p *parser) expectName(what, context string) token {
	if p.tok.kind != tIdent {
		p.failExpected(what, context)
	}
	t := p.tok
	p.next()
	return t
}

// failExpected fails with `expected <what> <context>, found <tok>`.
func (p *parser) failExpected(what, context string) {
	if context != "" {
		what += " " + context
	}
	p.fail("expected %s, found %s", what, p.found())
}

// try runs parse and reports whether it finished without a bailout.
func (p *parser) try(parse func()) (ok bool) {
	depth := p.depth
	defer func() {
		if r := recover(); r != nil {
			if _, isBailout := r.(bailout); !isBailout {
				panic(r)
			}
			p.depth = depth
			ok = false
		}
	}()
	parse()
	return true
}

// enter counts one level of nesting; the caller defers p.leave().
func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		p.fail("expression nested too deeply")
	}
}

func (p *parser) leave() { p.depth-- }

// atTop reports whether the current token ends any declaration: the start
// of the next one or the end of the file. Recovery never skips past these.
func (p *parser) atTop() bool {
	switch p.tok.kind {
	case tEOF, tKernel, tSchedule:
		return true
	}
	return false
}

// File = { Kernel | Schedule } .
func (p *parser) parseFile(f *File) {
	for p.tok.kind != tEOF {
		switch p.tok.kind {
		case tKernel:
			f.Kernels = append(f.Kernels, p.parseKernel())
		case tSchedule:
			f.Schedules = append(f.Schedules, p.parseSchedule())
		default:
			p.stmtLine = p.tok.pos.Line
			p.errorf(p.tok.pos, "expected \"kernel\" or \"schedule\", found %s", p.found())
			p.next()
			for !p.atTop() {
				p.next()
			}
		}
	}
}

// Kernel = "kernel" ident Params "->" Type Body .
func (p *parser) parseKernel() *Kernel {
	k := &Kernel{Pos: p.tok.pos}
	p.stmtLine = p.tok.pos.Line
	p.next()
	ok := p.try(func() {
		name := p.expectName("kernel name", `after "kernel"`)
		k.Pos, k.Name = name.pos, name.text
		k.Params = p.parseParams()
		p.expect(tArrow, "after parameters")
		k.Result = p.parseType()
		if p.tok.kind != tLBrace {
			p.fail("expected \"{\" before kernel body, found %s", p.found())
		}
	})
	if !ok && !p.syncBrace() {
		return k
	}
	k.Body = p.parseBody()
	return k
}

// syncBrace skips a broken declaration header up to its "{", so the body
// is still checked, and reports whether it found one.
func (p *parser) syncBrace() bool {
	for p.tok.kind != tLBrace {
		if p.atTop() || p.tok.kind == tRBrace {
			if p.tok.kind == tRBrace {
				p.next()
			}
			return false
		}
		p.next()
	}
	return true
}

// Params = "(" [ Param { "," Param } [ "," ] ] ")" .
func (p *parser) parseParams() []*Param {
	p.expect(tLParen, "after kernel name")
	var params []*Param
	for p.tok.kind != tRParen {
		params = append(params, p.parseParam())
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	p.expect(tRParen, "after parameters")
	return params
}

// Param = ident ":" Type .
func (p *parser) parseParam() *Param {
	name := p.expectName("parameter name", "in parameter list")
	p.expect(tColon, fmt.Sprintf("after parameter %q", name.text))
	return &Param{Pos: name.pos, Name: name.text, Type: p.parseType()}
}

// Type = ident "[" [ Dim { "," Dim } [ "," ] ] "]" .
func (p *parser) parseType() *TypeExpr {
	dt := p.expectName("type (f32, f16 or bf16)", "")
	t := &TypeExpr{Pos: dt.pos, DType: dt.text, DTypePos: dt.pos}
	p.expect(tLBrack, fmt.Sprintf("after type %q", dt.text))
	for p.tok.kind != tRBrack {
		t.Dims = append(t.Dims, p.parseDim())
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	p.expect(tRBrack, "after dimensions")
	return t
}

// Dim = ident | int .
func (p *parser) parseDim() DimExpr {
	t := p.tok
	switch t.kind {
	case tIdent:
		p.next()
		return DimExpr{Pos: t.pos, Name: t.text}
	case tNumber:
		p.next()
		n, err := strconv.Atoi(t.text)
		if err != nil || n <= 0 {
			// Not fatal: the rest of the type still parses.
			p.errorf(t.pos, "expected positive integer dimension, found %q", t.text)
		}
		return DimExpr{Pos: t.pos, Size: n}
	}
	p.fail("expected dimension (a name or an integer), found %s", p.found())
	return DimExpr{}
}

// Body = "{" { Stmt | ";" } "}" .
//
// The caller has checked that the current token is "{".
func (p *parser) parseBody() []Stmt {
	open := p.tok
	p.next()
	var body []Stmt
	for {
		switch p.tok.kind {
		case tRBrace:
			p.next()
			return body
		case tSemi:
			p.next()
			continue
		case tEOF, tKernel, tSchedule:
			p.errorf(p.tok.pos, "expected \"}\" to close kernel body at %s, found %s", open.pos.Short(), p.found())
			return body
		}
		start := p.i
		p.stmtLine = p.tok.pos.Line
		var s Stmt
		if p.try(func() { s = p.parseStmt() }) {
			body = append(body, s)
		} else {
			p.syncStmt(start)
		}
	}
}

// syncStmt skips the rest of a broken statement that began at token index
// start: up to a ";" (consumed), the next line or "return", or anything
// that closes the body. A statement may span lines, so this guesses; the
// worst case is one extra error on the following line.
func (p *parser) syncStmt(start int) {
	for {
		switch {
		case p.atTop() || p.tok.kind == tRBrace:
			return
		case p.tok.kind == tSemi:
			p.next()
			return
		case p.i > start && (p.tok.nl || p.tok.kind == tReturn):
			return
		}
		p.next()
	}
}

// Stmt = ident "=" Expr | "return" Expr .
func (p *parser) parseStmt() Stmt {
	t := p.tok
	switch t.kind {
	case tReturn:
		p.next()
		return &ReturnStmt{Pos: t.pos, X: p.parseExpr()}
	case tIdent:
		p.next()
		p.expect(tAssign, fmt.Sprintf("after %q", t.text))
		return &AssignStmt{Pos: t.pos, Name: t.text, X: p.parseExpr()}
	}
	p.fail("expected statement (name = expression, or return), found %s", p.found())
	return nil
}

// Expr = OrExpr .
func (p *parser) parseExpr() Expr {
	p.enter()
	defer p.leave()
	return p.parseOr()
}

// binary parses `sub { op sub }` for the operators in ops, left-associative.
func (p *parser) binary(sub func() Expr, ops ...tokKind) Expr {
	x := sub()
	for p.isOneOf(ops) {
		op := p.tok
		p.next()
		x = &Binary{Pos: op.pos, Op: kindText[op.kind], X: x, Y: sub()}
	}
	return x
}

func (p *parser) isOneOf(kinds []tokKind) bool {
	for _, k := range kinds {
		if p.tok.kind == k {
			return true
		}
	}
	return false
}

// OrExpr = AndExpr { "|" AndExpr } .
func (p *parser) parseOr() Expr { return p.binary(p.parseAnd, tOr) }

// AndExpr = CmpExpr { "&" CmpExpr } .
func (p *parser) parseAnd() Expr { return p.binary(p.parseCmp, tAnd) }

var cmpOps = []tokKind{tEq, tNe, tLt, tLe, tGt, tGe}

// CmpExpr = AddExpr [ ( "==" | "!=" | "<" | "<=" | ">" | ">=" ) AddExpr ] .
//
// Comparisons do not associate: `a < b < c` would compare a boolean with a
// number, so it is an error rather than a surprise.
func (p *parser) parseCmp() Expr {
	x := p.parseAdd()
	if !p.isOneOf(cmpOps) {
		return x
	}
	op := p.tok
	p.next()
	x = &Binary{Pos: op.pos, Op: kindText[op.kind], X: x, Y: p.parseAdd()}
	if p.isOneOf(cmpOps) {
		p.fail("expected end of comparison, found %s (comparisons do not chain; use & or parentheses)", p.found())
	}
	return x
}

// AddExpr = MulExpr { ( "+" | "-" ) MulExpr } .
func (p *parser) parseAdd() Expr { return p.binary(p.parseMul, tPlus, tMinus) }

// MulExpr = UnaryExpr { ( "*" | "/" | "@" ) UnaryExpr } .
func (p *parser) parseMul() Expr { return p.binary(p.parseUnary, tStar, tSlash, tAt) }

// UnaryExpr = ( "-" | "!" ) UnaryExpr | PostfixExpr .
func (p *parser) parseUnary() Expr {
	if t := p.tok; t.kind == tMinus || t.kind == tNot {
		p.enter()
		defer p.leave()
		p.next()
		return &Unary{Pos: t.pos, Op: kindText[t.kind], X: p.parseUnary()}
	}
	return p.parsePostfix()
}

// PostfixExpr = Primary { "^T" } .
func (p *parser) parsePostfix() Expr {
	x := p.parsePrimary()
	for p.tok.kind == tTranspose {
		x = &Transpose{Pos: p.tok.pos, X: x}
		p.next()
	}
	return x
}

// Primary = number | ident | Call | "(" Expr ")" .
func (p *parser) parsePrimary() Expr {
	t := p.tok
	switch t.kind {
	case tNumber:
		p.next()
		return &Number{Pos: t.pos, Value: t.num, Text: t.text}
	case tIdent:
		if p.peek(1).kind == tLParen {
			return p.parseCall()
		}
		p.next()
		return &Ident{Pos: t.pos, Name: t.text}
	case tLParen:
		p.next()
		x := p.parseExpr()
		if p.tok.kind != tRParen {
			p.fail("expected \")\" to match \"(\" at %s, found %s", t.pos.Short(), p.found())
		}
		p.next()
		return &Paren{Pos: t.pos, X: x}
	}
	p.fail("expected expression, found %s", p.found())
	return nil
}

// Call = ident "(" [ Expr { "," Expr } [ "," ] ] ")" .
func (p *parser) parseCall() Expr {
	name := p.tok
	p.next() // name
	p.next() // "("
	c := &Call{Pos: name.pos, Fun: name.text}
	for p.tok.kind != tRParen {
		c.Args = append(c.Args, p.parseExpr())
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	p.expect(tRParen, "after arguments")
	return c
}

// Schedule = "schedule" ident "{" PassList "}" .
func (p *parser) parseSchedule() *Schedule {
	s := &Schedule{Pos: p.tok.pos}
	p.stmtLine = p.tok.pos.Line
	p.next()
	ok := p.try(func() {
		name := p.expectName("kernel name", `after "schedule"`)
		s.Kernel, s.KernelPos = name.text, name.pos
		if p.tok.kind != tLBrace {
			p.fail("expected \"{\" after schedule name, found %s", p.found())
		}
	})
	if !ok && !p.syncBrace() {
		return s
	}
	open := p.tok
	p.next()
	s.Passes = p.parsePassList(tRBrace)
	if p.tok.kind != tRBrace {
		p.errorf(p.tok.pos, "expected \"}\" to close schedule at %s, found %s", open.pos.Short(), p.found())
		return s
	}
	p.next()
	return s
}

// PassList = [ PassCall ] { ( newline | ";" ) [ PassCall ] } .
//
// end is the token after the list: "}" in a schedule, end of input for a
// -passes string. The list stops there without consuming it.
func (p *parser) parsePassList(end tokKind) []ir.PassCall {
	var calls []ir.PassCall
	for {
		for p.tok.kind == tSemi {
			p.next()
		}
		if p.tok.kind == end || p.endsPassList() {
			return calls
		}
		start := p.i
		p.stmtLine = p.tok.pos.Line
		var c ir.PassCall
		if p.try(func() { c = p.parsePassCall(); p.passSeparator(end) }) {
			calls = append(calls, c)
		} else {
			p.syncPass(start, end)
		}
	}
}

// endsPassList reports whether the current token cannot be inside a pass
// list. In a -passes string only the end of input qualifies: "kernel" there
// is just a bad pass name.
func (p *parser) endsPassList() bool {
	if p.pipeline {
		return p.tok.kind == tEOF
	}
	return p.atTop()
}

// passSeparator checks what follows a pass call: a separator, the end of
// the list, or a call on a new line.
func (p *parser) passSeparator(end tokKind) {
	if p.tok.kind == tSemi || p.tok.kind == end || p.endsPassList() || p.tok.nl {
		return
	}
	if p.pipeline {
		p.fail("expected \";\" after pass call, found %s", p.found())
	}
	p.fail("expected newline or \";\" after pass call, found %s", p.found())
}

// syncPass skips the rest of a broken pass call that began at token index
// start: up to a ";" (consumed), the next line or the end of the list.
func (p *parser) syncPass(start int, end tokKind) {
	for {
		switch {
		case p.tok.kind == end || p.endsPassList():
			return
		case p.tok.kind == tSemi:
			p.next()
			return
		case p.i > start && p.tok.nl:
			return
		}
		p.next()
	}
}

// PassCall = PassName [ "(" [ PassArg { "," PassArg } [ "," ] ] ")" ] .
func (p *parser) parsePassCall() ir.PassCall {
	pos := p.tok.pos // before the call below: operand order in a literal is unspecified
	c := ir.PassCall{Pos: pos, Name: p.parsePassName()}
	if p.tok.kind != tLParen {
		return c
	}
	p.next()
	for p.tok.kind != tRParen {
		c.Args = append(c.Args, p.parsePassArg())
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	p.expect(tRParen, "after pass arguments")
	return c
}

// PassName = ident { "-" ( ident | keyword ) } .   (no spaces: fuse-attention)
//
// The parts after a "-" may be keywords, so a pass can be called
// print-schedule. Requiring the parts to touch keeps `a - b` from ever
// reading as a name.
func (p *parser) parsePassName() string {
	first := p.expectName("pass name", "")
	name, end := first.text, first.end
	for p.tok.kind == tMinus && p.tok.off == end {
		dash := p.tok
		p.next()
		part := p.tok
		if part.off != dash.end || !(part.kind == tIdent || part.kind == tKernel || part.kind == tSchedule || part.kind == tReturn) {
			p.fail("expected rest of pass name after %q, found %s", name+"-", p.found())
		}
		p.next()
		name += "-" + part.text
		end = part.end
	}
	return name
}

// PassArg = [ ident ":" ] PassValue .
func (p *parser) parsePassArg() ir.PassArg {
	if p.tok.kind == tIdent && p.peek(1).kind == tColon {
		key := p.tok
		p.next()
		p.next()
		return ir.PassArg{Pos: key.pos, Key: key.text, Value: p.parsePassValue()}
	}
	v := p.parsePassValue()
	return ir.PassArg{Pos: v.Pos, Value: v}
}

// PassValue = [ "-" ] number | ident [ "(" PassValues ")" ] | "[" PassValues "]" .
func (p *parser) parsePassValue() ir.PassValue {
	p.enter()
	defer p.leave()
	t := p.tok
	switch t.kind {
	case tNumber:
		p.next()
		return ir.PassValue{Pos: t.pos, Kind: ir.PassNum, Num: t.num, Text: t.text}
	case tMinus:
		p.next()
		n := p.tok
		if n.kind != tNumber {
			p.fail("expected number after \"-\", found %s", p.found())
		}
		p.next()
		return ir.PassValue{Pos: t.pos, Kind: ir.PassNum, Num: -n.num, Text: "-" + n.text}
	case tIdent:
		p.next()
		if p.tok.kind != tLParen {
			return ir.PassValue{Pos: t.pos, Kind: ir.PassIdent, Text: t.text}
		}
		p.next()
		list := p.parsePassValues(tRParen)
		p.expect(tRParen, fmt.Sprintf("after arguments of %q", t.text))
		return ir.PassValue{Pos: t.pos, Kind: ir.PassCallV, Text: t.text, List: list}
	case tLBrack:
		p.next()
		list := p.parsePassValues(tRBrack)
		p.expect(tRBrack, "after list")
		return ir.PassValue{Pos: t.pos, Kind: ir.PassList, List: list}
	}
	p.fail("expected value (number, name or list), found %s", p.found())
	return ir.PassValue{}
}

// PassValues = [ PassValue { "," PassValue } [ "," ] ] .
func (p *parser) parsePassValues(end tokKind) []ir.PassValue {
	var list []ir.PassValue
	for p.tok.kind != end {
		list = append(list, p.parsePassValue())
		if p.tok.kind != tComma {
			break
		}
		p.next()
	}
	return list
}
