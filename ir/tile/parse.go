package tile

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/attnc/attnc/ir"
)

var (
	headerRE = regexp.MustCompile(`^program (\w+)\((.*)\) -> (\S+) \{$`)
	// posRE is what ir.FormatPos writes: file:line:col, line:col, or the
	// file quoted when it holds spaces or characters a literal escapes.
	posRE   = `("(?:[^"\\]|\\.)*":\d+:\d+|\S+)`
	stepRE  = regexp.MustCompile(`^%(\w+) = (call|kernel) (\w+)((?: %\w+,?)*)(.*) : (\S+?)( \{)?(?: @` + posRE + `)?$`)
	closeRE = regexp.MustCompile(`^\}(?: @` + posRE + `)?$`)
)

// Parse reads the text form of a Program (what Program.String prints).
// Errors are positioned in the text.
func Parse(filename, src string) (*Program, error) {
	lines := strings.Split(strings.TrimRight(src, "\n"), "\n")
	var errs ir.ErrorList
	at := func(i int) ir.Pos { return ir.Pos{File: filename, Line: i + 1, Col: 1} }
	p := &Program{}
	bufs := map[string]*Buffer{}
	i := 0
	for i < len(lines) && strings.TrimSpace(lines[i]) == "" {
		i++
	}
	if i == len(lines) {
		return nil, fmt.Errorf("%s: empty tile program", filename)
	}
	m := headerRE.FindStringSubmatch(strings.TrimSpace(lines[i]))
	if m == nil {
		errs.Add(at(i), "expected program NAME(params) -> TYPE {, found %q", lines[i])
		return nil, errs.Err()
	}
	p.Name = m[1]
	rt, err := ir.ParseType(m[3])
	if err != nil {
		errs.Add(at(i), "result type: %v", err)
	}
	p.ResultType = rt
	if strings.TrimSpace(m[2]) != "" {
		for _, param := range splitParams(m[2]) {
			name, typ, ok := strings.Cut(param, ": ")
			t, err := ir.ParseType(typ)
			if !ok || !strings.HasPrefix(name, "%") || err != nil {
				errs.Add(at(i), "bad parameter %q", param)
				continue
			}
			b := &Buffer{Name: name[1:], Type: t}
			p.Params = append(p.Params, b)
			bufs[b.Name] = b
		}
	}
	for i++; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		switch {
		case line == "":
			continue
		case line == "}":
			if p.Result == nil {
				errs.Add(at(i), "program %s has no return", p.Name)
			}
			if err := errs.Err(); err != nil {
				return nil, err
			}
			return p, Verify(p)
		case strings.HasPrefix(line, "return "):
			p.Result = bufs[strings.TrimPrefix(strings.TrimPrefix(line, "return "), "%")]
			if p.Result == nil {
				errs.Add(at(i), "return of an undefined buffer: %s", line)
			}
			continue
		}
		sm := stepRE.FindStringSubmatch(line)
		if sm == nil {
			errs.Add(at(i), "expected %%N = call|kernel OP args attrs : TYPE, found %q", line)
			continue
		}
		st := &Step{Op: sm[3], Attrs: map[string]any{}}
		if sm[2] == "kernel" {
			st.Kind = Kernel
		}
		t, err := ir.ParseType(sm[6])
		if err != nil {
			errs.Add(at(i), "%v", err)
		}
		st.Out = &Buffer{Name: sm[1], Type: t}
		for _, a := range strings.Fields(strings.ReplaceAll(sm[4], ",", " ")) {
			b := bufs[a[1:]]
			if b == nil {
				errs.Add(at(i), "%s used before it is defined", a)
			}
			st.Args = append(st.Args, b)
		}
		if attrs := strings.TrimSpace(sm[5]); attrs != "" {
			if st.Kind == Kernel {
				errs.Add(at(i), "a kernel takes no attributes on its line")
			} else if op, ok := Calls[st.Op]; !ok {
				errs.Add(at(i), "unknown call %s", st.Op)
			} else if st.Attrs, err = ir.ParseAttrs(st.Op, attrs, append(slices.Clip(op.Info().Attrs), placeAttrs...)); err != nil {
				errs.Add(at(i), "%v", err)
			}
		}
		if st.Kind == Call {
			if err := st.decode(); err != nil {
				errs.Add(at(i), "%v", err)
			}
		}
		if sm[8] != "" {
			if st.Pos, err = ir.ParsePos(sm[8]); err != nil {
				errs.Add(at(i), "%v", err)
			}
		}
		if st.Kind == Kernel {
			if sm[7] == "" {
				errs.Add(at(i), "kernel %s needs a body in braces", st.Out.Ref())
			}
			for i++; i < len(lines); i++ {
				body := strings.TrimSpace(lines[i])
				if cm := closeRE.FindStringSubmatch(body); cm != nil {
					if cm[1] != "" {
						if st.Pos, err = ir.ParsePos(cm[1]); err != nil {
							errs.Add(at(i), "%v", err)
						}
					}
					break
				}
				name, attrs, _ := strings.Cut(body, " ")
				code, ok := LookupCode(name)
				if !ok {
					errs.Add(at(i), "unknown tile op %q", name)
					continue
				}
				op := &Op{Code: code}
				if strings.TrimSpace(attrs) != "" {
					if op.Attrs, err = ir.ParseAttrs(name, attrs, code.Info().Attrs); err != nil {
						errs.Add(at(i), "%v", err)
					}
				}
				st.Body = append(st.Body, op)
			}
		}
		if bufs[st.Out.Name] != nil {
			errs.Add(at(i), "%s defined twice", st.Out.Ref())
		}
		bufs[st.Out.Name] = st.Out
		p.Steps = append(p.Steps, st)
	}
	errs.Add(at(len(lines)-1), "program %s: missing closing }", p.Name)
	return nil, errs.Err()
}

// splitParams splits "%q: f32[H,N,64], %k: ..." at the commas between
// parameters (not those inside shapes).
func splitParams(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '[':
			depth++
		case ']':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	return append(out, strings.TrimSpace(s[start:]))
}
