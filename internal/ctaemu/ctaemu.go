// Package ctaemu runs a GPU kernel of codegen/nvptx on the host CPU, for
// tests where no GPU is lent: the kernel's LLVM IR — the module the nvptx
// backend hands to llc — is compiled for the host by the same llc, every
// thread of a CTA is a POSIX thread, and the NVVM intrinsics the kernel
// calls are C functions with the GPU's meaning: the special registers,
// bar.sync as a barrier of the CTA's threads, bar.warp.sync, vote and
// shfl as barriers of the warp's 32 threads with an exchange between
// them. CTAs run one after another (shared memory is the module's
// globals). Kernels with inline PTX (mma, ldmatrix, cp.async, mbarriers)
// cannot run here, Run says so — except the f16 → f32 conversion, which
// becomes LLVM's fpext.
//
// What it checks is the emitted IR's logic — indices, loops, the warp's
// cooperation, the barriers' placement as far as the POSIX barriers see
// it — not the NVPTX backend's lowering, the GPU's memory model or its
// speed. A data race the GPU would show may pass here.
package ctaemu

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

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
	src, params, err := extract(ll, kernel)
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
	c := fmt.Sprintf(shim, block/32, kernel, strings.Join(cParams, ", "), block, grid[0], grid[1], grid[2], len(bufs), kernel, strings.Join(cArgs, ", "))
	if err := os.WriteFile(filepath.Join(dir, "shim.c"), []byte(c), 0o600); err != nil {
		return err
	}
	steps := [][]string{
		{t.LLC, "-O2", "-filetype=obj", "-relocation-model=pic", "-o", filepath.Join(dir, "k.o"), filepath.Join(dir, "k.ll")},
		{t.CC, "-O1", "-o", filepath.Join(dir, "emu"), filepath.Join(dir, "shim.c"), filepath.Join(dir, "k.o"), "-lpthread", "-lm"},
		append([]string{filepath.Join(dir, "emu")}, argv...),
	}
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
// no metadata; and the kernel's parameter types.
func extract(ll, kernel string) (string, []string, error) {
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
		return "", nil, fmt.Errorf("ctaemu: the module has no kernel %s", kernel)
	}
	src := strings.Join(out, "\n")
	// The one inline PTX with an IR twin: f16 → f32 (exact either way).
	src = cvtF16RE.ReplaceAllString(src, "%emuh${1} = bitcast i16 %${2} to half\n\t%${1} = fpext half %emuh${1} to float")
	if strings.Contains(src, " asm ") {
		return "", nil, fmt.Errorf("ctaemu: %s calls inline PTX, which the host cannot run", kernel)
	}
	src = strings.NewReplacer(" addrspace(3)", "", "ptx_kernel ", "").Replace(src)
	src = nvvmRE.ReplaceAllStringFunc(src, func(s string) string {
		return "@emu_" + strings.ReplaceAll(strings.TrimPrefix(s, "@llvm.nvvm."), ".", "_")
	})
	return src, params, nil
}

// shim is the C side: the intrinsics, and main running the grid. Its
// verbs, in order: warps, kernel, parameter types, threads, grid x, y, z,
// buffers, kernel, arguments.
const shim = `#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define WARPS %[1]d
extern void %[2]s(%[3]s);
static __thread int t_tid, t_cx, t_cy, t_cz;
static pthread_barrier_t cta, warp[WARPS];
static float wf[WARPS][32];
static int32_t wi[WARPS][32];
static void *bufs[%[8]d + 1];

int32_t emu_read_ptx_sreg_tid_x(void) { return t_tid; }
int32_t emu_read_ptx_sreg_tid_y(void) { return 0; }
int32_t emu_read_ptx_sreg_tid_z(void) { return 0; }
int32_t emu_read_ptx_sreg_ntid_x(void) { return %[4]d; }
int32_t emu_read_ptx_sreg_ctaid_x(void) { return t_cx; }
int32_t emu_read_ptx_sreg_ctaid_y(void) { return t_cy; }
int32_t emu_read_ptx_sreg_ctaid_z(void) { return t_cz; }
int32_t emu_read_ptx_sreg_nctaid_x(void) { return %[5]d; }
int32_t emu_read_ptx_sreg_nctaid_y(void) { return %[6]d; }
int32_t emu_read_ptx_sreg_nctaid_z(void) { return %[7]d; }
int32_t emu_read_ptx_sreg_laneid(void) { return t_tid %% 32; }
void emu_barrier0(void) { pthread_barrier_wait(&cta); }
void emu_bar_warp_sync(int32_t m) { (void)m; pthread_barrier_wait(&warp[t_tid / 32]); }
static void wsync(void) { pthread_barrier_wait(&warp[t_tid / 32]); }
int32_t emu_vote_ballot_sync(int32_t m, uint8_t p) {
	int w = t_tid / 32, l = t_tid %% 32;
	wi[w][l] = p & 1;
	wsync();
	int32_t r = 0;
	for (int i = 0; i < 32; i++) r |= wi[w][i] << i;
	wsync();
	return r;
}
uint8_t emu_vote_any_sync(int32_t m, uint8_t p) { return emu_vote_ballot_sync(m, p) != 0; }
uint8_t emu_vote_all_sync(int32_t m, uint8_t p) { return emu_vote_ballot_sync(m, p) == -1; }
static float shfl(float x, int src) {
	int w = t_tid / 32;
	wf[w][t_tid %% 32] = x;
	wsync();
	float v = wf[w][src & 31];
	wsync();
	return v;
}
float emu_shfl_sync_idx_f32(int32_t m, float x, int32_t src, int32_t c) { return shfl(x, src); }
float emu_shfl_sync_bfly_f32(int32_t m, float x, int32_t lane, int32_t c) { return shfl(x, (t_tid %% 32) ^ lane); }
int32_t emu_shfl_sync_idx_i32(int32_t m, int32_t x, int32_t src, int32_t c) {
	union { float f; int32_t i; } u = {.i = x};
	u.f = shfl(u.f, src);
	return u.i;
}
int32_t emu_shfl_sync_up_i32(int32_t m, int32_t x, int32_t d, int32_t c) {
	int l = t_tid %% 32;
	union { float f; int32_t i; } u = {.i = x};
	u.f = shfl(u.f, l >= d ? l - d : l);
	return u.i;
}
float emu_fmax_f(float a, float b) { return fmaxf(a, b); }
float emu_fmin_f(float a, float b) { return fminf(a, b); }
float emu_ex2_approx_ftz_f(float x) { return exp2f(x); }

static void *thread(void *arg) {
	t_tid = (int)(intptr_t)arg;
	for (int z = 0; z < %[7]d; z++)
		for (int y = 0; y < %[6]d; y++)
			for (int x = 0; x < %[5]d; x++) {
				t_cx = x, t_cy = y, t_cz = z;
				%[9]s(%[10]s);
				pthread_barrier_wait(&cta); /* the CTA's shared memory is the next one's */
			}
	return 0;
}

int main(int argc, char **argv) {
	size_t size[%[8]d + 1];
	for (int i = 0; i + 1 < argc; i++) {
		FILE *f = fopen(argv[i + 1], "rb");
		if (!f) { perror(argv[i + 1]); return 1; }
		fseek(f, 0, SEEK_END);
		size[i] = ftell(f);
		fseek(f, 0, SEEK_SET);
		bufs[i] = malloc(size[i] + 64);
		if (fread(bufs[i], 1, size[i], f) != size[i]) { perror("read"); return 1; }
		fclose(f);
	}
	pthread_barrier_init(&cta, 0, %[4]d);
	for (int w = 0; w < WARPS; w++) pthread_barrier_init(&warp[w], 0, 32);
	pthread_t th[%[4]d];
	for (int i = 0; i < %[4]d; i++) {
		pthread_attr_t a;
		pthread_attr_init(&a);
		pthread_attr_setstacksize(&a, 1 << 20);
		if (pthread_create(&th[i], &a, thread, (void *)(intptr_t)i)) { perror("pthread_create"); return 1; }
	}
	for (int i = 0; i < %[4]d; i++) pthread_join(th[i], 0);
	for (int i = 0; i + 1 < argc; i++) {
		FILE *f = fopen(argv[i + 1], "wb");
		if (!f || fwrite(bufs[i], 1, size[i], f) != size[i]) { perror("write"); return 1; }
		fclose(f);
	}
	return 0;
}
`
