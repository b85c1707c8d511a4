package runtime

import (
	"fmt"
	"strconv"
	"strings"
)

// The .npy header is a Python dict literal written by repr(). Rather than
// pattern-match NumPy's exact spelling, which has changed over the years
// (key order, spacing, trailing commas, Python 2's 3L longs), this file
// parses the small subset of Python literal syntax that can appear: dicts,
// tuples, lists, strings, integers, True, False and None.

// pyTuple is a parsed tuple or list.
type pyTuple []any

// pyDict is a parsed dict, in source order.
type pyDict []pyItem

// pyItem is one key: value pair of a pyDict.
type pyItem struct{ key, val any }

// pyNone is Python's None.
type pyNone struct{}

// maxPyDepth bounds nesting so that a header of ten thousand '(' cannot
// exhaust the stack.
const maxPyDepth = 32

// pyWords are the keyword literals a header may contain.
var pyWords = []struct {
	word string
	val  any
}{{"True", true}, {"False", false}, {"None", pyNone{}}}

// pyParser is a recursive-descent parser over s.
type pyParser struct {
	s     string
	i     int
	depth int
}

// parseAll parses one value and requires only whitespace after it.
func (p *pyParser) parseAll() (any, error) {
	v, err := p.value()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.i < len(p.s) {
		return nil, p.errorf("unexpected %q after the value", p.rest())
	}
	return v, nil
}

// errorf reports a syntax error at the current offset.
func (p *pyParser) errorf(format string, args ...any) error {
	return fmt.Errorf("at offset %d: %s", p.i, fmt.Sprintf(format, args...))
}

// rest returns a short excerpt of the unparsed input for messages.
func (p *pyParser) rest() string {
	r := p.s[p.i:]
	if len(r) > 20 {
		r = r[:20] + "..."
	}
	return r
}

// space skips whitespace, including the newline and padding NumPy appends.
func (p *pyParser) space() {
	for p.i < len(p.s) && strings.IndexByte(" \t\r\n", p.s[p.i]) >= 0 {
		p.i++
	}
}

// value parses one literal of any supported kind.
func (p *pyParser) value() (any, error) {
	p.space()
	if p.i >= len(p.s) {
		return nil, p.errorf("unexpected end of header")
	}
	switch c := p.s[p.i]; {
	case c == '{':
		return p.nested(p.dict)
	case c == '(':
		return p.nested(func() (any, error) { return p.seq(')') })
	case c == '[':
		return p.nested(func() (any, error) { return p.seq(']') })
	case c == '\'' || c == '"':
		return p.str()
	case c == '-' || c == '+' || '0' <= c && c <= '9':
		return p.integer()
	}
	for _, w := range pyWords {
		if strings.HasPrefix(p.s[p.i:], w.word) {
			p.i += len(w.word)
			return w.val, nil
		}
	}
	return nil, p.errorf("unexpected %q", p.rest())
}

// nested runs parse one nesting level deeper, enforcing maxPyDepth.
func (p *pyParser) nested(parse func() (any, error)) (any, error) {
	if p.depth >= maxPyDepth {
		return nil, p.errorf("nested more than %d levels deep", maxPyDepth)
	}
	p.depth++
	defer func() { p.depth-- }()
	return parse()
}

// seq parses a tuple or list body after its opening bracket. Python's (4)
// is a parenthesised int rather than a tuple, but NumPy never writes it and
// reading it as a 1-tuple is the only useful meaning in a shape.
func (p *pyParser) seq(close byte) (any, error) {
	p.i++ // opening bracket
	items := pyTuple{}
	for {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == close {
			p.i++
			return items, nil
		}
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		items = append(items, v)
		if err := p.sep(close); err != nil {
			return nil, err
		}
	}
}

// sep consumes the comma after an element, or checks that close follows.
func (p *pyParser) sep(close byte) error {
	p.space()
	switch {
	case p.i >= len(p.s):
		return p.errorf("unexpected end of header, want ',' or %q", close)
	case p.s[p.i] == ',':
		p.i++
		return nil
	case p.s[p.i] == close:
		return nil
	}
	return p.errorf("unexpected %q, want ',' or %q", p.rest(), close)
}

// dict parses a dict literal.
func (p *pyParser) dict() (any, error) {
	p.i++ // '{'
	d := pyDict{}
	for {
		p.space()
		if p.i < len(p.s) && p.s[p.i] == '}' {
			p.i++
			return d, nil
		}
		k, err := p.value()
		if err != nil {
			return nil, err
		}
		switch k.(type) {
		case string, int64, bool, pyNone:
		default: // also keeps the == below from panicking on slices
			return nil, p.errorf("unsupported dict key %s", pyRepr(k))
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != ':' {
			return nil, p.errorf("want ':' after dict key %s", pyRepr(k))
		}
		p.i++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		for _, kv := range d {
			if kv.key == k {
				return nil, p.errorf("duplicate dict key %s", pyRepr(k))
			}
		}
		d = append(d, pyItem{k, v})
		if err := p.sep('}'); err != nil {
			return nil, err
		}
	}
}

// str parses a quoted string with the common backslash escapes.
func (p *pyParser) str() (any, error) {
	q := p.s[p.i]
	start := p.i
	p.i++
	var sb strings.Builder
	for p.i < len(p.s) {
		c := p.s[p.i]
		p.i++
		switch {
		case c == q:
			return sb.String(), nil
		case c == '\n':
			p.i = start
			return nil, p.errorf("unterminated string")
		case c == '\\' && p.i < len(p.s):
			e := p.s[p.i]
			p.i++
			switch e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			case '\\', '\'', '"':
				sb.WriteByte(e)
			default:
				sb.WriteByte('\\')
				sb.WriteByte(e)
			}
		default:
			sb.WriteByte(c)
		}
	}
	p.i = start
	return nil, p.errorf("unterminated string")
}

// integer parses a decimal integer, accepting Python 2's L suffix.
func (p *pyParser) integer() (any, error) {
	start := p.i
	if c := p.s[p.i]; c == '-' || c == '+' {
		p.i++
	}
	for p.i < len(p.s) && ('0' <= p.s[p.i] && p.s[p.i] <= '9') {
		p.i++
	}
	text := p.s[start:p.i]
	if p.i < len(p.s) && (p.s[p.i] == 'L' || p.s[p.i] == 'l') {
		p.i++
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil {
		p.i = start
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return nil, p.errorf("integer %s out of range", text)
		}
		return nil, p.errorf("bad integer %q", text)
	}
	return n, nil
}

// pyRepr formats a parsed value the way Python would print it, for messages.
func pyRepr(v any) string {
	switch v := v.(type) {
	case string:
		return "'" + v + "'"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case pyNone:
		return "None"
	case pyTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = pyRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case pyDict:
		parts := make([]string, len(v))
		for i, kv := range v {
			parts[i] = pyRepr(kv.key) + ": " + pyRepr(kv.val)
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	return fmt.Sprint(v)
}
