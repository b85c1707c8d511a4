// ggml's CPU flash_attn_ext for one decode step (scripts/ggml/run.sh builds and
// runs it): q [d, 1, H], k/v [d, N, H] (f16 or f32), no mask, n threads;
// prints the median of R runs in ms.
#include "ggml.h"
#include "ggml-cpu.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <math.h>

static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int cmp(const void *a, const void *b) { double x = *(double *)a, y = *(double *)b; return x < y ? -1 : x > y; }

int main(int argc, char **argv) {
    int N = atoi(argv[1]), H = atoi(argv[2]), D = 128, threads = atoi(argv[3]), R = atoi(argv[4]);
    enum ggml_type kt = strcmp(argv[5], "f16") == 0 ? GGML_TYPE_F16 : GGML_TYPE_F32;
    size_t mem = (size_t)2 * N * H * D * 4 + (64 << 20);
    struct ggml_init_params ip = { mem, NULL, false };
    struct ggml_context *ctx = ggml_init(ip);
    struct ggml_tensor *q = ggml_new_tensor_3d(ctx, GGML_TYPE_F32, D, 1, H);
    struct ggml_tensor *k = ggml_new_tensor_3d(ctx, kt, D, N, H);
    struct ggml_tensor *v = ggml_new_tensor_3d(ctx, kt, D, N, H);
    srand(1);
    float *qd = q->data;
    for (int i = 0; i < D * H; i++) qd[i] = (float)rand() / RAND_MAX - 0.5f;
    for (size_t i = 0; i < (size_t)D * N * H; i++) {
        float x = (float)rand() / RAND_MAX - 0.5f, y = (float)rand() / RAND_MAX - 0.5f;
        if (kt == GGML_TYPE_F16) { ((ggml_fp16_t *)k->data)[i] = ggml_fp32_to_fp16(x); ((ggml_fp16_t *)v->data)[i] = ggml_fp32_to_fp16(y); }
        else { ((float *)k->data)[i] = x; ((float *)v->data)[i] = y; }
    }
    struct ggml_tensor *o = ggml_flash_attn_ext(ctx, q, k, v, NULL, 1.0f / sqrtf(D), 0.0f, 0.0f);
    struct ggml_cgraph *gf = ggml_new_graph(ctx);
    ggml_build_forward_expand(gf, o);
    ggml_graph_compute_with_ctx(ctx, gf, threads); // warm-up
    double *t = malloc(sizeof(double) * R);
    for (int r = 0; r < R; r++) { double t0 = now(); ggml_graph_compute_with_ctx(ctx, gf, threads); t[r] = now() - t0; }
    qsort(t, R, sizeof(double), cmp);
    printf("ggml flash_attn_ext %s N=%d H=%d d=%d threads=%d: median %.3f ms (min %.3f, max %.3f) of %d\n", argv[5], N, H, D, threads, t[R / 2], t[0], t[R - 1], R);
    return 0;
}
