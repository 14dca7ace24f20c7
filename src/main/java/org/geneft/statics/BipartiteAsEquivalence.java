package org.geneft.statics;

import org.geneft.claims.Claim;
import org.geneft.claims.Method;
import org.geneft.claims.Verdict;
import org.geneft.graph.Digraph;
import org.geneft.graph.PropertyDetector;
import org.geneft.graph.RelationClass;
import org.geneft.graph.RelationFamily;
import org.geneft.graph.RelationProperties;

import java.util.Locale;

/**
 * Appendix D treats the complete bipartite relation as an equivalence with two classes. Read literally that is
 * false (K_{a,c} is irreflexive and not transitive); what holds is that K_{a,c} is the complement of the
 * two-class equivalence {S, S̄}, diagonal included. Complementing every label is a bijection of data sets that
 * keeps which entries are inferable and turns each prediction's accuracy into itself, so the procedure's bound
 * carries over through the complement. This checks both statements on the paper's relation.
 */
public final class BipartiteAsEquivalence {
    private final int n;

    /** @param n the paper's number of elements (K_{n/2, n - n/2}) */
    public BipartiteAsEquivalence(int n) {
        if (n < 2) throw new IllegalArgumentException("--n must be >= 2 for a complete bipartite relation, got " + n);
        this.n = n;
    }

    public Claim check() {
        RelationFamily bipartite = new RelationFamily.CompleteBipartite(n / 2);
        boolean[][] r = new boolean[n][n], complement = new boolean[n][n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                r[i][j] = bipartite.related(i, j);
                complement[i][j] = !r[i][j];
            }
        PropertyDetector detector = new PropertyDetector();
        RelationProperties p = detector.detect(Digraph.fromMatrix(r));
        RelationProperties q = detector.detect(Digraph.fromMatrix(complement));
        boolean isEquivalence = p.relationClass().filter(c -> c instanceof RelationClass.Equivalence).isPresent();
        boolean complementIsTwoClassEquivalence = q.relationClass()
                .filter(c -> c instanceof RelationClass.Equivalence e && e.classSizes().length == 2).isPresent();
        String evidence = String.format(Locale.ROOT,
                "%s on n = %d: reflexive %b, irreflexive %b, symmetric %b, transitive %s, so %s an equivalence; its "
                        + "complement (diagonal included): reflexive %b, symmetric %b, transitive %s, %s a two-class "
                        + "equivalence. Complementing every label maps training sets to training sets, inferable "
                        + "entries to inferable entries and a prediction's accuracy to itself, so Appendix D's "
                        + "procedure applies to K_{a,c} through its complement, not as written",
                bipartite.spec(), n, p.reflexive(), p.irreflexive(), p.symmetric(), p.transitive(),
                isEquivalence ? "it is" : "it is not", q.reflexive(), q.symmetric(), q.transitive(),
                complementIsTwoClassEquivalence ? "so it is" : "and it is not");
        Verdict verdict = isEquivalence ? Verdict.CONFIRMED
                : complementIsTwoClassEquivalence ? Verdict.CONFIRMED_UNDER_CONDITIONS : Verdict.REFUTED;
        return new Claim("appendix-d-bipartite-as-equivalence", "Appendix D treats the complete bipartite relation "
                + "as an equivalence relation with two classes", "Appendix D", Method.STATIC, verdict, evidence);
    }
}
