// Package ctaemu runs a GPU kernel of codegen/nvptx on the host CPU, for
// tests where no GPU is lent: the kernel's LLVM IR — the module the nvptx
// backend hands to llc — is compiled for the host by the same llc, every
// thread of a CTA is a coroutine (ucontext: the CTA's threads take turns
// on one OS thread, switching where one waits at a barrier — in even
// CTAs round-robin, which keeps the warps in step, in odd ones warp by
// warp, each warp run until all its threads wait at a CTA barrier, so
// that a warp's shared-memory writes run ahead of another warp's reads
// wherever no barrier orders them; a barrier nobody else reaches stops
// the run as a deadlock), and the NVVM
// intrinsics the kernel calls are C functions with the GPU's meaning: the
// special registers, bar.sync as a barrier of the CTA's threads (and
// bar.red.or, barrier0.or, with the OR of the threads' predicates),
// bar.warp.sync, vote, match.any and shfl as barriers of the warp's 32
// threads with an exchange between them. CTAs run one after another (shared memory is the module's
// globals, filled with 0xff bytes — NaN in every float type — before
// each CTA, since the GPU's starts undefined; a kernel's dynamic shared
// memory is a global of 227 KB, the most a CTA may take).
//
// The inline PTX of sm_80's tensor-core kernels runs too (ptx.go: the
// texts codegen/nvptx's builder writes): cvt.rn.{bf16,f16}x2.f32 (round
// to nearest even, $1 in the high half); cp.async.cg of 16 bytes with
// its zero fill, plain or predicated, with commit_group and
// wait_group 0; ldmatrix.m8n8.x4 and .x4.trans; and
// mma.sync.m16n8k16.row.col.f32 with bf16 or f16 operands (the PTX ISA's
// fragment layouts; D = C plus the sixteen exact products added in k
// order with a rounding each — the GPU's order of summation is
// unspecified, so results may differ from it in the last bits).
// ldmatrix and mma are exchanges of the warp, as shfl is. The copies
// happen when issued, so a missing cp.async.wait_group cannot show here.
// The kernel's 32-bit shared addresses (a shared variable's ptrtoint to
// i32, plus offsets) are the host address's low half, turned back into
// host pointers through the variable they fall in; an address in no
// shared variable, a copy from outside every buffer or a misaligned row
// stops the run with the thread and CTA that made it. The f16 → f32
// conversion becomes LLVM's fpext. Other inline PTX (wgmma, mbarriers,
// named barriers) cannot run here: Run names it.
//
// What it checks is the emitted IR's logic — indices, loops, the warp's
// cooperation, the fragments' layouts, the barriers' placement as far as
// the two schedules see it — not the NVPTX backend's lowering, the GPU's
// memory model or its speed. A data race the GPU would show may pass
// here (one inside a warp, or between warps that the two schedules both
// order the safe way; compute-sanitizer's racecheck on the GPU is the
// test for those).
package ctaemu

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
)

// objects holds each kernel's compiled object, by the SHA-256 of llc's
// path and the kernel's host IR.
var objects sync.Map

// Buf is a device buffer: its bytes are the kernel's memory, and after
// Run they hold what the kernel left there.
type Buf struct{ Data []byte }

// Null is a null pointer parameter.
type Null struct{}

// Tools are the programs Run needs: llc (any LLVM ≥ 14 with the X86
// backend) and a C compiler.
type Tools struct{ LLC, CC string }

// Find looks for llc (llc-22 down to llc-14, then llc) and cc, gcc or clang.
func Find() (Tools, error) {
	var t Tools
	for _, n := range []string{"llc-22", "llc-21", "llc-20", "llc-19", "llc-18", "llc-17", "llc-16", "llc-15", "llc-14", "llc"} {
		if p, err := exec.LookPath(n); err == nil {
			t.LLC = p
			break
		}
	}
	for _, n := range []string{"cc", "gcc", "clang"} {
		if p, err := exec.LookPath(n); err == nil {
			t.CC = p
			break
		}
	}
	if t.LLC == "" || t.CC == "" {
		return t, fmt.Errorf("ctaemu: needs llc and a C compiler (found llc %q, cc %q)", t.LLC, t.CC)
	}
	return t, nil
}

var (
	defineRE = regexp.MustCompile(`(?m)^define ptx_kernel void @([A-Za-z0-9_.]+)\((.*)\) \{$`)
	nvvmRE   = regexp.MustCompile(`@llvm\.nvvm\.([A-Za-z0-9_.]+)`)
	cvtF16RE = regexp.MustCompile(`%([0-9]+) = call float asm "cvt\.f32\.f16 \$0, \$1;", "=f,h"\(i16 %([0-9A-Za-z_.]+)\)`)
)

// Run runs kernel of module ll over grid (x, y, z CTAs) of block threads
// (a multiple of 32, at most 1024) with args in the kernel's parameter
// order: *Buf for a pointer, Null{} for a null one, int32, int64 or
// float32 for a scalar.
func (t Tools) Run(ll, kernel string, grid [3]int, block int, args ...any) error {
	if block <= 0 || block%32 != 0 || block > 1024 {
		return fmt.Errorf("ctaemu: %d threads a CTA (a multiple of 32 up to 1024)", block)
	}
	src, params, nShared, err := extract(ll, kernel)
	if err != nil {
		return err
	}
	if len(params) != len(args) {
		return fmt.Errorf("ctaemu: %s takes %d parameters, %d given", kernel, len(params), len(args))
	}
	dir, err := os.MkdirTemp("", "ctaemu")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	var cParams, cArgs, argv []string
	var bufs []*Buf
	for i, p := range params {
		switch {
		case strings.HasSuffix(p, "*"):
			cParams = append(cParams, "void*")
			switch a := args[i].(type) {
			case *Buf:
				f := filepath.Join(dir, fmt.Sprintf("buf%d", len(bufs)))
				if err := os.WriteFile(f, a.Data, 0o600); err != nil {
					return err
				}
				cArgs = append(cArgs, fmt.Sprintf("bufs[%d]", len(bufs)))
				argv = append(argv, f)
				bufs = append(bufs, a)
			case Null:
				cArgs = append(cArgs, "0")
			default:
				return fmt.Errorf("ctaemu: parameter %d of %s is a pointer, given %T", i, kernel, args[i])
			}
		case p == "i32" || p == "i64" || p == "float":
			var lit string
			switch a := args[i].(type) {
			case int32:
				lit = strconv.FormatInt(int64(a), 10)
			case int64:
				lit = strconv.FormatInt(a, 10) + "LL"
			case float32:
				lit = strconv.FormatFloat(float64(a), 'g', -1, 32) + "f"
			}
			want := map[string]string{"i32": "int32_t", "i64": "int64_t", "float": "float"}[p]
			got := map[string]string{"int32": "int32_t", "int64": "int64_t", "float32": "float"}[fmt.Sprintf("%T", args[i])]
			if want != got {
				return fmt.Errorf("ctaemu: parameter %d of %s is %s, given %T", i, kernel, p, args[i])
			}
			cParams, cArgs = append(cParams, want), append(cArgs, lit)
		default:
			return fmt.Errorf("ctaemu: parameter %d of %s has type %s", i, kernel, p)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "k.ll"), []byte(src), 0o600); err != nil {
		return err
	}
	c := fmt.Sprintf("#define WARPS %d\n#define THREADS %d\n#define GX %d\n#define GY %d\n#define GZ %d\n#define NBUFS %d\n#define NSHARED %d\n",
		block/32, block, grid[0], grid[1], grid[2], len(bufs), nShared)
	c += shim + fmt.Sprintf("extern void %s(%s);\nstatic void run_kernel(void) { %s(%s); }\n", kernel, strings.Join(cParams, ", "), kernel, strings.Join(cArgs, ", "))
	if err := os.WriteFile(filepath.Join(dir, "shim.c"), []byte(c), 0o600); err != nil {
		return err
	}
	// The kernel's object is compiled once a process: tests run one kernel
	// on many inputs and shapes (only the shim holds those).
	key := sha256.Sum256([]byte(t.LLC + "\x00" + src))
	obj := filepath.Join(dir, "k.o")
	var steps [][]string
	if o, ok := objects.Load(key); ok {
		if err := os.WriteFile(obj, o.([]byte), 0o600); err != nil {
			return err
		}
	} else {
		cmd := exec.Command(t.LLC, "-O2", "-filetype=obj", "-relocation-model=pic", "-o", obj, filepath.Join(dir, "k.ll"))
		if out, err := cmd.CombinedOutput(); err != nil {
			return fmt.Errorf("ctaemu: %s: %v\n%s", filepath.Base(t.LLC), err, out)
		}
		o, err := os.ReadFile(obj)
		if err != nil {
			return err
		}
		objects.Store(key, o)
	}
	steps = append(steps,
		[]string{t.CC, "-O1", "-o", filepath.Join(dir, "emu"), filepath.Join(dir, "shim.c"), obj, "-lm"},
		append([]string{filepath.Join(dir, "emu")}, argv...))
	for _, s := range steps {
		cmd := exec.Command(s[0], s[1:]...)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("ctaemu: %s: %v\n%s", filepath.Base(s[0]), err, out.String())
		}
	}
	for i, b := range bufs {
		data, err := os.ReadFile(argv[i])
		if err != nil {
			return err
		}
		if len(data) != len(b.Data) {
			return fmt.Errorf("ctaemu: buffer %d came back with %d bytes, not %d", i, len(data), len(b.Data))
		}
		copy(b.Data, data)
	}
	return nil
}

// extract returns kernel's function from ll, with the globals and
// declarations, rewritten for the host: no target, no address spaces, no
// PTX calling convention, the NVVM intrinsics renamed emu_* (the shim's),
// the inline PTX it knows as calls of the shim (rewritePTX), no metadata;
// the function emu_shared_table (sharedTable); the kernel's parameter
// types; and the number of shared variables.
func extract(ll, kernel string) (string, []string, int, error) {
	var out []string
	var params []string
	lines := strings.Split(ll, "\n")
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "target "), strings.HasPrefix(l, "!"), strings.HasPrefix(l, "attributes "):
		case strings.HasPrefix(l, "define "):
			m := defineRE.FindStringSubmatch(l)
			end := i
			for end < len(lines) && lines[end] != "}" {
				end++
			}
			if m != nil && m[1] == kernel {
				for _, p := range strings.Split(m[2], ", ") {
					params = append(params, strings.Fields(p)[0])
				}
				out = append(out, lines[i:end+1]...)
			}
			i = end
		default:
			out = append(out, l)
		}
	}
	if params == nil {
		return "", nil, 0, fmt.Errorf("ctaemu: the module has no kernel %s", kernel)
	}
	src := strings.Join(out, "\n")
	// The one inline PTX with an IR twin: f16 → f32 (exact either way).
	src = cvtF16RE.ReplaceAllString(src, "%emuh${1} = bitcast i16 %${2} to half\n\t%${1} = fpext half %emuh${1} to float")
	// Dynamic shared memory (an external [0 x i8], its size given at
	// launch): here a shared array of the most a CTA may take.
	src = dynSharedRE.ReplaceAllString(src, "@${1} = internal addrspace(3) global [232448 x i8] undef")
	src, err := rewritePTX(src, kernel)
	if err != nil {
		return "", nil, 0, err
	}
	table, n := sharedTable(src)
	src = strings.NewReplacer(" addrspace(3)", "", "ptx_kernel ", "").Replace(src) + "\n" + table
	src = nvvmRE.ReplaceAllStringFunc(src, func(s string) string {
		return "@emu_" + strings.ReplaceAll(strings.TrimPrefix(s, "@llvm.nvvm."), ".", "_")
	})
	return src, params, n, nil
}
