package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Readings;
import org.geneft.claims.Verdict;
import org.geneft.statics.montecarlo.Estimate;

import java.util.List;
import java.util.Locale;

/**
 * Sec. III: "the dashed and solid curves in Figure 2 show rough agreement" between Eq. 5's f_UB and Appendix D's
 * Monte Carlo bound. "Rough" states no tolerance, so the claim is judged under the readings the verifier uses
 * elsewhere, each over every relation of the figure: the two of "approximately" (the curves' values within 0.05, the
 * rule for a probability given as a value, p* of Eq. 5; where they reach the accuracy 0.9 within 10 %, the rule for a
 * description length, since 10 % of b moves Eq. 4's critical fraction by as much), and, "rough" being looser than
 * "approximately", the one of "at the scale" (that fraction within half a decade, as Fig. 3's rise is judged).
 */
public final class Fig2Agreement {
    public static final String ID = "fig2-rough-agreement";
    /** The tolerance of a probability given as a value (the p* rule). */
    static final double VALUE_TOLERANCE = 0.05;
    /** The tolerance of a fraction that scales with b (the description-length rule). */
    static final double FRACTION_TOLERANCE = 0.10;
    /** The accuracy whose fraction is compared: Eq. 4's alpha as the verifier computes p_c. */
    static final double LEVEL = 0.9;
    static final double SIGNIFICANCE = 3;
    /** The looser tolerance of a fraction: half a decade. */
    static final double SCALE_FACTOR = Math.sqrt(10);

    private Fig2Agreement() { }

    public static Claim check(List<AccuracyBoundFigure.Series> series) {
        if (series.isEmpty()) throw new IllegalArgumentException("Fig. 2 has no curves");
        Readings r = new Readings();
        r.add("values within " + VALUE_TOLERANCE, values(series), valueEvidence(series));
        StringBuilder ev = new StringBuilder();
        r.add("the fraction reaching accuracy " + LEVEL + " within " + (int) (FRACTION_TOLERANCE * 100) + " %",
                fractions(series, 1 - FRACTION_TOLERANCE, 1 + FRACTION_TOLERANCE, ev), ev.toString().trim());
        // The same crossings, so said once.
        r.add("that fraction within half a decade (a factor sqrt(10))", fractions(series, 1 / SCALE_FACTOR,
                SCALE_FACTOR, new StringBuilder()), "");
        return new Claim(ID, "the approximation (Eq. 3, 5) and the Monte Carlo calculation of Fig. 2 show rough agreement",
                "Sec. III, Fig. 2", Method.STATIC, r.verdict(), "'rough' read two ways, each over every relation of "
                        + "the figure (refuted where one relation fails beyond 3 standard errors of the Monte Carlo): "
                        + r.evidence() + " " + setting(series));
    }

    /** Refuted when at some fraction of some relation |f_UB - MC| exceeds the tolerance by 3 standard errors. */
    private static Verdict values(List<AccuracyBoundFigure.Series> series) {
        for (AccuracyBoundFigure.Series s : series)
            for (int i = 0; i < s.eq5().size(); i++) {
                Estimate mc = s.monteCarlo().get(i).appendixD();
                double d = Math.abs(s.eq5().get(i).upperBound() - mc.mean());
                if (d - SIGNIFICANCE * mc.standardError() > VALUE_TOLERANCE) return Verdict.REFUTED;
            }
        return Verdict.CONFIRMED;
    }

    private static String valueEvidence(List<AccuracyBoundFigure.Series> series) {
        StringBuilder b = new StringBuilder();
        for (AccuracyBoundFigure.Series s : series) {
            int worst = 0;
            double max = -1;
            for (int i = 0; i < s.eq5().size(); i++) {
                double d = Math.abs(s.eq5().get(i).upperBound() - s.monteCarlo().get(i).appendixD().mean());
                if (d > max) { max = d; worst = i; }
            }
            Estimate mc = s.monteCarlo().get(worst).appendixD();
            b.append(fmt("%s: largest |f_UB - MC| %.4f at %.2f (f_UB %.4f, MC %.4f +- %.4f); ", s.relation(), max,
                    s.eq5().get(worst).fraction(), s.eq5().get(worst).upperBound(), mc.mean(), mc.standardError()));
        }
        return b.toString().trim();
    }

    /**
     * Where each curve first reaches the level, interpolated in log fraction; the Monte Carlo's interval from its mean
     * +- 3 standard errors. Confirmed when the interval lies within the tolerance of Eq. 5's fraction for every
     * relation, refuted when it lies outside for one, otherwise undecided.
     */
    private static Verdict fractions(List<AccuracyBoundFigure.Series> series, double below, double above,
            StringBuilder ev) {
        boolean refuted = false, undecided = false;
        for (AccuracyBoundFigure.Series s : series) {
            int k = s.eq5().size();
            double[] f = new double[k], eq5 = new double[k], mc = new double[k], hi = new double[k], lo = new double[k];
            for (int i = 0; i < k; i++) {
                Estimate e = s.monteCarlo().get(i).appendixD();
                f[i] = s.eq5().get(i).fraction();
                eq5[i] = s.eq5().get(i).upperBound();
                mc[i] = e.mean();
                hi[i] = e.mean() + SIGNIFICANCE * e.standardError();
                lo[i] = e.mean() - SIGNIFICANCE * e.standardError();
            }
            double ref = crossing(f, eq5, LEVEL), m = crossing(f, mc, LEVEL);
            double early = crossing(f, hi, LEVEL), late = crossing(f, lo, LEVEL);
            double min = ref * below, max = ref * above;
            String v;
            if (early == Double.NEGATIVE_INFINITY) early = 0;
            if (!Double.isFinite(ref)) {
                undecided = true;
                v = "outside the fractions computed";
            } else if (early >= min && late <= max) v = "within";
            else if (early > max || late < min) {
                refuted = true;
                v = "outside";
            } else {
                undecided = true;
                v = "not told apart";
            }
            ev.append(fmt("%s: Eq. 5 reaches %.1f at %.4g, the Monte Carlo at %.4g (interval %.4g to %.4g), ratio %.3f: %s; ",
                    s.relation(), LEVEL, ref, m, early, late, m / ref, v));
        }
        return refuted ? Verdict.REFUTED : undecided ? Verdict.UNDECIDED : Verdict.CONFIRMED;
    }

    /** {@link org.geneft.util.LogCrossing#first}: -infinity below the grid, +infinity beyond it. */
    static double crossing(double[] f, double[] curve, double level) {
        return org.geneft.util.LogCrossing.first(f, curve, level);
    }

    private static String setting(List<AccuracyBoundFigure.Series> series) {
        AccuracyBoundFigure.Series s = series.get(0);
        return fmt("n = %d, %d fractions from %.2f to %.2f, %d training sets a fraction.", s.n(), s.eq5().size(),
                s.eq5().get(0).fraction(), s.eq5().get(s.eq5().size() - 1).fraction(), s.monteCarlo().get(0).samplings());
    }

    private static String fmt(String f, Object... args) {
        return String.format(Locale.ROOT, f, args);
    }
}
