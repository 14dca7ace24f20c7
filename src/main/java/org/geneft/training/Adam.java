package org.geneft.training;

/**
 * Adam and AdamW as PyTorch implements them (torch.optim.Adam / AdamW, β = (0.9, 0.999), ε = 1e-8, no amsgrad),
 * updating a group of parameter arrays in place.
 *
 * <p>Adam adds the weight decay to the gradient (L2); AdamW shrinks the parameters by (1 − η·wd) before the
 * moment update (decoupled). The arithmetic follows PyTorch's single-tensor code in the same order.
 */
public final class Adam {
    public static final double BETA1 = 0.9, BETA2 = 0.999, EPS = 1e-8;

    private final double lr, weightDecay;
    private final boolean decoupled;
    private final double[][] params, m, v;
    private long t;

    private Adam(double lr, double weightDecay, boolean decoupled, double[][] params) {
        this.lr = lr;
        this.weightDecay = weightDecay;
        this.decoupled = decoupled;
        this.params = params;
        this.m = new double[params.length][];
        this.v = new double[params.length][];
        for (int i = 0; i < params.length; i++) {
            m[i] = new double[params[i].length];
            v[i] = new double[params[i].length];
        }
    }

    /** torch.optim.Adam: weight decay as an L2 term in the gradient. */
    public static Adam adam(double lr, double weightDecay, double[]... params) {
        return new Adam(lr, weightDecay, false, params);
    }

    /** torch.optim.AdamW: decoupled weight decay. */
    public static Adam adamW(double lr, double weightDecay, double[]... params) {
        return new Adam(lr, weightDecay, true, params);
    }

    /** One step with the given gradients (same shapes as the parameters; read only). */
    public void step(double[][] grads) {
        t++;
        double bc1 = 1 - Math.pow(BETA1, t);
        double bc2Sqrt = Math.sqrt(1 - Math.pow(BETA2, t));
        double stepSize = lr / bc1;
        double shrink = 1 - lr * weightDecay;
        for (int a = 0; a < params.length; a++) {
            double[] p = params[a], g = grads[a], ma = m[a], va = v[a];
            for (int i = 0; i < p.length; i++) {
                double gi = g[i];
                if (decoupled) p[i] *= shrink;
                else gi += weightDecay * p[i];
                // lerp_(grad, 1 − β1) in PyTorch is m + (1 − β1)(g − m); the same value up to rounding, kept in that form.
                ma[i] += (1 - BETA1) * (gi - ma[i]);
                va[i] = va[i] * BETA2 + (1 - BETA2) * gi * gi;
                double denom = Math.sqrt(va[i]) / bc2Sqrt + EPS;
                p[i] -= stepSize * (ma[i] / denom);
            }
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return t;
    }
}
