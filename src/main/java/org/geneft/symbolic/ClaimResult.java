package org.geneft.symbolic;

import java.util.List;
import java.util.Objects;

/**
 * The judged claim.
 *
 * @param spec           the claim as written in the proof file
 * @param verdict        what the computation found
 * @param evidence       the verdict's reason in words (residual, condition, counterexample)
 * @param residual       the simplified, factored terms that do not vanish in general (empty if none)
 * @param residualTex    the same terms in TeX, each to be read as "= 0" for the claim to hold
 * @param counterexample a numeric point where the claim fails, empty if none was needed or found
 * @param shows          the steps displayed for the claim
 * @param messages       anything Symja printed while judging (warnings), empty if nothing
 * @param millis         wall-clock time Symja took to judge the claim
 */
public record ClaimResult(ClaimSpec spec, ProofVerdict verdict, String evidence, List<String> residual,
                          List<String> residualTex, String counterexample, List<Shown> shows,
                          String messages, long millis) {
    public ClaimResult {
        Objects.requireNonNull(spec);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(evidence);
        residual = List.copyOf(residual);
        residualTex = List.copyOf(residualTex);
        Objects.requireNonNull(counterexample);
        shows = List.copyOf(shows);
        Objects.requireNonNull(messages);
    }

    /** The same result with its time recorded. */
    public ClaimResult timed(long ms) {
        return new ClaimResult(spec, verdict, evidence, residual, residualTex, counterexample, shows, messages, ms);
    }
}
