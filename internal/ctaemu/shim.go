package ctaemu

// shim is the C side: the intrinsics, the inline PTX of ptxOps, and main
// running the grid. Run puts before it the launch's macros (WARPS,
// THREADS, GX, GY, GZ, NBUFS, NSHARED) and after it run_kernel, the
// kernel's call with the launch's arguments.
const shim = `#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static void run_kernel(void);

/* The CTA's threads are coroutines on one OS thread (ucontext), switched
   round-robin where one waits at a barrier: a barrier of 256 threads is
   256 user-level switches, where POSIX threads on a 2-core machine cost a
   futex sleep and wake each (the emulated tests spent most of their time
   in the kernel). t_tid is the running coroutine's thread; every thread
   of the CTA is in the same CTA between its barriers, so the CTA's index
   is one for all. */
static int t_tid, t_cx, t_cy, t_cz;
static ucontext_t sched, ctx[THREADS];
static int done[THREADS];
static int cta_serial; /* the CTAs begun: odd ones run warp by warp (main) */
static unsigned long long progress;
static void yield(void) { swapcontext(&ctx[t_tid], &sched); }
struct bar { int count, arrived; unsigned gen; };
static void bar_init(struct bar *b, int n) { b->count = n, b->arrived = 0, b->gen = 0; }
static void bar_wait(struct bar *b) {
	progress++;
	if (++b->arrived == b->count) {
		b->arrived = 0, b->gen++;
		return;
	}
	for (unsigned g = b->gen; b->gen == g;) yield();
}
#define pthread_barrier_wait(b) bar_wait(b)
static struct bar cta, warp[WARPS];
static float wf[WARPS][32];
static int32_t wi[WARPS][32];
static void *bufs[NBUFS + 1];
static size_t size[NBUFS + 1];

int32_t emu_read_ptx_sreg_tid_x(void) { return t_tid; }
int32_t emu_read_ptx_sreg_tid_y(void) { return 0; }
int32_t emu_read_ptx_sreg_tid_z(void) { return 0; }
int32_t emu_read_ptx_sreg_ntid_x(void) { return THREADS; }
int32_t emu_read_ptx_sreg_ctaid_x(void) { return t_cx; }
int32_t emu_read_ptx_sreg_ctaid_y(void) { return t_cy; }
int32_t emu_read_ptx_sreg_ctaid_z(void) { return t_cz; }
int32_t emu_read_ptx_sreg_nctaid_x(void) { return GX; }
int32_t emu_read_ptx_sreg_nctaid_y(void) { return GY; }
int32_t emu_read_ptx_sreg_nctaid_z(void) { return GZ; }
int32_t emu_read_ptx_sreg_laneid(void) { return t_tid % 32; }
void emu_barrier0(void) { pthread_barrier_wait(&cta); }
/* bar.red.or.pred (llvm.nvvm.barrier0.or): a barrier whose result is
   whether any thread of the CTA passed a nonzero p. The flag is cleared
   after a second barrier, once every thread has read it. */
static int32_t cta_or;
int32_t emu_barrier0_or(int32_t p) {
	if (p) cta_or = 1;
	pthread_barrier_wait(&cta);
	int32_t r = cta_or;
	pthread_barrier_wait(&cta);
	if (t_tid == 0) cta_or = 0;
	pthread_barrier_wait(&cta);
	return r;
}
void emu_bar_warp_sync(int32_t m) { (void)m; pthread_barrier_wait(&warp[t_tid / 32]); }
static void wsync(void) { pthread_barrier_wait(&warp[t_tid / 32]); }
int32_t emu_vote_ballot_sync(int32_t m, uint8_t p) {
	int w = t_tid / 32, l = t_tid % 32;
	wi[w][l] = p & 1;
	wsync();
	int32_t r = 0;
	for (int i = 0; i < 32; i++) r |= wi[w][i] << i;
	wsync();
	return r;
}
uint8_t emu_vote_any_sync(int32_t m, uint8_t p) { return emu_vote_ballot_sync(m, p) != 0; }
/* match.any.sync.b32: the lanes (of all 32) whose x equals this lane's. */
int32_t emu_match_any_sync_i32(int32_t m, int32_t x) {
	int w = t_tid / 32, l = t_tid % 32;
	wi[w][l] = x;
	wsync();
	int32_t r = 0;
	for (int i = 0; i < 32; i++) r |= (int32_t)(wi[w][i] == x) << i;
	wsync();
	return r;
}
uint8_t emu_vote_all_sync(int32_t m, uint8_t p) { return emu_vote_ballot_sync(m, p) == -1; }
static float shfl(float x, int src) {
	int w = t_tid / 32;
	wf[w][t_tid % 32] = x;
	wsync();
	float v = wf[w][src & 31];
	wsync();
	return v;
}
float emu_shfl_sync_idx_f32(int32_t m, float x, int32_t src, int32_t c) { return shfl(x, src); }
float emu_shfl_sync_bfly_f32(int32_t m, float x, int32_t lane, int32_t c) { return shfl(x, (t_tid % 32) ^ lane); }
int32_t emu_shfl_sync_idx_i32(int32_t m, int32_t x, int32_t src, int32_t c) {
	union { float f; int32_t i; } u = {.i = x};
	u.f = shfl(u.f, src);
	return u.i;
}
int32_t emu_shfl_sync_bfly_i32(int32_t m, int32_t x, int32_t lane, int32_t c) {
	union { float f; int32_t i; } u = {.i = x};
	u.f = shfl(u.f, (t_tid % 32) ^ lane);
	return u.i;
}
int32_t emu_shfl_sync_up_i32(int32_t m, int32_t x, int32_t d, int32_t c) {
	int l = t_tid % 32;
	union { float f; int32_t i; } u = {.i = x};
	u.f = shfl(u.f, l >= d ? l - d : l);
	return u.i;
}
float emu_fmax_f(float a, float b) { return fmaxf(a, b); }
float emu_fmin_f(float a, float b) { return fminf(a, b); }
float emu_ex2_approx_ftz_f(float x) { return exp2f(x); }
float emu_ex2_approx_f(float x) { return exp2f(x); }
float emu_lg2_approx_ftz_f(float x) { return log2f(x); }

/* Faults: the GPU would trap or read garbage; the emulator stops. */
static void fault(const char *what, const char *fmt, unsigned long long a, unsigned long long b) {
	fprintf(stderr, "ctaemu: thread %d of CTA (%d, %d, %d): %s: ", t_tid, t_cx, t_cy, t_cz, what);
	fprintf(stderr, fmt, a, b);
	fputc('\n', stderr);
	exit(3);
}

/* Shared addresses. The kernel's 32-bit shared address of a variable is
   its ptrtoint to i32: here the host address's low half, with the
   kernel's offsets and XORs applied to it. It is an offset off from the
   variable whose low half it differs from by less than the variable's
   size (32-bit arithmetic, so a variable across a 4 GiB line works too). */
static char *shared_lo[NSHARED + 1], *shared_hi[NSHARED + 1];
extern void emu_shared_table(char **t);
static char *shared(uint32_t a, uint32_t n, const char *what) {
	for (int i = 0; i < NSHARED; i++) {
		uint32_t off = a - (uint32_t)(uintptr_t)shared_lo[i], sz = shared_hi[i] - shared_lo[i];
		if (off < sz) {
			if (n > sz - off) fault(what, "%llu bytes at shared address 0x%llx run past their variable", n, a);
			return shared_lo[i] + off;
		}
	}
	fault(what, "shared address 0x%llx (%llu bytes) is in no shared variable", a, n);
	return 0;
}

/* b16 conversions, round to nearest even; NaN becomes the canonical NaN. */
static uint32_t f2u(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
static float u2f(uint32_t u) { float f; memcpy(&f, &u, 4); return f; }
static uint16_t to_bf16(float f) {
	uint32_t b = f2u(f);
	if ((b & 0x7fffffff) > 0x7f800000) return 0x7fff;
	return (b + 0x7fff + (b >> 16 & 1)) >> 16; /* carries into the exponent, up to inf */
}
static uint16_t to_f16(float f) {
	uint32_t b = f2u(f), a = b & 0x7fffffff;
	uint16_t s = b >> 16 & 0x8000;
	if (a > 0x7f800000) return 0x7fff;
	if (a >= 0x477ff000) return s | 0x7c00; /* 65520 and up: the tie past 65504 goes to inf */
	if (a >= 0x38800000) return s | (a - 0x38000000 + 0xfff + (a >> 13 & 1)) >> 13; /* normal */
	return s | (uint16_t)nearbyintf(fabsf(f) * 16777216.0f); /* subnormal in units of 2^-24; 1024 is 2^-14 */
}
static float from_bf16(uint16_t h) { return u2f((uint32_t)h << 16); }
static float from_f16(uint16_t h) {
	uint32_t s = (uint32_t)(h & 0x8000) << 16, e = h >> 10 & 0x1f, m = h & 0x3ff;
	if (e == 0x1f) return u2f(s | 0x7f800000 | m << 13);
	if (e) return u2f(s | (e + 112) << 23 | m << 13);
	float v = ldexpf((float)m, -24);
	return s ? -v : v;
}

/* cvt.rn.{bf16,f16}x2.f32 d, a, b: a in the high half, b in the low. */
uint32_t emu_cvt_rn_bf16x2_f32(float hi, float lo) { return (uint32_t)to_bf16(hi) << 16 | to_bf16(lo); }
uint32_t emu_cvt_rn_f16x2_f32(float hi, float lo) { return (uint32_t)to_f16(hi) << 16 | to_f16(lo); }

/* cp.async.cg.shared.global [dst], [src], 16, n: done at once (there is
   no copy in flight for a missing wait to expose); bytes n..15 are zero,
   src is read only where n > 0. */
void emu_cp_async_16(uint32_t dst, const char *src, uint32_t n) {
	if (dst % 16) fault("cp.async", "shared address 0x%llx is not 16-byte aligned (%llu)", dst, 0);
	if (n > 16) fault("cp.async", "src-size %llu past cp-size 16 (%llu)", n, 16);
	char *d = shared(dst, 16, "cp.async");
	if (n > 0) {
		int ok = 0;
		for (int i = 0; i < NBUFS; i++) ok |= src >= (char *)bufs[i] && src + n <= (char *)bufs[i] + size[i];
		if (!ok) fault("cp.async", "global address 0x%llx (%llu bytes) is in no buffer", (uintptr_t)src, n);
		memcpy(d, src, n);
	}
	memset(d + n, 0, 16 - n);
}
void emu_cp_async_16_if(uint32_t dst, const char *src, uint32_t n, uint32_t on) {
	if (on) emu_cp_async_16(dst, src, n);
}
void emu_cp_async_commit_group(void) {}
void emu_cp_async_wait_group_0(void) {}

/* The warp's exchange for ldmatrix and mma.sync. */
static struct {
	uint32_t addr[32];
	uint32_t a[32][4], b[32][2];
} wx[WARPS];

static uint16_t half(uint32_t r, int hi) { return hi ? r >> 16 : r & 0xffff; }

/* ldmatrix.sync.aligned.m8n8.x4[.trans].shared.b16: lane 8i+r gives the
   address of row r of matrix i (16 bytes); lane l receives in register i
   the elements (l/4, 2(l%4)) and (l/4, 2(l%4)+1) of matrix i, the first
   in the low half; .trans: of the transposed matrix, (2(l%4), l/4) and
   (2(l%4)+1, l/4). */
static void ldmatrix(uint32_t addr, uint32_t *r, int trans) {
	int w = t_tid / 32, l = t_tid % 32;
	if (addr % 16) fault("ldmatrix", "row address 0x%llx is not 16-byte aligned (%llu)", addr, 0);
	wx[w].addr[l] = addr;
	wsync();
	for (int i = 0; i < 4; i++) {
		uint16_t e[2];
		for (int j = 0; j < 2; j++) {
			int row = l / 4, col = 2 * (l % 4) + j;
			if (trans) row = 2 * (l % 4) + j, col = l / 4;
			memcpy(&e[j], shared(wx[w].addr[8 * i + row], 16, "ldmatrix") + 2 * col, 2);
		}
		r[i] = e[0] | (uint32_t)e[1] << 16;
	}
	wsync();
}
void emu_ldmatrix_x4(uint32_t addr, uint32_t *r) { ldmatrix(addr, r, 0); }
void emu_ldmatrix_x4_trans(uint32_t addr, uint32_t *r) { ldmatrix(addr, r, 1); }

/* mma.sync.aligned.m16n8k16.row.col.f32.{bf16,f16}: D = A·B + C, A 16×16,
   B 16×8. With g = lane/4 and t = lane%4, lane l holds
     A: a0 (g, 2t..2t+1), a1 (g+8, 2t..), a2 (g, 2t+8..), a3 (g+8, 2t+8..);
     B: b0 (k 2t..2t+1, n g), b1 (k 2t+8..2t+9, n g);
     C, D: c0 (g, 2t), c1 (g, 2t+1), c2 (g+8, 2t), c3 (g+8, 2t+1);
   the lower column (k) of a pair in the low half. Each element of D is C's
   plus the 16 products in k order, each added with one rounding (fmaf:
   the product of two b16 values is exact), so the result is the f32 sum
   of exact products in that order; the GPU's order is unspecified. */
static void mma(const uint32_t *a, const uint32_t *b, const float *c, float *d, int f16) {
	int w = t_tid / 32, l = t_tid % 32;
	memcpy(wx[w].a[l], a, 16);
	memcpy(wx[w].b[l], b, 8);
	wsync();
	int g = l / 4, t = l % 4;
	for (int i = 0; i < 4; i++) {
		int row = g + 8 * (i / 2), n = 2 * t + (i & 1);
		float acc = c[i];
		for (int k = 0; k < 16; k++) {
			uint16_t x = half(wx[w].a[4 * (row % 8) + (k % 8) / 2][row / 8 + 2 * (k / 8)], k & 1);
			uint16_t y = half(wx[w].b[4 * n + (k % 8) / 2][k / 8], k & 1);
			acc = f16 ? fmaf(from_f16(x), from_f16(y), acc) : fmaf(from_bf16(x), from_bf16(y), acc);
		}
		d[i] = acc;
	}
	wsync();
}
void emu_mma_m16n8k16_bf16(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t b0, uint32_t b1,
	float c0, float c1, float c2, float c3, float *d) {
	uint32_t a[4] = {a0, a1, a2, a3}, b[2] = {b0, b1};
	float c[4] = {c0, c1, c2, c3};
	mma(a, b, c, d, 0);
}
void emu_mma_m16n8k16_f16(uint32_t a0, uint32_t a1, uint32_t a2, uint32_t a3, uint32_t b0, uint32_t b1,
	float c0, float c1, float c2, float c3, float *d) {
	uint32_t a[4] = {a0, a1, a2, a3}, b[2] = {b0, b1};
	float c[4] = {c0, c1, c2, c3};
	mma(a, b, c, d, 1);
}

static void thread(void) {
	for (int z = 0; z < GZ; z++)
		for (int y = 0; y < GY; y++)
			for (int x = 0; x < GX; x++) {
				t_cx = x, t_cy = y, t_cz = z;
				if (t_tid == 0) { /* the GPU's shared memory starts undefined: NaN in every float type */
					for (int i = 0; i < NSHARED; i++) memset(shared_lo[i], 0xff, shared_hi[i] - shared_lo[i]);
					cta_serial++;
				}
				pthread_barrier_wait(&cta);
				run_kernel();
				pthread_barrier_wait(&cta); /* the CTA's shared memory is the next one's */
			}
	done[t_tid] = 1;
	progress++;
}

int main(int argc, char **argv) {
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
	char *table[2 * NSHARED + 2];
	emu_shared_table(table);
	for (int i = 0; i < NSHARED; i++) shared_lo[i] = table[2 * i], shared_hi[i] = table[2 * i + 1];
	bar_init(&cta, THREADS);
	for (int w = 0; w < WARPS; w++) bar_init(&warp[w], 32);
	const size_t stack = 1 << 20;
	for (int i = 0; i < THREADS; i++) {
		char *st = mmap(0, stack, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
		if (st == MAP_FAILED) { perror("mmap"); return 1; }
		getcontext(&ctx[i]);
		ctx[i].uc_stack.ss_sp = st, ctx[i].uc_stack.ss_size = stack, ctx[i].uc_link = &sched;
		makecontext(&ctx[i], thread, 0);
	}
	/* Until every thread has returned: two whole passes in which no
	   thread reached a barrier or returned is a deadlock (a barrier some
	   thread never reaches), which POSIX threads hung on. A pass is
	   round-robin over the threads (each to its next barrier) in even
	   CTAs — the warps stay in step — and warp by warp in odd ones, each
	   warp run until all its threads wait at a CTA barrier or are done:
	   warps drift apart between the CTA's barriers as far as a GPU may
	   let them, so a shared-memory write that a missing barrier lets run
	   ahead of another warp's read shows. */
	for (int left = THREADS, idle = 0; left > 0;) {
		unsigned long long before = progress;
		for (int w = 0; 32 * w < THREADS; w++) {
			for (unsigned long long p = progress + 1; p != progress;) {
				p = progress;
				for (int i = 32 * w; i < 32 * w + 32 && i < THREADS; i++) {
					if (done[i]) continue;
					t_tid = i;
					swapcontext(&sched, &ctx[i]);
					if (done[i]) left--;
				}
				if (!(cta_serial & 1)) break; /* round-robin: one turn each */
			}
		}
		idle = progress == before ? idle + 1 : 0;
		if (idle >= 2) {
			fprintf(stderr, "ctaemu: deadlock: %d threads wait at barriers no other thread of CTA (%d, %d, %d) reaches\n", left, t_cx, t_cy, t_cz);
			return 4;
		}
	}
	for (int i = 0; i + 1 < argc; i++) {
		FILE *f = fopen(argv[i + 1], "wb");
		if (!f || fwrite(bufs[i], 1, size[i], f) != size[i]) { perror("write"); return 1; }
		fclose(f);
	}
	return 0;
}
`
