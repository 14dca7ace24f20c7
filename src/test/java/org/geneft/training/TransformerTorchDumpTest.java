package org.geneft.training;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes the model's parameters, loss and gradients after a few steps, for bench/transformer-torch-check.sh to
 * recompute with torch's own TransformerEncoderLayer (an independent implementation of the same layer). Runs only with
 * -Dgeneft.torchDump=FILE: the default suite has no PyTorch.
 */
class TransformerTorchDumpTest {
    @Test
    void dumpForTorch() throws Exception {
        String to = System.getProperty("geneft.torchDump");
        Assumptions.assumeTrue(to != null, "-Dgeneft.torchDump not set");
        int p = 7, d = 8, heads = 2, hidden = 12, depth = 2;
        int[] a = new int[p * p], b = new int[p * p], c = new int[p * p];
        for (int i = 0; i < p * p; i++) {
            a[i] = i / p;
            b[i] = i % p;
            c[i] = (a[i] + b[i]) % p;
        }
        TransformerModel m = new TransformerModel(new TransformerModel.Shape(p, d, heads, hidden, depth, 0, 1e-3, 1e-3,
                0.01, 0.5), p * p, 9);
        // A few steps first, so that the norms' gains and biases are no longer 1 and 0.
        for (int s = 0; s < 5; s++) m.step(a, b, c, p * p);
        double loss = m.gradients(a, b, c, p * p, TransformerModel.Pass.EVAL);
        StringBuilder j = new StringBuilder(String.format(java.util.Locale.ROOT, "{\"p\": %d, \"d\": %d, \"heads\": %d, "
                + "\"hidden\": %d, \"depth\": %d, \"loss\": %s, \"params\": [", p, d, heads, hidden, depth, loss));
        double[][] ps = m.parameters(), gs = m.lastGradients();
        for (int t = 0; t < ps.length; t++) j.append(t == 0 ? "" : ",").append(Arrays.toString(ps[t]));
        j.append("], \"grads\": [");
        for (int t = 0; t < gs.length; t++) j.append(t == 0 ? "" : ",").append(Arrays.toString(gs[t]));
        Files.writeString(Path.of(to), j.append("]}"));
    }
}
