package org.geneft.statics.montecarlo;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.geneft.graph.RelationClass;

/**
 * Accuracy against training fraction (Fig. 2): the Appendix D bound and the exact Bayes-optimal
 * accuracy, computed on the same random training sets so their difference has its own error bar.
 *
 * <p>Reproducibility: one SplittableRandom(seed) is split, sequentially and in a fixed order
 * (fraction by fraction, sampling by sampling), into one stream per training set before any work
 * runs in parallel; each training set draws its pairs and then its Markov chain from its own stream.
 * The numbers therefore depend on the seed only, not on the thread count.
 */
public final class AccuracyBoundCurve {

    private AccuracyBoundCurve() {
    }

    /** Both methods, default settings, the common fork-join pool. */
    public static List<CurvePoint> compute(RelationClass rel, double[] fractions, int samplings, long seed,
            Method... methods) {
        Set<Method> set = methods.length == 0 ? EnumSet.allOf(Method.class) : EnumSet.of(methods[0], methods);
        return compute(rel, fractions, samplings, seed, set, BoundSettings.defaults(),
                ForkJoinPool.getCommonPoolParallelism());
    }

    /**
     * @param rel         the relation (Equivalence, TotalOrder or CompleteBipartite)
     * @param fractions   training fractions in [0, 1]
     * @param samplings   random training sets per fraction (paper: 20 for equivalences, 3 for total orders)
     * @param seed        master seed
     * @param methods     which bounds to compute
     * @param settings    budgets and sampling parameters
     * @param parallelism worker threads (results do not depend on it)
     */
    public static List<CurvePoint> compute(RelationClass rel, double[] fractions, int samplings, long seed,
            Set<Method> methods, BoundSettings settings, int parallelism) {
        if (samplings < 1) throw new IllegalArgumentException("samplings must be >= 1, got " + samplings);
        if (parallelism < 1) throw new IllegalArgumentException("parallelism must be >= 1, got " + parallelism);
        if (methods.isEmpty()) throw new IllegalArgumentException("ask for at least one method");
        for (double f : fractions) TrainingSet.size(rel.n(), f);
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[][] streams = new SplittableRandom[fractions.length][samplings];
        for (int f = 0; f < fractions.length; f++) {
            for (int s = 0; s < samplings; s++) streams[f][s] = root.split();
        }
        ForkJoinPool pool = new ForkJoinPool(parallelism);
        try {
            List<CurvePoint> points = new ArrayList<>(fractions.length);
            for (int f = 0; f < fractions.length; f++) {
                double fraction = fractions[f];
                SplittableRandom[] mine = streams[f];
                SamplingResult[] results = pool.submit(() -> IntStream.range(0, samplings).parallel()
                        .mapToObj(s -> evaluate(rel, fraction, methods, settings, mine[s]))
                        .toArray(SamplingResult[]::new)).get();
                points.add(summarise(rel.n(), fraction, methods, results));
            }
            return List.copyOf(points);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing the accuracy curve", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    /** One training set's numbers; bayes is NaN when infeasible or not asked for. */
    private record SamplingResult(double appendixD, double bayes) {
    }

    private static SamplingResult evaluate(RelationClass rel, double fraction, Set<Method> methods,
            BoundSettings settings, SplittableRandom rng) {
        TrainingSet training = TrainingSet.sample(rel.n(), fraction, rng);
        double appendixD = Double.NaN;
        double bayes = Double.NaN;
        if (rel instanceof RelationClass.TotalOrder order) {
            if (methods.contains(Method.APPENDIX_D)) {
                appendixD = AppendixDTotalOrderBound.accuracy(order, training, settings, rng);
            }
            if (methods.contains(Method.EXACT_BAYES)) {
                bayes = accuracyOf(ExactBayesTotalOrder.posterior(order, training, settings.downSetBudget()), training);
            }
        } else {
            LatentEquivalence latent = LatentEquivalence.of(rel);
            if (methods.contains(Method.APPENDIX_D)) {
                appendixD = AppendixDEquivalenceBound.accuracy(latent, training);
            }
            if (methods.contains(Method.EXACT_BAYES)) {
                bayes = accuracyOf(ExactBayesEquivalence.posterior(latent, training, settings.bayesNodeBudget()), training);
            }
        }
        return new SamplingResult(appendixD, bayes);
    }

    private static double accuracyOf(Optional<Posterior> posterior, TrainingSet training) {
        return posterior.map(p -> p.accuracy(training)).orElse(Double.NaN);
    }

    private static CurvePoint summarise(int n, double fraction, Set<Method> methods, SamplingResult[] results) {
        int samplings = results.length;
        double[] d = new double[samplings];
        double[] b = new double[samplings];
        double[] diff = new double[samplings];
        int feasible = 0;
        for (int s = 0; s < samplings; s++) {
            d[s] = results[s].appendixD();
            b[s] = results[s].bayes();
            diff[s] = d[s] - b[s];
            if (!Double.isNaN(b[s])) feasible++;
        }
        Estimate appendixD = methods.contains(Method.APPENDIX_D) ? Estimate.of(d) : null;
        Estimate bayes = methods.contains(Method.EXACT_BAYES) && feasible == samplings ? Estimate.of(b) : null;
        Estimate difference = appendixD != null && bayes != null ? Estimate.of(diff) : null;
        return new CurvePoint(fraction, TrainingSet.size(n, fraction), samplings, appendixD, bayes, difference, feasible);
    }
}
