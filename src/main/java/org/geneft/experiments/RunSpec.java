package org.geneft.experiments;

import org.geneft.graph.RelationFamily;
import org.geneft.training.Precision;
import org.geneft.training.TrainConfig;

import java.util.Objects;

/**
 * One training run of a sweep: the relation, its size and the full configuration (seed included).
 *
 * @param figure    the figure whose grid holds the run ("fig5", ...)
 * @param relation  the relation as a spec of {@link RelationFamily} ("mod:3", "gt", "bipartite:15")
 * @param n         number of elements
 * @param config    every hyperparameter and the run's seed
 * @param replicate which of the cell's seeds this is (0, 1, ...); the seed itself is in the config
 * @param precision the kernel's arithmetic
 */
public record RunSpec(String figure, String relation, int n, TrainConfig config, int replicate, Precision precision) {
    public RunSpec {
        Objects.requireNonNull(figure);
        Objects.requireNonNull(config);
        Objects.requireNonNull(precision);
        RelationFamily.parse(relation).validate(n);
        if (replicate < 0) throw new IllegalArgumentException("replicate must be >= 0, got " + replicate);
    }

    /** A run in double, the trainer's default arithmetic. */
    public RunSpec(String figure, String relation, int n, TrainConfig config, int replicate) {
        this(figure, relation, n, config, replicate, Precision.FLOAT64);
    }

    /** The same run in another arithmetic. */
    public RunSpec in(Precision p) {
        return new RunSpec(figure, relation, n, config, replicate, p);
    }

    /**
     * The run's stable identity: figure, relation, n and every field of the configuration, the seed included.
     * Resume and merge look runs up by it, so any change of protocol gives new keys. A float32 run says so at the
     * end; a double run's key is what it was before the arithmetic was a choice, so that older stores still resume.
     */
    public String key() {
        TrainConfig c = config;
        return figure + "|" + relation + "|n=" + n + "|d=" + c.embeddingDim() + "|mode=" + c.mode().spec()
                + "|depth=" + c.depth() + "|width=" + c.width() + "|eta_enc=" + c.etaEnc() + "|eta_dec=" + c.etaDec()
                + "|wd_enc=" + c.wdEnc() + "|wd_dec=" + c.wdDec() + "|frac=" + c.trainFraction() + "|steps=" + c.steps()
                + "|init=" + c.initScale() + "|early_stop=" + c.earlyStop() + "|seed=" + c.seed()
                + (precision == Precision.FLOAT64 ? "" : "|precision=" + precision.word());
    }

    /** The relation as the n × n matrix the trainer reads. */
    public boolean[][] matrix() {
        return RelationFamily.parse(relation).matrix(n);
    }
}
