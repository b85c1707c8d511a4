// Package frontend turns .attn source text into a syntax tree: the scanner
// (token.go, scanner.go), the AST (ast.go) and a recursive-descent parser
// (parser.go) whose grammar is written out in docs/dsl.md. The same parser
// reads schedule blocks and the -passes string of the command line, so both
// accept exactly the same pass-call syntax.
//
// Every user error is an ir.Error with a file:line:col position; a file's
// errors come back together as one sorted ir.ErrorList.
package frontend

import (
	"fmt"

	"github.com/attnc/attnc/ir"
)

// tokKind is the lexical class of a token.
type tokKind int

const (
	tEOF tokKind = iota
	tIdent
	tNumber

	// Keywords. inf, causal, qi, ki, h and the dtypes are plain identifiers:
	// their meaning belongs to the checker, and keeping them out of the
	// keyword list keeps them usable as pass-argument values.
	tKernel
	tSchedule
	tReturn

	// Operators and punctuation.
	tAt        // @
	tTranspose // ^T
	tPlus      // +
	tMinus     // -
	tStar      // *
	tSlash     // /
	tAssign    // =
	tLParen    // (
	tRParen    // )
	tLBrack    // [
	tRBrack    // ]
	tLBrace    // {
	tRBrace    // }
	tComma     // ,
	tColon     // :
	tSemi      // ;
	tArrow     // ->
	tAnd       // &
	tOr        // |
	tNot       // !
	tEq        // ==
	tNe        // !=
	tLt        // <
	tLe        // <=
	tGt        // >
	tGe        // >=

	tNumKinds // end sentinel: kindText must have one entry per kind
)

// kindText spells each kind as it appears in source, for messages such as
// `expected ")"`. Sized by the sentinel so a new kind without a spelling
// fails to compile.
var kindText = [tNumKinds]string{
	tEOF:       "end of file",
	tIdent:     "identifier",
	tNumber:    "number",
	tKernel:    "kernel",
	tSchedule:  "schedule",
	tReturn:    "return",
	tAt:        "@",
	tTranspose: "^T",
	tPlus:      "+",
	tMinus:     "-",
	tStar:      "*",
	tSlash:     "/",
	tAssign:    "=",
	tLParen:    "(",
	tRParen:    ")",
	tLBrack:    "[",
	tRBrack:    "]",
	tLBrace:    "{",
	tRBrace:    "}",
	tComma:     ",",
	tColon:     ":",
	tSemi:      ";",
	tArrow:     "->",
	tAnd:       "&",
	tOr:        "|",
	tNot:       "!",
	tEq:        "==",
	tNe:        "!=",
	tLt:        "<",
	tLe:        "<=",
	tGt:        ">",
	tGe:        ">=",
}

// String returns the quoted spelling of k (`")"`), or a description for
// the classes that have no single spelling (identifier, number, end of file).
func (k tokKind) String() string {
	if k < 0 || k >= tNumKinds {
		return fmt.Sprintf("token(%d)", int(k))
	}
	switch k {
	case tEOF, tIdent, tNumber:
		return kindText[k]
	}
	return `"` + kindText[k] + `"`
}

var keywords = map[string]tokKind{
	"kernel":   tKernel,
	"schedule": tSchedule,
	"return":   tReturn,
}

// token is one lexeme. Off and End are byte offsets into the source; the
// parser compares them to tell `fuse-attention` (one pass name) from
// `fuse - attention`.
type token struct {
	kind tokKind
	text string // source spelling
	pos  ir.Pos
	off  int
	end  int
	// nl reports that a newline (possibly inside a comment) separates this
	// token from the previous one. Pass calls in a schedule are separated by
	// newlines, and error recovery resumes at the start of a line.
	nl  bool
	num float64 // value of a tNumber
}

// String describes t for "found ..." in error messages.
func (t token) String() string {
	if t.kind == tEOF {
		return "end of file"
	}
	return fmt.Sprintf("%q", t.text)
}
