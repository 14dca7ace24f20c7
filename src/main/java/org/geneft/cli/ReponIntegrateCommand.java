package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.dynamics.CollisionClassifier;
import org.geneft.dynamics.CollisionResult;
import org.geneft.dynamics.FlowComparison;
import org.geneft.dynamics.FlowDeviation;
import org.geneft.dynamics.IntegrationSettings;
import org.geneft.dynamics.ReducedReponSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

/** `geneft repon integrate`: one trajectory of Eq. 10, or Eq. 8 against Eq. 7 from one initial condition. */
@Command(name = "integrate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Integrates Eq. 10 (DormandPrince853 on ln|a2|, ln|c|, tolerances 1e-12) and classifies the outcome, "
                + "or with --flow compare integrates Eq. 8 and Eq. 7 (k x d decoder) from the same initial condition.",
                "Examples:",
                "  geneft repon integrate --a2 0.8 --c 0.5 --eta-a 1e-3 --eta-x 1e-3 --json",
                "  geneft repon integrate --flow compare --a2 0.8 --c 0.5 --k 2 --d 3 --bias zero --json"})
final class ReponIntegrateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--a2", required = true, paramLabel = "A2", description = "a2(0) (Eq. 10); for --flow compare the decoder's scale")
    double a2;

    @Option(names = "--c", required = true, paramLabel = "C", description = "c(0), half the repons' separation")
    double c;

    @Option(names = "--eta-a", paramLabel = "ETA", defaultValue = "1e-3", description = "decoder learning rate eta_A (default: ${DEFAULT-VALUE})")
    double etaA;

    @Option(names = "--eta-x", paramLabel = "ETA", defaultValue = "1e-3", description = "representation learning rate eta_x (default: ${DEFAULT-VALUE})")
    double etaX;

    @Option(names = "--horizon", paramLabel = "H", defaultValue = "1e4",
            description = "integrate to H/min(eta_A, eta_x) (default: ${DEFAULT-VALUE})")
    double horizon;

    @Option(names = "--stop-at-outcome", description = "stop once the outcome is decided instead of at the horizon")
    boolean stop;

    @Option(names = "--flow", paramLabel = "F", defaultValue = "reduced",
            description = "reduced (Eq. 10, default) or compare (Eq. 8 against the un-reduced Eq. 7)")
    String flow;

    @Option(names = "--k", defaultValue = "2", description = "--flow compare: decoder output dimension k (default: ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--d", defaultValue = "3", description = "--flow compare: embedding dimension d (default: ${DEFAULT-VALUE})")
    int d;

    @Option(names = "--aligned", description = "--flow compare: make r0 a right-singular vector of A0 (where the ansatz Eq. 9 holds)")
    boolean aligned;

    @Option(names = "--bias", paramLabel = "B", defaultValue = "target",
            description = "--flow compare: b(0) = target (y, the setting of Eq. 8) or zero (Eq. 15's) (default: ${DEFAULT-VALUE})")
    String bias;

    @Option(names = "--y", paramLabel = "Y", defaultValue = "1", description = "--flow compare: |y|, the target's norm (default: ${DEFAULT-VALUE})")
    double yNorm;

    @Option(names = "--seed", defaultValue = "1", description = "--flow compare: seed of the random A0 and y direction (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (!Double.isFinite(a2)) throw new IllegalArgumentException("--a2 must be a finite number, got " + a2);
        if (!Double.isFinite(c)) throw new IllegalArgumentException("--c must be a finite number, got " + c);
        ReducedReponSystem system = new ReducedReponSystem(etaA, etaX);
        IntegrationSettings settings = IntegrationSettings.DEFAULT.withHorizonFactor(horizon);
        if (stop) settings = settings.stoppingAtOutcome();
        PrintWriter out = spec.commandLine().getOut();
        if (!flow.equals("reduced") && !flow.equals("compare"))
            throw new IllegalArgumentException("--flow must be reduced or compare, got " + flow);
        if (flow.equals("compare")) {
            // The state is the k x d decoder, its bias and two repons; the integrator keeps about 16 copies of it.
            org.geneft.util.HeapLimit.check("--k " + k + ", --d " + d, 16 * 8.0 * ((double) k * d + k + 2.0 * d));
        }
        try {
            if (flow.equals("reduced")) reduced(out, system, settings);
            else compare(out, settings);
        } catch (org.hipparchus.exception.MathIllegalStateException e) {
            // Hipparchus stops on a NaN or an underflowing step: initial values beyond what doubles can integrate.
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "--a2 %s, --c %s (eta_A %s, eta_x %s): "
                    + "the integration failed (%s); the initial condition is beyond what double arithmetic can integrate",
                    a2, c, etaA, etaX, e.getMessage()), e);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void reduced(PrintWriter out, ReducedReponSystem system, IntegrationSettings settings) {
        long start = System.nanoTime();
        CollisionResult r = new CollisionClassifier(system, settings).classify(a2, c);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (json) {
            ObjectNode o = Json.object();
            o.put("equation", "Eq. 10");
            o.put("outcome", r.outcome().words());
            Json.put(o, "C0", r.c0());
            Json.put(o, "C_drift_rel", r.cDriftRel());
            Json.put(o, "C_drift_abs", r.cDriftAbs());
            Json.put(o, "a2_final", r.a2Final());
            Json.put(o, "c_final", r.cFinal());
            Json.put(o, "a2_limit", r.a2Limit());
            Json.put(o, "c_limit", r.cLimit());
            o.put("steps", r.steps());
            Json.put(o, "t_final", r.tFinal());
            Json.put(o, "t_decision", r.tDecision());
            Json.put(o, "eta_a", etaA);
            Json.put(o, "eta_x", etaX);
            o.put("integrator", "DormandPrince853 on ln|a2|, ln|c|");
            Json.put(o, "abs_tol", settings.absTol());
            Json.put(o, "rel_tol", settings.relTol());
            Json.put(o, "seconds", seconds);
            out.println(Json.write(o));
        } else {
            out.printf("Eq. 10, eta_A = %g, eta_x = %g, a2(0) = %g, c(0) = %g%n", etaA, etaX, a2, c);
            out.printf("outcome      %s%n", r.outcome().words());
            out.printf("C(0)         %.12g   (Eq. 11; relative drift %.3g over t = %.4g)%n", r.c0(), r.cDriftRel(), r.tFinal());
            out.printf("a2 final     %.12g   limit %.12g  (Theorem 2: +-sqrt(2 eta_A C))%n", r.a2Final(), r.a2Limit());
            out.printf("c final      %.12g   limit %.12g  (Theorem 2: +-sqrt(-eta_x C))%n", r.cFinal(), r.cLimit());
            out.printf("steps        %d   (DormandPrince853, tolerances %g abs, %g rel)%n", r.steps(), settings.absTol(), settings.relTol());
        }
    }

    private void compare(PrintWriter out, IntegrationSettings settings) {
        if (k < 1 || d < 1) throw new IllegalArgumentException("--k and --d must be >= 1, got " + k + ", " + d);
        if (!Double.isFinite(yNorm) || yNorm < 0) throw new IllegalArgumentException("--y must be a finite number >= 0, got " + yNorm);
        if (!bias.equals("target") && !bias.equals("zero"))
            throw new IllegalArgumentException("--bias must be target or zero, got " + bias);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] a0 = new double[k][d];
        for (double[] row : a0) for (int j = 0; j < d; j++) row[j] = a2 * rng.nextGaussian() / Math.sqrt(k);
        if (aligned) { // column 1 orthogonal to the others: A0^T A0 e1 is parallel to e1
            double n = 0;
            for (double[] row : a0) n += row[0] * row[0];
            for (int j = 1; j < d; j++) {
                double dot = 0;
                for (double[] row : a0) dot += row[0] * row[j];
                for (double[] row : a0) row[j] -= dot / n * row[0];
            }
        }
        double[] r0 = new double[d];
        r0[0] = c;
        double[] y = new double[k];
        double yn = 0;
        for (int i = 0; i < k; i++) { y[i] = rng.nextGaussian(); yn += y[i] * y[i]; }
        for (int i = 0; i < k; i++) y[i] *= yNorm / Math.sqrt(yn);
        double[] b0 = bias.equals("target") ? y.clone() : new double[k];
        double tEnd = settings.horizonFactor() / Math.min(etaA, etaX);
        FlowDeviation dev = FlowComparison.compare(a0, r0, y, b0, etaA, etaX, tEnd, 60, settings);
        if (json) {
            ObjectNode o = Json.object();
            o.put("equation", "Eq. 8 vs Eq. 7");
            o.put("k", k);
            o.put("d", d);
            o.put("bias", bias);
            o.put("aligned", aligned);
            Json.put(o, "y_norm", yNorm);
            Json.put(o, "time", dev.time());
            Json.put(o, "decoder_deviation", dev.decoderDeviation());
            Json.put(o, "separation_deviation", dev.separationDeviation());
            Json.put(o, "centre_of_mass", dev.centreOfMass());
            Json.put(o, "bias_error", dev.biasError());
            Json.put(o, "mean_output_error", dev.meanOutputError());
            Json.put(o, "M_drift_rel", dev.conservedMatrixDrift());
            Json.put(o, "ansatz_residual", dev.ansatzResidual());
            o.put("outcome_eq7", dev.outcomeEq7().words());
            o.put("outcome_eq8", dev.outcomeEq8().words());
            out.println(Json.write(o));
        } else {
            out.printf("Eq. 8 against Eq. 7: k = %d, d = %d, b(0) = %s, |y| = %g, up to t = %.4g%n", k, d, bias, yNorm, dev.time());
            out.printf("max |A7 - A8| / |A0|        %.3g%n", dev.decoderDeviation());
            out.printf("max |r7 - r8| / |r0|        %.3g%n", dev.separationDeviation());
            out.printf("max |s| / |r0| (Eq. 7)      %.3g   (Eq. 8 assumes 0)%n", dev.centreOfMass());
            out.printf("|b(T) - y| / |y|            %.3g   (Eq. 15 says 0)%n", dev.biasError());
            out.printf("|A s + b - y| / |y| at T    %.3g%n", dev.meanOutputError());
            out.printf("M drift along Eq. 8         %.3g%n", dev.conservedMatrixDrift());
            out.printf("ansatz residual (Eq. 9)     %.3g   (max |r(t) off the line of r0| / |r0|)%n", dev.ansatzResidual());
            out.printf("outcome Eq. 7 / Eq. 8       %s / %s%n", dev.outcomeEq7().words(), dev.outcomeEq8().words());
        }
    }
}
