package org.geneft.training;

/** Sigmoid + binary cross-entropy on a logit z, in the numerically stable forms (finite for any finite z). */
public final class BinaryCrossEntropy {
    private BinaryCrossEntropy() { }

    /** −[y log σ(z) + (1 − y) log(1 − σ(z))] = max(z, 0) − z·y + log(1 + e^{−|z|}). */
    public static double loss(double z, double y) {
        return Math.max(z, 0) - z * y + Math.log1p(Math.exp(-Math.abs(z)));
    }

    /** d loss / dz = σ(z) − y. */
    public static double gradient(double z, double y) {
        return sigmoid(z) - y;
    }

    /** σ(z) without overflow: e^{−|z|} never exceeds 1. */
    public static double sigmoid(double z) {
        double e = Math.exp(-Math.abs(z));
        return z >= 0 ? 1 / (1 + e) : e / (1 + e);
    }
}
