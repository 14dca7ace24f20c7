package org.geneft.dynamics;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** Figure 4's data: outcomes of Eq. 10 over a grid of initial (a2, c), sample trajectories, and the separatrix C = 0. */
public record PhasePortrait(List<GridPoint> grid, List<TrajectoryPoint> trajectories, List<double[]> separatrix) {

    /** One initial condition and how its trajectory ends. */
    public record GridPoint(double a2, double c, Outcome outcome, double conserved) { }

    /** One point of sample trajectory {@code id} at time t. */
    public record TrajectoryPoint(int id, double t, double a2, double c) { }

    /**
     * Computes the portrait on [−extent, extent]², {@code points}×{@code points} initial conditions,
     * {@code trajectories} sample trajectories started on the square's boundary with {@code samples}
     * log-spaced times each up to the horizon, and the separatrix c = ±a2 √(η_x/(2η_A)).
     */
    public static PhasePortrait compute(ReducedReponSystem system, double extent, int points, int trajectories,
            int samples, IntegrationSettings settings) {
        if (!(extent > 0) || !Double.isFinite(extent)) throw new IllegalArgumentException("--extent must be > 0, got " + extent);
        if (points < 2) throw new IllegalArgumentException("--grid must be >= 2, got " + points);
        if (trajectories < 0) throw new IllegalArgumentException("--trajectories must be >= 0, got " + trajectories);
        CollisionClassifier classifier = new CollisionClassifier(system, settings.stoppingAtOutcome());
        ConservedQuantity cq = system.conservedQuantity();
        List<GridPoint> grid = IntStream.range(0, points * points).parallel().mapToObj(i -> {
            double a2 = -extent + 2 * extent * (i / points) / (points - 1);
            double c = -extent + 2 * extent * (i % points) / (points - 1);
            return new GridPoint(a2, c, classifier.classify(a2, c).outcome(), cq.value(a2, c));
        }).toList();

        List<TrajectoryPoint> traj = new ArrayList<>();
        double horizon = settings.horizon(system.etaA(), system.etaX());
        for (int id = 0; id < trajectories; id++) {
            // Start points spread over the boundary's first quadrant (the portrait is symmetric in the signs).
            double angle = Math.PI / 2 * (id + 0.5) / trajectories;
            double a2 = extent * Math.cos(angle) / Math.max(Math.cos(angle), Math.sin(angle));
            double c = extent * Math.sin(angle) / Math.max(Math.cos(angle), Math.sin(angle));
            traj.addAll(trajectory(system, id, a2, c, horizon, samples, settings));
        }

        double slope = Math.sqrt(system.etaX() / (2 * system.etaA()));
        List<double[]> sep = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            double a2 = -extent + 2 * extent * i / (points - 1);
            sep.add(new double[] {a2, slope * a2});
            sep.add(new double[] {a2, -slope * a2});
        }
        return new PhasePortrait(grid, traj, sep);
    }

    private static List<TrajectoryPoint> trajectory(ReducedReponSystem system, int id, double a2, double c, double horizon,
            int samples, IntegrationSettings settings) {
        List<TrajectoryPoint> out = new ArrayList<>();
        out.add(new TrajectoryPoint(id, 0, a2, c));
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(0, horizon, settings.absTol(), settings.relTol());
        double[] y = {Math.log(Math.abs(a2)), Math.log(Math.abs(c))};
        double t = 0, first = horizon * 1e-6;
        for (int s = 0; s < samples; s++) {
            double next = first * Math.pow(horizon / first, samples == 1 ? 1 : (double) s / (samples - 1));
            ODEStateAndDerivative end = integrator.integrate(system.inLogCoordinates(), new ODEState(t, y), next);
            y = end.getPrimaryState();
            t = next;
            out.add(new TrajectoryPoint(id, t, Math.copySign(Math.exp(y[0]), a2), Math.copySign(Math.exp(y[1]), c)));
        }
        return out;
    }
}
