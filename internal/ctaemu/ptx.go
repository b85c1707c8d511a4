package ctaemu

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// The inline PTX the host runs. codegen/nvptx writes each of these texts
// in one place (builder.go: pack, cpAsync, cpAsyncIf, commit, waitAll,
// ldmatrix, mma); a call of one becomes a call of a C function of the
// shim through a small IR wrapper, which passes pointers as i8* (so that
// typed and opaque pointers both link) and a struct result through memory
// (LLVM returns { i32, i32, i32, i32 } in registers C does not use):
//
//	%9 = call { i32, i32, i32, i32 } asm sideeffect "ldmatrix.sync.aligned.m8n8.x4.shared.b16 …", "=r,=r,=r,=r,r"(i32 %8)
//
// becomes
//
//	%9 = call { i32, i32, i32, i32 } @emu.asm.0(i32 %8)
//
//	define internal { i32, i32, i32, i32 } @emu.asm.0(i32 %a0) {
//		%out = alloca [4 x i32]
//		%o = getelementptr [4 x i32], [4 x i32]* %out, i64 0, i64 0
//		call void @emu_ldmatrix_x4(i32 %a0, i32* %o)
//		… four loads and insertvalues …
//	}
var ptxOps = map[string]string{
	"cvt.rn.bf16x2.f32 $0, $1, $2;":                 "emu_cvt_rn_bf16x2_f32",
	"cvt.rn.f16x2.f32 $0, $1, $2;":                  "emu_cvt_rn_f16x2_f32",
	"cp.async.cg.shared.global [$0], [$1], 16, $2;": "emu_cp_async_16",
	"{ .reg .pred p; setp.ne.b32 p, $3, 0; @p cp.async.cg.shared.global [$0], [$1], 16, $2; }": "emu_cp_async_16_if",
	"cp.async.commit_group;": "emu_cp_async_commit_group",
	"cp.async.wait_group 0;": "emu_cp_async_wait_group_0",
	"ldmatrix.sync.aligned.m8n8.x4.shared.b16 {$0, $1, $2, $3}, [$4];":                                                        "emu_ldmatrix_x4",
	"ldmatrix.sync.aligned.m8n8.x4.trans.shared.b16 {$0, $1, $2, $3}, [$4];":                                                  "emu_ldmatrix_x4_trans",
	"mma.sync.aligned.m16n8k16.row.col.f32.bf16.bf16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};": "emu_mma_m16n8k16_bf16",
	"mma.sync.aligned.m16n8k16.row.col.f32.f16.f16.f32 {$0, $1, $2, $3}, {$4, $5, $6, $7}, {$8, $9}, {$10, $11, $12, $13};":   "emu_mma_m16n8k16_f16",
}

var (
	// asmRE is a call of inline asm: the result type, the text, the
	// arguments (to the line's end).
	asmRE       = regexp.MustCompile(`call (.+?) asm (?:sideeffect )?(?:alignstack )?(?:inteldialect )?"((?:[^"\\]|\\.)*)", "[^"]*"\((.*)\)$`)
	dynSharedRE = regexp.MustCompile(`(?m)^@([A-Za-z0-9_.$]+) = external addrspace\(3\) global \[0 x i8\]`)
	sharedRE    = regexp.MustCompile(`(?m)^@([A-Za-z0-9_.$]+) = (?:internal |private )?(?:dso_local )?addrspace\(3\) global (.+?) (?:undef|zeroinitializer)\b`)
)

// rewritePTX replaces the calls of inline PTX in src by calls of the
// shim's functions (ptxOps) and appends their wrappers; it fails naming
// every PTX text it cannot run.
func rewritePTX(src, kernel string) (string, error) {
	lines := strings.Split(src, "\n")
	wrappers := map[string]string{} // signature → wrapper name
	var defs []string
	var unknown []string
	for i, l := range lines {
		if !strings.Contains(l, " asm ") {
			continue
		}
		m := asmRE.FindStringSubmatchIndex(l)
		if m == nil {
			return "", fmt.Errorf("ctaemu: %s calls inline asm the emulator cannot read: %s", kernel, strings.TrimSpace(l))
		}
		ret, text, args := l[m[2]:m[3]], l[m[4]:m[5]], l[m[6]:m[7]]
		fn, ok := ptxOps[text]
		if !ok {
			if !slices.Contains(unknown, text) {
				unknown = append(unknown, text)
			}
			continue
		}
		var types []string
		for _, a := range splitArgs(args) {
			sp := strings.LastIndexByte(a, ' ')
			if sp < 0 {
				return "", fmt.Errorf("ctaemu: %s: cannot read the argument %q of %q", kernel, a, text)
			}
			types = append(types, a[:sp])
		}
		sig := fn + "|" + ret + "|" + strings.Join(types, ",")
		w, ok := wrappers[sig]
		if !ok {
			w = fmt.Sprintf("@emu.asm.%d", len(wrappers))
			wrappers[sig] = w
			defs = append(defs, wrapper(w, fn, ret, types))
		}
		// The call keeps its result type and arguments; only the callee
		// changes (call site attributes after it stay).
		start := m[2] + len(ret) + 1 // past "call <ret> "
		lines[i] = l[:start] + w + "(" + args + ")"
	}
	if len(unknown) > 0 {
		for i, u := range unknown {
			unknown[i] = fmt.Sprintf("%q", u)
		}
		return "", fmt.Errorf("ctaemu: %s calls inline PTX the host cannot run: %s", kernel, strings.Join(unknown, ", "))
	}
	return strings.Join(lines, "\n") + "\n" + strings.Join(defs, "\n"), nil
}

// splitArgs splits an argument list at its top-level commas.
func splitArgs(s string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range s {
		switch c {
		case '(', '{', '[', '<':
			depth++
		case ')', '}', ']', '>':
			depth--
		case ',':
			if depth == 0 {
				out = append(out, strings.TrimSpace(s[start:i]))
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// wrapper is the IR function name, calling C function fn, for an asm
// call of result type ret and parameter types params: pointers go as
// i8*, a struct result { T, …, T } comes back through a T* appended to
// the parameters.
func wrapper(name, fn, ret string, params []string) string {
	var b strings.Builder
	var ps, args, decl []string
	for i, p := range params {
		ps = append(ps, fmt.Sprintf("%s %%a%d", p, i))
		if strings.HasSuffix(p, "*") || p == "ptr" {
			fmt.Fprintf(&b, "\t%%p%d = bitcast %s %%a%d to i8*\n", i, p, i)
			args, decl = append(args, fmt.Sprintf("i8* %%p%d", i)), append(decl, "i8*")
			continue
		}
		args, decl = append(args, fmt.Sprintf("%s %%a%d", p, i)), append(decl, p)
	}
	var fields []string
	if strings.HasPrefix(ret, "{") {
		fields = strings.Split(strings.Trim(ret, "{} "), ", ")
	}
	out := "declare "
	switch {
	case fields != nil:
		n, t := len(fields), fields[0]
		arr := fmt.Sprintf("[%d x %s]", n, t)
		fmt.Fprintf(&b, "\t%%out = alloca %s\n\t%%o = getelementptr %s, %s* %%out, i64 0, i64 0\n", arr, arr, arr)
		fmt.Fprintf(&b, "\tcall void @%s(%s)\n", fn, strings.Join(append(args, t+"* %o"), ", "))
		prev := "undef"
		for k := range n {
			fmt.Fprintf(&b, "\t%%e%d = getelementptr %s, %s* %%out, i64 0, i64 %d\n", k, arr, arr, k)
			fmt.Fprintf(&b, "\t%%f%d = load %s, %s* %%e%d\n", k, t, t, k)
			fmt.Fprintf(&b, "\t%%s%d = insertvalue %s %s, %s %%f%d, %d\n", k, ret, prev, t, k, k)
			prev = fmt.Sprintf("%%s%d", k)
		}
		fmt.Fprintf(&b, "\tret %s %s\n", ret, prev)
		out += fmt.Sprintf("void @%s(%s)\n", fn, strings.Join(append(decl, t+"*"), ", "))
	case ret == "void":
		fmt.Fprintf(&b, "\tcall void @%s(%s)\n\tret void\n", fn, strings.Join(args, ", "))
		out += fmt.Sprintf("void @%s(%s)\n", fn, strings.Join(decl, ", "))
	default:
		fmt.Fprintf(&b, "\t%%r = call %s @%s(%s)\n\tret %s %%r\n", ret, fn, strings.Join(args, ", "), ret)
		out += fmt.Sprintf("%s @%s(%s)\n", ret, fn, strings.Join(decl, ", "))
	}
	return out + fmt.Sprintf("define internal %s %s(%s) {\n%s}\n", ret, name, strings.Join(ps, ", "), b.String())
}

// sharedTable is an IR function filling t with the first and the past-
// the-end address of every shared variable of src (after the address
// spaces are gone), so that the shim can turn a 32-bit shared address —
// the kernel's ptrtoint of a shared variable to i32, plus offsets, here
// the host address's low half — back into a host pointer.
func sharedTable(src string) (string, int) {
	var b strings.Builder
	b.WriteString("define void @emu_shared_table(i8** %t) {\n")
	n := 0
	for _, m := range sharedRE.FindAllStringSubmatch(src, -1) {
		name, typ := m[1], m[2]
		for e, addr := range []string{
			fmt.Sprintf("bitcast (%s* @%s to i8*)", typ, name),
			fmt.Sprintf("bitcast (%s* getelementptr (%s, %s* @%s, i64 1) to i8*)", typ, typ, typ, name),
		} {
			fmt.Fprintf(&b, "\t%%t%d.%d = getelementptr i8*, i8** %%t, i64 %d\n", n, e, 2*n+e)
			fmt.Fprintf(&b, "\tstore i8* %s, i8** %%t%d.%d\n", addr, n, e)
		}
		n++
	}
	b.WriteString("\tret void\n}\n")
	return b.String(), n
}
