/* The float32 training step of the reduced autoencoder, for training/NativeKernel.java (see geneft_kernel.c). */
#ifndef GENEFT_KERNEL_H
#define GENEFT_KERNEL_H

typedef struct gk gk;

/* 1 when this CPU has what gk_new..gk_backward need (AVX-512F, AVX-512DQ, FMA); call nothing else otherwise. */
int gk_supported(void);

/* A kernel for n embeddings of dimension d, decoder input mode (0 concat, 1 diff, 2 sqdiff), depth hidden tanh
 * layers of width units, and pairs (left[p], right[p]), the first train of them the training pairs. NULL on bad
 * arguments (an index outside 0..n-1 included) or when memory runs out. */
gk *gk_new(int n, int d, int mode, int depth, int width, int pairs, int train, const int *left, const int *right);

void gk_free(gk *k);

/* The logits of the first len pairs under params (each layer's weights, out x in, then biases; then the embeddings). */
void gk_forward(gk *k, const float *params, int len, float *logits);

/* The gradients at the last forward's parameters from the loss's gradient at each training pair's logit, packed as
 * the parameters are. 0 on success. */
int gk_backward(gk *k, const float *logit_grad, float *grads);

/* z[p] <- FloatTanh's tanh of z[p] for p < len (for the tests that hold it to Java's). */
void gk_tanh(float *z, int len);

#endif
