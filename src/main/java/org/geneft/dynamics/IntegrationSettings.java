package org.geneft.dynamics;

/**
 * How a repon trajectory is integrated and decided: Dormand–Prince 8(5,3) tolerances, the horizon,
 * and the ratio ρ = (c²/η_x)/(a2²/(2η_A)) at which a limit counts as reached.
 *
 * @param absTol          absolute tolerance on the log coordinates ln|a2|, ln|c|
 * @param relTol          relative tolerance on the same
 * @param horizonFactor   horizon = horizonFactor / min(η_A, η_x)
 * @param decisionRatio   collision once ρ ≤ decisionRatio, no collision once ρ ≥ 1/decisionRatio
 * @param stopAtOutcome   stop at the decision instead of integrating to the horizon
 */
public record IntegrationSettings(double absTol, double relTol, double horizonFactor, double decisionRatio,
                                  boolean stopAtOutcome) {

    /**
     * 1e-12 on log coordinates keeps the drift of C about 1e-13 of its scale over the 1e4/min(η)
     * horizon (measured; the target is 1e-9), so a tighter tolerance would buy nothing the
     * target needs; ρ = 1e-12 puts a2 within 5e-13 (relative) of its limit √(2η_A C) when the
     * collision is declared.
     */
    public static final IntegrationSettings DEFAULT = new IntegrationSettings(1e-12, 1e-12, 1e4, 1e-12, false);

    public IntegrationSettings {
        if (!(absTol > 0) || !(relTol > 0)) throw new IllegalArgumentException("tolerances must be > 0");
        if (!(horizonFactor > 0) || !Double.isFinite(horizonFactor))
            throw new IllegalArgumentException("--horizon must be a finite number > 0, got " + horizonFactor);
        if (!(decisionRatio > 0 && decisionRatio < 1))
            throw new IllegalArgumentException("decision ratio must be in (0, 1), got " + decisionRatio);
    }

    /** The same settings, stopping at the decision (what the Monte Carlo needs). */
    public IntegrationSettings stoppingAtOutcome() {
        return new IntegrationSettings(absTol, relTol, horizonFactor, decisionRatio, true);
    }

    public IntegrationSettings withDecisionRatio(double ratio) {
        return new IntegrationSettings(absTol, relTol, horizonFactor, ratio, stopAtOutcome);
    }

    public IntegrationSettings withHorizonFactor(double factor) {
        return new IntegrationSettings(absTol, relTol, factor, decisionRatio, stopAtOutcome);
    }

    double horizon(double etaA, double etaX) {
        return horizonFactor / Math.min(etaA, etaX);
    }
}
