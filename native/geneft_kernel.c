/*
 * geneft_kernel: the float32 training step of the reduced autoencoder (org.geneft.training.FloatKernel) in C for
 * CPUs with AVX-512 and FMA, loaded through JNA by org.geneft.training.NativeKernel.
 *
 * It computes FloatKernel's arithmetic operation for operation, in the same order, so a run gives the same bits on
 * either kernel (NativeKernelTest): every product is a separate multiply and add (-ffp-contract=off), sums over
 * pairs run in the Java order (sequential chains, or PairSums's sixteen lanes of fused multiply-adds folded as a
 * tree), and the clamps of tanh keep Java's Math.min/max results, NaN included. What the compiler may change is only
 * which lanes run together: each pair's values are computed independently of the others.
 *
 * Layout: layer l's activations are size[l] rows of `stride` floats (pairs rounded up to 16), unit-major as in Java.
 * Parameters arrive packed as NativeKernel packs them: for each linear layer its weights (out x in, row-major) then its
 * biases, then the embeddings (n x d); the gradients leave in the same packing.
 */
#include "geneft_kernel.h"

#include <immintrin.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#define LANES 16 /* PairSums.FLOAT_LANES */

struct gk {
    int n, d, mode, depth, pairs, train, stride;
    int *size;              /* depth + 2 */
    int *left, *right;      /* pairs */
    float *wt;              /* scratch: one layer's weights transposed */
    float **w, **b;         /* depth + 1 layers */
    float **gw, **gb;
    float *e, *ge;
    float **act, **delta;   /* depth + 1 */
    float *logits;
};

static void *zalloc(size_t count, size_t size) {
    size_t bytes = count * size;
    if (bytes == 0) bytes = 64;
    bytes = (bytes + 63) / 64 * 64;
    void *p = aligned_alloc(64, bytes);
    if (p) memset(p, 0, bytes);
    return p;
}

void gk_free(gk *k) {
    if (!k) return;
    for (int l = 0; l <= k->depth; l++) {
        if (k->w) free(k->w[l]);
        if (k->b) free(k->b[l]);
        if (k->gw) free(k->gw[l]);
        if (k->gb) free(k->gb[l]);
        if (k->act) free(k->act[l]);
        if (k->delta) free(k->delta[l]);
    }
    free(k->w); free(k->b); free(k->gw); free(k->gb); free(k->act); free(k->delta);
    free(k->size); free(k->left); free(k->right); free(k->e); free(k->ge); free(k->logits); free(k->wt);
    free(k);
}

gk *gk_new(int n, int d, int mode, int depth, int width, int pairs, int train, const int *left, const int *right) {
    if (n < 1 || d < 1 || mode < 0 || mode > 2 || depth < 0 || width < 1 || pairs < 1 || train < 0 || train > pairs)
        return NULL;
    gk *k = calloc(1, sizeof *k);
    if (!k) return NULL;
    k->n = n; k->d = d; k->mode = mode; k->depth = depth; k->pairs = pairs; k->train = train;
    k->stride = (pairs + LANES - 1) / LANES * LANES;
    k->size = calloc((size_t) depth + 2, sizeof(int));
    k->w = calloc((size_t) depth + 1, sizeof(float *));
    k->b = calloc((size_t) depth + 1, sizeof(float *));
    k->gw = calloc((size_t) depth + 1, sizeof(float *));
    k->gb = calloc((size_t) depth + 1, sizeof(float *));
    k->act = calloc((size_t) depth + 1, sizeof(float *));
    k->delta = calloc((size_t) depth + 1, sizeof(float *));
    k->left = malloc(sizeof(int) * (size_t) pairs);
    k->right = malloc(sizeof(int) * (size_t) pairs);
    if (!k->size || !k->w || !k->b || !k->gw || !k->gb || !k->act || !k->delta || !k->left || !k->right) goto fail;
    k->size[0] = mode == 0 ? 2 * d : d;
    for (int l = 1; l <= depth; l++) k->size[l] = width;
    k->size[depth + 1] = 1;
    for (int l = 0; l <= depth; l++) {
        size_t in = (size_t) k->size[l], out = (size_t) k->size[l + 1];
        k->w[l] = zalloc(out * in, sizeof(float));
        k->b[l] = zalloc(out, sizeof(float));
        k->gw[l] = zalloc(out * in, sizeof(float));
        k->gb[l] = zalloc(out, sizeof(float));
        k->act[l] = zalloc(in * (size_t) k->stride, sizeof(float));
        k->delta[l] = zalloc(in * (size_t) k->stride, sizeof(float));
        if (!k->w[l] || !k->b[l] || !k->gw[l] || !k->gb[l] || !k->act[l] || !k->delta[l]) goto fail;
    }
    k->e = zalloc((size_t) n * d, sizeof(float));
    k->ge = zalloc((size_t) n * d, sizeof(float));
    k->logits = zalloc((size_t) k->stride, sizeof(float));
    size_t widest = 1;
    for (int l = 0; l <= depth; l++)
        if ((size_t) k->size[l] * k->size[l + 1] > widest) widest = (size_t) k->size[l] * k->size[l + 1];
    k->wt = zalloc(widest, sizeof(float));
    if (!k->e || !k->ge || !k->logits || !k->wt) goto fail;
    for (int p = 0; p < pairs; p++) {
        if (left[p] < 0 || left[p] >= n || right[p] < 0 || right[p] >= n) goto fail;
        k->left[p] = left[p];
        k->right[p] = right[p];
    }
    return k;
fail:
    gk_free(k);
    return NULL;
}

/* ---- forward ---- */

static void input(gk *k, int len) {
    int d = k->d, s = k->stride;
    float *x = k->act[0];
    const float *e = k->e;
    for (int p = 0; p < len; p++) {
        int i = k->left[p] * d, j = k->right[p] * d;
        for (int c = 0; c < d; c++) {
            switch (k->mode) {
                case 0: x[c * s + p] = e[i + c]; x[(d + c) * s + p] = e[j + c]; break;
                case 1: x[c * s + p] = e[i + c] - e[j + c]; break;
                default: { float u = e[i + c] - e[j + c]; x[c * s + p] = u * u; }
            }
        }
    }
}

/* Four rows plus one group of four inputs. Its own function so that `restrict` on the parameters tells the compiler
 * that no row aliases another: without it GCC would not vectorise the loop (too many pairs of arrays to check). */
static inline void group4(float *restrict y0, float *restrict y1, float *restrict y2, float *restrict y3,
                          const float *restrict x0, const float *restrict x1, const float *restrict x2,
                          const float *restrict x3, const float *w0, const float *w1, const float *w2, const float *w3,
                          int len) {
    float a00 = w0[0], a01 = w0[1], a02 = w0[2], a03 = w0[3];
    float a10 = w1[0], a11 = w1[1], a12 = w1[2], a13 = w1[3];
    float a20 = w2[0], a21 = w2[1], a22 = w2[2], a23 = w2[3];
    float a30 = w3[0], a31 = w3[1], a32 = w3[2], a33 = w3[3];
    for (int p = 0; p < len; p++) {
        float u0 = x0[p], u1 = x1[p], u2 = x2[p], u3 = x3[p];
        y0[p] = y0[p] + (((a00 * u0 + a01 * u1) + a02 * u2) + a03 * u3);
        y1[p] = y1[p] + (((a10 * u0 + a11 * u1) + a12 * u2) + a13 * u3);
        y2[p] = y2[p] + (((a20 * u0 + a21 * u1) + a22 * u2) + a23 * u3);
        y3[p] = y3[p] + (((a30 * u0 + a31 * u1) + a32 * u2) + a33 * u3);
    }
}

/*
 * y[o][p] = bias[o] + sum_k w[o][k] x[k][p] for p < len, FloatKernel.combine's order for each row: the bias, then each
 * group of four inputs as ((w0 x0 + w1 x1) + w2 x2) + w3 x3 added to the running value, then the remaining inputs one
 * by one. Four rows per pass over the pairs. bias NULL means 0.
 */
static void combine(const float *w, const float *bias, const float *x, int in, int out, int len, int s, float *y) {
    int o = 0;
    for (; o + 3 < out; o += 4) {
        float *restrict y0 = y + (size_t) o * s, *restrict y1 = y0 + s, *restrict y2 = y1 + s, *restrict y3 = y2 + s;
        const float *w0 = w + (size_t) o * in, *w1 = w0 + in, *w2 = w1 + in, *w3 = w2 + in;
        float c0 = bias ? bias[o] : 0, c1 = bias ? bias[o + 1] : 0, c2 = bias ? bias[o + 2] : 0, c3 = bias ? bias[o + 3] : 0;
        for (int p = 0; p < len; p++) { y0[p] = c0; y1[p] = c1; y2[p] = c2; y3[p] = c3; }
        int c = 0;
        for (; c + 3 < in; c += 4) {
            const float *x0 = x + (size_t) c * s;
            group4(y0, y1, y2, y3, x0, x0 + s, x0 + 2 * s, x0 + 3 * s, w0 + c, w1 + c, w2 + c, w3 + c, len);
        }
        for (; c < in; c++) {
            const float *restrict xc = x + (size_t) c * s;
            float a0 = w0[c], a1 = w1[c], a2 = w2[c], a3 = w3[c];
            for (int p = 0; p < len; p++) {
                float u = xc[p];
                y0[p] = y0[p] + a0 * u;
                y1[p] = y1[p] + a1 * u;
                y2[p] = y2[p] + a2 * u;
                y3[p] = y3[p] + a3 * u;
            }
        }
    }
    for (; o < out; o++) {
        float *restrict z = y + (size_t) o * s;
        const float *wo = w + (size_t) o * in;
        float c0 = bias ? bias[o] : 0;
        for (int p = 0; p < len; p++) z[p] = c0;
        int c = 0;
        for (; c + 3 < in; c += 4) {
            const float *restrict x0 = x + (size_t) c * s, *restrict x1 = x0 + s, *restrict x2 = x1 + s, *restrict x3 = x2 + s;
            float a0 = wo[c], a1 = wo[c + 1], a2 = wo[c + 2], a3 = wo[c + 3];
            for (int p = 0; p < len; p++) z[p] = z[p] + (((a0 * x0[p] + a1 * x1[p]) + a2 * x2[p]) + a3 * x3[p]);
        }
        for (; c < in; c++) {
            const float *restrict xc = x + (size_t) c * s;
            float a0 = wo[c];
            for (int p = 0; p < len; p++) z[p] = z[p] + a0 * xc[p];
        }
    }
}

/* FloatTanh's constants, rounded to float as Java's float expressions round them. */
#define T_LIMIT 20.0f
#define T_SCALE (1.0f / 64)
#define T_S3 (1.0f / 6)
#define T_S5 (1.0f / 120)
#define T_S7 (1.0f / 5040)
#define T_C2 (1.0f / 2)
#define T_C4 (1.0f / 24)
#define T_C6 (1.0f / 720)

/* FloatTanh for one value: clamp to +-20 (Java's Math.min/max: a NaN stays NaN), the series at x/64, six doublings,
 * a quotient clipped to [-1, 1]. */
static inline float tanh1(float t) {
    t = t > T_LIMIT ? T_LIMIT : t;
    t = t < -T_LIMIT ? -T_LIMIT : t;
    float y = t * T_SCALE, y2 = y * y;
    float sh = y + y * y2 * (T_S3 + y2 * (T_S5 + y2 * T_S7));
    float ch = 1 + y2 * (T_C2 + y2 * (T_C4 + y2 * T_C6));
    for (int q = 0; q < 3; q++) {
        float a1 = 2 * sh * ch, b1 = ch * ch + sh * sh;
        sh = 2 * a1 * b1;
        ch = b1 * b1 + a1 * a1;
    }
    float v = sh / ch;
    v = v > 1.0f ? 1.0f : v;
    return v < -1.0f ? -1.0f : v;
}

/* tanh1 on sixteen lanes: the same operations in the same order (an ordered comparison is false for NaN, so a NaN
 * passes the clamps as in Java). */
static inline __m512 tanh16(__m512 t) {
    const __m512 lim = _mm512_set1_ps(T_LIMIT), nlim = _mm512_set1_ps(-T_LIMIT);
    const __m512 one = _mm512_set1_ps(1.0f), none = _mm512_set1_ps(-1.0f), two = _mm512_set1_ps(2.0f);
    t = _mm512_mask_mov_ps(t, _mm512_cmp_ps_mask(t, lim, _CMP_GT_OQ), lim);
    t = _mm512_mask_mov_ps(t, _mm512_cmp_ps_mask(t, nlim, _CMP_LT_OQ), nlim);
    __m512 y = _mm512_mul_ps(t, _mm512_set1_ps(T_SCALE)), y2 = _mm512_mul_ps(y, y);
    __m512 ps = _mm512_add_ps(_mm512_set1_ps(T_S5), _mm512_mul_ps(y2, _mm512_set1_ps(T_S7)));
    ps = _mm512_add_ps(_mm512_set1_ps(T_S3), _mm512_mul_ps(y2, ps));
    __m512 sh = _mm512_add_ps(y, _mm512_mul_ps(_mm512_mul_ps(y, y2), ps));
    __m512 pc = _mm512_add_ps(_mm512_set1_ps(T_C4), _mm512_mul_ps(y2, _mm512_set1_ps(T_C6)));
    pc = _mm512_add_ps(_mm512_set1_ps(T_C2), _mm512_mul_ps(y2, pc));
    __m512 ch = _mm512_add_ps(one, _mm512_mul_ps(y2, pc));
    for (int q = 0; q < 3; q++) {
        __m512 a1 = _mm512_mul_ps(_mm512_mul_ps(two, sh), ch);
        __m512 b1 = _mm512_add_ps(_mm512_mul_ps(ch, ch), _mm512_mul_ps(sh, sh));
        sh = _mm512_mul_ps(_mm512_mul_ps(two, a1), b1);
        ch = _mm512_add_ps(_mm512_mul_ps(b1, b1), _mm512_mul_ps(a1, a1));
    }
    __m512 v = _mm512_div_ps(sh, ch);
    v = _mm512_mask_mov_ps(v, _mm512_cmp_ps_mask(v, one, _CMP_GT_OQ), one);
    return _mm512_mask_mov_ps(v, _mm512_cmp_ps_mask(v, none, _CMP_LT_OQ), none);
}

/* Each row's first len values through tanh, two vectors at a time so that their long chains overlap. */
static void tanh_rows(float *z, int rows, int len, int s) {
    for (int r = 0; r < rows; r++) {
        float *row = z + (size_t) r * s;
        int p = 0;
        for (; p + 2 * LANES <= len; p += 2 * LANES) {
            __m512 a = tanh16(_mm512_loadu_ps(row + p)), b = tanh16(_mm512_loadu_ps(row + p + LANES));
            _mm512_storeu_ps(row + p, a);
            _mm512_storeu_ps(row + p + LANES, b);
        }
        for (; p + LANES <= len; p += LANES) _mm512_storeu_ps(row + p, tanh16(_mm512_loadu_ps(row + p)));
        for (; p < len; p++) row[p] = tanh1(row[p]);
    }
}

void gk_tanh(float *z, int len) {
    if (len > 0) tanh_rows(z, 1, len, len);
}

void gk_forward(gk *k, const float *params, int len, float *logits) {
    if (len < 0 || len > k->pairs) return;
    const float *q = params;
    for (int l = 0; l <= k->depth; l++) {
        size_t in = (size_t) k->size[l], out = (size_t) k->size[l + 1];
        memcpy(k->w[l], q, out * in * sizeof(float)); q += out * in;
        memcpy(k->b[l], q, out * sizeof(float)); q += out;
    }
    memcpy(k->e, q, (size_t) k->n * k->d * sizeof(float));
    input(k, len);
    int s = k->stride;
    for (int l = 0; l < k->depth; l++) {
        combine(k->w[l], k->b[l], k->act[l], k->size[l], k->size[l + 1], len, s, k->act[l + 1]);
        tanh_rows(k->act[l + 1], k->size[l + 1], len, s);
    }
    combine(k->w[k->depth], k->b[k->depth], k->act[k->depth], k->size[k->depth], 1, len, s, k->logits);
    memcpy(logits, k->logits, (size_t) len * sizeof(float));
}

/* ---- backward ---- */

/* PairSums.total: eight interleaved partial sums, added as a tree, then the last len mod 8 in order. */
static float total(const float *a, int len) {
    float s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    int p = 0;
    for (; p + 7 < len; p += 8) {
        s0 += a[p]; s1 += a[p + 1]; s2 += a[p + 2]; s3 += a[p + 3];
        s4 += a[p + 4]; s5 += a[p + 5]; s6 += a[p + 6]; s7 += a[p + 7];
    }
    float s = ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    for (; p < len; p++) s += a[p];
    return s;
}

/* PairSums's fold of sixteen lanes: lane i + 8 into lane i, then i + 4, then (0 + 2) + (1 + 3). */
static inline float fold(__m512 v) {
    __m256 a = _mm256_add_ps(_mm512_castps512_ps256(v), _mm512_extractf32x8_ps(v, 1));
    __m128 b = _mm_add_ps(_mm256_castps256_ps128(a), _mm256_extractf128_ps(a, 1));
    float l[4];
    _mm_storeu_ps(l, b);
    return (l[0] + l[2]) + (l[1] + l[3]);
}

/* One sum in PairSums's order: sixteen lanes of fused multiply-adds, folded, then the last len mod 16 pairs. */
static float pair_sum(const float *a, const float *b, int full, int len) {
    __m512 acc = _mm512_setzero_ps();
    for (int p = 0; p < full; p += LANES) acc = _mm512_fmadd_ps(_mm512_loadu_ps(a + p), _mm512_loadu_ps(b + p), acc);
    float f = fold(acc);
    for (int p = full; p < len; p++) f = fmaf(a[p], b[p], f);
    return f;
}

/*
 * gw[o][k] = sum_p dz[o][p] x[k][p] in PairSums's order, in tiles of four rows by four inputs: sixteen independent
 * chains of fused multiply-adds (enough to cover their latency) share eight loads.
 */
static void weight_gradient(const float *dz, const float *x, int out, int in, int len, int s, float *gw) {
    int full = len - len % LANES;
    int o = 0;
    for (; o + 3 < out; o += 4) {
        const float *a0 = dz + (size_t) o * s, *a1 = a0 + s, *a2 = a1 + s, *a3 = a2 + s;
        int c = 0;
        for (; c + 3 < in; c += 4) {
            const float *b0 = x + (size_t) c * s, *b1 = b0 + s, *b2 = b1 + s, *b3 = b2 + s;
            __m512 acc[16];
            for (int t = 0; t < 16; t++) acc[t] = _mm512_setzero_ps();
            for (int p = 0; p < full; p += LANES) {
                __m512 u0 = _mm512_loadu_ps(a0 + p), u1 = _mm512_loadu_ps(a1 + p), u2 = _mm512_loadu_ps(a2 + p),
                       u3 = _mm512_loadu_ps(a3 + p);
                __m512 v0 = _mm512_loadu_ps(b0 + p), v1 = _mm512_loadu_ps(b1 + p), v2 = _mm512_loadu_ps(b2 + p),
                       v3 = _mm512_loadu_ps(b3 + p);
                acc[0] = _mm512_fmadd_ps(u0, v0, acc[0]);   acc[1] = _mm512_fmadd_ps(u0, v1, acc[1]);
                acc[2] = _mm512_fmadd_ps(u0, v2, acc[2]);   acc[3] = _mm512_fmadd_ps(u0, v3, acc[3]);
                acc[4] = _mm512_fmadd_ps(u1, v0, acc[4]);   acc[5] = _mm512_fmadd_ps(u1, v1, acc[5]);
                acc[6] = _mm512_fmadd_ps(u1, v2, acc[6]);   acc[7] = _mm512_fmadd_ps(u1, v3, acc[7]);
                acc[8] = _mm512_fmadd_ps(u2, v0, acc[8]);   acc[9] = _mm512_fmadd_ps(u2, v1, acc[9]);
                acc[10] = _mm512_fmadd_ps(u2, v2, acc[10]); acc[11] = _mm512_fmadd_ps(u2, v3, acc[11]);
                acc[12] = _mm512_fmadd_ps(u3, v0, acc[12]); acc[13] = _mm512_fmadd_ps(u3, v1, acc[13]);
                acc[14] = _mm512_fmadd_ps(u3, v2, acc[14]); acc[15] = _mm512_fmadd_ps(u3, v3, acc[15]);
            }
            const float *rows[4] = {a0, a1, a2, a3}, *cols[4] = {b0, b1, b2, b3};
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    float f = fold(acc[4 * i + j]);
                    for (int p = full; p < len; p++) f = fmaf(rows[i][p], cols[j][p], f);
                    gw[(size_t) (o + i) * in + c + j] = f;
                }
            }
        }
        for (; c < in; c++)
            for (int i = 0; i < 4; i++)
                gw[(size_t) (o + i) * in + c] = pair_sum(dz + (size_t) (o + i) * s, x + (size_t) c * s, full, len);
    }
    for (; o < out; o++)
        for (int c = 0; c < in; c++) gw[(size_t) o * in + c] = pair_sum(dz + (size_t) o * s, x + (size_t) c * s, full, len);
}

/* dx[c][p] = sum_o w[o][c] dz[o][p] (groups of four o, as combine) times 1 - x^2 when the layer is a tanh layer. */
static void input_gradient(const float *w, const float *dz, const float *x, int in, int out, int len, int s,
                           int tanh_layer, float *dx, float *wt) {
    for (int o = 0; o < out; o++)
        for (int c = 0; c < in; c++) wt[(size_t) c * out + o] = w[(size_t) o * in + c];
    combine(wt, NULL, dz, out, in, len, s, dx);
    if (!tanh_layer) return;
    for (int c = 0; c < in; c++) {
        float *restrict dk = dx + (size_t) c * s;
        const float *restrict xk = x + (size_t) c * s;
        for (int p = 0; p < len; p++) dk[p] = dk[p] * (1 - xk[p] * xk[p]);
    }
}

int gk_backward(gk *k, const float *logit_grad, float *grads) {
    int train = k->train, s = k->stride, depth = k->depth;
    const float *g = logit_grad;
    /* the output layer: FloatKernel.outputLayer */
    {
        const float *wo = k->w[depth], *x = k->act[depth];
        float *gwo = k->gw[depth], *dx = k->delta[depth];
        int in = k->size[depth];
        float sb = 0;
        for (int p = 0; p < train; p++) sb += g[p];
        k->gb[depth][0] = sb;
        /* each weight's sum is one chain over the pairs in order; eight side by side keep the adders busy */
        int c = 0;
        for (; c + 7 < in; c += 8) {
            const float *x0 = x + (size_t) c * s;
            float a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
            for (int p = 0; p < train; p++) {
                float gp = g[p];
                a0 += gp * x0[p]; a1 += gp * x0[s + p]; a2 += gp * x0[2 * s + p]; a3 += gp * x0[3 * s + p];
                a4 += gp * x0[4 * s + p]; a5 += gp * x0[5 * s + p]; a6 += gp * x0[6 * s + p]; a7 += gp * x0[7 * s + p];
            }
            gwo[c] = a0; gwo[c + 1] = a1; gwo[c + 2] = a2; gwo[c + 3] = a3;
            gwo[c + 4] = a4; gwo[c + 5] = a5; gwo[c + 6] = a6; gwo[c + 7] = a7;
        }
        for (; c < in; c++) {
            const float *xk = x + (size_t) c * s;
            float acc = 0;
            for (int p = 0; p < train; p++) acc += g[p] * xk[p];
            gwo[c] = acc;
        }
        for (int c = 0; c < in; c++) {
            const float *restrict xk = x + (size_t) c * s;
            float *restrict dk = dx + (size_t) c * s;
            float wk = wo[c];
            if (depth > 0) for (int p = 0; p < train; p++) dk[p] = g[p] * wk * (1 - xk[p] * xk[p]);
            else for (int p = 0; p < train; p++) dk[p] = g[p] * wk;
        }
    }
    for (int l = depth - 1; l >= 0; l--) {
        int in = k->size[l], out = k->size[l + 1];
        const float *dz = k->delta[l + 1];
        for (int o = 0; o < out; o++) k->gb[l][o] = total(dz + (size_t) o * s, train);
        weight_gradient(dz, k->act[l], out, in, train, s, k->gw[l]);
        input_gradient(k->w[l], dz, k->act[l], in, out, train, s, l > 0, k->delta[l], k->wt);
    }
    /* FloatKernel.embeddingGradient */
    {
        int d = k->d;
        float *ge = k->ge;
        const float *dx = k->delta[0], *e = k->e;
        memset(ge, 0, sizeof(float) * (size_t) k->n * d);
        for (int p = 0; p < train; p++) {
            int i = k->left[p] * d, j = k->right[p] * d;
            for (int c = 0; c < d; c++) {
                switch (k->mode) {
                    case 0: ge[i + c] += dx[c * s + p]; ge[j + c] += dx[(d + c) * s + p]; break;
                    case 1: ge[i + c] += dx[c * s + p]; ge[j + c] -= dx[c * s + p]; break;
                    default: {
                        float v = 2 * (e[i + c] - e[j + c]) * dx[c * s + p];
                        ge[i + c] += v;
                        ge[j + c] -= v;
                    }
                }
            }
        }
    }
    float *q = grads;
    for (int l = 0; l <= depth; l++) {
        size_t in = (size_t) k->size[l], out = (size_t) k->size[l + 1];
        memcpy(q, k->gw[l], out * in * sizeof(float)); q += out * in;
        memcpy(q, k->gb[l], out * sizeof(float)); q += out;
    }
    memcpy(q, k->ge, (size_t) k->n * k->d * sizeof(float));
    return 0;
}
