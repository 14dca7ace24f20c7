package org.geneft.dynamics;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Readings;
import org.geneft.claims.Verdict;

import java.util.List;
import java.util.Locale;

/** The verdicts on Sec. IV's two limits of Eq. 8, from the draws of {@link SectionFourLimits}. */
final class SectionFourLimitClaims {
    private SectionFourLimitClaims() { }

    static Claim constantDecoder(List<SectionFourLimits.ConstantDecoder> draws, int perShape) {
        StringBuilder ev = new StringBuilder();
        double worst = 0;
        boolean allCollide = true, rankDecides = true;
        for (int[] shape : SectionFourLimits.SHAPES) {
            List<SectionFourLimits.ConstantDecoder> g = draws.stream()
                    .filter(x -> x.k() == shape[0] && x.d() == shape[1]).toList();
            if (g.isEmpty()) continue;
            long collided = g.stream().filter(SectionFourLimits.ConstantDecoder::collided).count();
            double median = median(g.stream().mapToDouble(SectionFourLimits.ConstantDecoder::rFinal).toArray());
            double medianKernel = median(g.stream().mapToDouble(SectionFourLimits.ConstantDecoder::kernelPart).toArray());
            for (SectionFourLimits.ConstantDecoder x : g) {
                worst = Math.max(worst, x.deviation());
                allCollide &= x.collided();
                rankDecides &= x.collided() == x.fullRank();
            }
            ev.append(fmt("%d×%d: %d/%d collided, median |r∞|/|r0| %.3g (closed form |P_ker(A) r0|/|r0| %.3g); ",
                    shape[0], shape[1], collided, g.size(), median, medianKernel));
        }
        Verdict v = allCollide ? Verdict.CONFIRMED : rankDecides ? Verdict.CONFIRMED_UNDER_CONDITIONS : Verdict.REFUTED;
        String lead = v == Verdict.CONFIRMED_UNDER_CONDITIONS
                ? "holds when the decoder has full column rank (rank A = d, so at least as many outputs as embedding "
                        + "dimensions), which the paper does not state: r → the part of r0 in ker A, which a decoder "
                        + "with fewer outputs than dimensions (k < d, e.g. one output on d = 2) leaves nonzero. " : "";
        return new Claim("sec4-limit-a-constant", "Eq. 8's first limit: if A is constant or η_A = 0, two repons "
                + "eventually collide, r → 0", "Eq. 8, Sec. IV (i)", Method.NUMERIC, v,
                lead + fmt("dr/dt = −η_x AᵀA r integrated (DormandPrince853, tolerance 1e-12) to 40 decay times of the "
                        + "slowest mode from A0, r0 ~ N(0, 1), %d draws a shape: %slargest distance from the closed form "
                        + "exp(−η_x AᵀA t) r0, %.2g of |r0|", perShape, ev, worst));
    }

    static Claim constantSeparation(List<SectionFourLimits.ConstantSeparation> draws, int perShape) {
        StringBuilder literal = new StringBuilder(), response = new StringBuilder();
        double worst = 0;
        boolean allVanish = true, d1Vanish = true, allRespond = true;
        for (int[] shape : SectionFourLimits.SHAPES) {
            List<SectionFourLimits.ConstantSeparation> g = draws.stream()
                    .filter(x -> x.k() == shape[0] && x.d() == shape[1]).toList();
            if (g.isEmpty()) continue;
            long vanished = g.stream().filter(SectionFourLimits.ConstantSeparation::decoderVanished).count();
            double median = median(g.stream().mapToDouble(SectionFourLimits.ConstantSeparation::aFinal).toArray());
            double medianClosed = median(g.stream().mapToDouble(SectionFourLimits.ConstantSeparation::closedForm).toArray());
            double worstResponse = g.stream().mapToDouble(SectionFourLimits.ConstantSeparation::arFinal).max().orElse(0);
            for (SectionFourLimits.ConstantSeparation x : g) {
                worst = Math.max(worst, x.deviation());
                allVanish &= x.decoderVanished();
                if (x.d() == 1) d1Vanish &= x.decoderVanished();
                allRespond &= x.responseVanished();
            }
            literal.append(fmt("%d×%d: A → 0 in %d/%d, median |A∞|_F/|A0|_F %.3g (closed form |A0(I − r̂r̂ᵀ)|_F/|A0|_F "
                    + "%.3g); ", shape[0], shape[1], vanished, g.size(), median, medianClosed));
            response.append(fmt("%d×%d: largest |A∞ r|/(|A0|_F |r|) %.2g; ", shape[0], shape[1], worstResponse));
        }
        Readings readings = new Readings()
                .add("the paper's words, A → 0", allVanish ? Verdict.CONFIRMED : Verdict.REFUTED,
                        (allVanish ? "" : d1Vanish ? "true for d = 1 only: A → A0 (I − r̂r̂ᵀ), which keeps A0's part "
                                + "orthogonal to r; " : "") + list(literal))
                .add("A's component along r → 0 (A r → 0: the two repons' outputs meet)",
                        allRespond ? Verdict.CONFIRMED : Verdict.REFUTED, list(response));
        return new Claim("sec4-limit-r-constant", "Eq. 8's second limit: if r is constant or η_x = 0, A converges "
                + "to 0 while r > 0", "Eq. 8, Sec. IV (ii)", Method.NUMERIC, readings.verdict(),
                readings.evidence() + fmt(" dA/dt = −2η_A A r rᵀ integrated (DormandPrince853, tolerance 1e-12) to 40 "
                        + "decay times 1/(2η_A|r|²) from A0, r ~ N(0, 1), %d draws a shape; largest distance from the "
                        + "closed form A0 (I − r̂r̂ᵀ) + e^(−2η_A|r|²t) A0 r̂r̂ᵀ, %.2g of |A0|_F", perShape, worst));
    }

    /** "a; b; " as "a; b". */
    private static String list(StringBuilder items) {
        return items.toString().replaceAll(";\\s*$", "");
    }

    private static double median(double[] x) {
        double[] s = x.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
