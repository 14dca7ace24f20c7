package org.geneft.training;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A training configuration as JSON fields, the same in `geneft train --json` and in a sweep's run store. */
public final class TrainConfigJson {
    private TrainConfigJson() { }

    /** Writes every hyperparameter of {@code c} into {@code k}, under the names of the command-line options. */
    public static void put(ObjectNode k, TrainConfig c) {
        k.put("embedding_dim", c.embeddingDim());
        k.put("mode", c.mode().spec());
        k.put("depth", c.depth());
        k.put("width", c.width());
        k.put("eta_enc", c.etaEnc());
        k.put("eta_dec", c.etaDec());
        k.put("wd_enc", c.wdEnc());
        k.put("wd_dec", c.wdDec());
        k.put("train_frac", c.trainFraction());
        k.put("steps", c.steps());
        k.put("seed", c.seed());
        k.put("init_scale", c.initScale());
        k.put("early_stop", c.earlyStop());
    }
}
