package frontend

import (
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/attnc/attnc/ir"
)

// scanner splits source text into tokens. It never stops at a bad character:
// it reports it, skips it and goes on, so one run finds every lexical error.
type scanner struct {
	src  []byte
	file string
	errs *ir.ErrorList

	off       int // current byte offset
	line      int // 1-based line of off
	lineStart int // offset of the first byte of the current line
}

// scanAll returns the tokens of src, always ending with a tEOF token, and
// adds lexical errors to errs. Scanning everything up front gives the
// parser unlimited lookahead for free; .attn files are small.
func scanAll(file string, src []byte, errs *ir.ErrorList) []token {
	s := &scanner{src: src, file: file, errs: errs, line: 1}
	// A UTF-8 byte order mark, as some editors write, is not a character of
	// the program.
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		s.off, s.lineStart = 3, 3
	}
	var toks []token
	for {
		t := s.next()
		toks = append(toks, t)
		if t.kind == tEOF {
			return toks
		}
	}
}

func (s *scanner) pos(off int) ir.Pos {
	return ir.Pos{File: s.file, Line: s.line, Col: off - s.lineStart + 1}
}

func (s *scanner) errorf(off int, format string, args ...any) {
	s.errs.Add(s.pos(off), format, args...)
}

// newline records that the byte at off is '\n', so positions after it
// count from the next line.
func (s *scanner) newline(off int) {
	s.line++
	s.lineStart = off + 1
}

// skipSpace skips white space and comments, reporting whether it crossed a
// newline.
func (s *scanner) skipSpace() (nl bool) {
	for s.off < len(s.src) {
		c := s.src[s.off]
		switch {
		case c == '\n':
			s.newline(s.off)
			s.off++
			nl = true
		case c == ' ' || c == '\t' || c == '\r':
			s.off++
		case c == '/' && s.peek(1) == '/':
			for s.off < len(s.src) && s.src[s.off] != '\n' {
				s.off++
			}
		case c == '/' && s.peek(1) == '*':
			if s.blockComment() {
				nl = true
			}
		default:
			return nl
		}
	}
	return nl
}

// blockComment skips a /* */ comment starting at s.off and reports whether
// it spans a newline: such a comment separates lines like a newline does.
func (s *scanner) blockComment() (nl bool) {
	start := s.pos(s.off)
	s.off += 2
	for s.off < len(s.src) {
		switch s.src[s.off] {
		case '\n':
			s.newline(s.off)
			nl = true
		case '*':
			if s.peek(1) == '/' {
				s.off += 2
				return nl
			}
		}
		s.off++
	}
	s.errs.Add(start, "block comment not terminated (expected \"*/\", found end of file)")
	return nl
}

func (s *scanner) peek(n int) byte {
	if s.off+n < len(s.src) {
		return s.src[s.off+n]
	}
	return 0
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '_' }
func isDigit(c byte) bool  { return '0' <= c && c <= '9' }

// next returns the next token, skipping (and reporting) illegal characters.
func (s *scanner) next() token {
	nl := false
	for {
		if s.skipSpace() {
			nl = true
		}
		t, ok := s.token()
		if ok {
			t.nl = nl
			return t
		}
	}
}

// token scans one token at s.off. ok is false when the bytes there were
// illegal; they have been reported and skipped.
func (s *scanner) token() (t token, ok bool) {
	start := s.off
	t.pos, t.off = s.pos(start), start
	defer func() {
		t.end = s.off
		t.text = string(s.src[start:s.off])
	}()
	if s.off >= len(s.src) {
		t.kind = tEOF
		return t, true
	}
	c := s.src[s.off]
	switch {
	case isLetter(c):
		for s.off < len(s.src) && (isLetter(s.src[s.off]) || isDigit(s.src[s.off])) {
			s.off++
		}
		t.kind = tIdent
		if k, isKw := keywords[string(s.src[start:s.off])]; isKw {
			t.kind = k
		}
		return t, true
	case isDigit(c) || c == '.' && isDigit(s.peek(1)):
		t.kind = tNumber
		t.num = s.number()
		return t, true
	}
	s.off++
	two := func(second byte, long, short tokKind) tokKind {
		if s.off < len(s.src) && s.src[s.off] == second {
			s.off++
			return long
		}
		return short
	}
	switch c {
	case '@':
		t.kind = tAt
	case '+':
		t.kind = tPlus
	case '-':
		t.kind = two('>', tArrow, tMinus)
	case '*':
		t.kind = tStar
	case '/':
		t.kind = tSlash
	case '=':
		t.kind = two('=', tEq, tAssign)
	case '!':
		t.kind = two('=', tNe, tNot)
	case '<':
		t.kind = two('=', tLe, tLt)
	case '>':
		t.kind = two('=', tGe, tGt)
	case '(':
		t.kind = tLParen
	case ')':
		t.kind = tRParen
	case '[':
		t.kind = tLBrack
	case ']':
		t.kind = tRBrack
	case '{':
		t.kind = tLBrace
	case '}':
		t.kind = tRBrace
	case ',':
		t.kind = tComma
	case ':':
		t.kind = tColon
	case ';':
		t.kind = tSemi
	case '&':
		t.kind = tAnd
	case '|':
		t.kind = tOr
	case '^':
		return s.transpose(start)
	default:
		s.illegal(start)
		return t, false
	}
	return t, true
}

// transpose scans ^T. A letter or digit right after it is an error rather
// than the start of the next name: `k^Tx` is far more likely a typo than
// k^T followed by x.
func (s *scanner) transpose(start int) (token, bool) {
	if s.peek(0) != 'T' {
		found := "end of file"
		if s.off < len(s.src) {
			r, _ := utf8.DecodeRune(s.src[s.off:])
			found = strconv.QuoteRune(r)
		}
		s.errorf(start, "expected \"T\" after \"^\" (x^T is the transpose), found %s", found)
		return token{}, false
	}
	s.off++
	if c := s.peek(0); isLetter(c) || isDigit(c) {
		s.errorf(start, "expected space or operator after \"^T\", found %q", c)
	}
	return token{kind: tTranspose, pos: s.pos(start), off: start}, true
}

// illegal reports the character at start, which s.off has already passed
// by one byte, and skips the rest of it if it is a multi-byte rune.
func (s *scanner) illegal(start int) {
	r, size := utf8.DecodeRune(s.src[start:])
	switch {
	case r == utf8.RuneError && size <= 1:
		s.errorf(start, "invalid UTF-8 byte 0x%02x", s.src[start])
	case r < utf8.RuneSelf && !strconv.IsPrint(r):
		s.errorf(start, "illegal character %U", r)
	default:
		s.errorf(start, "illegal character %U %q", r, r)
	}
	s.off = start + max(size, 1)
}

// number scans digits [. digits] [exponent] or . digits [exponent] and
// returns its value. An 'e' is taken as an exponent only when digits
// follow, so `2e` scans as the number 2 and the name e.
func (s *scanner) number() float64 {
	start := s.off
	for isDigit(s.peek(0)) {
		s.off++
	}
	if s.peek(0) == '.' {
		s.off++
		for isDigit(s.peek(0)) {
			s.off++
		}
	}
	if c := s.peek(0); c == 'e' || c == 'E' {
		n := 1
		if d := s.peek(1); d == '+' || d == '-' {
			n = 2
		}
		if isDigit(s.peek(n)) {
			s.off += n
			for isDigit(s.peek(0)) {
				s.off++
			}
		}
	}
	text := string(s.src[start:s.off])
	v, err := strconv.ParseFloat(text, 64)
	if err != nil {
		// The syntax was checked above, so only the range can be wrong.
		if errors.Is(err, strconv.ErrRange) {
			s.errorf(start, "number %s out of range", text)
		} else {
			s.errorf(start, "malformed number %s", text)
		}
		return 0
	}
	return v
}
