package org.geneft.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.geneft.dynamics.CollisionEstimate;
import org.geneft.dynamics.CollisionProbability;
import org.geneft.dynamics.InitialConditions;
import org.geneft.dynamics.IntegrationSettings;
import org.geneft.dynamics.MultiRepon;
import org.geneft.dynamics.ReducedReponSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** `geneft repon probability`: Theorem 3's collision probability by Monte Carlo against Eq. 12 or Eq. 13. */
@Command(name = "probability", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Draws (a2(0), c(0)) ~ N(0, sigma_a^2) x N(0, sigma_c^2), classifies each by integration and compares "
                + "the collision fraction with Eq. 12 (two repons, Eq. 10) or Eq. 13 (--multi N: N + 1 free repons under Eq. 7).",
                "Examples:",
                "  geneft repon probability --ratio 0.1 --sigma-a 1 --sigma-c 1 --samples 10000 --seed 1 --json",
                "  geneft repon probability --multi 4 --ratio 0.1 --samples 10000 --json",
                "  geneft repon probability --multi 1 --bias zero --y 3 --ratio 1   (un-reduced flow from b(0) = 0)"})
final class ReponProbabilityCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--ratio", paramLabel = "R", description = "eta_x / eta_A; sets eta_x = R * eta_A (overrides --eta-x)")
    Double ratio;

    @Option(names = "--eta-a", paramLabel = "ETA", defaultValue = "1e-3", description = "decoder learning rate eta_A (default: ${DEFAULT-VALUE})")
    double etaA;

    @Option(names = "--eta-x", paramLabel = "ETA", defaultValue = "1e-3", description = "representation learning rate eta_x (default: ${DEFAULT-VALUE})")
    double etaX;

    @Option(names = "--sigma-a", paramLabel = "S", defaultValue = "1", description = "standard deviation of a2(0) (default: ${DEFAULT-VALUE})")
    double sigmaA;

    @Option(names = "--sigma-c", paramLabel = "S", defaultValue = "1", description = "standard deviation of c(0) (default: ${DEFAULT-VALUE})")
    double sigmaC;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", description = "initial conditions drawn (default: ${DEFAULT-VALUE})")
    int samples;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--multi", paramLabel = "N",
            description = "simulate one repon against N >= 1 clustered repons (N + 1 free repons, Eq. 7) and compare with Eq. 13")
    Integer multi;

    @Option(names = "--bias", paramLabel = "B", defaultValue = "target",
            description = "--multi: b(0) = target (the reduced setting) or zero (un-reduced: the centre of mass moves)")
    String bias;

    @Option(names = "--y", paramLabel = "Y", defaultValue = "1", description = "--multi: the target y (default: ${DEFAULT-VALUE})")
    double y;

    @Option(names = "--horizon", paramLabel = "H",
            description = "integrate to H/min(eta_A, eta_x) (default: 1e6 for Eq. 10, cheap in log coordinates; 1e4 with --multi, whose free flow is stiff)")
    Double horizon;

    @Option(names = "--sequential", description = "classify on one thread (the result is the same)")
    boolean sequential;

    @Option(names = "--json", description = "print one JSON object")
    boolean json;

    @Override
    public Integer call() {
        if (ratio != null) {
            if (!(ratio > 0) || !Double.isFinite(ratio)) throw new IllegalArgumentException("--ratio must be a finite number > 0, got " + ratio);
            etaX = ratio * etaA;
        }
        ReducedReponSystem system = new ReducedReponSystem(etaA, etaX); // validates --eta-a, --eta-x
        InitialConditions init = new InitialConditions(sigmaA, sigmaC); // validates the sigmas
        if (samples < 1) throw new IllegalArgumentException("--samples must be >= 1, got " + samples);
        // The draws are one array of (a2, c) pairs, indexed by int.
        if (samples > (Integer.MAX_VALUE - 8) / 2)
            throw new IllegalArgumentException("--samples must be <= " + (Integer.MAX_VALUE - 8) / 2 + ", got " + samples);
        org.geneft.util.HeapLimit.check("--samples " + samples, 32.0 * samples);
        if (multi != null && multi < 1) throw new IllegalArgumentException("--multi must be >= 1, got " + multi);
        if (!bias.equals("target") && !bias.equals("zero")) throw new IllegalArgumentException("--bias must be target or zero, got " + bias);
        if (!Double.isFinite(y)) throw new IllegalArgumentException("--y must be a finite number, got " + y);
        if (multi == null && (bias.equals("zero") || y != 1))
            throw new IllegalArgumentException("--bias and --y apply to the free flow of --multi N");
        double h = horizon != null ? horizon : multi == null ? 1e6 : 1e4;
        IntegrationSettings settings = IntegrationSettings.DEFAULT.withHorizonFactor(h);

        long start = System.nanoTime();
        CollisionEstimate e;
        String theory;
        if (multi == null) {
            e = CollisionProbability.reduced(system, init, samples, seed, settings, !sequential);
            theory = "Eq. 12";
        } else {
            double b0 = bias.equals("target") ? y : 0;
            e = CollisionProbability.estimate(MultiRepon.freeFlowClassifier(multi, etaA, etaX, y, b0, settings), init,
                    samples, seed, MultiRepon.eq13(multi, etaA, etaX, sigmaA, sigmaC), !sequential);
            theory = "Eq. 13";
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectNode o = Json.object();
            Json.put(o, "p_mc", e.pMc());
            Json.put(o, "stderr", e.stderr());
            Json.put(o, "p_theory", e.pTheory());
            Json.put(o, "z", e.z());
            o.put("samples", e.samples());
            o.put("collisions", e.collisions());
            o.put("undecided", e.undecided());
            o.put("theory", theory);
            o.put("system", multi == null ? "Eq. 10" : (multi + 1) + " free repons, Eq. 7, b(0) = " + bias);
            if (multi != null) o.put("multi", multi);
            Json.put(o, "eta_a", etaA);
            Json.put(o, "eta_x", etaX);
            Json.put(o, "ratio", etaX / etaA);
            Json.put(o, "sigma_a", sigmaA);
            Json.put(o, "sigma_c", sigmaC);
            o.put("seed", seed);
            Json.put(o, "horizon", h);
            Json.put(o, "seconds", seconds);
            out.println(Json.write(o));
        } else {
            out.printf("%s, eta_x/eta_A = %g, sigma_a = %g, sigma_c = %g, %d samples (seed %d)%n",
                    multi == null ? "Eq. 10" : (multi + 1) + " free repons (Eq. 7, b(0) = " + bias + ")", etaX / etaA,
                    sigmaA, sigmaC, e.samples(), seed);
            out.printf("p_mc      %.5f +- %.5f   (%d collisions, %d undecided)%n", e.pMc(), e.stderr(), e.collisions(), e.undecided());
            out.printf("p_theory  %.5f   (%s)%n", e.pTheory(), theory);
            out.printf("z         %.2f%n", e.z());
            out.printf("time      %.2f s%n", seconds);
        }
        out.flush();
        return ExitCode.OK;
    }
}
