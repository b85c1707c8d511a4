package ir

import (
	"strconv"
	"strings"
)

// PassCall is one invocation in a schedule or a -passes string:
// name(positional, key: value). The frontend parses both forms into it.
type PassCall struct {
	Pos  Pos
	Name string
	Args []PassArg
}

// PassArg is one argument of a PassCall. Key is "" for a positional argument.
type PassArg struct {
	Pos   Pos
	Key   string
	Value PassValue
}

// PassValueKind tells which field of a PassValue is set.
type PassValueKind int

const (
	PassNum   PassValueKind = iota // Num (Text keeps the spelling)
	PassIdent                      // Text
	PassList                       // List: [a, b, c]
	PassCallV                      // Text(List...): e.g. local(4)
)

// PassValue is a literal argument value: a number, an identifier, a list or
// a call such as local(4).
type PassValue struct {
	Pos  Pos
	Kind PassValueKind
	Num  float64
	Text string
	List []PassValue
}

// String formats v in schedule syntax.
func (v PassValue) String() string {
	switch v.Kind {
	case PassNum:
		if v.Text != "" {
			return v.Text
		}
		return strconv.FormatFloat(v.Num, 'g', -1, 64)
	case PassIdent:
		return v.Text
	case PassList, PassCallV:
		parts := make([]string, len(v.List))
		for i, e := range v.List {
			parts[i] = e.String()
		}
		open, close := "[", "]"
		if v.Kind == PassCallV {
			open, close = v.Text+"(", ")"
		}
		return open + strings.Join(parts, ", ") + close
	}
	return "?"
}

// String formats c in schedule syntax: name(a, key: b).
func (c PassCall) String() string {
	if len(c.Args) == 0 {
		return c.Name
	}
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		if a.Key != "" {
			parts[i] = a.Key + ": " + a.Value.String()
		} else {
			parts[i] = a.Value.String()
		}
	}
	return c.Name + "(" + strings.Join(parts, ", ") + ")"
}
