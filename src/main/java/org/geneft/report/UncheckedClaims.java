package org.geneft.report;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;

import java.util.List;

/**
 * Claims of the paper that no check of geneft covers yet. They stay in the verdict table, so that a
 * reader sees the whole paper and what is left, rather than only what was checked; each says why.
 */
final class UncheckedClaims {
    private static final String NO_CHECK = "geneft has no check of this claim yet: ";

    static final List<Claim> ALL = List.of(
            unchecked("eq4-pc-against-data", "Eq. 4's critical training fraction p_c marks where trained networks "
                    + "start to generalize", "Sec. III, Eq. 4", Method.EMPIRICAL, "Fig. 3's grid starts at the "
                            + "fraction 0.05, above p_c (0.044 for mod 3 at n = 30): no run lies below p_c, so a finer "
                            + "grid around it is needed"),
            unchecked("fig2-rough-agreement", "the approximation (Eq. 3, 5) and the Monte Carlo calculation of Fig. 2 "
                    + "show rough agreement", "Sec. III, Fig. 2", Method.STATIC, "'rough' states no tolerance to "
                            + "judge against; the two curves are side by side in data/fig2.csv (f_ub_eq5, mc_bound)"),
            unchecked("fig3-delayed-rise", "the networks' accuracy roughly tracks the prediction, with a slightly "
                    + "delayed rise", "Sec. III, Fig. 3", Method.EMPIRICAL, "'roughly' and 'slightly' state no "
                            + "tolerance; the curves and the bounds are side by side in data/fig3.csv and "
                            + "data/fig3-bounds.csv"),
            unchecked("fig3a-smallest-gap", "the inductive gap is the smallest for a network in mode 3 with 0 hidden "
                    + "layers among Fig. 3(a)'s architectures (mod 3)", "Sec. III, Fig. 3(a)", Method.EMPIRICAL,
                    "the Fig. 3 sweep trains Table 3's decoder and the inductive one only (fig3-inductive-bias), not "
                            + "the legend's other modes and depths"),
            unchecked("fig3b-smallest-gap", "the inductive gap is the smallest for a network in mode 2 with 0 hidden "
                    + "layers among Fig. 3(b)'s architectures (greater-than)", "Sec. III, Fig. 3(b)", Method.EMPIRICAL,
                    "the Fig. 3 sweep trains Table 3's decoder and the inductive one only (fig3-inductive-bias), not "
                            + "the legend's other modes and depths"));

    private UncheckedClaims() { }

    private static Claim unchecked(String id, String statement, String where, Method method, String reason) {
        return new Claim(id, statement, where, method, Verdict.NOT_CHECKED, NO_CHECK + reason);
    }
}
